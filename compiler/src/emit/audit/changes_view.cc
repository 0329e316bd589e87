// index.html's "Changed since the previous release" section.

#include <map>
#include <set>

#include "changes/change_set.h"
#include "changes/changes_text.h"
#include "emit/audit/views.h"
#include "emit/html.h"
#include "util/plural.h"

namespace contentc {

void changes_section(std::string& out, const AuditIndex& index, const ChangeSet& changes) {
  const ChangeSummary summary = summarize(changes);
  std::map<std::string_view, const Entry*> by_id;
  index.model().for_each_entry([&](const Entry& e) { by_id.emplace(e.id.value, &e); });
  auto link = [&](const std::string& id) {
    auto it = by_id.find(id);
    return it == by_id.end() ? "<code>" + html(id) + "</code>" : index.entry_link(*it->second) + " <code>" + html(id) + "</code>";
  };
  put(out, "<section id=\"changes\"><h2>Changed since the previous release</h2>\n"
      "<p>Content version {} → <strong>{}</strong> ({}).</p>\n",
      html(changes.from_version.empty() ? "(none)" : changes.from_version), html(changes.to_version),
      changes.bump == Bump::kNone ? "nothing changed" : bump_name(changes.bump));
  out += "<ul class=\"changes-entries\">\n";
  for (const EntryGroup& g : summary.entries) {
    // "3 exercises added: a, b, c", each id linked when the entry is still there.
    put(out, "<li>{}: ", html(g.what));
    for (size_t i = 0; i < g.ids.size(); ++i) out += (i ? ", " : "") + link(g.ids[i]);
    out += "</li>\n";
  }
  if (!summary.row_counts.empty()) put(out, "<li>{}</li>\n", html(summary.row_counts));
  out += "</ul>\n";
  if (!summary.changed.empty()) {
    out += "<h3>Entries changed</h3>\n<dl class=\"changes\">\n";
    for (const EntryChanges& e : summary.changed) {
      put(out, "<dt data-entry=\"{}\">{}</dt>\n", html(e.entry_id), link(e.entry_id));
      for (const std::string& line : e.lines) put(out, "<dd>{}</dd>\n", bdi(line));
    }
    out += "</dl>\n";
  }
  if (!changes.snapshots.empty()) {
    // The quote may still be found in the new text, but the passage around it may say more or
    // less than before: each citation is one to read again.
    std::set<std::pair<std::string_view, int64_t>> wanted;
    for (const SnapshotChange& s : changes.snapshots) {
      for (const auto& c : s.citations) wanted.emplace(c.entry_id, c.ordinal);
    }
    std::map<std::pair<std::string_view, int64_t>, std::string> passage;
    index.model().for_each_cite([&](const Entry& e, const Cite& c) {
      const auto& ci = index.citations()[c];
      if (wanted.contains({e.id.value, ci.ordinal})) passage[{e.id.value, ci.ordinal}] = index.cite_href(ci.id, c.article.value);
    });
    out += "<h3>Articles whose text changed</h3>\n";
    for (const SnapshotChange& s : changes.snapshots) {
      const Article* a = index.article(s.article);
      put(out, "<div class=\"snapshot-change\" data-article=\"{}\"><p>{} — snapshot {} → {}: {} to read again.</p>\n<ul>\n",
          html(s.article), a ? index.entry_link(*a) : html(s.article), html(s.before_sha256.substr(0, 12)),
          html(s.after_sha256.substr(0, 12)),
          plural(s.citations.size(), "citation", "citations"));
      // Worst first, as `contentc snapshot` sorts a re-capture: edited quotes by clinical risk
      // (with the words before), then the moved passages, then the rest.
      for (const auto& c : s.citations) {
        auto it = passage.find({c.entry_id, c.ordinal});
        std::string how = std::string(relocation_name(c.status));
        if (c.status == Relocation::kQuoteChanged) {
          how = c.before_quote.empty() ? fmt::format("new, {}", risk_name(c.risk.risk))
                                       : fmt::format("quote changed, {}: {}", risk_name(c.risk.risk), c.risk.detail);
        }
        put(out, "<li data-status=\"{}\" data-risk=\"{}\"><strong>{}</strong> — {}, citation {} ({}){}: <q>{}</q>{}</li>\n",
            relocation_name(c.status), risk_name(c.risk.risk), bdi(how), link(c.entry_id), c.ordinal, bdi(c.context),
            it == passage.end() ? "" : " — <a href=\"" + html(it->second) + "\">the passage</a>", bdi(c.quote),
            c.before_quote.empty() ? std::string() : " <span class=\"muted\">(was <q>" + bdi(c.before_quote) + "</q>)</span>");
      }
      out += "</ul></div>\n";
    }
  }
  out += "</section>\n";
}

}  // namespace contentc
