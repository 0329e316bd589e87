#include <fmt/format.h>

#include "rules/advice_index.h"
#include "rules/checks.h"
#include "rules/condition_graph.h"

namespace contentc {

void check_advice_contradiction(RuleContext& ctx) {
  const AdviceIndex avoids(ctx.model, {"avoid"});
  const ConditionGraph graph(ctx.model);
  for (const Advice& r : ctx.model.advice) {
    if (r.stance.value != "recommend") continue;
    for (std::string_view condition : graph.same_or_related(r.condition.value)) {
      auto check = [&](char what, const Text& subject) {
        for (const AdviceIndex::Hit& a : avoids.find(condition, what, subject.value)) {
          ctx.count_candidate("advice-contradiction");
          if (!phases_overlap(r.phase.value, a.advice->phase.value)) continue;
          ctx.report("advice-contradiction", subject.loc,
                     fmt::format("advice '{}' recommends {} '{}' for {} ({}), but advice '{}' "
                                 "says to avoid it for {} ({}): the sources disagree; keep both "
                                 "and have a reviewer suppress this with the reason, or drop one",
                                 r.id.value, what == 'p' ? "pattern" : "exercise", subject.value,
                                 r.condition.value, r.phase.value, a.advice->id.value,
                                 a.advice->condition.value, a.advice->phase.value),
                     {{a.subject->loc, fmt::format("advice '{}' says to avoid it here",
                                                   a.advice->id.value)}});
        }
      };
      for (const Text& p : r.patterns) check('p', p);
      for (const Text& e : r.exercises) check('e', e);
    }
  }
}

}  // namespace contentc
