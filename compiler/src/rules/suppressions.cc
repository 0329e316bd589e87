#include "rules/suppressions.h"

#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "model/entry_locator.h"
#include "rules/registry.h"

namespace contentc {
namespace {

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == s.npos; }

bool is_suppression_rule(std::string_view rule) {
  return rule == "suppression-without-reason" || rule == "suppression-expired" ||
         rule == "unused-suppression";
}

}  // namespace

void apply_suppressions(const Model& model, const std::string& today, Findings& findings) {
  struct Active {
    const Suppression* suppression;
    bool used = false;
  };
  std::map<std::pair<const Entry*, std::string_view>, Active> active;
  Findings reported;
  model.for_each_entry([&](const Entry& e) {
    for (const Suppression& s : e.suppressions) {
      if (is_blank(s.reason.value)) {
        reported.add("suppression-without-reason", Level::kError, s.loc,
                     fmt::format("this suppress of '{}' gives no reason: write why the finding "
                                 "is acceptable in reason=\"…\" (it is not silenced until then)",
                                 s.rule.value));
      } else if (s.until && s.until->value < today) {
        reported.add("suppression-expired", Level::kError, s.until->loc,
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
    if (a.used || !find_rule(a.suppression->rule.value)) continue;  // unknown-reference covers it
    reported.add("unused-suppression", Level::kWarning, a.suppression->loc,
                 fmt::format("this suppress of '{}' silences nothing: '{}' reports nothing on "
                             "{} '{}' now; remove the suppress",
                             a.suppression->rule.value, a.suppression->rule.value,
                             kind_name(key.first->kind), key.first->id.value));
  }
  findings.append(std::move(reported));
}

}  // namespace contentc
