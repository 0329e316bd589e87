#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/condition_graph.h"
#include "rules/model_rules.h"

namespace contentc {

void check_advice_claim_conflict(RuleContext& ctx) {
  const Model& m = ctx.model;
  if (m.policy.pattern_factors.empty()) return;
  std::map<std::string_view, std::vector<std::string_view>> factors_of;  // pattern → factors
  for (const PatternFactor& r : m.policy.pattern_factors) factors_of[r.pattern.value].push_back(r.factor.value);
  std::map<std::pair<std::string_view, std::string_view>, std::vector<const Claim*>> worsens;  // (condition, factor)
  for (const Claim& c : m.claims) {
    if (c.effect && c.effect->direction.value == "worsens") {
      // A general claim (no condition) under the empty condition: it meets every recommendation.
      worsens[{c.about ? std::string_view(c.about->value) : std::string_view(), c.effect->factor.value}].push_back(&c);
    }
  }
  const ConditionGraph graph(m);

  // One recommendation of a pattern for a condition: the claims that its factors worsen it.
  auto check = [&](const Text& pattern, std::string_view condition, std::string_view phase, std::string_view what,
                   std::string_view context) {
    auto factors = factors_of.find(pattern.value);
    if (factors == factors_of.end()) return;
    for (std::string_view factor : factors->second) {
      std::vector<std::string_view> abouts = graph.same_or_related(condition);
      abouts.push_back({});
      for (std::string_view about : abouts) {
        auto it = worsens.find({about, factor});
        if (it == worsens.end()) continue;
        for (const Claim* claim : it->second) {
          if (!phases_overlap(phase, claim->phase.value)) continue;
          ctx.count_candidate(kAdviceClaimConflict);
          ctx.report(kAdviceClaimConflict, pattern.loc,
                     fmt::format("{} the pattern {} for {} ({}), but claim '{}' says {}, which "
                                 "policy.xml relates to that pattern, worsens {}{}: have a reviewer "
                                 "decide, and drop the recommendation or suppress this with the reason",
                                 what, pattern.value, condition, context, claim->id.value, factor,
                                 condition_or_general(about),
                                 about.empty() || about == condition ? "" : ", a related condition"),
                     {{claim->effect->loc, fmt::format("claim '{}' says it worsens {} here", claim->id.value,
                                                       condition_or_general(about))}});
        }
      }
    }
  };
  for (const Movement& mv : m.movements) {
    for (const ForCondition& f : mv.fors) {
      for (const Text& p : mv.patterns) {
        check(p, f.condition.value, f.phase.value, fmt::format("{} '{}' is recommended with", kind_name(mv.kind), mv.id.value),
              context_phrase(f.phase.value, f.severity.value));
      }
    }
  }
  for (const Advice& a : m.advice) {
    if (a.stance.value != "recommend") continue;
    for (const Text& p : a.patterns) {
      check(p, a.condition.value, a.phase.value, fmt::format("advice '{}' recommends", a.id.value),
            context_phrase(a.phase.value, a.severity.value));
    }
  }
}

const ModelRule kAdviceClaimConflict{
    {"advice-claim-conflict", Level::kWarning, "a recommended pattern that a claim says worsens the condition",
     R"(An exercise or stretch recommended (<for>) for a condition, or 'recommend' advice for it,
carries a pattern that policy.xml relates to an effect factor (<relate pattern="single-leg-stance"
factor="single-leg-stance"/>), while a claim says that factor worsens the same condition or a
related one, or pregnancy in general (a claim with no about=), in an overlapping phase (a
claim's phase is any unless it says pregnancy or postpartum). Both places are shown.

Why: one source recommends a movement that another (or the same one) says makes the condition
worse; users should not get both without a reviewer's decision.

Fix: drop the recommendation or the pattern, or keep both (sources do disagree) and suppress
the finding with the reviewer's reason. Relate a pattern to a factor only when doing the
pattern really is that factor: "sacroiliitis makes bending difficult" says nothing about
whether bending worsens it.)"},
    check_advice_claim_conflict};

}  // namespace contentc
