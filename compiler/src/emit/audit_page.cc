#include "emit/audit_page.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "emit/html.h"
#include "model/dose_value.h"
#include "model/entry_locator.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "util/utf8.h"
#include "version.h"

namespace contentc {
namespace {

constexpr size_t kContextBytes = 300;  // how far a quote's sentence may reach either side

// The page's behaviour: highlight pop-ups, the search box, the findings filters. It reads the
// content only through textContent and dataset, never as HTML.
constexpr std::string_view kScript = R"JS((function () {
  "use strict";
  var data = JSON.parse(document.getElementById("audit-data").textContent);
  var popup = document.createElement("div");
  popup.id = "popup";
  popup.setAttribute("role", "tooltip");
  popup.hidden = true;
  function show(mark) {
    popup.replaceChildren();
    var title = document.createElement("div");
    title.className = "popup-title";
    title.textContent = "Cited by";
    popup.appendChild(title);
    mark.dataset.cites.split(" ").forEach(function (id) {
      (data.cites[id] || []).forEach(function (c) {
        var a = document.createElement("a");
        a.href = c[2];
        a.textContent = c[1] + " (" + c[0] + ")";
        popup.appendChild(a);
      });
    });
    mark.after(popup);
    popup.hidden = false;
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  document.addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") popup.hidden = true;
  });

  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    var entries = document.querySelectorAll(".entry");
    var shown = 0;
    entries.forEach(function (el) {
      var hit = q === "" || el.dataset.search.indexOf(q) >= 0;
      el.hidden = !hit;
      if (hit) shown++;
    });
    results.replaceChildren();
    if (data.index && q !== "") {
      var found = data.index.filter(function (e) { return e[2].indexOf(q) >= 0; });
      found.slice(0, 200).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e[3];
        a.textContent = e[1] + " (" + e[0] + ")";
        li.appendChild(a);
        results.appendChild(li);
      });
      status.textContent = found.length + " matching entries" + (found.length > 200 ? ", first 200 listed" : "");
    } else {
      status.textContent = q === "" ? "" : shown + " of " + entries.length + " entries on this page match";
    }
  });

  var rule = document.getElementById("filter-rule");
  var level = document.getElementById("filter-level");
  function filterFindings() {
    document.querySelectorAll("li.finding").forEach(function (li) {
      li.hidden = (rule.value !== "" && li.dataset.rule !== rule.value) ||
                  (level.value !== "" && li.dataset.level !== level.value);
    });
  }
  if (rule) rule.addEventListener("change", filterFindings);
  if (level) level.addEventListener("change", filterFindings);
})();
)JS";

constexpr std::string_view kStyle = R"CSS(
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dde6; --hl: #fff0a8; --hl2: #ffd66b; --hl3: #ffb347; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .6rem 1.5rem; z-index: 2; }
header h1 { font-size: 1.2rem; margin: 0 0 .3rem; }
nav a { margin-right: 1rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h2 { border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin: 1.8rem 0 .4rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin-right: .4rem; }
.badge { font-size: .75rem; border-radius: .6rem; padding: 0 .5rem; border: 1px solid var(--line); }
.editorial { background: #fde8e8; border-color: #f3b4b4; }
.level-warning { background: #fff4d6; } .level-note { background: #e7f0ff; } .level-error { background: #fde8e8; }
.snapshot { white-space: pre-wrap; font: 14px/1.6 Georgia, serif; border: 1px solid var(--line); padding: 1rem; background: #fcfcfa; }
mark.hl { background: var(--hl); border-bottom: 2px solid #d9b800; cursor: pointer; }
mark.hl.n2 { background: var(--hl2); } mark.hl.n3 { background: var(--hl3); outline: 1px dashed #a55f00; }
mark.hl:focus { outline: 2px solid #2b59c3; }
blockquote { margin: .3rem 0 .6rem; padding: .3rem .8rem; border-left: 3px solid var(--line); color: var(--muted); }
blockquote mark { background: var(--hl); color: var(--ink); }
.entry { border-top: 1px solid var(--line); padding-top: .3rem; }
.entry dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0; }
.entry dt { color: var(--muted); }
.entry dd { margin: 0; }
#popup { position: absolute; z-index: 3; background: #fff; border: 1px solid var(--ink); padding: .4rem .6rem; font: 13px/1.4 system-ui, sans-serif; max-width: 28rem; }
#popup a { display: block; }
.popup-title { font-weight: 600; }
#search { width: 22rem; max-width: 100%; padding: .3rem .5rem; }
.bar { display: inline-block; height: .7rem; background: #6b8ed6; vertical-align: middle; }
li.finding { margin: .3rem 0; }
@media print {
  header { position: static; } #search, #search-status, nav, #popup, .filters { display: none; }
  .entry, tr { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  mark.hl { background: none; border-bottom: 2px solid #000; }
}
)CSS";

std::string base64(const std::string& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t n = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) | uint8_t(bytes[i + 2]);
    out += kAlphabet[n >> 18], out += kAlphabet[(n >> 12) & 63], out += kAlphabet[(n >> 6) & 63], out += kAlphabet[n & 63];
  }
  if (i + 1 == bytes.size()) {
    const uint32_t n = uint8_t(bytes[i]) << 16;
    out += kAlphabet[n >> 18], out += kAlphabet[(n >> 12) & 63], out += "==";
  } else if (i + 2 == bytes.size()) {
    const uint32_t n = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8);
    out += kAlphabet[n >> 18], out += kAlphabet[(n >> 12) & 63], out += kAlphabet[(n >> 6) & 63], out += '=';
  }
  return out;
}

/// The binary digest of `text`, for the Content-Security-Policy's script hash.
std::string sha256_bytes(std::string_view text) {
  const Sha256Digest digest = sha256(text);
  return std::string(digest.begin(), digest.end());
}

/// A JSON document made safe to sit inside <script type="application/json">.
std::string script_json(std::string json) {
  std::string out;
  for (char c : json) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

struct CiteRef {
  const Cite* cite;
  const Entry* entry;
  const std::string* entry_name;
  int64_t id;
};

class Audit {
 public:
  Audit(const Model& m, const SourceFiles& files, const Findings& findings,
        const CitationIndex& citations, const AuditOptions& options)
      : m_(m), files_(files), findings_(findings), citations_(citations), locate_(m) {
    m.for_each_entry([this](const Entry& e) {
      if (e.kind != EntryKind::kArticle) ordered_.push_back(&e);
    });
    std::stable_sort(ordered_.begin(), ordered_.end(), [](const Entry* a, const Entry* b) {
      return static_cast<int>(a->kind) < static_cast<int>(b->kind);
    });
    for (const Article& a : m.articles) names_[&a] = &a.title.value;
    for (const Condition& c : m.conditions) {
      names_[&c] = &c.name.value;
      conditions_.emplace(c.id.value, &c);
    }
    for (const Movement& mv : m.movements) names_[&mv] = &mv.name.value;
    for (const Advice& a : m.advice) names_[&a] = &a.id.value;
    for (const Claim& c : m.claims) names_[&c] = &c.id.value;
    size_t snapshot_bytes = 0;
    for (const Article& a : m.articles) {
      articles_[a.id.value] = &a;
      if (a.snapshot_file != Loc::kNoFile) snapshot_bytes += files[a.snapshot_file].text.size();
    }
    split_ = ordered_.size() > options.single_page_entries ||
             snapshot_bytes > options.single_page_snapshot_bytes;
    for (size_t i = 0; i < ordered_.size(); ++i) {
      entry_page_[ordered_[i]] =
          split_ ? fmt::format("entries-{}.html", i / options.entries_per_page + 1) : "index.html";
    }
    pages_ = split_ ? (ordered_.size() + options.entries_per_page - 1) / options.entries_per_page : 0;
    per_page_ = options.entries_per_page;
    collect_citations();
    collect_findings();
  }

  void pages(const AuditPageSink& out) {
    out("index.html", index_page());
    if (split_) {
      for (const Article& a : m_.articles) {
        out(article_page_name(a), page("Article: " + a.title.value, article_section(a), data_json(&a, false)));
      }
      for (size_t p = 0; p < pages_; ++p) {
        std::string body = fmt::format("<section id=\"entries\"><h2>Entries {}–{}</h2>\n", p * per_page_ + 1,
                                       std::min(ordered_.size(), (p + 1) * per_page_));
        for (size_t i = p * per_page_; i < std::min(ordered_.size(), (p + 1) * per_page_); ++i) {
          body += entry_section(*ordered_[i]);
        }
        body += "</section>\n";
        out(fmt::format("entries-{}.html", p + 1), page(fmt::format("Entries, page {}", p + 1), body, data_json(nullptr, false)));
      }
    }
  }

 private:
  std::string article_page_name(const Article& a) const {
    return split_ ? "article-" + a.id.value + ".html" : "index.html";
  }
  std::string entry_href(const Entry& e) const {
    if (e.kind == EntryKind::kArticle) {
      return article_page_name(static_cast<const Article&>(e)) + "#article-" + e.id.value;
    }
    auto it = entry_page_.find(&e);
    return (it == entry_page_.end() ? std::string("index.html") : it->second) + "#entry-" + e.id.value;
  }
  std::string cite_href(int64_t id, const std::string& article) const {
    auto it = articles_.find(article);
    const std::string page = it == articles_.end() ? "index.html" : article_page_name(*it->second);
    return fmt::format("{}#cite-{}", page, id);
  }
  std::string entry_link(const Entry& e) const {
    return fmt::format("<a href=\"{}\">{}</a>", html(entry_href(e)), html(*names_.at(&e)));
  }

  void collect_citations() {
    auto add = [this](const Entry& e, const Cite& c) {
      const int64_t id = citations_[c].id;
      by_article_[c.article.value].push_back(CiteRef{&c, &e, names_.at(&e), id});
      cite_by_loc_[key(c.loc)] = {id, &c};
      cite_by_loc_[key(c.quote.loc)] = {id, &c};
      if (c.section) cite_by_loc_[key(c.section->loc)] = {id, &c};
    };
    m_.for_each_cite(add);
    for (auto& [article, refs] : by_article_) {
      std::sort(refs.begin(), refs.end(), [](const CiteRef& a, const CiteRef& b) { return a.id < b.id; });
    }
  }

  void collect_findings() {
    for (const Finding& f : findings_.items()) {
      if (const Entry* e = f.loc.valid() ? locate_.find(f.loc) : nullptr) by_entry_[e].push_back(&f);
    }
  }

  static std::tuple<uint32_t, uint32_t, uint32_t> key(const Loc& l) { return {l.file, l.line, l.column}; }

  std::string page(const std::string& title, const std::string& body, const std::string& data) const {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
        "'unsafe-inline'; img-src data:; script-src 'sha256-{}'; base-uri 'none'; form-action "
        "'none'\">\n<link rel=\"icon\" href=\"data:,\">\n<title>{} — contentc citation audit</title>\n"
        "<style>{}</style>\n</head>\n<body>\n<header>\n<h1>Citation audit</h1>\n"
        "<nav><a href=\"index.html#overview\">Overview</a><a href=\"index.html#findings\">Findings</a>"
        "<a href=\"index.html#editorial\">Editorial statements</a><a href=\"index.html#articles\">Articles</a>"
        "<a href=\"index.html#entries\">Entries</a></nav>\n"
        "<input id=\"search\" type=\"search\" placeholder=\"Filter entries by name, alias, condition or "
        "pattern\" aria-label=\"Filter entries\"> <span id=\"search-status\" class=\"muted\" "
        "aria-live=\"polite\"></span>\n<ul id=\"search-results\"></ul>\n</header>\n<main>\n",
        script_hash_, html(title), kStyle);
    out += body;
    out += "</main>\n<script type=\"application/json\" id=\"audit-data\">";
    out += data;
    out += "</script>\n<script>";
    out += kScript;
    out += "</script>\n</body>\n</html>\n";
    return out;
  }

  /// For a page's script: who cites each citation highlighted on it (one article's, or all of
  /// them), and on a split index page the entry index the search box looks through.
  std::string data_json(const Article* only, bool with_index, bool all_cites = false) const {
    JsonWriter w;
    w.begin_object();
    w.key("cites").begin_object();
    for (const auto& [article, refs] : by_article_) {
      if (!all_cites && (!only || article != only->id.value)) continue;
      for (const CiteRef& r : refs) {
        w.key(std::to_string(r.id)).begin_array().begin_array();
        w.value(r.entry->id.value).value(*r.entry_name).value(entry_href(*r.entry));
        w.end_array().end_array();
      }
    }
    w.end_object();
    if (with_index) {
      w.key("index").begin_array();
      for (const Entry* e : ordered_) {
        w.begin_array().value(e->id.value).value(*names_.at(e)).value(search_text(*e)).value(entry_href(*e)).end_array();
      }
      w.end_array();
    }
    w.end_object();
    std::string json = w.take();
    json.pop_back();
    return script_json(std::move(json));
  }

  std::string search_text(const Entry& e) const {
    std::string s = e.id.value + " " + *names_.at(&e);
    auto add = [&s](const std::vector<Text>& list) {
      for (const Text& t : list) s += " " + t.value;
    };
    if (e.kind == EntryKind::kCondition) add(static_cast<const Condition&>(e).aliases);
    if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
      const auto& mv = static_cast<const Movement&>(e);
      add(mv.aliases);
      add(mv.patterns);
      for (const ForCondition& f : mv.fors) s += " " + f.condition.value;
    }
    if (e.kind == EntryKind::kAdvice) {
      const auto& a = static_cast<const Advice&>(e);
      add(a.patterns);
      s += " " + a.condition.value;
    }
    if (e.kind == EntryKind::kClaim) s += " " + static_cast<const Claim&>(e).about.value;
    return lower(s);
  }

  std::string index_page() {
    std::string body = overview();
    body += findings_section();
    body += editorial_section();
    body += "<section id=\"articles\"><h2>Articles</h2>\n";
    for (const Article& a : m_.articles) {
      body += split_ ? fmt::format("<p><a href=\"{}\">{}</a></p>\n", html(article_page_name(a)), html(a.title.value))
                     : article_section(a);
    }
    body += "</section>\n<section id=\"entries\"><h2>Entries</h2>\n";
    if (split_) {
      for (size_t p = 0; p < pages_; ++p) {
        body += fmt::format("<p><a href=\"entries-{0}.html\">Entries {1}–{2}</a></p>\n", p + 1, p * per_page_ + 1,
                            std::min(ordered_.size(), (p + 1) * per_page_));
      }
    } else {
      for (const Entry* e : ordered_) body += entry_section(*e);
    }
    body += "</section>\n";
    // Single page: every article is here. Split: the index page carries the search index.
    return page("Overview", body, data_json(nullptr, split_, !split_));
  }

  std::string overview() const {
    std::map<std::string_view, size_t> kinds;
    for (const Entry* e : ordered_) ++kinds[kind_name(e->kind)];
    size_t cites = 0, editorial = 0;
    m_.for_each_cite([&cites](const Entry&, const Cite&) { ++cites; });
    auto count_editorial = [&editorial](const std::vector<Warning>& ws) {
      for (const Warning& w : ws) editorial += w.editorial() ? 1 : 0;
    };
    for (const Condition& c : m_.conditions) count_editorial(c.warnings);
    for (const Movement& mv : m_.movements) count_editorial(mv.warnings);
    const Tally t = tally(findings_);
    std::string out = "<section id=\"overview\"><h2>Overview</h2>\n<table>\n";
    out += fmt::format("<tr><th>Articles</th><td class=\"num\">{}</td></tr>\n", m_.articles.size());
    for (std::string_view k : {"condition", "exercise", "stretch", "advice", "claim"}) {
      out += fmt::format("<tr><th>Entries: {}</th><td class=\"num\">{}</td></tr>\n", k, kinds[k]);
    }
    out += fmt::format("<tr><th>Citations</th><td class=\"num\">{}</td></tr>\n", cites);
    out += fmt::format("<tr><th>Editorial warnings (cite nothing)</th><td class=\"num\">{}</td></tr>\n", editorial);
    out += fmt::format("<tr><th>Findings</th><td>{} errors, {} warnings, {} notes</td></tr>\n", t.errors, t.warnings, t.notes);
    out += fmt::format("<tr><th>Suppressed findings</th><td class=\"num\">{}</td></tr>\n</table>\n", t.suppressed);
    if (t.suppressed > 0) {
      out += "<h3>Suppressed findings, with their reasons</h3>\n<table>\n<tr><th>Rule</th><th>Entry</th><th>Reason</th><th>Reviewer</th></tr>\n";
      for (const Finding& f : findings_.items()) {
        if (f.suppressed_reason.empty()) continue;
        const Entry* e = locate_.find(f.loc);
        const Suppression* s = e ? suppression_of(*e, f.rule) : nullptr;
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html(f.rule),
                           e ? entry_link(*e) : "", html(f.suppressed_reason),
                           s && s->reviewer ? html(s->reviewer->value) : "<span class=\"muted\">—</span>");
      }
      out += "</table>\n";
    }
    out += "<h3>Articles</h3>\n<table>\n<tr><th>Article</th><th>Text cited</th><th>Entries resting on it</th><th>Citations</th></tr>\n";
    for (const Article& a : m_.articles) {
      const auto [cited, total] = coverage(a);
      const double share = total ? 100.0 * double(cited) / double(total) : 0.0;
      std::set<const Entry*> resting;
      size_t n = 0;
      if (auto it = by_article_.find(a.id.value); it != by_article_.end()) {
        for (const CiteRef& r : it->second) resting.insert(r.entry), ++n;
      }
      out += fmt::format(
          "<tr><td><a href=\"{}#article-{}\">{}</a></td><td><span class=\"bar\" style=\"width:{}px\"></span> "
          "{:.1f}%</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
          html(article_page_name(a)), html(a.id.value), html(a.title.value), static_cast<int>(share), share,
          resting.size(), n);
    }
    out += "</table>\n</section>\n";
    return out;
  }

  const Suppression* suppression_of(const Entry& e, std::string_view rule) const {
    for (const Suppression& s : e.suppressions) {
      if (s.rule.value == rule) return &s;
    }
    return nullptr;
  }

  /// Bytes of the snapshot inside at least one quoted passage, and its size.
  std::pair<size_t, size_t> coverage(const Article& a) const {
    if (a.snapshot_file == Loc::kNoFile) return {0, 0};
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    if (auto it = by_article_.find(a.id.value); it != by_article_.end()) {
      for (const CiteRef& r : it->second) {
        for (const Span& s : r.cite->match.spans) spans.emplace_back(s.begin, s.end);
      }
    }
    std::sort(spans.begin(), spans.end());
    size_t cited = 0;
    uint32_t reach = 0;
    for (const auto& [b, e] : spans) {
      const uint32_t from = std::max(b, reach);
      if (e > from) cited += e - from;
      reach = std::max(reach, e);
    }
    return {cited, files_[a.snapshot_file].text.size()};
  }

  std::string findings_section() const {
    std::set<std::string> rules;
    for (const Finding& f : findings_.items()) rules.insert(f.rule);
    std::string out = "<section id=\"findings\"><h2>Findings</h2>\n";
    if (findings_.items().empty()) return out + "<p class=\"muted\">No findings.</p>\n</section>\n";
    out += "<p class=\"filters\"><label>Rule <select id=\"filter-rule\"><option value=\"\">all</option>";
    for (const std::string& r : rules) out += fmt::format("<option>{}</option>", html(r));
    out += "</select></label> <label>Level <select id=\"filter-level\"><option value=\"\">all</option>"
           "<option>error</option><option>warning</option><option>note</option><option>suppressed</option>"
           "</select></label></p>\n<ul>\n";
    for (const Finding& f : findings_.items()) {
      const bool suppressed = !f.suppressed_reason.empty();
      const std::string level = suppressed ? "suppressed" : std::string(level_name(f.level));
      out += fmt::format("<li class=\"finding\" data-rule=\"{}\" data-level=\"{}\"><span class=\"badge level-{}\">{}</span> "
                         "<code>{}</code> {} <span class=\"muted\">{}</span>",
                         html(f.rule), level, level_name(f.level), level, html(f.rule), html(f.message),
                         html(location(f.loc)));
      if (const Entry* e = f.loc.valid() ? locate_.find(f.loc) : nullptr) out += " — " + entry_link(*e);
      if (auto it = cite_by_loc_.find(key(f.loc)); it != cite_by_loc_.end()) {
        out += fmt::format(" — <a href=\"{}\">the passage</a>", html(cite_href(it->second.first, it->second.second->article.value)));
      }
      if (suppressed) out += fmt::format(" <em>Suppressed: {}</em>", html(f.suppressed_reason));
      out += "</li>\n";
    }
    return out + "</ul>\n</section>\n";
  }

  std::string location(const Loc& l) const {
    return l.valid() ? fmt::format("{}:{}:{}", files_[l.file].rel_path, l.line, l.column) : "";
  }

  std::string editorial_section() const {
    std::string out = "<section id=\"editorial\"><h2>Editorial statements</h2>\n"
                      "<p class=\"muted\">Warnings the editors wrote without citing a source.</p>\n<ul>\n";
    size_t n = 0;
    auto list = [&](const Entry& e, const std::vector<Warning>& ws) {
      for (const Warning& w : ws) {
        if (!w.editorial()) continue;
        ++n;
        out += fmt::format("<li>{} <span class=\"badge\">{}</span> {}</li>\n", entry_link(e), html(w.category.value), html(w.text.value));
      }
    };
    for (const Entry* e : ordered_) {
      if (e->kind == EntryKind::kCondition) list(*e, static_cast<const Condition&>(*e).warnings);
      if (e->kind == EntryKind::kExercise || e->kind == EntryKind::kStretch) list(*e, static_cast<const Movement&>(*e).warnings);
    }
    if (n == 0) out += "<li class=\"muted\">None.</li>\n";
    return out + "</ul>\n</section>\n";
  }

  std::string article_section(const Article& a) const {
    std::string out = fmt::format("<section class=\"article\" id=\"article-{}\"><h3>{}</h3>\n<table>\n",
                                  html(a.id.value), html(a.title.value));
    auto row = [&out](std::string_view k, const std::string& v) {
      out += fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", k, v);
    };
    row("Id", html(a.id.value));
    row("Author", html(a.author.value));
    if (a.publisher) row("Publisher", html(a.publisher->value));
    if (a.url) row("URL", html(a.url->value));
    if (a.retrieved) row("Retrieved", html(a.retrieved->value));
    if (a.license) row("License", html(a.license->value));
    row("Snapshot", html(a.snapshot_path));
    const auto [cited, total] = coverage(a);
    row("Text cited", fmt::format("{:.1f}% of {} bytes", total ? 100.0 * double(cited) / double(total) : 0.0, total));
    out += "</table>\n";
    if (a.snapshot_file != Loc::kNoFile) out += "<div class=\"snapshot\">" + highlighted(a) + "</div>\n";
    return out + "</section>\n";
  }

  /// The snapshot with every cited passage in a <mark>. Overlapping passages are cut into
  /// segments; each segment lists every citation covering it, and darkens with their number.
  std::string highlighted(const Article& a) const {
    const std::string& text = files_[a.snapshot_file].text;
    struct Event {
      uint32_t at;
      bool start;
      int64_t id;
      size_t part;
    };
    std::vector<Event> events;
    if (auto it = by_article_.find(a.id.value); it != by_article_.end()) {
      for (const CiteRef& r : it->second) {
        for (size_t p = 0; p < r.cite->match.spans.size(); ++p) {
          const Span& s = r.cite->match.spans[p];
          events.push_back({s.begin, true, r.id, p + 1});
          events.push_back({s.end, false, r.id, p + 1});
        }
      }
    }
    std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) {
      return std::tie(x.at, x.start, x.id, x.part) < std::tie(y.at, y.start, y.id, y.part);
    });
    std::string out;
    std::multiset<int64_t> active;
    uint32_t pos = 0;
    auto emit_text = [&](uint32_t to) {
      if (to <= pos) return;
      const std::string_view piece(text.data() + pos, to - pos);
      if (active.empty()) {
        append_html(out, piece);
      } else {
        std::set<int64_t> ids(active.begin(), active.end());
        std::string list;
        for (int64_t id : ids) list += (list.empty() ? "" : " ") + std::to_string(id);
        out += fmt::format("<mark class=\"hl n{}\" tabindex=\"0\" data-cites=\"{}\">", std::min<size_t>(ids.size(), 3), list);
        append_html(out, piece);
        out += "</mark>";
      }
      pos = to;
    };
    for (const Event& e : events) {
      emit_text(e.at);
      if (e.start) {
        out += fmt::format("<a class=\"anchor\" id=\"cite-{}{}\"></a>", e.id, e.part > 1 ? fmt::format("-{}", e.part) : "");
        active.insert(e.id);
      } else {
        active.erase(active.find(e.id));
      }
    }
    emit_text(static_cast<uint32_t>(text.size()));
    return out;
  }

  /// The sentence (or so) around a quoted passage, with the passage marked.
  std::string in_context(const Cite& c, const Article& a) const {
    const std::string& text = files_[a.snapshot_file].text;
    const Span first = c.match.spans.front(), last = c.match.spans.back();
    size_t begin = first.begin, end = last.end;
    const size_t floor = begin > kContextBytes ? begin - kContextBytes : 0;
    while (begin > floor && !(text[begin - 1] == '\n' ||
                              (begin >= 2 && std::string_view(".!?").find(text[begin - 2]) != std::string_view::npos &&
                               text[begin - 1] == ' '))) {
      --begin;
    }
    while (begin < first.begin && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
    const size_t ceiling = std::min(text.size(), end + kContextBytes);
    while (end < ceiling && text[end] != '\n' &&
           !(std::string_view(".!?").find(text[end - 1]) != std::string_view::npos && end > last.begin && text[end] == ' ')) {
      ++end;
    }
    while (end < text.size() && end > last.end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    std::string out;
    size_t pos = begin;
    for (const Span& s : c.match.spans) {
      append_html(out, std::string_view(text).substr(pos, s.begin - pos));
      out += "<mark>";
      append_html(out, std::string_view(text).substr(s.begin, s.end - s.begin));
      out += "</mark>";
      pos = s.end;
    }
    append_html(out, std::string_view(text).substr(pos, end - pos));
    return out;
  }

  std::string citation_list(const std::vector<Cite>& cites) const {
    std::string out = "<ul class=\"citations\">\n";
    for (const Cite& c : cites) {
      const int64_t id = citations_[c].id;
      auto it = articles_.find(c.article.value);
      out += "<li>";
      if (it == articles_.end() || !c.match.found) {
        out += fmt::format("“{}” <span class=\"muted\">({})</span>", html(c.quote.value), html(c.article.value));
      } else {
        out += fmt::format("<a href=\"{}\">{}</a>{} — <a href=\"{}\">show in the article</a>\n<blockquote>{}</blockquote>",
                           html(article_page_name(*it->second) + "#article-" + c.article.value), html(it->second->title.value),
                           c.section ? ", section “" + html(c.section->value) + "”" : std::string(),
                           html(cite_href(id, c.article.value)), in_context(c, *it->second));
      }
      out += "</li>\n";
    }
    return out + "</ul>\n";
  }

  std::string list_row(std::string_view label, const std::vector<Text>& values) const {
    if (values.empty()) return "";
    std::string joined;
    for (const Text& t : values) joined += (joined.empty() ? "" : ", ") + html(t.value);
    return fmt::format("<dt>{}</dt><dd>{}</dd>\n", label, joined);
  }

  std::string condition_link(const std::string& id) const {
    auto it = conditions_.find(id);
    return it == conditions_.end() ? html(id) : entry_link(*it->second);
  }

  std::string dose_text(const Dose& d) const {
    std::vector<std::string> parts;
    auto add = [&parts](std::string_view name, const DoseValue& v) {
      if (v.kind == DoseValue::Kind::kRange || v.kind == DoseValue::Kind::kWord) {
        parts.push_back(fmt::format("{} {}", name, format_dose_value(v)));
      }
    };
    add("reps", d.reps_value);
    add("hold", d.hold_value);
    add("sets", d.sets_value);
    if (d.side) parts.push_back("side " + d.side->value);
    add("frequency", d.frequency_value);
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + html(p);
    return out;
  }

  std::string entry_section(const Entry& e) const {
    std::string out = fmt::format("<article class=\"entry\" id=\"entry-{}\" data-search=\"{}\">\n<h3><span class=\"kind\">{}</span>{}</h3>\n<dl>\n",
                                  html(e.id.value), html(search_text(e)), kind_name(e.kind), html(*names_.at(&e)));
    out += fmt::format("<dt>Id</dt><dd><code>{}</code></dd>\n", html(e.id.value));
    const std::vector<Warning>* warnings = nullptr;
    if (e.kind == EntryKind::kCondition) {
      const auto& c = static_cast<const Condition&>(e);
      out += list_row("Aliases", c.aliases);
      if (!c.related.empty()) {
        std::string links;
        for (const Text& r : c.related) links += (links.empty() ? "" : ", ") + condition_link(r.value);
        out += "<dt>Related</dt><dd>" + links + "</dd>\n";
      }
      if (c.summary) out += fmt::format("<dt>Summary</dt><dd>{}</dd>\n", html(c.summary->value));
      out += list_row("Symptoms", c.symptoms);
      warnings = &c.warnings;
    } else if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
      const auto& mv = static_cast<const Movement&>(e);
      out += list_row("Aliases", mv.aliases);
      if (mv.position) out += fmt::format("<dt>Position</dt><dd>{}</dd>\n", html(mv.position->value));
      out += list_row("Equipment", mv.equipment);
      out += list_row("Targets", mv.targets);
      out += list_row("Patterns", mv.patterns);
      if (!mv.fors.empty()) {
        std::string fors;
        for (const ForCondition& f : mv.fors) {
          fors += (fors.empty() ? "" : ", ") + condition_link(f.condition.value) + " (" + html(f.phase.value) + ")";
        }
        out += "<dt>Recommended for</dt><dd>" + fors + "</dd>\n";
      }
      warnings = &mv.warnings;
      out += "</dl>\n<ol class=\"steps\">\n";
      for (const Text& s : mv.steps) out += "<li>" + html(s.value) + "</li>\n";
      out += "</ol>\n";
      for (size_t i = 0; i < mv.doses.size(); ++i) {
        out += fmt::format("<h4>Dose {}: {}</h4>\n", i + 1, dose_text(mv.doses[i]));
        out += mv.doses[i].cites.empty() ? "<p class=\"muted\">No quote.</p>\n" : citation_list(mv.doses[i].cites);
      }
      out += "<dl>\n";
    } else if (e.kind == EntryKind::kAdvice) {
      const auto& a = static_cast<const Advice&>(e);
      out += fmt::format("<dt>Stance</dt><dd>{}</dd>\n<dt>Condition</dt><dd>{} ({})</dd>\n", html(a.stance.value),
                         condition_link(a.condition.value), html(a.phase.value));
      out += list_row("Patterns", a.patterns);
      out += list_row("Exercises", a.exercises);
      out += fmt::format("<dt>Text</dt><dd>{}</dd>\n", html(a.text.value));
    } else if (e.kind == EntryKind::kClaim) {
      const auto& c = static_cast<const Claim&>(e);
      out += fmt::format("<dt>About</dt><dd>{}</dd>\n<dt>Topic</dt><dd>{}</dd>\n<dt>Claim</dt><dd>{}</dd>\n",
                         condition_link(c.about.value), html(c.topic.value), html(c.text.value));
      if (c.effect) {
        out += fmt::format("<dt>Effect</dt><dd>{} {}</dd>\n", html(c.effect->factor.value), html(c.effect->direction.value));
      }
      for (const Figure& f : c.figures) {
        out += fmt::format("<dt>Figure</dt><dd>{}{} — {}{}</dd>\n", html(f.value.value), f.unit ? " " + html(f.unit->value) : "",
                           html(f.text.value), f.sample ? " (sample " + html(f.sample->value) + ")" : "");
      }
    }
    out += "</dl>\n";
    if (warnings && !warnings->empty()) {
      out += "<h4>Warnings</h4>\n<ul>\n";
      for (const Warning& w : *warnings) {
        out += fmt::format("<li><span class=\"badge\">{}</span> {}{}</li>\n", html(w.category.value), html(w.text.value),
                           w.editorial() ? " <span class=\"badge editorial\">editorial: cites no source</span>"
                                         : "\n" + citation_list(w.cites));
      }
      out += "</ul>\n";
    }
    out += "<h4>Citations</h4>\n" + citation_list(e.cites);
    if (auto it = by_entry_.find(&e); it != by_entry_.end()) {
      out += "<h4>Findings</h4>\n<ul>\n";
      for (const Finding* f : it->second) {
        out += fmt::format("<li><span class=\"badge level-{}\">{}</span> <code>{}</code> {}", level_name(f->level),
                           f->suppressed_reason.empty() ? level_name(f->level) : "suppressed", html(f->rule), html(f->message));
        if (!f->suppressed_reason.empty()) {
          const Suppression* s = suppression_of(e, f->rule);
          out += fmt::format(" <em>Suppressed: {}{}</em>", html(f->suppressed_reason),
                             s && s->reviewer ? " (reviewer: " + html(s->reviewer->value) + ")" : "");
        }
        out += "</li>\n";
      }
      out += "</ul>\n";
    }
    return out + "</article>\n";
  }

  const Model& m_;
  const SourceFiles& files_;
  const Findings& findings_;
  const CitationIndex& citations_;
  EntryLocator locate_;
  std::vector<const Entry*> ordered_;
  std::unordered_map<const Entry*, const std::string*> names_;
  std::unordered_map<std::string, const Article*> articles_;
  std::unordered_map<std::string, const Condition*> conditions_;
  std::unordered_map<const Entry*, std::string> entry_page_;
  std::map<std::string, std::vector<CiteRef>> by_article_;
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, std::pair<int64_t, const Cite*>> cite_by_loc_;
  std::unordered_map<const Entry*, std::vector<const Finding*>> by_entry_;
  bool split_ = false;
  size_t pages_ = 0, per_page_ = 500;
  const std::string script_hash_ = base64(sha256_bytes(kScript));  ///< for the CSP, every page
};

}  // namespace

void write_audit_pages(const Model& model, const SourceFiles& files, const Findings& findings,
                       const CitationIndex& citations, const AuditOptions& options, const AuditPageSink& sink) {
  Audit(model, files, findings, citations, options).pages(sink);
}

std::vector<std::pair<std::string, std::string>> write_audit_pages(const Model& model, const SourceFiles& files,
                                                                   const Findings& findings,
                                                                   const CitationIndex& citations,
                                                                   const AuditOptions& options) {
  std::vector<std::pair<std::string, std::string>> pages;
  write_audit_pages(model, files, findings, citations, options,
                    [&pages](const std::string& name, std::string html) { pages.emplace_back(name, std::move(html)); });
  return pages;
}

}  // namespace contentc
