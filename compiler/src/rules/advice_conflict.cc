#include <string>

#include <fmt/format.h>

#include "rules/advice_index.h"
#include "rules/model_rules.h"
#include "rules/condition_graph.h"

namespace contentc {

void check_advice_conflict(RuleContext& ctx) {
  const AdviceIndex against(ctx.model, {"avoid", "caution"});
  const ConditionGraph graph(ctx.model);
  for (const Movement& m : ctx.model.movements) {
    for (const ForCondition& f : m.fors) {
      for (std::string_view condition : graph.same_or_related(f.condition.value)) {
        auto check = [&](char what, const Text& subject) {
          for (const AdviceIndex::Hit& x : against.find(condition, what, subject.value)) {
            ctx.count_candidate(kAdviceConflict);
            if (!phases_overlap(f.phase.value, x.advice->phase.value) ||
                !severities_overlap(f.severity.value, x.advice->severity.value)) {
              continue;
            }
            const bool avoid = x.advice->stance.value == "avoid";
            const std::string about = what == 'p' ? "the pattern " + subject.value
                                                  : "this " + std::string(kind_name(m.kind));
            ctx.report(
                kAdviceConflict, avoid ? Level::kWarning : Level::kNote, f.condition.loc,
                fmt::format("{} '{}' is recommended for {} ({}), but advice '{}' says {} {} for "
                            "{} ({}): drop the recommendation or the {}, or suppress this with "
                            "the reviewer's reason",
                            kind_name(m.kind), m.id.value, f.condition.value,
                            context_phrase(f.phase.value, f.severity.value), x.advice->id.value,
                            avoid ? "to avoid" : "to be careful with", about,
                            x.advice->condition.value,
                            context_phrase(x.advice->phase.value, x.advice->severity.value),
                            what == 'p' ? "pattern" : "advice"),
                {{x.subject->loc, fmt::format("advice '{}' {} it here", x.advice->id.value,
                                              avoid ? "advises against" : "cautions about")}});
          }
        };
        for (const Text& p : m.patterns) check('p', p);
        check('e', m.id);
      }
    }
  }
}

const ModelRule kAdviceConflict{
    {"advice-conflict", Level::kWarning, "an entry recommended for a condition that advice says to avoid",
     R"(An exercise or stretch is recommended (<for>) for a condition, and an 'avoid' advice
for that condition or a related one names one of its patterns, or the entry itself, in a phase
and a severity that overlap ('any' overlaps everything; 'pregnancy' and 'postpartum' do not, nor
do 'mild', 'moderate' and 'severe'). A 'caution'
advice gives a note instead of a warning. Both places are shown.

What the stances mean: 'avoid' says do not do this movement with this condition; 'caution'
says be careful with this movement with this condition: a source advises against it or would
rather you did something else, short of forbidding it. Neither means "do it carefully": a
source's advice on how to do a movement well belongs in the entry's steps and warnings, not in
a caution advice, which always raises this note against every recommendation of the movement.

Why: one source recommends what another (or the same one) says to avoid; users should not get
both without a reviewer's decision.

Fix: drop the recommendation or the pattern, or suppress the finding with the reviewer's
reason.)"},
    check_advice_conflict};

}  // namespace contentc
