#include <fmt/format.h>

#include "rules/checks.h"
#include "rules/dose_fields.h"

namespace contentc {

void check_dose_imprecise(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        if (f.value.kind != DoseValue::Kind::kWord) continue;
        ctx.report("dose-imprecise", f.text->loc,
                   fmt::format("{} '{}' gives apps no number: use the number the source states; "
                               "if it states none, keep the word and suppress this with that "
                               "reason",
                               dose_field_name(f.field), f.value.word));
      }
    }
  }
}

}  // namespace contentc
