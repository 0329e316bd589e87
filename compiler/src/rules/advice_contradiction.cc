#include <fmt/format.h>

#include "rules/advice_index.h"
#include "rules/model_rules.h"
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
          ctx.count_candidate(kAdviceContradiction);
          if (!phases_overlap(r.phase.value, a.advice->phase.value) ||
              !severities_overlap(r.severity.value, a.advice->severity.value)) {
            continue;
          }
          ctx.report(kAdviceContradiction, subject.loc,
                     fmt::format("advice '{}' recommends {} '{}' for {} ({}), but advice '{}' "
                                 "says to avoid it for {} ({}): the sources disagree; keep both "
                                 "and have a reviewer suppress this with the reason, or drop one",
                                 r.id.value, what == 'p' ? "pattern" : "exercise", subject.value,
                                 r.condition.value, context_phrase(r.phase.value, r.severity.value),
                                 a.advice->id.value, a.advice->condition.value,
                                 context_phrase(a.advice->phase.value, a.advice->severity.value)),
                     {{a.subject->loc, fmt::format("advice '{}' says to avoid it here",
                                                   a.advice->id.value)}});
        }
      };
      for (const Text& p : r.patterns) check('p', p);
      for (const Text& e : r.exercises) check('e', e);
    }
  }
}

const ModelRule kAdviceContradiction{
    {"advice-contradiction", Level::kWarning, "two advice entries with opposite stances on the same thing",
     R"(A 'recommend' advice and an 'avoid' advice are about the same pattern or exercise, for
the same or a related condition, in overlapping phases and severities. Both places are shown.

Why: users would get contradictory instructions.

Fix: decide with a reviewer: drop one, narrow a phase, or suppress the finding with the
reason.)"},
    check_advice_contradiction};

}  // namespace contentc
