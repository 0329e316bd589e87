#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.h"
#include "rules/condition_graph.h"

namespace contentc {
namespace {

/// What an avoid or caution advice is about, on one condition: "condition\x1fp:pattern" or
/// "condition\x1fe:exercise-id".
std::string key(std::string_view condition, char what, std::string_view subject) {
  return fmt::format("{}\x1f{}:{}", condition, what, subject);
}

struct Against {
  const Advice* advice;
  const Text* subject;
};

}  // namespace

void check_advice_conflict(RuleContext& ctx) {
  std::unordered_map<std::string, std::vector<Against>> against;
  for (const Advice& a : ctx.model.advice) {
    if (a.stance.value != "avoid" && a.stance.value != "caution") continue;
    for (const Text& p : a.patterns) against[key(a.condition.value, 'p', p.value)].push_back({&a, &p});
    for (const Text& e : a.exercises) against[key(a.condition.value, 'e', e.value)].push_back({&a, &e});
  }
  const ConditionGraph graph(ctx.model);
  for (const Movement& m : ctx.model.movements) {
    for (const ForCondition& f : m.fors) {
      for (std::string_view condition : graph.same_or_related(f.condition.value)) {
        auto check = [&](char what, const Text& subject) {
          auto it = against.find(key(condition, what, subject.value));
          if (it == against.end()) return;
          for (const Against& x : it->second) {
            ctx.count_candidate("advice-conflict");
            if (!phases_overlap(f.phase.value, x.advice->phase.value)) continue;
            const bool avoid = x.advice->stance.value == "avoid";
            ctx.report(
                "advice-conflict", avoid ? Level::kWarning : Level::kNote, f.condition.loc,
                fmt::format("{} '{}' is recommended for {} ({}), but advice '{}' says {} {} for "
                            "{} ({}): drop the recommendation or the {}, or suppress this with "
                            "the reviewer's reason",
                            kind_name(m.kind), m.id.value, f.condition.value, f.phase.value,
                            x.advice->id.value, avoid ? "to avoid" : "to be careful with",
                            what == 'p' ? "the pattern " + subject.value : "this " + std::string(kind_name(m.kind)),
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
