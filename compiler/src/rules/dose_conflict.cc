#include <set>
#include <string>

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
  for (const Movement& m : ctx.model.movements) {
    // An entry holds a handful of doses, one per source: comparing them pairwise stays linear in
    // the corpus.
    for (size_t i = 0; i < m.doses.size(); ++i) {
      const auto from_i = articles_of(m.doses[i]);
      for (size_t j = i + 1; j < m.doses.size(); ++j) {
        const auto from_j = articles_of(m.doses[j]);
        if (from_i.empty() || from_j.empty() || !disjoint(from_i, from_j)) continue;
        const auto fields_i = dose_fields(m.doses[i]);
        const auto fields_j = dose_fields(m.doses[j]);
        for (size_t k = 0; k < fields_i.size(); ++k) {
          const auto a = comparable(fields_i[k].field, fields_i[k].value);
          const auto b = comparable(fields_j[k].field, fields_j[k].value);
          if (!a || !b) continue;
          if (comparable_unit(fields_i[k].field, fields_i[k].value) !=
              comparable_unit(fields_j[k].field, fields_j[k].value)) {
            continue;
          }
          if (a->second >= b->first && b->second >= a->first) continue;
          ctx.report(kDoseConflict, fields_j[k].text->loc,
                     fmt::format("{} {} (from '{}') does not overlap {} {} (from '{}'): the "
                                 "sources disagree; keep both and have a reviewer suppress this "
                                 "with the reason, or drop one",
                                 dose_field_name(fields_j[k].field), fields_j[k].text->value,
                                 *from_j.begin(), dose_field_name(fields_i[k].field),
                                 fields_i[k].text->value, *from_i.begin()),
                     {{fields_i[k].text->loc,
                       fmt::format("the other dose: {} {}", dose_field_name(fields_i[k].field),
                                   fields_i[k].text->value)}});
        }
      }
    }
  }
}

const ModelRule kDoseConflict{
    {"dose-conflict", Level::kWarning, "two doses of one entry, from different sources, that do not overlap",
     R"(Two doses of the same entry, citing different articles, give ranges for the same field
that do not overlap (hold 5 s in one, 30 s in the other). Both places are shown.

Why: the sources disagree; apps must not silently pick one.

Fix: keep both doses and have a reviewer suppress the finding with the reason (which dose the
app shows and why), or drop the dose that is wrong.)"},
    check_dose_conflict};

}  // namespace contentc
