#include "rules/rule_context.h"

#include <algorithm>

namespace contentc {

IdIndex::IdIndex(const Model& model) {
  model.for_each_entry([this](const Entry& e) {
    if (!e.id.empty()) sorted.emplace_back(e.id.value, Target{e.kind, e.id.loc});
  });
  // Stable: the first entry of each id (in file order) stays first among equals.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

const IdIndex::Target* IdIndex::find(std::string_view id) const {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), id,
                             [](const auto& entry, std::string_view key) {
                               return entry.first < key;
                             });
  return it != sorted.end() && it->first == id ? &it->second : nullptr;
}

std::vector<std::string_view> IdIndex::ids_of(std::initializer_list<EntryKind> kinds) const {
  std::vector<std::string_view> out;
  for (const auto& [id, target] : sorted) {
    if (std::find(kinds.begin(), kinds.end(), target.kind) != kinds.end() &&
        (out.empty() || out.back() != id)) {
      out.push_back(id);
    }
  }
  return out;
}

}  // namespace contentc
