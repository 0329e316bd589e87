#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace contentc {

/// Each condition with the conditions related to it, both ways (`related` is symmetric), itself
/// first. Conflict rules look advice and claims up on these.
class ConditionGraph {
 public:
  explicit ConditionGraph(const Model& model) {
    for (const Condition& c : model.conditions) {
      for (const Text& r : c.related) {
        add(c.id.value, r.value);
        add(r.value, c.id.value);
      }
    }
  }

  /// `id` and every condition related to it.
  std::vector<std::string_view> same_or_related(std::string_view id) const {
    std::vector<std::string_view> out{id};
    if (auto it = related_.find(id); it != related_.end()) {
      for (std::string_view r : it->second) {
        if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
      }
    }
    return out;
  }

 private:
  void add(std::string_view a, std::string_view b) { related_[a].push_back(b); }
  std::unordered_map<std::string_view, std::vector<std::string_view>> related_;
};

/// What a claim is about, for messages: its condition, or (none: a general claim) pregnancy in
/// general.
inline std::string_view condition_or_general(std::string_view condition) {
  return condition.empty() ? "pregnancy in general" : condition;
}

/// Whether two phases overlap: "any" overlaps everything, pregnancy and postpartum do not.
inline bool phases_overlap(std::string_view a, std::string_view b) {
  return a == "any" || b == "any" || a == b;
}

/// Whether two severities overlap: "any" overlaps everything; mild, moderate and severe only
/// themselves.
inline bool severities_overlap(std::string_view a, std::string_view b) {
  return a == "any" || b == "any" || a == b;
}

/// "pregnancy", or "pregnancy, severe" when a severity is named: a context for messages.
inline std::string context_phrase(std::string_view phase, std::string_view severity) {
  std::string out(phase);
  if (severity != "any") (out += ", ") += severity;
  return out;
}

}  // namespace contentc
