#include <string>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_fields.h"

namespace contentc {
namespace {

std::string kind_phrase(const Limit& l) {
  if (!l.kind) return "";
  return l.kind->value == "stretch" ? " for stretches" : " for exercises";
}

/// "few s", "several s": a hold the source gives no number for, in seconds.
bool few_seconds(const DoseFieldView& f) {
  return f.field == DoseField::kHold && f.value.kind == DoseValue::Kind::kWord && f.value.unit == "s";
}

/// A few seconds is under 10 s: below any minimum hold of 10 s or more (and within every
/// maximum); a smaller minimum cannot be judged without a number.
void check_few_seconds(RuleContext& ctx, const Movement& m, const DoseFieldView& f) {
  for (const Limit& l : ctx.model.policy.limits) {
    if (l.what.value != "hold" || !l.min || (l.kind && l.kind->value != kind_name(m.kind))) continue;
    const auto min = comparable(DoseField::kHold, l.min_value);
    if (!min || comparable_unit(DoseField::kHold, l.min_value) != "s" || min->first < 10) continue;
    ctx.report(kDoseLimit, f.text->loc,
               fmt::format("hold '{}' is below the policy's minimum of {}{}: a few seconds is under "
                           "10 s; raise it, or suppress this with the reviewer's reason",
                           f.text->value, l.min->value, kind_phrase(l)),
               {{l.loc, "the limit is set here", true}});
  }
}

}  // namespace

void check_dose_limit(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      for (const DoseFieldView& f : dose_fields(d)) {
        if (few_seconds(f)) {
          check_few_seconds(ctx, m, f);
          continue;
        }
        // What the reader ends up doing: a progression's target, else the value.
        const DoseValue& goal = f.amount.goal();
        const auto have = comparable(f.field, goal);
        if (!have || !f.text) continue;
        const Text& goal_text = f.amount.to() ? *f.amount.to() : *f.text;
        const std::string goal_name =
            f.amount.to() ? fmt::format("{} (working up to {})", f.text->value, goal_text.value) : f.text->value.str();
        for (const Limit& l : ctx.model.policy.limits) {
          if (l.what.value != dose_field_name(f.field)) continue;
          if (l.kind && l.kind->value != kind_name(m.kind)) continue;
          // Above the max or below the min, when the limit is on the same scale as the dose.
          auto check_bound = [&](const DoseValue& bound, const std::optional<Text>& text,
                                 bool is_max) {
            const auto limit = comparable(f.field, bound);
            if (!limit || comparable_unit(f.field, bound) != comparable_unit(f.field, goal)) {
              return;
            }
            if (is_max ? have->second <= limit->first : have->first >= limit->second) return;
            ctx.report(kDoseLimit, goal_text.loc,
                       fmt::format("{} {} is {} the policy's {} of {}{}: {} it, or suppress this "
                                   "with the reviewer's reason",
                                   dose_field_name(f.field), goal_name,
                                   is_max ? "above" : "below", is_max ? "maximum" : "minimum",
                                   text->value, kind_phrase(l), is_max ? "lower" : "raise"),
                       {{l.loc, "the limit is set here", true}});
          };
          check_bound(l.max_value, l.max, true);
          check_bound(l.min_value, l.min, false);
        }
      }
    }
  }
}

const ModelRule kDoseLimit{
    {"dose-limit", Level::kWarning, "a dose beyond a policy limit",
     R"(A dose value lies outside a <limit> of policy.xml for that field (and entry kind): above
its max or below its min. Holds compare in seconds (breaths only with breaths, counts only
with counts), frequencies per week. A progression (<reps to="about 40">10</reps>) is compared
by its target: what the reader ends up doing. A hold of 'few s' or 'several s' is under 10 s: below a
minimum of 10 s or more.

Why: the house limits encode what is safe and useful for pregnant users; a dose outside them
needs a second look.

Fix: bring the dose within the limit, or, when the source really says so and a reviewer
accepts it, suppress the finding with the reason.
  before:  <hold>5 s</hold>       (policy: stretches hold 10 s to 3 min)
  after:   <suppress rule="dose-limit" reason="The source holds 5 s, repeated through the day" reviewer="…"/>)"},
    check_dose_limit};

}  // namespace contentc
