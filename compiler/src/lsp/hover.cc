// Hover: what an id names, the passage a cite quotes, what a dose's quotes say of a field.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "lsp/symbols.h"
#include "rules/article_index.h"
#include "rules/dose_reader.h"
#include "rules/review_content.h"
#include "rules/review_status.h"

namespace contentc::lsp {

namespace {

/// An entry in a line: its kind, id and name, and where it is.
std::string describe(const Entry& e, const SourceFiles& files) {
  std::string name;
  if (e.kind == EntryKind::kArticle) {
    const auto& a = static_cast<const Article&>(e);
    name = fmt::format("{}, by {}", a.title.value, a.author.value);
  } else if (e.kind == EntryKind::kCondition) {
    name = static_cast<const Condition&>(e).name.value;
  } else if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
    name = static_cast<const Movement&>(e).name.value;
  } else if (e.kind == EntryKind::kAdvice) {
    const auto& a = static_cast<const Advice&>(e);
    name = fmt::format("{} for {}: {}", a.stance.value, a.condition.value, a.text.value);
  } else {
    name = static_cast<const Claim&>(e).text.value;
  }
  return fmt::format("**{}** `{}`: {}\n\n{}:{}", kind_name(e.kind), e.id.value, name,
                     files[e.loc.file].rel_path, e.loc.line);
}

/// An entry's signed review, when the policy asks for review: each record of it and what it is
/// worth now (valid, stale with what changed, due, overdue, invalid), or that there is none.
std::string review_lines(const View& v, const Entry& e) {
  const Model& m = v.snap.c.model;
  if (!m.policy.reviews || e.kind == EntryKind::kArticle) return "";
  std::string out = "\n\n**Review:** ";
  bool any = false;
  for (const ReviewStatus& s : review_statuses(m, v.snap.today)) {
    if (s.entry != &e) continue;
    const ReviewRecord& r = *s.record;
    out += fmt::format("{}{} by {} on {}: ", any ? "; " : "", r.role, r.reviewer, r.date);
    any = true;
    if (!s.invalid.empty()) {
      out += "invalid (" + s.invalid + ")";
    } else if (const auto changes = review_changes(r.fields, review_fields(m, v.snap.c.files, e)); !changes.empty()) {
      out += fmt::format("stale ({})", fmt::join(changes, "; "));
    } else {
      out += fmt::format("{}, due again {}", s.due <= v.snap.today ? "overdue" : "valid", s.due);
    }
  }
  return any ? out : out + "none";
}

/// The sentence a cite quotes, with the quote in bold, and the heading above it.
std::string passage(const View& v, const Cite& c) {
  const Entry* e = v.find_entry(c.article.value);
  if (!e || e->kind != EntryKind::kArticle) return fmt::format("No article `{}`.", c.article.value);
  const auto& a = static_cast<const Article&>(*e);
  if (a.snapshot_file == Loc::kNoFile) return fmt::format("The snapshot of `{}` could not be read.", a.id.value);
  const SourceFile& snap = v.snap.c.files[a.snapshot_file];
  if (!c.match.found) return fmt::format("The quote is not in `{}` (see the diagnostic).", snap.rel_path);
  const std::string_view t = snap.text;
  const uint32_t begin = c.match.spans.front().begin, end = c.match.spans.back().end;
  // The sentence around the quote: back to a line start or sentence end, on to the next.
  size_t from = begin;
  while (from > 0 && t[from - 1] != '\n' && !(from >= 2 && t[from - 1] == ' ' && std::string_view(".!?").find(t[from - 2]) != std::string_view::npos)) --from;
  size_t to = end;
  while (to < t.size() && t[to] != '\n' && !(to > end && std::string_view(".!?").find(t[to - 1]) != std::string_view::npos && t[to] == ' ')) ++to;
  std::string heading;
  if (c.match.heading_above_start != 0) {
    heading = heading_text(v.snap.c.files, a.snapshot_file, c.match.heading_above_start);
  } else if (c.section) {
    heading = c.section->value;
  }
  std::string out = fmt::format("In *{}* (`{}`){}:\n\n> {}**{}**{}", a.title.value, snap.rel_path,
                                heading.empty() ? "" : fmt::format(", under “{}”", heading),
                                t.substr(from, begin - from), t.substr(begin, end - begin), t.substr(end, to - end));
  for (char& ch : out) {
    if (ch == '\n' && &ch > out.data() + 2 && *(&ch - 1) != '\n' && *(&ch + 1) != '\n' && *(&ch + 1) != '>') ch = ' ';
  }
  return out;
}

}  // namespace

json hover(const View& v, const json& params) {
  uint32_t file = 0;
  if (!v.file_of_uri(params.at("textDocument").at("uri"), &file)) return nullptr;
  const Symbol s = symbol_at(v, file, v.to_loc(file, params.at("position")));
  std::string text;
  switch (s.kind) {
    case Symbol::Kind::kNone:
      return nullptr;
    case Symbol::Kind::kId:
      text = describe(*s.entry, v.snap.c.files) + review_lines(v, *s.entry);
      break;
    case Symbol::Kind::kRef:
      if (const Entry* e = v.find_entry(s.text->value)) text = describe(*e, v.snap.c.files);
      else text = fmt::format("No entry has the id `{}`.", s.text->value);
      break;
    case Symbol::Kind::kCite:
      text = passage(v, *s.cite);
      break;
    case Symbol::Kind::kDose: {
      std::vector<std::string> said;
      for (const QuoteQuantity& q : dose_quantities(*s.dose)) {
        if (q.field == s.field) said.push_back(fmt::format("“{}”", q.words));
      }
      text = said.empty() ? fmt::format("The dose's quotes give no {}.", dose_field_name(s.field))
                          : fmt::format("{} `{}`: the quote says {}", dose_field_name(s.field),
                                        s.text->value, fmt::join(said, ", "));
      break;
    }
  }
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}};
}

}  // namespace contentc::lsp
