#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "util/edit_distance.h"

namespace contentc {
namespace {

/// Checks references of one target kind (or kinds) against the id index.
class ReferenceChecker {
 public:
  ReferenceChecker(RuleContext& ctx, const IdIndex& index, std::string_view what,
                   std::initializer_list<EntryKind> kinds)
      : ctx_(ctx), index_(index), what_(what), kinds_(kinds), candidates_(index.ids_of(kinds)) {}

  void check(const Text& ref, std::string_view where) {
    if (ref.empty()) return;  // a missing reference attribute is a schema-violation
    const IdIndex::Target* target = index_.find(ref.value);
    if (!target) {
      std::string message = fmt::format("{} refers to {} '{}', which does not exist{}", where,
                                        what_, ref.value, did_you_mean(ref.value, candidates_));
      if (auto guess = closest_match(ref.value, candidates_)) {  // offered, never applied unasked
        ctx_.report(kUnknownReference, ref.loc, std::move(message), {},
                    Fix::value(fmt::format("refer to '{}'", *guess), ref.loc, *guess, false));
      } else {
        ctx_.report(kUnknownReference, ref.loc, std::move(message));
      }
      return;
    }
    for (EntryKind k : kinds_) {
      if (target->kind == k) return;
    }
    ctx_.report(kUnknownReference, ref.loc,
                fmt::format("{} refers to '{}' as {}, but it is {}{}", where, ref.value, what_,
                            a_kind(target->kind), did_you_mean(ref.value, candidates_)),
                {{target->loc, fmt::format("'{}' is defined here", ref.value)}});
  }

 private:
  RuleContext& ctx_;
  const IdIndex& index_;
  std::string_view what_;
  std::vector<EntryKind> kinds_;
  std::vector<std::string_view> candidates_;
};

void check_rule_names(RuleContext& ctx, const Text& rule, std::string_view where) {
  if (rule.empty() || find_rule(ctx.catalogue, rule.value)) return;
  std::vector<std::string_view> ids;
  for (const Rule* r : ctx.catalogue) ids.push_back(r->id);
  ctx.report(kUnknownReference, rule.loc,
             fmt::format("{} names rule '{}', which does not exist{} (`contentc rules` lists "
                         "them)",
                         where, rule.value, did_you_mean(rule.value, ids)));
}

}  // namespace

void check_unknown_reference(RuleContext& ctx) {
  const Model& m = ctx.model;
  const IdIndex index(m);
  ReferenceChecker articles(ctx, index, "article", {EntryKind::kArticle});
  ReferenceChecker conditions(ctx, index, "condition", {EntryKind::kCondition});
  ReferenceChecker movements(ctx, index, "exercise or stretch",
                             {EntryKind::kExercise, EntryKind::kStretch});

  m.for_each_cite([&](const Entry&, const Cite& c) { articles.check(c.article, "<cite>"); });
  for (const Condition& c : m.conditions) {
    for (const Text& r : c.related) conditions.check(r, "<related>");
  }
  for (const Movement& mv : m.movements) {
    for (const ForCondition& f : mv.fors) conditions.check(f.condition, "<for>");
    for (const MovementLink& l : mv.same_as) movements.check(l.ref, "<same-as>");
    for (const MovementLink& l : mv.distinct_from) movements.check(l.ref, "<distinct-from>");
  }
  for (const Advice& a : m.advice) {
    conditions.check(a.condition, "<advice>");
    for (const Text& e : a.exercises) movements.check(e, "<exercise ref>");
  }
  for (const Claim& c : m.claims) {
    if (c.about) conditions.check(*c.about, "<claim about>");
  }

  m.for_each_entry([&ctx](const Entry& e) {
    for (const Suppression* s : entry_suppressions(e)) check_rule_names(ctx, s->rule, "<suppress>");
  });
  for (const SeverityOverride& s : m.policy.severities) {
    check_rule_names(ctx, s.rule, "<severity>");
  }
}

const ModelRule kUnknownReference{
    {"unknown-reference", Level::kError, "a reference to an entry or rule that does not exist",
     R"(A reference names an id that no entry has, or an entry of the wrong kind: a cite's
article, a for/advice/claim/related condition, an advice's <exercise ref>, or a rule named by
<suppress> or a policy <severity>. A close match is suggested.

Why: a dangling reference would reach the apps as a broken link.

Fix: correct the id, or add the missing entry.
  before:  <for condition="sciatca"/>
  after:   <for condition="sciatica"/>)"},
    check_unknown_reference};

}  // namespace contentc
