#include <string>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_reader.h"

namespace contentc {

void check_side_missing(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    // What the steps say applies to every dose of the entry; a quote only to its own dose.
    std::string step_cue;
    Loc step_loc;
    for (const Text& s : m.steps) {
      if (step_cue.empty()) {
        step_cue = find_side_cue(s.value);
        step_loc = s.loc;
      }
    }
    for (const Dose& d : m.doses) {
      if (d.side) continue;
      std::string cue = step_cue;
      Loc where = step_loc;
      for (const Cite& c : d.cites) {
        if (const std::string q = find_side_cue(c.quote.value); !q.empty()) {
          cue = q;
          where = c.quote.loc;
          break;
        }
      }
      if (cue.empty()) continue;
      ctx.report(kSideMissing, d.loc,
                 fmt::format("the {} says '{}' but the dose names no side: add <side>each</side>, "
                             "<side>alternate</side> or <side>both</side>",
                             where == step_loc ? "step" : "quote", cue),
                 {{where, fmt::format("'{}' is said here", cue)}});
    }
  }
}

const ModelRule kSideMissing{
    {"side-missing", Level::kWarning, "steps or quote say 'each side' but the dose names no side",
     R"(A step of the entry or a quote of the dose says the move is done on each side ('each
side', 'per side', 'switch sides', 'other leg', 'both sides', …) and the dose has no <side>.

Why: without it an app shows half the work, or users do one side only.

Fix: add the side.
  after:   <dose><reps>8-10</reps><side>each</side> …</dose>)"},
    check_side_missing};

}  // namespace contentc
