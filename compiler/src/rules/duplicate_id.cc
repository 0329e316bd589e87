#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {

void check_duplicate_id(RuleContext& ctx) {
  std::unordered_map<std::string_view, const Entry*> first;
  ctx.model.for_each_entry([&](const Entry& e) {
    if (e.id.empty()) return;
    auto [it, fresh] = first.try_emplace(e.id.value, &e);
    if (fresh) return;
    ctx.count_candidate(kDuplicateId);
    const Entry& earlier = *it->second;
    ctx.report(kDuplicateId, e.id.loc,
               fmt::format("id '{}' is already used by {}: ids are unique across all entries; rename "
                           "one",
                           e.id.value, a_kind(earlier.kind)),
               {{earlier.id.loc, fmt::format("'{}' first defined here", e.id.value)}});
  });
}

const ModelRule kDuplicateId{
    {"duplicate-id", Level::kError, "two entries share an id",
     R"(Two entries, of any kinds, have the same id. Both places are shown.

Why: a reference to that id would be ambiguous, and the bundles key every table by id.

Fix: rename one of them, or merge them if they are the same thing (one entry can cite several
articles).
  before:  <exercise id="bird-dog"> … <exercise id="bird-dog">
  after:   <exercise id="bird-dog"> … <exercise id="bird-dog-advanced">)"},
    check_duplicate_id};

}  // namespace contentc
