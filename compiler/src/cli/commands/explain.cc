// contentc explain: prints a rule's explanation: what it finds, why, and how to fix it.

#include <fmt/format.h>

#include "cli/command.h"
#include "util/edit_distance.h"

namespace contentc {

int run_explain(const std::vector<std::string>& args) {
  const auto [sources, rest] = option_and_words(args, "sources,s");
  if (rest.size() != 1) throw UsageError{"'explain' takes one rule id, e.g. contentc explain bad-id"};
  const KnownRules known = known_rules(sources.value_or("sources"));
  const Rule* rule = find_rule(known.catalogue, rest[0]);
  if (!rule) {
    std::vector<std::string_view> ids;
    for (const Rule* r : known.catalogue) ids.push_back(r->id);
    throw UsageError{fmt::format("no rule '{}'{} ('contentc rules' lists them)", rest[0],
                                 did_you_mean(rest[0], ids))};
  }
  write_stdout(fmt::format("{} ({} by default): {}\n\n{}\n", rule->id, level_name(rule->level),
                           rule->summary, rule->explain));
  return kExitClean;
}

}  // namespace contentc
