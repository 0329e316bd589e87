#include "emit/audit/audit_pages.h"

#include <algorithm>

#include <fmt/format.h>

#include "emit/audit/assets.h"
#include "emit/audit/audit_index.h"
#include "emit/audit/views.h"
#include "emit/html.h"

namespace contentc {
namespace {

/// Where audit.js draws the page's entries from its data; without scripts, a reader is told why
/// there are none.
constexpr const char* kEntriesDrawnHere =
    "<div id=\"entry-list\"></div>\n<noscript><p>The entries are drawn from this page's data by audit.js: "
    "allow scripts to see them.</p></noscript>\n";

/// index.html: the overview, what changed since the previous release, findings and editorial statements, then every article and entry
/// (one page), or links to their pages (split).
void index_page(OutputBuffer& out, const AuditIndex& index, const ChangeSet* changes) {
  std::string& text = out.text();
  begin_page(text, "Overview");
  overview_section(text, index);
  if (changes) changes_section(text, index, *changes);
  out.spill();
  reviews_section(text, index);
  findings_section(text, index);
  editorial_section(text, index);
  text += "<section id=\"articles\"><h2>Articles</h2>\n";
  for (const Article& a : index.model().articles) {
    if (index.split()) {
      fmt::format_to(std::back_inserter(text), "<p><a href=\"{}\">{}</a></p>\n", html(index.article_page(a)), bdi(a.title.value));
    } else {
      article_view(text, index, a);
    }
    out.spill();
  }
  text += "</section>\n<section id=\"entries\"><h2>Entries</h2>\n";
  if (index.split()) {
    for (size_t p = 0; p < index.pages(); ++p) {
      fmt::format_to(std::back_inserter(text), "<p><a href=\"entries-{0}.html\">Entries {1}–{2}</a></p>\n", p + 1,
                     p * index.per_page() + 1, std::min(index.ordered().size(), (p + 1) * index.per_page()));
    }
  } else {
    text += kEntriesDrawnHere;
  }
  text += "</section>\n";
  // One page: every article and entry is here. Split: the index page carries the search index.
  end_page(out, [&](OutputBuffer& o) {
    audit_data(o, index, nullptr, index.split(), !index.split(),
               index.split() ? std::span<const Entry* const>() : std::span(index.ordered()));
  });
  out.flush();
}

void article_page(OutputBuffer& out, const AuditIndex& index, const Article& a) {
  std::string& text = out.text();
  begin_page(text, "Article: " + a.title.value);
  text += "<section id=\"articles\"><h2>Article</h2>\n";  // headings go down one level at a time
  article_view(text, index, a);
  text += "</section>\n";
  end_page(out, [&](OutputBuffer& o) { audit_data(o, index, &a, false, false); });
  out.flush();
}

void entries_page(OutputBuffer& out, const AuditIndex& index, size_t page) {
  std::string& text = out.text();
  const size_t first = page * index.per_page();
  const size_t last = std::min(index.ordered().size(), first + index.per_page());
  begin_page(text, fmt::format("Entries, page {}", page + 1));
  fmt::format_to(std::back_inserter(text), "<section id=\"entries\"><h2>Entries {}–{}</h2>\n", first + 1, last);
  text += kEntriesDrawnHere;
  text += "</section>\n";
  end_page(out, [&](OutputBuffer& o) {
    audit_data(o, index, nullptr, false, false, std::span(index.ordered()).subspan(first, last - first));
  });
  out.flush();
}

}  // namespace

AuditWriter::AuditWriter(const Model& model, const SourceFiles& files, const Findings& findings,
                         const CitationIndex& citations, const ChangeSet* changes, const AuditOptions& options)
    : index_(std::make_unique<AuditIndex>(model, files, findings, citations, options)), changes_(changes) {
  names_.push_back("index.html");
  if (index_->split()) {
    for (const Article& a : model.articles) names_.push_back(index_->article_page(a));
    for (size_t p = 0; p < index_->pages(); ++p) names_.push_back(fmt::format("entries-{}.html", p + 1));
  }
  names_.push_back("audit.css");
  names_.push_back("audit.js");
}

AuditWriter::~AuditWriter() = default;

void AuditWriter::write(size_t i, OutputBuffer& out) const {
  const AuditIndex& index = *index_;
  const size_t articles = index.split() ? index.model().articles.size() : 0;
  if (i == 0) {
    index_page(out, index, changes_);
  } else if (i <= articles) {
    article_page(out, index, index.model().articles[i - 1]);
  } else if (i <= articles + index.pages()) {
    entries_page(out, index, i - 1 - articles);
  } else {
    out += i + 2 == size() ? kAuditStyle : kAuditScript;
    out.flush();
  }
}

std::vector<std::pair<std::string, std::string>> write_audit_pages(const Model& model, const SourceFiles& files,
                                                                   const Findings& findings,
                                                                   const CitationIndex& citations,
                                                                   const ChangeSet* changes,
                                                                   const AuditOptions& options) {
  const AuditWriter writer(model, files, findings, citations, changes, options);
  std::vector<std::pair<std::string, std::string>> pages;
  for (size_t i = 0; i < writer.size(); ++i) {
    OutputBuffer out;
    writer.write(i, out);
    pages.emplace_back(writer.name(i), out.take());
  }
  return pages;
}

}  // namespace contentc
