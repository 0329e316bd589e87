#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "rules/model_rules.h"

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
  ctx.report(kMissingWarning, e.loc,
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

const ModelRule kMissingWarning{
    {"missing-warning", Level::kError, "a warning category the policy requires is absent",
     R"(policy.xml's <require-warning> demands a warning of a category on every entry of some
kinds (on="exercise stretch"; the default), on entries in a position (when-position="supine")
or with a pattern (when-pattern="single-leg-stance"). An entry that matches and has no warning
of that category is reported, with the requirement.

Why: these warnings protect users: stop if it hurts, see a provider, do not lie flat on your
back late in pregnancy, hold on to something when standing on one leg.

Fix: add the warning; cite the source when it gives one, otherwise the warning is editorial
(the audit page lists editorial statements).
  after:   <warning category="supine-position">After the first trimester, keep time flat on
           your back short.</warning>)"},
    check_missing_warning};

}  // namespace contentc
