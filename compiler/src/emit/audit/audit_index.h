#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"
#include "emit/audit/audit_pages.h"
#include "tables/citation_index.h"
#include "model/entry_locator.h"
#include "model/model.h"

namespace contentc {

/// A citation as the audit pages list it: the cite, the entry it belongs to, its bundle id.
struct CiteRef {
  const Cite* cite;
  const Entry* entry;
  int64_t id;
};

/// What every audit view looks up: entries in page order and the page each is on, display
/// names, citations by article, findings by entry, and the links between them.
class AuditIndex {
 public:
  AuditIndex(const Model& m, const SourceFiles& files, const Findings& findings,
             const CitationIndex& citations, const AuditOptions& options);

  const Model& model() const { return m_; }
  const SourceFiles& files() const { return files_; }
  const Findings& findings() const { return findings_; }
  const CitationIndex& citations() const { return citations_; }

  /// Every entry but the articles, by kind, then in model order.
  const std::vector<const Entry*>& ordered() const { return ordered_; }
  /// More than one page: each article on its own, entries `per_page()` to a page.
  bool split() const { return split_; }
  size_t pages() const { return pages_; }
  size_t per_page() const { return per_page_; }

  TextChars name(const Entry& e) const { return names_.at(&e); }
  const Article* article(std::string_view id) const;
  const Condition* condition(std::string_view id) const;
  const Entry* entry_at(const Loc& loc) const { return loc.valid() ? locate_.find(loc) : nullptr; }
  /// An article's citations, by id.
  const std::vector<CiteRef>* cites_of(const Article& a) const;
  const std::map<std::string, std::vector<CiteRef>, std::less<>>& cites_by_article() const { return by_article_; }
  /// The citation (id and cite) whose element, quote or section starts at `loc`, if any.
  const std::pair<int64_t, const Cite*>* cite_at(const Loc& loc) const;
  const std::vector<const Finding*>* findings_on(const Entry& e) const;

  std::string article_page(const Article& a) const;
  std::string entry_page(const Entry& e) const;
  std::string entry_href(const Entry& e) const;
  std::string cite_href(int64_t id, std::string_view article) const;
  /// `<a href=…>name</a>` for an entry; for a condition id, the condition's link when it exists.
  std::string entry_link(const Entry& e) const;
  std::string condition_link(const std::string& id) const;
  /// The lower-cased words the search box looks through: id, name, aliases, conditions, patterns.
  std::string search_text(const Entry& e) const;
  /// Bytes of the snapshot inside at least one quoted passage, and its size.
  std::pair<size_t, size_t> coverage(const Article& a) const;
  const Suppression* suppression_of(const Entry& e, std::string_view rule) const;
  /// "file:line:col" of a finding, relative to the sources folder.
  std::string location(const Loc& l) const;

 private:
  using LocKey = std::tuple<uint32_t, uint32_t, uint32_t>;
  static LocKey key(const Loc& l) { return {l.file, l.line, l.column}; }

  const Model& m_;
  const SourceFiles& files_;
  const Findings& findings_;
  const CitationIndex& citations_;
  EntryLocator locate_;
  std::vector<const Entry*> ordered_;
  std::unordered_map<const Entry*, TextChars> names_;
  std::unordered_map<std::string_view, const Article*> articles_;
  std::unordered_map<std::string_view, const Condition*> conditions_;
  std::unordered_map<const Entry*, size_t> entry_page_;  ///< 1-based; 0: index.html
  std::map<std::string, std::vector<CiteRef>, std::less<>> by_article_;
  std::map<LocKey, std::pair<int64_t, const Cite*>> cite_by_loc_;
  std::unordered_map<const Entry*, std::vector<const Finding*>> by_entry_;
  bool split_ = false;
  size_t pages_ = 0, per_page_ = 500;
};

}  // namespace contentc
