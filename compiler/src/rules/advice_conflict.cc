#include <string>

#include <fmt/format.h>

#include "rules/advice_index.h"
#include "rules/checks.h"
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
            ctx.count_candidate("advice-conflict");
            if (!phases_overlap(f.phase.value, x.advice->phase.value)) continue;
            const bool avoid = x.advice->stance.value == "avoid";
            const std::string about = what == 'p' ? "the pattern " + subject.value
                                                  : "this " + std::string(kind_name(m.kind));
            ctx.report(
                "advice-conflict", avoid ? Level::kWarning : Level::kNote, f.condition.loc,
                fmt::format("{} '{}' is recommended for {} ({}), but advice '{}' says {} {} for "
                            "{} ({}): drop the recommendation or the {}, or suppress this with "
                            "the reviewer's reason",
                            kind_name(m.kind), m.id.value, f.condition.value, f.phase.value,
                            x.advice->id.value, avoid ? "to avoid" : "to be careful with", about,
                            x.advice->condition.value, x.advice->phase.value,
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

}  // namespace contentc
