#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>
#include <string_view>

#include <fmt/format.h>

#include "emit/audit/audit_index.h"
#include "util/json_writer.h"
#include "util/output_buffer.h"

namespace contentc {

struct ChangeSet;

// The parts of the audit pages, each appended to `out` (its text; the caller spills).

/// Appends formatted text to `out`.
template <typename... Args>
void put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

/// The page around a body: head (Content-Security-Policy, audit.css), header with navigation
/// and search box; then, after the body, the page's data island and audit.js.
void begin_page(std::string& out, std::string_view title);
/// `data` writes the page's data island (see audit_data) into `out`.
void end_page(OutputBuffer& out, const std::function<void(OutputBuffer&)>& data);

/// The articles an entries page's citations point at, numbered in the order first met: the
/// page's data names each by its number.
class PageArticles {
 public:
  uint32_t place(const Article& a);
  const std::vector<const Article*>& order() const { return order_; }

 private:
  std::unordered_map<const Article*, uint32_t> places_;
  std::vector<const Article*> order_;
};

/// The page's data island, for audit.js: who cites each citation highlighted on it (one
/// article's, or every article's: `only`, `all_cites`), each citer [entry id, name, page]; on
/// a split index page the entry index the search box looks through (`with_index`), each row
/// [id, name, search words, page]; and the entries the page shows, with the articles they cite.
/// Written into the page as it is made (it can be tens of megabytes on a one-page audit).
void audit_data(OutputBuffer& out, const AuditIndex& index, const Article* only, bool with_index, bool all_cites,
                std::span<const Entry* const> entries = {});

/// An entry as data (see audit.js for the layout): its fields, steps, doses, warnings and
/// citations (each in its sentence), and the findings on it.
void entry_data(JsonWriter& w, const AuditIndex& index, PageArticles& articles, const Entry& e);

/// Whether `url` is an http(s) address: only those become links.
bool web_address(std::string_view url);

/// A link to the live article (or to a place in it: `href`), with the Robust Links attributes
/// that name its archived copy and when it was taken (`data-versionurl`, `data-versiondate`),
/// so a reader whose link has rotted finds the version that was cited. Only http(s) addresses
/// become links; anything else is shown as text.
std::string live_link(const Article& a, std::string_view href, std::string_view label);

/// An article: its record, its coverage and its text with every cited passage highlighted.
void article_view(std::string& out, const AuditIndex& index, const Article& a);

/// index.html's sections.
void overview_section(std::string& out, const AuditIndex& index);
void findings_section(std::string& out, const AuditIndex& index);
void editorial_section(std::string& out, const AuditIndex& index);
/// "Needs review": missing, stale (with what changed, as a table of before and after), due,
/// overdue and invalid reviews, each linked to its entry; nothing without signed review.
void reviews_section(std::string& out, const AuditIndex& index);
/// An entry's `<dt>Review</dt>` row: its valid reviews, or that it has none.
void review_status(std::string& out, const AuditIndex& index, const Entry& e);
/// "Changed since the previous release": each entry added, removed or changed, with what
/// changed, and the citations whose article's snapshot changed, linked to the entry and the
/// passage.
void changes_section(std::string& out, const AuditIndex& index, const ChangeSet& changes);

}  // namespace contentc
