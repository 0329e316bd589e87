#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/condition_graph.h"

namespace contentc {
namespace {

/// What a claim is about, for messages: its condition, or pregnancy in general.
std::string_view subject(const Claim& c) {
  return condition_or_general(c.about ? std::string_view(c.about->value) : std::string_view());
}

}  // namespace

void check_claim_contradiction(RuleContext& ctx) {
  // Claims that say a factor worsens a condition, by condition (empty: general) and factor; and
  // by factor alone, for the general claims that improve it, which meet every condition's.
  std::unordered_map<std::string, std::vector<const Claim*>> worsens;
  std::unordered_map<std::string_view, std::vector<const Claim*>> worsens_by_factor;
  auto key = [](std::string_view condition, std::string_view factor) {
    return fmt::format("{}\x1f{}", condition, factor);
  };
  for (const Claim& c : ctx.model.claims) {
    if (c.effect && c.effect->direction.value == "worsens") {
      worsens[key(c.about ? c.about->value : "", c.effect->factor.value)].push_back(&c);
      worsens_by_factor[c.effect->factor.value].push_back(&c);
    }
  }
  const ConditionGraph graph(ctx.model);
  auto meet = [&](const Claim& c, const std::vector<const Claim*>& against) {
    for (const Claim* w : against) {
      if (!phases_overlap(c.phase.value, w->phase.value)) continue;
      ctx.count_candidate(kClaimContradiction);
      ctx.report(kClaimContradiction, c.effect->loc,
                 fmt::format("claim '{}' says {} improves {}, but claim '{}' says it worsens "
                             "{}: the sources disagree; keep both and have a reviewer suppress "
                             "this with the reason, or correct one",
                             c.id.value, c.effect->factor.value, subject(c), w->id.value, subject(*w)),
                 {{w->effect->loc, fmt::format("claim '{}' says it worsens {} here", w->id.value, subject(*w))}});
    }
  };
  for (const Claim& c : ctx.model.claims) {
    if (!c.effect || c.effect->direction.value != "improves") continue;
    if (!c.about) {  // general: every claim that the factor worsens anything
      auto it = worsens_by_factor.find(c.effect->factor.value);
      if (it != worsens_by_factor.end()) meet(c, it->second);
      continue;
    }
    for (std::string_view condition : graph.same_or_related(c.about->value)) {
      auto it = worsens.find(key(condition, c.effect->factor.value));
      if (it != worsens.end()) meet(c, it->second);
    }
    auto general = worsens.find(key("", c.effect->factor.value));
    if (general != worsens.end()) meet(c, general->second);
  }
}

const ModelRule kClaimContradiction{
    {"claim-contradiction", Level::kWarning, "two claims with opposite effects of one factor",
     R"(Two claims give the same <effect factor> opposite directions (improves, worsens) for
the same or a related condition, in overlapping phases (any overlaps pregnancy and
postpartum). A general claim (no about=) meets the claims of every condition. Both places are
shown.

Why: the apps would state both; a reviewer must decide what to say.

Fix: correct one claim, or keep both (sources do disagree) and suppress the finding with the
reviewer's reason.)"},
    check_claim_contradiction};

}  // namespace contentc
