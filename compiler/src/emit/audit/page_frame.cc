#include <fmt/format.h>

#include "emit/audit/views.h"
#include "emit/html.h"
#include "util/json_writer.h"

namespace contentc {

void begin_page(std::string& out, std::string_view title) {
  // Scripts and styles only from the audit folder itself (audit.js, audit.css): nothing from
  // the content can run, and nothing is fetched from anywhere else.
  fmt::format_to(
      std::back_inserter(out),
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'self' 'unsafe-inline'; img-src data:; script-src 'self'; base-uri 'none'; form-action "
      "'none'\">\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"audit.css\">\n"
      "<title>{} — contentc citation audit</title>\n</head>\n<body>\n<header>\n<h1>Citation audit</h1>\n"
      "<nav><a href=\"index.html#overview\">Overview</a><a href=\"index.html#findings\">Findings</a>"
      "<a href=\"index.html#editorial\">Editorial statements</a><a href=\"index.html#articles\">Articles</a>"
      "<a href=\"index.html#entries\">Entries</a></nav>\n"
      "<input id=\"search\" type=\"search\" placeholder=\"Filter entries by name, alias, condition or "
      "pattern\" aria-label=\"Filter entries\"> <span id=\"search-status\" class=\"muted\" "
      "aria-live=\"polite\"></span>\n<ul id=\"search-results\"></ul>\n</header>\n<main>\n",
      html(title));
}

void end_page(OutputBuffer& out, const std::function<void(OutputBuffer&)>& data) {
  out += "</main>\n<script type=\"application/json\" id=\"audit-data\">";
  data(out);
  out += "</script>\n<script src=\"audit.js\"></script>\n</body>\n</html>\n";
}

void audit_data(OutputBuffer& out, const AuditIndex& index, const Article* only, bool with_index, bool all_cites,
                std::span<const Entry* const> entries) {
  JsonWriter w(out);
  w.flatten_below(0).for_script();  // safe inside <script type="application/json">
  w.begin_object();
  w.key("cites").begin_object();
  auto citers = [&](const std::vector<CiteRef>& refs) {
    for (const CiteRef& r : refs) {
      w.key(std::to_string(r.id)).begin_array().begin_array();
      w.value(r.entry->id.value).value(index.name(*r.entry)).value(index.entry_page(*r.entry));
      w.end_array().end_array();
    }
  };
  if (all_cites) {
    for (const auto& [article, refs] : index.cites_by_article()) citers(refs);
  } else if (only) {
    if (const auto* refs = index.cites_of(*only)) citers(*refs);
  }
  w.end_object();
  if (with_index) {
    w.key("index").begin_array();
    for (const Entry* e : index.ordered()) {
      w.begin_array().value(e->id.value).value(index.name(*e)).value(index.search_text(*e)).value(index.entry_page(*e)).end_array();
    }
    w.end_array();
  }
  if (!entries.empty()) {
    PageArticles articles;
    w.key("entries").begin_array();
    for (const Entry* e : entries) entry_data(w, index, articles, *e);
    w.end_array();
    // Each article cited: [id, title, page, address, archived copy, date of the copy].
    w.key("articles").begin_array();
    for (const Article* a : articles.order()) {
      const std::optional<Text>& when = a->captured ? a->captured : a->retrieved;
      w.begin_array().value(a->id.value).value(a->title.value).value(index.article_page(*a));
      w.value(a->url ? std::string_view(a->url->value) : "");
      w.value(a->archive && web_address(a->archive->value) ? std::string_view(a->archive->value) : "");
      w.value(when ? std::string_view(when->value).substr(0, 10) : "").end_array();
    }
    w.end_array();
  }
  w.end_object();  // no newline after it: the script element ends here
}

}  // namespace contentc
