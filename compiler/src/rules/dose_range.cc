#include "rules/checks.h"
#include "rules/dose_fields.h"

namespace contentc {

void check_dose_range(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        if (f.value.kind == DoseValue::Kind::kInvalid) {
          ctx.report("dose-range", f.text->loc, f.value.error);
        }
      }
    }
  }
  for (const Limit& l : ctx.model.policy.limits) {
    if (l.min && l.min_value.kind == DoseValue::Kind::kInvalid) {
      ctx.report("dose-range", l.min->loc, "policy limit min: " + l.min_value.error);
    }
    if (l.max && l.max_value.kind == DoseValue::Kind::kInvalid) {
      ctx.report("dose-range", l.max->loc, "policy limit max: " + l.max_value.error);
    }
  }
}

}  // namespace contentc
