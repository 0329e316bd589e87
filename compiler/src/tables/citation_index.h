#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string_view>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

class WorkerPool;

/// Every citation of the model with its number in the bundles and the place of each quoted part
/// in its snapshot, in Unicode code points (what JavaScript's and Python's string indexes count
/// for text outside the astral planes, and what the audit page highlights).
class CitationIndex {
 public:
  struct Entry {
    int64_t id;  ///< 1, 2, … in model order: the audit pages' own number (their anchors)
    int64_t ordinal;  ///< position among its entry's citations, from 1: its key in the bundles
    std::span<const std::pair<int64_t, int64_t>> spans;  ///< [start, end) in code points
    /// The article's live URL with a text directive that opens it at the quote (from its first
    /// part to its last); empty when the article has no URL or the quote was not found.
    std::string_view quote_url;
  };

  /// A valid review of an entry that no change has voided, as apps show it.
  struct Review {
    std::string_view role, reviewer, reviewed, due;  ///< reviewer: their public name
  };

  /// `today` (YYYY-MM-DD) judges the review records (one dated after it is no review); "" when
  /// the bundles carry no reviews (a fuzzer's tables). The quotes' links are made article by
  /// article on `pool`'s threads when given.
  CitationIndex(const Model& model, const SourceFiles& files, const std::string& today = "", WorkerPool* pool = nullptr);
  /// The citation's entry; `cite` must be one of the model's.
  const Entry& operator[](const Cite& cite) const;
  /// The entry's reviews, by role.
  const std::vector<Review>& reviews(const contentc::Entry& e) const;

  /// SHA-256 and length in code points of an article's snapshot (computed once per file).
  const std::pair<std::string, int64_t>& snapshot(const Article& a) const;

 private:
  // Compact, as there is one an entry's citation: the entries in model order, found through
  // their cites' addresses (sorted); their spans and links held in a few large buffers.
  std::vector<Entry> entries_;
  std::vector<std::pair<const Cite*, uint32_t>> by_cite_;
  std::vector<std::pair<int64_t, int64_t>> spans_;
  std::vector<std::string> urls_;  ///< each article's quote links, one after another
  std::unordered_map<const contentc::Entry*, std::vector<Review>> reviews_;
  std::deque<std::string> dues_;
  std::unordered_map<uint32_t, std::pair<std::string, int64_t>> snapshots_;
  std::pair<std::string, int64_t> no_snapshot_;
};

/// Calls f(cite, context, context_ordinal, ordinal) for each citation of an entry in bundle
/// order: the entry's own (context "entry"), each dose's ("dose"), each warning's ("warning").
/// Ordinals are 1-based; context_ordinal is 0 for the entry's own.
template <typename F>
void for_each_bundle_cite(const Entry& e, const std::vector<Dose>* doses,
                          const std::vector<Warning>* warnings, F&& f) {
  int64_t n = 0;
  for (const Cite& c : e.cites) f(c, "entry", int64_t{0}, ++n);
  if (doses) {
    for (size_t d = 0; d < doses->size(); ++d) {
      for (const Cite& c : (*doses)[d].cites) f(c, "dose", static_cast<int64_t>(d + 1), ++n);
    }
  }
  if (warnings) {
    for (size_t w = 0; w < warnings->size(); ++w) {
      for (const Cite& c : (*warnings)[w].cites) f(c, "warning", static_cast<int64_t>(w + 1), ++n);
    }
  }
}

}  // namespace contentc
