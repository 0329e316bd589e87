#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "rules/condition_graph.h"
#include "rules/model_rules.h"

namespace contentc {
namespace {

/// Where an entry gets a warning of some category: its own warning, or one of a condition it is
/// recommended for (or of a condition related to that one).
struct Place {
  const Warning* warning;
  std::string from;  ///< "" for the entry's own; else how the condition's warning reaches it
};

}  // namespace

void check_warning_conflict(RuleContext& ctx) {
  const Model& m = ctx.model;
  if (m.policy.oppositions.empty()) return;
  std::unordered_map<std::string_view, const Condition*> conditions;
  for (const Condition& c : m.conditions) conditions.try_emplace(c.id.value, &c);
  const ConditionGraph graph(m);

  for (const Movement& mv : m.movements) {
    std::map<std::string_view, std::vector<Place>> places;  // category → places, in order
    std::set<const Warning*> seen;
    for (const Warning& w : mv.warnings) {
      places[w.category.value].push_back(Place{&w, ""});
      seen.insert(&w);
    }
    for (const ForCondition& f : mv.fors) {
      for (std::string_view id : graph.same_or_related(f.condition.value)) {
        auto it = conditions.find(id);
        if (it == conditions.end()) continue;  // unknown-reference reports it
        for (const Warning& w : it->second->warnings) {
          if (!seen.insert(&w).second) continue;
          places[w.category.value].push_back(Place{
              &w, id == f.condition.value
                      ? fmt::format("condition '{}', which it is recommended for", id)
                      : fmt::format("condition '{}', related to '{}', which it is recommended for",
                                    id, f.condition.value)});
        }
      }
    }
    for (const Opposition& o : m.policy.oppositions) {
      ctx.count_candidate(kWarningConflict);
      auto a = places.find(o.category.value), b = places.find(o.against.value);
      if (a == places.end() || b == places.end()) continue;
      // Reported on a warning the entry carries itself (the `against` one first), else on the
      // entry; every place of both categories is shown.
      const Place* own = nullptr;
      for (const auto* side : {&b->second, &a->second}) {
        for (const Place& p : *side) {
          if (!own && p.from.empty()) own = &p;
        }
      }
      std::vector<Related> related;
      for (const auto* side : {&a->second, &b->second}) {
        for (const Place& p : *side) {
          if (&p == own) continue;
          related.push_back({p.warning->loc,
                             p.from.empty() ? fmt::format("its own '{}' warning", p.warning->category.value)
                                            : fmt::format("a '{}' warning of {}", p.warning->category.value, p.from)});
        }
      }
      ctx.report(kWarningConflict, own ? own->warning->loc : mv.loc,
                 fmt::format("{} '{}' is under both '{}' and '{}' warnings, which policy.xml says "
                             "oppose each other: users would be told both; have a reviewer decide "
                             "which applies to this movement and correct the entry, or suppress "
                             "this with the reason",
                             kind_name(mv.kind), mv.id.value, o.category.value, o.against.value),
                 std::move(related));
    }
  }
}

const ModelRule kWarningConflict{
    {"warning-conflict", Level::kWarning, "an entry under two warning categories the policy opposes",
     R"(An exercise or stretch ends up under two warning categories that policy.xml declares
opposed (<oppose category="stop-if-pain" against="work-into-pain"/>). An entry gets its own
warnings and those of every condition it is recommended for (<for>), and of the conditions
related to those. Every place of both categories is shown.

Why: one source says to stop at any pain, another to nudge into it; users told both cannot
follow either, and the wrong one can hurt them. A reviewer must decide.

Fix: decide which guidance applies to this movement. Correct the warning that does not (or
narrow the <for>), or keep both, when the sources really disagree, and suppress the finding
with the reviewer's reason.
  before:  <warning category="work-into-pain">Nudge into the pain.</warning> on a stretch for
           sciatica, whose related condition says <warning category="stop-if-pain">…
  after:   <suppress rule="warning-conflict" reason="…" reviewer="…"/>)"},
    check_warning_conflict};

}  // namespace contentc
