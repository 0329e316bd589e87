#pragma once

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "model/model.h"

namespace contentc {

/// Finds the entry whose element holds a location: entries of a file are consecutive children
/// of its root, so it is the last entry that starts at or before the location.
class EntryLocator {
 public:
  explicit EntryLocator(const Model& model) {
    model.for_each_entry([this](const Entry& e) { starts_.push_back({e.loc, &e}); });
    std::sort(starts_.begin(), starts_.end(),
              [](const auto& a, const auto& b) { return key(a.first) < key(b.first); });
  }

  /// The entry holding `loc`, or nullptr (the policy, a file's root, a snapshot).
  const Entry* find(const Loc& loc) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), loc,
                               [](const Loc& l, const auto& s) { return key(l) < key(s.first); });
    if (it == starts_.begin()) return nullptr;
    --it;
    return it->first.file == loc.file ? it->second : nullptr;
  }

 private:
  static std::tuple<uint32_t, uint32_t, uint32_t> key(const Loc& l) {
    return {l.file, l.line, l.column};
  }
  std::vector<std::pair<Loc, const Entry*>> starts_;
};

}  // namespace contentc
