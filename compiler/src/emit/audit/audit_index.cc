#include "emit/audit/audit_index.h"

#include <algorithm>

#include <fmt/format.h>

#include "emit/html.h"

namespace contentc {

AuditIndex::AuditIndex(const Model& m, const SourceFiles& files, const Findings& findings,
                       const CitationIndex& citations, const AuditOptions& options)
    : m_(m), files_(files), findings_(findings), citations_(citations), locate_(m) {
  m.for_each_entry([this](const Entry& e) {
    if (e.kind != EntryKind::kArticle) ordered_.push_back(&e);
  });
  std::stable_sort(ordered_.begin(), ordered_.end(), [](const Entry* a, const Entry* b) {
    return static_cast<int>(a->kind) < static_cast<int>(b->kind);
  });
  for (const Article& a : m.articles) names_[&a] = a.title.value;
  for (const Condition& c : m.conditions) {
    names_[&c] = c.name.value;
    conditions_.emplace(c.id.value, &c);
  }
  for (const Movement& mv : m.movements) names_[&mv] = mv.name.value;
  for (const Advice& a : m.advice) names_[&a] = a.id.value;
  for (const Claim& c : m.claims) names_[&c] = c.id.value;
  size_t snapshot_bytes = 0;
  for (const Article& a : m.articles) {
    articles_[a.id.value] = &a;
    if (a.snapshot_file != Loc::kNoFile) snapshot_bytes += files[a.snapshot_file].text.size();
  }
  split_ = ordered_.size() > options.single_page_entries ||
           snapshot_bytes > options.single_page_snapshot_bytes;
  per_page_ = options.entries_per_page;
  if (split_) {
    for (size_t i = 0; i < ordered_.size(); ++i) entry_page_[ordered_[i]] = i / per_page_ + 1;
    pages_ = (ordered_.size() + per_page_ - 1) / per_page_;
  }

  // A finding on a citation (its element, quote or section) links to the passage: only the
  // places some finding points at are indexed.
  for (const Finding& f : findings_.items()) cite_by_loc_.emplace(key(f.loc), std::pair<int64_t, const Cite*>{0, nullptr});
  m_.for_each_cite([this](const Entry& e, const Cite& c) {
    const int64_t id = citations_[c].id;
    by_article_[c.article.value.str()].push_back(CiteRef{&c, &e, id});
    for (const Loc* l : {&c.loc, &c.quote.loc, c.section ? &c.section->loc : nullptr}) {
      if (!l) continue;
      if (auto it = cite_by_loc_.find(key(*l)); it != cite_by_loc_.end()) it->second = {id, &c};
    }
  });
  for (auto& [article, refs] : by_article_) {
    std::sort(refs.begin(), refs.end(), [](const CiteRef& a, const CiteRef& b) { return a.id < b.id; });
  }
  for (const Finding& f : findings_.items()) {
    if (const Entry* e = entry_at(f.loc)) by_entry_[e].push_back(&f);
  }
}

const Article* AuditIndex::article(std::string_view id) const {
  auto it = articles_.find(id);
  return it == articles_.end() ? nullptr : it->second;
}

const Condition* AuditIndex::condition(std::string_view id) const {
  auto it = conditions_.find(id);
  return it == conditions_.end() ? nullptr : it->second;
}

const std::vector<CiteRef>* AuditIndex::cites_of(const Article& a) const {
  auto it = by_article_.find(a.id.value);
  return it == by_article_.end() ? nullptr : &it->second;
}

const std::pair<int64_t, const Cite*>* AuditIndex::cite_at(const Loc& loc) const {
  auto it = cite_by_loc_.find(key(loc));
  return it == cite_by_loc_.end() || !it->second.second ? nullptr : &it->second;
}

const std::vector<const Finding*>* AuditIndex::findings_on(const Entry& e) const {
  auto it = by_entry_.find(&e);
  return it == by_entry_.end() ? nullptr : &it->second;
}

std::string AuditIndex::article_page(const Article& a) const {
  return split_ ? "article-" + a.id.value + ".html" : "index.html";
}

std::string AuditIndex::entry_page(const Entry& e) const {
  if (e.kind == EntryKind::kArticle) return article_page(static_cast<const Article&>(e));
  auto it = entry_page_.find(&e);
  return it == entry_page_.end() ? std::string("index.html") : fmt::format("entries-{}.html", it->second);
}

std::string AuditIndex::entry_href(const Entry& e) const {
  return entry_page(e) + (e.kind == EntryKind::kArticle ? "#article-" : "#entry-") + e.id.value;
}

std::string AuditIndex::cite_href(int64_t id, std::string_view article_id) const {
  const Article* a = article(article_id);
  return fmt::format("{}#cite-{}", a ? article_page(*a) : "index.html", id);
}

std::string AuditIndex::entry_link(const Entry& e) const {
  return fmt::format("<a href=\"{}\">{}</a>", html(entry_href(e)), bdi(name(e)));
}

std::string AuditIndex::condition_link(const std::string& id) const {
  const Condition* c = condition(id);
  return c ? entry_link(*c) : html(id);
}

std::string AuditIndex::search_text(const Entry& e) const {
  std::string s = e.id.value + " " + name(e);
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
  if (e.kind == EntryKind::kClaim) {
    const auto& c = static_cast<const Claim&>(e);
    s += " " + (c.about ? c.about->value.str() : std::string("general")) + " " + c.phase.value;
  }
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::pair<size_t, size_t> AuditIndex::coverage(const Article& a) const {
  if (a.snapshot_file == Loc::kNoFile) return {0, 0};
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  if (const auto* refs = cites_of(a)) {
    for (const CiteRef& r : *refs) {
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

const Suppression* AuditIndex::suppression_of(const Entry& e, std::string_view rule) const {
  for (const Suppression* s : entry_suppressions(e)) {
    if (s->rule.value == rule) return s;
  }
  return nullptr;
}

std::string AuditIndex::location(const Loc& l) const {
  return l.valid() ? fmt::format("{}:{}:{}", files_[l.file].rel_path, l.line, l.column) : "";
}

}  // namespace contentc
