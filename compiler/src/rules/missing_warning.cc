#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {
namespace {

bool has_warning(const std::vector<Warning>& warnings, std::string_view category) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [category](const Warning& w) { return w.category.value == category; });
}

bool applies_to(const RequireWarning& r, EntryKind kind) {
  if (r.on.empty()) return kind == EntryKind::kExercise || kind == EntryKind::kStretch;
  return std::any_of(r.on.begin(), r.on.end(),
                     [kind](const Text& k) { return k.value == kind_name(kind); });
}

std::string why(const RequireWarning& r) {
  if (r.when_position && r.when_pattern) {
    return fmt::format(" in position {} with pattern {}", r.when_position->value,
                       r.when_pattern->value);
  }
  if (r.when_position) return fmt::format(" in position {}", r.when_position->value);
  if (r.when_pattern) return fmt::format(" with pattern {}", r.when_pattern->value);
  return "";
}

void report(RuleContext& ctx, const Entry& e, const RequireWarning& r) {
  ctx.report("missing-warning", e.loc,
             fmt::format("{} '{}' needs a '{}' warning: the policy requires one on every {}{}; "
                         "add <warning category=\"{}\">…</warning>, citing the source if it "
                         "gives one",
                         kind_name(e.kind), e.id.value, r.category.value, kind_name(e.kind),
                         why(r), r.category.value),
             {{r.loc, "required here"}});
}

}  // namespace

void check_missing_warning(RuleContext& ctx) {
  for (const RequireWarning& r : ctx.model.policy.require_warnings) {
    if (!r.when_position && !r.when_pattern) {
      for (const Condition& c : ctx.model.conditions) {
        if (applies_to(r, c.kind) && !has_warning(c.warnings, r.category.value)) report(ctx, c, r);
      }
    }
    for (const Movement& m : ctx.model.movements) {
      if (!applies_to(r, m.kind) || has_warning(m.warnings, r.category.value)) continue;
      if (r.when_position && (!m.position || m.position->value != r.when_position->value)) continue;
      if (r.when_pattern &&
          std::none_of(m.patterns.begin(), m.patterns.end(),
                       [&r](const Text& p) { return p.value == r.when_pattern->value; })) {
        continue;
      }
      report(ctx, m, r);
    }
  }
}

}  // namespace contentc
