#include <set>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_fields.h"

namespace contentc {
namespace {

std::set<std::string_view> articles_of(const Dose& d) {
  std::set<std::string_view> out;
  for (const Cite& c : d.cites) out.insert(c.article.value);
  return out;
}

bool disjoint(const std::set<std::string_view>& a, const std::set<std::string_view>& b) {
  for (std::string_view x : a) {
    if (b.contains(x)) return false;
  }
  return true;
}

}  // namespace

void check_dose_conflict(RuleContext& ctx) {
  // Two doses from disjoint articles; `other` names the movement the second comes from when it
  // is another entry's (<same-as>).
  auto compare = [&](const Dose& first, const Dose& second, const Movement* other) {
    const auto from_i = articles_of(first);
    const auto from_j = articles_of(second);
    if (from_i.empty() || from_j.empty() || !disjoint(from_i, from_j)) return;
    const auto fields_i = dose_fields(first);
    const auto fields_j = dose_fields(second);
    for (size_t k = 0; k < fields_i.size(); ++k) {
      const auto a = comparable(fields_i[k].field, fields_i[k].value);
      const auto b = comparable(fields_j[k].field, fields_j[k].value);
      if (!a || !b) continue;
      if (comparable_unit(fields_i[k].field, fields_i[k].value) !=
          comparable_unit(fields_j[k].field, fields_j[k].value)) {
        continue;
      }
      if (a->second >= b->first && b->second >= a->first) continue;
      const std::string same = other ? fmt::format(" of {} '{}', the same movement", kind_name(other->kind), other->id.value) : "";
      ctx.report(kDoseConflict, fields_i[k].text->loc,
                 fmt::format("{} {} (from '{}') does not overlap {} {} (from '{}'{}): the "
                             "sources disagree; keep both and have a reviewer suppress this "
                             "with the reason, or drop one",
                             dose_field_name(fields_i[k].field), fields_i[k].text->value,
                             *from_i.begin(), dose_field_name(fields_j[k].field),
                             fields_j[k].text->value, *from_j.begin(), same),
                 {{fields_j[k].text->loc,
                   fmt::format("the other dose{}: {} {}", same, dose_field_name(fields_j[k].field),
                               fields_j[k].text->value)}});
    }
  };
  std::unordered_map<std::string_view, const Movement*> by_id;
  for (const Movement& m : ctx.model.movements) by_id.emplace(m.id.value, &m);
  for (const Movement& m : ctx.model.movements) {
    // An entry holds a handful of doses, one per source: comparing them pairwise stays linear in
    // the corpus.
    for (size_t i = 0; i < m.doses.size(); ++i) {
      for (size_t j = i + 1; j < m.doses.size(); ++j) compare(m.doses[j], m.doses[i], nullptr);
    }
    // <same-as ref>: one movement across entries, its doses compared as one entry's.
    for (const MovementLink& l : m.same_as) {
      auto it = by_id.find(l.ref.value);
      if (it == by_id.end() || it->second == &m) continue;  // unknown-reference's
      for (const Dose& mine : m.doses) {
        for (const Dose& theirs : it->second->doses) compare(mine, theirs, it->second);
      }
    }
  }
}

const ModelRule kDoseConflict{
    {"dose-conflict", Level::kWarning, "two doses of one entry, from different sources, that do not overlap",
     R"(Two doses of the same entry, citing different articles, give ranges for the same field
that do not overlap (hold 5 s in one, 30 s in the other). A movement that says it is another
article's (<same-as ref="…"/>) has its doses compared with that movement's too. Both places
are shown.

Why: the sources disagree; apps must not silently pick one.

Fix: keep both doses and have a reviewer suppress the finding with the reason (which dose the
app shows and why), or drop the dose that is wrong.)"},
    check_dose_conflict};

}  // namespace contentc
