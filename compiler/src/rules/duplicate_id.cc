#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {

void check_duplicate_id(RuleContext& ctx) {
  std::unordered_map<std::string_view, const Entry*> first;
  ctx.model.for_each_entry([&](const Entry& e) {
    if (e.id.empty()) return;
    auto [it, fresh] = first.try_emplace(e.id.value, &e);
    if (fresh) return;
    ctx.count_candidate("duplicate-id");
    const Entry& earlier = *it->second;
    ctx.report("duplicate-id", e.id.loc,
               fmt::format("id '{}' is already used by {}: ids are unique across all entries; rename "
                           "one",
                           e.id.value, a_kind(earlier.kind)),
               {{earlier.id.loc, fmt::format("'{}' first defined here", e.id.value)}});
  });
}

}  // namespace contentc
