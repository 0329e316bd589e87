#include "rules/suppressions.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include <fmt/format.h>

#include "model/entry_locator.h"

namespace contentc {
namespace {

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == s.npos; }

}  // namespace

bool is_suppression_rule(std::string_view rule) {
  return rule == kSuppressionWithoutReason.id || rule == kSuppressionExpired.id ||
         rule == kUnusedSuppression.id || rule == kSuppressionTooBroad.id;
}

void apply_suppressions(const Model& model, const RuleCatalogue& catalogue, const std::string& today,
                        Findings& findings) {
  struct Active {
    const Suppression* suppression;
    const Entry* entry;
    const Dose* dose = nullptr;  ///< set for a suppress inside a dose
    size_t dose_number = 0;      ///< 1-based, with dose
    std::vector<size_t> hidden;  ///< the findings it silenced
  };
  std::vector<Active> active;
  std::map<std::pair<const Entry*, std::string_view>, size_t> on_entry;  // → index in active
  std::map<std::pair<const Dose*, std::string_view>, size_t> on_dose;
  Findings reported;
  auto take = [&](const Entry& e, const Suppression& s, const Dose* dose, size_t number) {
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
      const bool fresh = dose ? on_dose.try_emplace({dose, s.rule.value}, active.size()).second
                              : on_entry.try_emplace({&e, s.rule.value}, active.size()).second;
      if (fresh) active.push_back(Active{&s, &e, dose, number, {}});
    }
  };
  model.for_each_entry([&](const Entry& e) {
    for (const Suppression& s : e.suppressions) take(e, s, nullptr, 0);
    const std::span<const Dose> doses = doses_of(e);
    for (size_t d = 0; d < doses.size(); ++d) {
      for (const Suppression& s : doses[d].suppressions) take(e, s, &doses[d], d + 1);
    }
  });
  const EntryLocator locate(model);
  std::vector<Finding>& items = findings.items();
  for (size_t i = 0; i < items.size(); ++i) {
    Finding& f = items[i];
    if (is_suppression_rule(f.rule) || !f.loc.valid()) continue;
    const Entry* owner = locate.find(f.loc);
    if (!owner) continue;
    std::optional<size_t> by;
    if (const std::optional<size_t> d = dose_at(*owner, f.loc)) {
      if (auto it = on_dose.find({&doses_of(*owner)[*d], f.rule}); it != on_dose.end()) by = it->second;
    }
    if (!by) {
      if (auto it = on_entry.find({owner, f.rule}); it != on_entry.end()) by = it->second;
    }
    if (!by) continue;
    f.suppressed_reason = active[*by].suppression->reason.value;
    active[*by].hidden.push_back(i);
  }
  for (const Active& a : active) {
    const std::string& rule = a.suppression->rule.value;
    if (a.hidden.empty()) {
      if (!find_rule(catalogue, rule)) continue;  // unknown-reference covers it
      reported.add(kUnusedSuppression, a.suppression->loc,
                   fmt::format("this suppress of '{}' silences nothing: '{}' reports nothing on "
                               "{}{} '{}' now; remove the suppress",
                               rule, rule, a.dose ? fmt::format("dose {} of ", a.dose_number) : "",
                               kind_name(a.entry->kind), a.entry->id.value));
    } else if (!a.dose && a.hidden.size() > 1) {
      // One reason for several findings: some of them nobody may have read.
      std::vector<Related> related;
      for (size_t i : a.hidden) related.push_back({items[i].loc, "it silences: " + items[i].message});
      reported.add(kSuppressionTooBroad, Level::kWarning, a.suppression->loc,
                   fmt::format("this suppress of '{}' silences {} findings on {} '{}' (listed), "
                               "not one: a suppression records the review of one finding; put it "
                               "inside the <dose> it is about, or write one per finding a reviewer "
                               "has read",
                               rule, a.hidden.size(), kind_name(a.entry->kind), a.entry->id.value),
                   std::move(related));
    }
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

const Rule kSuppressionTooBroad{
    "suppression-too-broad", Level::kWarning, "a suppress on an entry that silences several findings",
    R"(A <suppress rule="…"> on an entry silences every finding of that rule on the entry. When it
silences more than one, the finding lists each of them: the reason was written for one, and
the others (a second dose's number the article never gives, say) may be true findings nobody
has read. They stay silenced; this warning shows them.

Why: a suppression records that a reviewer accepted one finding; hiding others with it is how
a real error goes unread.

Fix: put the suppress inside the <dose> whose finding it is about, where it silences only the
findings inside that dose, or write one suppress per finding a reviewer has read.
  before:  <exercise id="tilt">… <dose><reps>10</reps>…</dose> <dose><hold>5 s</hold>…</dose>
           <suppress rule="dose-unsupported" reason="'Start with 10' gives the reps"/></exercise>
  after:   <dose><reps>10</reps>…<suppress rule="dose-unsupported" reason="'Start with 10' gives the reps"/></dose>)"};

const Rule kSuppressionExpired{
    "suppression-expired", Level::kError, "a suppress past its until date",
    R"(A <suppress until="YYYY-MM-DD"> whose date has passed (against --today, else
SOURCE_DATE_EPOCH, else the system date). It no longer silences: the finding shows again.

Why: reviews of disagreements between sources are meant to be revisited.

Fix: review the finding again, then renew the date or remove the suppress.)"};

}  // namespace contentc
