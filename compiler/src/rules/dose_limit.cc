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
          // Above the max or below the min, when the limit is on the same scale as the dose.
          auto check_bound = [&](const DoseValue& bound, const std::optional<Text>& text,
                                 bool is_max) {
            const auto limit = comparable(f.field, bound);
            if (!limit || comparable_unit(f.field, bound) != comparable_unit(f.field, f.value)) {
              return;
            }
            if (is_max ? have->second <= limit->first : have->first >= limit->second) return;
            ctx.report("dose-limit", f.text->loc,
                       fmt::format("{} {} is {} the policy's {} of {}{}: {} it, or suppress this "
                                   "with the reviewer's reason",
                                   dose_field_name(f.field), f.text->value,
                                   is_max ? "above" : "below", is_max ? "maximum" : "minimum",
                                   text->value, kind_phrase(l), is_max ? "lower" : "raise"),
                       {{l.loc, "the limit is set here"}});
          };
          check_bound(l.max_value, l.max, true);
          check_bound(l.min_value, l.min, false);
        }
      }
    }
  }
}

}  // namespace contentc
