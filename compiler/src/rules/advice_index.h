#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "model/model.h"

namespace contentc {

/// Advice of some stances by what it is about: (condition, pattern) and (condition, exercise),
/// so that conflict rules look up exactly the advice that can clash with an entry.
class AdviceIndex {
 public:
  struct Hit {
    const Advice* advice;
    const Text* subject;  ///< the <pattern> or <exercise ref> that matched
  };

  AdviceIndex(const Model& model, std::initializer_list<std::string_view> stances) {
    for (const Advice& a : model.advice) {
      if (std::find(stances.begin(), stances.end(), a.stance.value) == stances.end()) continue;
      for (const Text& p : a.patterns) map_[key(a.condition.value, 'p', p.value)].push_back({&a, &p});
      for (const Text& e : a.exercises) map_[key(a.condition.value, 'e', e.value)].push_back({&a, &e});
    }
  }

  /// Advice on `condition` about pattern `subject` (what == 'p') or entry `subject` ('e').
  const std::vector<Hit>& find(std::string_view condition, char what,
                               std::string_view subject) const {
    static const std::vector<Hit> kNone;
    auto it = map_.find(key(condition, what, subject));
    return it == map_.end() ? kNone : it->second;
  }

 private:
  static std::string key(std::string_view condition, char what, std::string_view subject) {
    return fmt::format("{}\x1f{}:{}", condition, what, subject);
  }
  std::unordered_map<std::string, std::vector<Hit>> map_;
};

}  // namespace contentc
