#include <string>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "util/edit_distance.h"

namespace contentc {
namespace {

/// One vocabulary of the policy, as a set for lookups and a list for suggestions.
class Vocabulary {
 public:
  Vocabulary(const Policy& policy, std::string_view kind) : kind_(kind) {
    auto it = policy.vocabularies.find(kind);
    declared_ = it != policy.vocabularies.end();
    if (!declared_) return;
    for (const Text& t : it->second) {
      if (terms_.insert(t.value).second) list_.push_back(t.value);
    }
  }

  /// Reports `term` when the policy declares this vocabulary and the term is not in it.
  void check(RuleContext& ctx, const Text& term) const {
    if (!declared_ || term.empty() || terms_.contains(term.value)) return;
    std::string message = fmt::format("'{}' is not in the policy's {} vocabulary{} (use a listed "
                                      "term, or add it to policy.xml)",
                                      term.value, kind_, did_you_mean(term.value, list_));
    if (auto guess = closest_match(term.value, list_)) {  // offered, never applied unasked
      ctx.report(kUnknownTerm, term.loc, std::move(message), {},
                 Fix::value(fmt::format("write '{}'", *guess), term.loc, *guess, false));
    } else {
      ctx.report(kUnknownTerm, term.loc, std::move(message));
    }
  }

 private:
  std::string_view kind_;
  bool declared_ = false;
  std::unordered_set<std::string_view> terms_;
  std::vector<std::string_view> list_;
};

}  // namespace

void check_unknown_term(RuleContext& ctx) {
  const Model& m = ctx.model;
  const Vocabulary patterns(m.policy, "pattern");
  const Vocabulary equipment(m.policy, "equipment");
  const Vocabulary targets(m.policy, "target");
  const Vocabulary categories(m.policy, "warning-category");
  const Vocabulary factors(m.policy, "factor");

  auto check_warnings = [&](const std::vector<Warning>& warnings) {
    for (const Warning& w : warnings) categories.check(ctx, w.category);
  };
  for (const Condition& c : m.conditions) check_warnings(c.warnings);
  for (const Movement& mv : m.movements) {
    for (const Text& t : mv.patterns) patterns.check(ctx, t);
    for (const Text& t : mv.equipment) equipment.check(ctx, t);
    for (const Text& t : mv.targets) targets.check(ctx, t);
    check_warnings(mv.warnings);
  }
  for (const Advice& a : m.advice) {
    for (const Text& t : a.patterns) patterns.check(ctx, t);
  }
  for (const Claim& c : m.claims) {
    if (c.effect) factors.check(ctx, c.effect->factor);
  }
  for (const RequireWarning& r : m.policy.require_warnings) {
    categories.check(ctx, r.category);
    if (r.when_pattern) patterns.check(ctx, *r.when_pattern);
  }
  for (const PatternFactor& r : m.policy.pattern_factors) {
    patterns.check(ctx, r.pattern);
    factors.check(ctx, r.factor);
  }
  for (const Opposition& o : m.policy.oppositions) {
    categories.check(ctx, o.category);
    categories.check(ctx, o.against);
  }
  for (const WarningCues& w : m.policy.warning_cues) categories.check(ctx, w.category);
}

const ModelRule kUnknownTerm{
    {"unknown-term", Level::kError, "a term that is not in the policy vocabulary",
     R"(A pattern, equipment, target, warning category or effect factor that the vocabulary of
that kind in policy.xml does not list (checked for every kind the policy declares). A close match
is suggested.

Why: the apps filter and warn by these terms; a misspelling would drop an entry from a filter
or a required warning.

Fix: use a listed term, or add the new term to policy.xml.
  before:  <pattern>single-leg-stnce</pattern>
  after:   <pattern>single-leg-stance</pattern>)"},
    check_unknown_term};

}  // namespace contentc
