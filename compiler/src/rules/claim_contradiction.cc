#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/condition_graph.h"

namespace contentc {

void check_claim_contradiction(RuleContext& ctx) {
  // Claims that say a factor worsens a condition, by condition and factor.
  std::unordered_map<std::string, std::vector<const Claim*>> worsens;
  auto key = [](std::string_view condition, std::string_view factor) {
    return fmt::format("{}\x1f{}", condition, factor);
  };
  for (const Claim& c : ctx.model.claims) {
    if (c.effect && c.effect->direction.value == "worsens") {
      worsens[key(c.about.value, c.effect->factor.value)].push_back(&c);
    }
  }
  const ConditionGraph graph(ctx.model);
  for (const Claim& c : ctx.model.claims) {
    if (!c.effect || c.effect->direction.value != "improves") continue;
    for (std::string_view condition : graph.same_or_related(c.about.value)) {
      auto it = worsens.find(key(condition, c.effect->factor.value));
      if (it == worsens.end()) continue;
      for (const Claim* w : it->second) {
        ctx.count_candidate(kClaimContradiction);
        ctx.report(kClaimContradiction, c.effect->loc,
                   fmt::format("claim '{}' says {} improves {}, but claim '{}' says it worsens "
                               "{}: the sources disagree; keep both and have a reviewer suppress "
                               "this with the reason, or correct one",
                               c.id.value, c.effect->factor.value, c.about.value, w->id.value,
                               w->about.value),
                   {{w->effect->loc, fmt::format("claim '{}' says it worsens {} here",
                                                 w->id.value, w->about.value)}});
      }
    }
  }
}

const ModelRule kClaimContradiction{
    {"claim-contradiction", Level::kWarning, "two claims with opposite effects of one factor",
     R"(Two claims give the same <effect factor> opposite directions (improves, worsens) for
the same or a related condition. Both places are shown.

Why: the apps would state both; a reviewer must decide what to say.

Fix: correct one claim, or keep both (sources do disagree) and suppress the finding with the
reviewer's reason.)"},
    check_claim_contradiction};

}  // namespace contentc
