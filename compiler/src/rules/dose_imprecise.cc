#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_fields.h"

namespace contentc {

void check_dose_imprecise(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        if (f.value.kind != DoseValue::Kind::kWord) continue;
        ctx.report(kDoseImprecise, f.text->loc,
                   fmt::format("{} '{}' gives apps no number: use the number the source states; "
                               "if it states none, keep the word and suppress this with that "
                               "reason",
                               dose_field_name(f.field), f.value.word));
      }
    }
  }
}

const ModelRule kDoseImprecise{
    {"dose-imprecise", Level::kWarning, "a dose that says 'few' or 'several'",
     R"(A dose value is a word rather than a number: reps 'few' or 'several', a hold of 'few s',
'several s', 'few min' or 'few breaths'. Write the word the source uses ("relax for a few
seconds": 'few s') rather than dropping the hold: the unit is kept, dose-quote-mismatch
compares it with the quote, and dose-limit still knows a few seconds is under 10 s.

Why: downstream apps get no number to show or time.

Fix: use the number the source gives; if it gives none, keep the word and suppress the finding
with that reason.
  before:  <reps>several</reps>
  after:   <reps>5-8</reps>   (only if the source says so))"},
    check_dose_imprecise};

}  // namespace contentc
