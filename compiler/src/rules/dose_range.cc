#include "rules/model_rules.h"
#include "rules/dose_fields.h"

namespace contentc {

void check_dose_range(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        if (f.value.kind == DoseValue::Kind::kInvalid) {
          ctx.report(kDoseRange, f.text->loc, std::string(f.value.error()));
        }
        if (f.amount.to() && f.amount.target().kind == DoseValue::Kind::kInvalid) {
          ctx.report(kDoseRange, f.amount.to()->loc, std::string(f.amount.target().error()));  // "hold '2 s' is not above the start '3 s' …"
        }
      }
    }
  }
  for (const Limit& l : ctx.model.policy.limits) {
    if (l.min && l.min_value.kind == DoseValue::Kind::kInvalid) {
      ctx.report(kDoseRange, l.min->loc, fmt::format("policy limit min: {}", l.min_value.error()));
    }
    if (l.max && l.max_value.kind == DoseValue::Kind::kInvalid) {
      ctx.report(kDoseRange, l.max->loc, fmt::format("policy limit max: {}", l.max_value.error()));
    }
  }
}

const ModelRule kDoseRange{
    {"dose-range", Level::kError, "a dose value that does not parse, is zero, or runs backwards",
     R"(Dose values follow one syntax: reps N, N-M, 'few' or 'several'; hold N or N-M with unit
s, min, breaths or count (a count is counted out loud, 'count to 5': never converted to
seconds), or 'few s', 'several s', 'few min', 'few breaths'; sets N or N-M; frequency N or N-M
per day or per week. A number may say how exact the source is: 'about 40', 'up to 10 s',
'at least 1 per day'. A progression's target, to="…" ('<reps to="about 40">10</reps>':
start with 10, work up to about 40), is a number in the start's unit scale, above the start.
Zero, a range whose minimum is above its maximum, an unknown unit, and a target that is not
above its start are errors. Policy limits use the same syntax.

Why: apps read these as numbers; a value they cannot read is dropped or misread.

Fix: write the value in the accepted form.
  before:  <hold>10-5 seconds</hold>
  after:   <hold>5-10 s</hold>)"},
    check_dose_range};

}  // namespace contentc
