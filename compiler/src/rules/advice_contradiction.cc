#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.h"
#include "rules/condition_graph.h"

namespace contentc {
namespace {

std::string key(std::string_view condition, char what, std::string_view subject) {
  return fmt::format("{}\x1f{}:{}", condition, what, subject);
}

}  // namespace

void check_advice_contradiction(RuleContext& ctx) {
  struct Avoid {
    const Advice* advice;
    const Text* subject;
  };
  std::unordered_map<std::string, std::vector<Avoid>> avoids;
  for (const Advice& a : ctx.model.advice) {
    if (a.stance.value != "avoid") continue;
    for (const Text& p : a.patterns) avoids[key(a.condition.value, 'p', p.value)].push_back({&a, &p});
    for (const Text& e : a.exercises) avoids[key(a.condition.value, 'e', e.value)].push_back({&a, &e});
  }
  const ConditionGraph graph(ctx.model);
  for (const Advice& r : ctx.model.advice) {
    if (r.stance.value != "recommend") continue;
    for (std::string_view condition : graph.same_or_related(r.condition.value)) {
      auto check = [&](char what, const Text& subject) {
        auto it = avoids.find(key(condition, what, subject.value));
        if (it == avoids.end()) return;
        for (const Avoid& a : it->second) {
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
