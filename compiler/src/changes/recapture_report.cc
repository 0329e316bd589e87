#include "changes/recapture_report.h"

#include <array>
#include <fmt/format.h>

#include "util/json_writer.h"
#include "util/plural.h"

namespace contentc {
namespace {

std::array<size_t, 5> counts(const std::vector<RelocatedCitation>& cites) {
  std::array<size_t, 5> n{};
  for (const RelocatedCitation& r : cites) ++n[static_cast<size_t>(r.status)];
  return n;
}

/// "exercise bird-dog, dose 1, citation 2".
std::string what(const RelocatedCitation& r) {
  std::string s = fmt::format("{} {}", kind_name(r.entry->kind), r.entry->id.value);
  if (r.context_ordinal) s += fmt::format(", {} {}", r.context, r.context_ordinal);
  return s + fmt::format(", citation {}", r.ordinal);
}

std::string where(const PassagePlace& p) {
  return p.section.empty() ? fmt::format("line {}", p.line) : fmt::format("line {}, under '{}'", p.line, p.section);
}

std::string cite_location(const RelocatedCitation& r, const SourceFiles& files) {
  const Loc& l = r.cite->loc;
  return l.valid() ? fmt::format("{}:{}:{}", files[l.file].path, l.line, l.column) : std::string("?");
}

}  // namespace

std::string recapture_text(const Article& a, const std::vector<RelocatedCitation>& cites, const SourceFiles& files) {
  const std::array<size_t, 5> n = counts(cites);
  std::string out = fmt::format("article '{}': {} re-located in the new capture", a.id.value,
                                plural(cites.size(), "citation", "citations"));
  std::string parts;
  for (size_t s = n.size(); s-- > 0;) {
    if (n[s]) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", n[s], relocation_name(static_cast<Relocation>(s)));
  }
  out += parts.empty() ? "\n" : ": " + parts + "\n";
  for (const RelocatedCitation& r : cites) {
    if (r.status == Relocation::kUnchanged) continue;
    if (r.status == Relocation::kMoved) {
      out += fmt::format("{}: moved: {}: {} → {}\n", cite_location(r, files), what(r), where(r.before), where(r.after));
      continue;
    }
    out += fmt::format("{}: {}, {}: {}: {}\n", cite_location(r, files), risk_name(r.risk.risk),
                       relocation_name(r.status), what(r), r.risk.detail);
    out += fmt::format("    before ({}): {}\n", r.before.line ? where(r.before) : "not found", r.before.sentence);
    out += r.status == Relocation::kGone ? std::string("    after: nothing like it is left\n")
                                         : fmt::format("    after  ({}): {}\n", where(r.after), r.after.sentence);
  }
  if (n[0]) out += fmt::format("{} unchanged\n", plural(n[0], "citation", "citations"));
  return out;
}

std::string recapture_json(const Article& a, const std::vector<RelocatedCitation>& cites, const SourceFiles& files) {
  JsonWriter w;
  w.begin_object();
  w.key("article").value(a.id.value);
  w.key("snapshot").value(a.snapshot_path);
  const std::array<size_t, 5> n = counts(cites);
  w.key("counts").begin_object();
  for (size_t s = 0; s < n.size(); ++s) w.key(relocation_name(static_cast<Relocation>(s))).value(static_cast<uint64_t>(n[s]));
  w.end_object();
  w.key("citations").begin_array();
  auto place = [&w](std::string_view key, const PassagePlace& p) {
    w.key(key);
    if (!p.line) {
      w.null();
      return;
    }
    w.begin_object().key("line").value(p.line);
    if (p.section.empty()) {
      w.key("section").null();
    } else {
      w.key("section").value(p.section);
    }
    w.key("text").value(p.sentence).end_object();
  };
  for (const RelocatedCitation& r : cites) {
    w.begin_object();
    w.key("entry").value(r.entry->id.value);
    w.key("kind").value(kind_name(r.entry->kind));
    w.key("context").value(r.context);
    if (r.context_ordinal) w.key("context_ordinal").value(r.context_ordinal);
    w.key("ordinal").value(r.ordinal);
    const Loc& l = r.cite->loc;
    if (l.valid()) w.key("file").value(files[l.file].rel_path).key("line").value(l.line).key("column").value(l.column);
    w.key("quote").value(r.cite->quote.value);
    w.key("status").value(relocation_name(r.status));
    w.key("risk").value(risk_name(r.risk.risk));
    if (!r.risk.detail.empty()) w.key("risk_detail").value(r.risk.detail);
    place("before", r.before);
    place("after", r.after);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace contentc
