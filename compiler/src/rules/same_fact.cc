#include "rules/same_fact.h"

#include <map>
#include <tuple>
#include <vector>

#include <fmt/format.h>


namespace contentc {

void group_same_facts(Findings& findings, std::string_view rule) {
  using Key = std::tuple<Level, std::string, uint32_t, uint32_t, uint32_t>;
  std::map<Key, std::vector<size_t>> facts;  // → the findings that state it, in order
  std::vector<Finding>& items = findings.items();
  for (size_t i = 0; i < items.size(); ++i) {
    const Finding& f = items[i];
    if (f.rule != rule || !f.suppressed_reason.empty() || f.related.empty()) continue;
    const Loc& where = f.related.front().loc;
    facts[Key{f.level, f.message, where.file, where.line, where.column}].push_back(i);
  }
  std::vector<bool> merged(items.size(), false);
  for (const auto& [key, same] : facts) {
    if (same.size() < 2) continue;
    Finding& first = items[same.front()];
    std::vector<Related> related;
    for (size_t k = 1; k < same.size(); ++k) {
      related.push_back(Related{items[same[k]].loc, "the same here too", true});
      merged[same[k]] = true;
    }
    for (Related& r : first.related) related.push_back(std::move(r));
    first.related = std::move(related);
    const size_t more = same.size() - 1;
    first.message += fmt::format(" (the same in {} more {}, listed)", more, more == 1 ? "place" : "places");
  }
  std::vector<Finding> kept;
  kept.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (!merged[i]) kept.push_back(std::move(items[i]));
  }
  items = std::move(kept);
}

}  // namespace contentc
