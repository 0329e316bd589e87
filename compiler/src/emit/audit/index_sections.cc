#include <map>
#include <set>

#include <fmt/format.h>

#include "emit/audit/views.h"
#include "emit/html.h"

namespace contentc {
namespace {

void suppressed_table(std::string& out, const AuditIndex& index) {
  out += "<h3>Suppressed findings, with their reasons</h3>\n<table>\n<tr><th>Rule</th><th>Entry</th><th>Reason</th><th>Reviewer</th></tr>\n";
  for (const Finding& f : index.findings().items()) {
    if (f.suppressed_reason.empty()) continue;
    const Entry* e = index.entry_at(f.loc);
    const Suppression* s = e ? index.suppression_of(*e, f.rule) : nullptr;
    put(out, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html(f.rule), e ? index.entry_link(*e) : "",
        bdi(f.suppressed_reason), s && s->reviewer ? bdi(s->reviewer->value) : "<span class=\"muted\">—</span>");
  }
  out += "</table>\n";
}

}  // namespace

void overview_section(std::string& out, const AuditIndex& index) {
  const Model& m = index.model();
  std::map<std::string_view, size_t> kinds;
  for (const Entry* e : index.ordered()) ++kinds[kind_name(e->kind)];
  size_t cites = 0, editorial = 0;
  m.for_each_cite([&cites](const Entry&, const Cite&) { ++cites; });
  auto count_editorial = [&editorial](const std::vector<Warning>& ws) {
    for (const Warning& w : ws) editorial += w.editorial() ? 1 : 0;
  };
  for (const Condition& c : m.conditions) count_editorial(c.warnings);
  for (const Movement& mv : m.movements) count_editorial(mv.warnings);
  const Tally t = tally(index.findings());
  out += "<section id=\"overview\"><h2>Overview</h2>\n<table>\n";
  put(out, "<tr><th>Articles</th><td class=\"num\">{}</td></tr>\n", m.articles.size());
  for (std::string_view k : {"condition", "exercise", "stretch", "advice", "claim"}) {
    put(out, "<tr><th>Entries: {}</th><td class=\"num\">{}</td></tr>\n", k, kinds[k]);
  }
  put(out, "<tr><th>Citations</th><td class=\"num\">{}</td></tr>\n", cites);
  put(out, "<tr><th>Editorial warnings (cite nothing)</th><td class=\"num\">{}</td></tr>\n", editorial);
  put(out, "<tr><th>Findings</th><td>{} errors, {} warnings, {} notes</td></tr>\n", t.errors, t.warnings, t.notes);
  put(out, "<tr><th>Suppressed findings</th><td class=\"num\">{}</td></tr>\n</table>\n", t.suppressed);
  if (t.suppressed > 0) suppressed_table(out, index);
  out += "<h3>Articles</h3>\n<table>\n<tr><th>Article</th><th>Text cited</th><th>Entries resting on it</th><th>Citations</th></tr>\n";
  for (const Article& a : m.articles) {
    const auto [cited, total] = index.coverage(a);
    const double share = total ? 100.0 * double(cited) / double(total) : 0.0;
    std::set<const Entry*> resting;
    size_t n = 0;
    if (const auto* refs = index.cites_of(a)) {
      for (const CiteRef& r : *refs) resting.insert(r.entry), ++n;
    }
    put(out,
        "<tr><td><a href=\"{}#article-{}\">{}</a></td><td><span class=\"bar\" style=\"width:{}px\"></span> "
        "{:.1f}%</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        html(index.article_page(a)), html(a.id.value), bdi(a.title.value), static_cast<int>(share), share,
        resting.size(), n);
  }
  out += "</table>\n</section>\n";
}

void findings_section(std::string& out, const AuditIndex& index) {
  const auto& findings = index.findings().items();
  std::set<std::string> rules;
  for (const Finding& f : findings) rules.insert(f.rule);
  out += "<section id=\"findings\"><h2>Findings</h2>\n";
  if (findings.empty()) {
    out += "<p class=\"muted\">No findings.</p>\n</section>\n";
    return;
  }
  out += "<p class=\"filters\"><label>Rule <select id=\"filter-rule\"><option value=\"\">all</option>";
  for (const std::string& r : rules) put(out, "<option>{}</option>", html(r));
  out += "</select></label> <label>Level <select id=\"filter-level\"><option value=\"\">all</option>"
         "<option>error</option><option>warning</option><option>note</option><option>suppressed</option>"
         "</select></label></p>\n<ul>\n";
  for (const Finding& f : findings) {
    const bool suppressed = !f.suppressed_reason.empty();
    const std::string level = suppressed ? "suppressed" : std::string(level_name(f.level));
    put(out, "<li class=\"finding\" data-rule=\"{}\" data-level=\"{}\"><span class=\"badge level-{}\">{}</span> "
        "<code>{}</code> {} <span class=\"muted\">{}</span>",
        html(f.rule), level, level_name(f.level), level, html(f.rule), bdi(f.message), bdi(index.location(f.loc)));
    if (const Entry* e = index.entry_at(f.loc)) out += " — " + index.entry_link(*e);
    if (const auto* cite = index.cite_at(f.loc)) {
      put(out, " — <a href=\"{}\">the passage</a>", html(index.cite_href(cite->first, cite->second->article.value)));
    }
    if (suppressed) put(out, " <em>Suppressed: {}</em>", bdi(f.suppressed_reason));
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

void editorial_section(std::string& out, const AuditIndex& index) {
  out += "<section id=\"editorial\"><h2>Editorial statements</h2>\n"
         "<p class=\"muted\">Warnings the editors wrote without citing a source.</p>\n<ul>\n";
  size_t n = 0;
  auto list = [&](const Entry& e, const std::vector<Warning>& ws) {
    for (const Warning& w : ws) {
      if (!w.editorial()) continue;
      ++n;
      put(out, "<li>{} <span class=\"badge\">{}</span> {}</li>\n", index.entry_link(e), html(w.category.value), bdi(w.text.value));
    }
  };
  for (const Entry* e : index.ordered()) {
    if (e->kind == EntryKind::kCondition) list(*e, static_cast<const Condition&>(*e).warnings);
    if (e->kind == EntryKind::kExercise || e->kind == EntryKind::kStretch) list(*e, static_cast<const Movement&>(*e).warnings);
  }
  if (n == 0) out += "<li class=\"muted\">None.</li>\n";
  out += "</ul>\n</section>\n";
}

}  // namespace contentc
