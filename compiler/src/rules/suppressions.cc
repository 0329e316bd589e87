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

/// The part of an entry or dose a suppress's on="…" names: the element span [begin, end) and
/// words for messages ("warning 2 of exercise 'tilt'").
struct Scope {
  Loc begin, end;
  std::string name;
};

bool within(const Loc& loc, const Scope& s) {
  auto place = [](const Loc& l) { return std::pair(l.line, l.column); };
  return loc.file == s.begin.file && place(s.begin) <= place(loc) && place(loc) < place(s.end);
}

/// Reads on="…" of a suppress on entry `e` (dose == nullptr) or in its dose number `dose_number`:
/// the scope, or nullopt with `why` set when it names no part that is there.
std::optional<Scope> scope_of(const Entry& e, const Dose* dose, size_t dose_number, std::string_view on,
                              std::string& why) {
  const std::string owner = dose ? fmt::format("dose {} of {} '{}'", dose_number, kind_name(e.kind), e.id.value)
                                 : fmt::format("{} '{}'", kind_name(e.kind), e.id.value);
  const size_t space = on.find(' ');
  const std::string_view what = on.substr(0, space);
  size_t n = 0;
  if (space != std::string_view::npos) {
    for (char c : on.substr(space + 1)) {
      if (c < '0' || c > '9' || n > 100000) return why = fmt::format("on=\"{}\" is not a part's name and number", on), std::nullopt;
      n = n * 10 + size_t(c - '0');
    }
  }
  auto numbered = [&](std::string_view kind, size_t count, auto begin, auto end) -> std::optional<Scope> {
    if (n == 0 || n > count) {
      why = fmt::format("on=\"{}\" names no {} of {}: it has {}", on, kind, owner, count);
      return std::nullopt;
    }
    return Scope{begin(n - 1), end(n - 1), fmt::format("{} {} of {}", kind, n, owner)};
  };
  if (!dose && what == "warning" && space != std::string_view::npos) {
    const std::span<const Warning> ws = warnings_of(e);
    return numbered("warning", ws.size(), [&](size_t i) { return ws[i].loc; }, [&](size_t i) { return ws[i].end; });
  }
  if (!dose && what == "dose" && space != std::string_view::npos) {
    const std::span<const Dose> ds = doses_of(e);
    return numbered("dose", ds.size(), [&](size_t i) { return ds[i].loc; }, [&](size_t i) { return ds[i].end; });
  }
  if (what == "cite" && space != std::string_view::npos) {
    const std::vector<Cite>& cs = dose ? dose->cites : e.cites;
    return numbered("cite", cs.size(), [&](size_t i) { return cs[i].loc; }, [&](size_t i) { return cs[i].end; });
  }
  if (dose && space == std::string_view::npos) {
    for (const ElementSpan& c : dose->children) {
      if (c.name == what && what != "cite" && what != "suppress") return Scope{c.begin, c.end, fmt::format("{} of {}", what, owner)};
    }
    why = fmt::format("on=\"{}\" names no field of {}", on, owner);
    return std::nullopt;
  }
  why = fmt::format("on=\"{}\" is not a part {} can name: write {}", on, dose ? "a dose's suppress" : "an entry's suppress",
                    dose ? "a field (on=\"hold\") or on=\"cite N\"" : "on=\"warning N\", on=\"cite N\" or on=\"dose N\"");
  return std::nullopt;
}

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
    std::optional<Scope> scope;  ///< set for a suppress with on="…"
  };
  std::vector<Active> active;
  std::map<std::pair<const Entry*, std::string_view>, size_t> on_entry;  // → index in active
  std::map<std::pair<const Dose*, std::string_view>, size_t> on_dose;
  std::vector<size_t> scoped;  // indexes in active of the suppresses with on="…"
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
    } else if (s.on) {  // the narrowest scope: one warning, one cite, one field
      std::string why;
      if (std::optional<Scope> scope = scope_of(e, dose, number, s.on->value, why)) {
        scoped.push_back(active.size());
        active.push_back(Active{&s, &e, dose, number, {}, std::move(scope)});
      } else {
        reported.add(kUnusedSuppression, s.on->loc,
                     fmt::format("this suppress of '{}' silences nothing: {}; name a part that is there",
                                 s.rule.value, why));
      }
    } else {
      const bool fresh = dose ? on_dose.try_emplace({dose, s.rule.value}, active.size()).second
                              : on_entry.try_emplace({&e, s.rule.value}, active.size()).second;
      if (fresh) active.push_back(Active{&s, &e, dose, number, {}, std::nullopt});
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
    for (size_t a : scoped) {  // the narrowest scope first: a warning, a cite, a field
      if (active[a].suppression->rule.value == f.rule && active[a].entry == owner && within(f.loc, *active[a].scope)) {
        by = a;
        break;
      }
    }
    if (by) {
    } else if (const std::optional<size_t> d = dose_at(*owner, f.loc)) {
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
    const std::string_view rule = a.suppression->rule.value;
    if (a.hidden.empty()) {
      if (!find_rule(catalogue, rule)) continue;  // unknown-reference covers it
      reported.add(kUnusedSuppression, a.suppression->loc,
                   a.scope ? fmt::format("this suppress of '{}' silences nothing: '{}' reports nothing on {} "
                                         "now; remove the suppress",
                                         rule, rule, a.scope->name)
                           : fmt::format("this suppress of '{}' silences nothing: '{}' reports nothing on "
                                         "{}{} '{}' now; remove the suppress",
                                         rule, rule, a.dose ? fmt::format("dose {} of ", a.dose_number) : "",
                                         kind_name(a.entry->kind), a.entry->id.value));
    } else if (!a.dose && !a.scope && a.hidden.size() > 1) {
      // One reason for several findings: some of them nobody may have read.
      std::vector<Related> related;
      for (size_t i : a.hidden) related.push_back({items[i].loc, "it silences: " + items[i].message});
      reported.add(kSuppressionTooBroad, Level::kWarning, a.suppression->loc,
                   fmt::format("this suppress of '{}' silences {} findings on {} '{}' (listed), "
                               "not one: a suppression records the review of one finding; put it "
                               "inside the <dose> it is about, name its part (on=\"warning 2\", "
                               "on=\"cite 1\"), or write one per finding a reviewer has read",
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
    R"(A <suppress rule="…"> on an entry (or in a dose, or on the part its on="…" names) for which
that rule reports nothing; or an on="…" that names a part that is not there (on="warning 3"
on an entry with two warnings, on="sets" in a dose without sets).

Why: stale suppressions hide future findings of the same rule on the entry.

Fix: remove it, or name a part that is there.)"};

const Rule kSuppressionTooBroad{
    "suppression-too-broad", Level::kWarning, "a suppress on an entry that silences several findings",
    R"(A <suppress rule="…"> on an entry silences every finding of that rule on the entry. When it
silences more than one, the finding lists each of them: the reason was written for one, and
the others (a second dose's number the article never gives, say) may be true findings nobody
has read. They stay silenced; this warning shows them.

Why: a suppression records that a reviewer accepted one finding; hiding others with it is how
a real error goes unread.

Fix: put the suppress inside the <dose> whose finding it is about, where it silences only the
findings inside that dose; name the part with on="…" (on="warning 2", on="cite 1", on="dose 3"
on an entry; on="hold", on="cite 1" in a dose), where it silences only the findings inside
that element; or write one suppress per finding a reviewer has read.
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
