#include "rules/suppressions.h"

#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "model/entry_locator.h"

namespace contentc {
namespace {

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == s.npos; }

}  // namespace

bool is_suppression_rule(std::string_view rule) {
  return rule == kSuppressionWithoutReason.id || rule == kSuppressionExpired.id ||
         rule == kUnusedSuppression.id;
}

void apply_suppressions(const Model& model, const RuleCatalogue& catalogue, const std::string& today,
                        Findings& findings) {
  struct Active {
    const Suppression* suppression;
    bool used = false;
  };
  std::map<std::pair<const Entry*, std::string_view>, Active> active;
  Findings reported;
  model.for_each_entry([&](const Entry& e) {
    for (const Suppression& s : e.suppressions) {
      if (is_blank(s.reason.value)) {
        reported.add(kSuppressionWithoutReason, s.loc,
                     fmt::format("this suppress of '{}' gives no reason: write why the finding "
                                 "is acceptable in reason=\"…\" (it is not silenced until then)",
                                 s.rule.value));
      } else if (s.until && s.until->value < today) {
        reported.add(kSuppressionExpired, s.until->loc,
                     fmt::format("this suppress of '{}' expired on {}: review the finding again, "
                                 "then renew the date or remove the suppress",
                                 s.rule.value, s.until->value));
      } else {
        active.try_emplace({&e, s.rule.value}, Active{&s});
      }
    }
  });
  const EntryLocator locate(model);
  for (Finding& f : findings.items()) {
    if (is_suppression_rule(f.rule) || !f.loc.valid()) continue;
    const Entry* owner = locate.find(f.loc);
    if (!owner) continue;
    auto it = active.find({owner, f.rule});
    if (it == active.end()) continue;
    f.suppressed_reason = it->second.suppression->reason.value;
    it->second.used = true;
  }
  for (const auto& [key, a] : active) {
    if (a.used || !find_rule(catalogue, a.suppression->rule.value)) continue;  // unknown-reference covers it
    reported.add(kUnusedSuppression, a.suppression->loc,
                 fmt::format("this suppress of '{}' silences nothing: '{}' reports nothing on "
                             "{} '{}' now; remove the suppress",
                             a.suppression->rule.value, a.suppression->rule.value,
                             kind_name(key.first->kind), key.first->id.value));
  }
  findings.append(std::move(reported));
}

const Rule kSuppressionWithoutReason{
    "suppression-without-reason", Level::kError, "a suppress with no reason",
    R"(A <suppress> has an empty or missing reason. It silences nothing until it has one.

Why: a suppression records a review; without the reason nobody can tell why the finding was
accepted.

Fix: write the reason.
  after:   <suppress rule="dose-limit" reason="The source gives 5 s; reviewed with the author" reviewer="…"/>)"};

const Rule kUnusedSuppression{
    "unused-suppression", Level::kWarning, "a suppress that silenced nothing",
    R"(A <suppress rule="…"> on an entry for which that rule reports nothing.

Why: stale suppressions hide future findings of the same rule on the entry.

Fix: remove it.)"};

const Rule kSuppressionExpired{
    "suppression-expired", Level::kError, "a suppress past its until date",
    R"(A <suppress until="YYYY-MM-DD"> whose date has passed (against --today, else
SOURCE_DATE_EPOCH, else the system date). It no longer silences: the finding shows again.

Why: reviews of disagreements between sources are meant to be revisited.

Fix: review the finding again, then renew the date or remove the suppress.)"};

}  // namespace contentc
