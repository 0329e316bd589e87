#include "tables/citation_index.h"

#include "rules/review_status.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <unordered_map>
#include <string_view>

#include "resolve/passage_finder.h"
#include "tables/text_fragment.h"
#include "util/sha256.h"
#include "util/worker_pool.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// Byte offset → code point offset in one text, in O(256) per lookup: the count of code points
/// before every 256th byte is kept.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {
    int64_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (i % kStride == 0) marks_.push_back(count);
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    }
  }
  int64_t at(size_t offset) const {
    if (marks_.empty()) return 0;
    offset = std::min(offset, text_.size());
    const size_t mark = std::min(offset / kStride, marks_.size() - 1);
    return count_from(mark * kStride, marks_[mark], offset);
  }

 private:
  static constexpr size_t kStride = 256;
  int64_t count_from(size_t from, int64_t count, size_t offset) const {
    for (size_t i = from; i < offset; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
  }
  std::string_view text_;
  std::vector<int64_t> marks_;
};

/// The order of the citation index's lookup table: by the cite's address alone.
bool by_address(const std::pair<const Cite*, uint32_t>& a, const std::pair<const Cite*, uint32_t>& b) {
  return std::less<const Cite*>()(a.first, b.first);
}

}  // namespace

const std::vector<CitationIndex::Review>& CitationIndex::reviews(const contentc::Entry& e) const {
  static const std::vector<Review> kNone;
  const auto it = reviews_.find(&e);
  return it == reviews_.end() ? kNone : it->second;
}

CitationIndex::CitationIndex(const Model& model, const SourceFiles& files, const std::string& today, WorkerPool* pool) {
  if (!today.empty()) {
    for (const ApprovedReview& r : approved_reviews(model, files, today)) {
      reviews_[r.entry].push_back({r.record->role, r.reviewer->name.value, r.record->date, dues_.emplace_back(r.due)});
    }
  }
  std::unordered_map<std::string_view, const Article*> article_of;
  for (const Article& a : model.articles) article_of.try_emplace(a.id.value, &a);
  std::unordered_map<uint32_t, CodePoints> points;
  // The quotes to link, by article: each article's directive finder (a copy of its snapshot and
  // an offset a byte) is made once, on one worker, and dropped when its quotes are linked, so a
  // worker holds one at a time. Each link depends on its quote and article alone, so the order
  // the articles are taken in does not matter.
  std::unordered_map<const Article*, std::vector<std::pair<const Cite*, uint32_t>>> to_link;
  std::vector<std::pair<uint32_t, uint32_t>> span_ranges;  // each entry's spans: first, count
  auto add = [&](const Cite& c, std::string_view, int64_t, int64_t ordinal) {
    const auto i = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{int64_t{i} + 1, ordinal, {}, {}});
    by_cite_.emplace_back(&c, i);
    span_ranges.emplace_back(static_cast<uint32_t>(spans_.size()), 0);
    auto it = article_of.find(c.article.value);
    const Article* a = it == article_of.end() ? nullptr : it->second;
    if (a && a->snapshot_file != Loc::kNoFile && c.match.found && !c.match.spans.empty()) {
      const std::string& text = files[a->snapshot_file].text;
      auto [p, fresh] = points.try_emplace(a->snapshot_file, text);
      for (const Span& s : c.match.spans) spans_.emplace_back(p->second.at(s.begin), p->second.at(s.end));
      span_ranges.back().second = static_cast<uint32_t>(c.match.spans.size());
      if (a->url && !a->url->value.empty()) to_link[a].emplace_back(&c, i);
    }
  };
  for (const Condition& c : model.conditions) for_each_bundle_cite(c, nullptr, &c.warnings, add);
  for (const Movement& m : model.movements) for_each_bundle_cite(m, &m.doses, &m.warnings, add);
  for (const Advice& a : model.advice) for_each_bundle_cite(a, nullptr, nullptr, add);
  for (const Claim& c : model.claims) for_each_bundle_cite(c, nullptr, nullptr, add);
  for (size_t i = 0; i < entries_.size(); ++i) {
    entries_[i].spans = std::span(spans_).subspan(span_ranges[i].first, span_ranges[i].second);
  }
  std::sort(by_cite_.begin(), by_cite_.end(), by_address);
  const std::vector<std::pair<const Article*, std::vector<std::pair<const Cite*, uint32_t>>>> articles(
      std::make_move_iterator(to_link.begin()), std::make_move_iterator(to_link.end()));
  // Each article's links go one after another into its own buffer, then each entry views its own.
  urls_.resize(articles.size());
  std::vector<std::vector<uint32_t>> ends(articles.size());
  auto link = [&](size_t i) {
    const auto& [a, cites] = articles[i];
    const TextDirectiveFinder finder(files[a->snapshot_file].text, marks_headings(a->snapshot_path));
    for (const auto& [c, e] : cites) {
      urls_[i] += text_fragment_url(a->url->value, finder.find(c->match.spans.front().begin, c->match.spans.back().end));
      ends[i].push_back(static_cast<uint32_t>(urls_[i].size()));
    }
  };
  if (pool) {
    pool->for_each(articles.size(), link);
  } else {
    for (size_t i = 0; i < articles.size(); ++i) link(i);
  }
  for (size_t i = 0; i < articles.size(); ++i) {
    uint32_t begin = 0;
    for (size_t k = 0; k < ends[i].size(); ++k) {
      entries_[articles[i].second[k].second].quote_url = std::string_view(urls_[i]).substr(begin, ends[i][k] - begin);
      begin = ends[i][k];
    }
  }
  no_snapshot_ = {sha256_hex(""), 0};
  for (const Article& a : model.articles) {
    if (a.snapshot_file == Loc::kNoFile || snapshots_.contains(a.snapshot_file)) continue;
    const std::string& text = files[a.snapshot_file].text;
    snapshots_[a.snapshot_file] = {sha256_hex(text), static_cast<int64_t>(utf8_count_code_points(text))};
  }
}

const CitationIndex::Entry& CitationIndex::operator[](const Cite& cite) const {
  const auto it = std::lower_bound(by_cite_.begin(), by_cite_.end(), std::pair(&cite, uint32_t{0}), by_address);
  if (it == by_cite_.end() || it->first != &cite) throw std::out_of_range("a citation the index does not hold");
  return entries_[it->second];
}

const std::pair<std::string, int64_t>& CitationIndex::snapshot(const Article& a) const {
  auto it = snapshots_.find(a.snapshot_file);
  return it == snapshots_.end() ? no_snapshot_ : it->second;
}

}  // namespace contentc
