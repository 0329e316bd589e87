#include <string>

#include <fmt/format.h>

#include "rules/checks.h"
#include "rules/dose_fields.h"

namespace contentc {
namespace {

std::string kind_phrase(const Limit& l) {
  if (!l.kind) return "";
  return l.kind->value == "stretch" ? " for stretches" : " for exercises";
}

}  // namespace

void check_dose_limit(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        const auto have = comparable(f.field, f.value);
        if (!have) continue;
        for (const Limit& l : ctx.model.policy.limits) {
          if (l.what.value != dose_field_name(f.field)) continue;
          if (l.kind && l.kind->value != kind_name(m.kind)) continue;
          const auto upper = comparable(f.field, l.max_value);
          const auto lower = comparable(f.field, l.min_value);
          const std::string_view unit = comparable_unit(f.field, f.value);
          if (upper && comparable_unit(f.field, l.max_value) == unit && have->second > upper->first) {
            ctx.report("dose-limit", f.text->loc,
                       fmt::format("{} {} is above the policy's maximum of {}{}: lower it, or "
                                   "suppress this with the reviewer's reason",
                                   dose_field_name(f.field), f.text->value, l.max->value,
                                   kind_phrase(l)),
                       {{l.loc, "the limit is set here"}});
          }
          if (lower && comparable_unit(f.field, l.min_value) == unit && have->first < lower->second) {
            ctx.report("dose-limit", f.text->loc,
                       fmt::format("{} {} is below the policy's minimum of {}{}: raise it, or "
                                   "suppress this with the reviewer's reason",
                                   dose_field_name(f.field), f.text->value, l.min->value,
                                   kind_phrase(l)),
                       {{l.loc, "the limit is set here"}});
          }
        }
      }
    }
  }
}

}  // namespace contentc
