#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {

void check_dose_missing(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    const bool stretch = m.kind == EntryKind::kStretch;
    bool has = false;
    for (const Dose& d : m.doses) {
      has = has || d.hold || (!stretch && (d.reps || d.frequency));
    }
    if (has) continue;
    ctx.report("dose-missing", m.loc,
               stretch ? fmt::format("stretch '{}' has no hold: add a <dose> with the <hold> its "
                                     "source gives, citing that passage",
                                     m.id.value)
                       : fmt::format("exercise '{}' has no reps, hold or frequency: add a <dose> "
                                     "with what its source gives, citing that passage",
                                     m.id.value));
  }
}

}  // namespace contentc
