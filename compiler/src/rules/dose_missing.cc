#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {

void check_dose_missing(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    const bool stretch = m.kind == EntryKind::kStretch;
    bool has = false;
    for (const Dose& d : m.doses) {
      has = has || d.hold || (!stretch && (d.reps || d.frequency));
    }
    if (has) continue;
    ctx.report(kDoseMissing, m.loc,
               stretch ? fmt::format("stretch '{}' has no hold: add a <dose> with the <hold> its "
                                     "source gives, citing that passage",
                                     m.id.value)
                       : fmt::format("exercise '{}' has no reps, hold or frequency: add a <dose> "
                                     "with what its source gives, citing that passage",
                                     m.id.value));
  }
}

const ModelRule kDoseMissing{
    {"dose-missing", Level::kError, "an exercise with no reps, hold or frequency; a stretch with no hold",
     R"(An exercise needs at least one dose with reps, a hold or a frequency; a stretch needs a
dose with a hold.

Why: an app cannot show how much to do; users then guess, and overdo it.

Fix: add the dose the source gives, citing the passage. When the source gives none, say so
with a suppression that records the review.
  after:   <dose><hold>30 s</hold><side>each</side>
             <cite article="si">Hold this stretch for 30 seconds before switching sides.</cite>
           </dose>)"},
    check_dose_missing};

}  // namespace contentc
