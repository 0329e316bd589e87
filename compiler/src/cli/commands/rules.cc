// contentc rules: lists the rules the sources' policy makes, with their levels.

#include <algorithm>

#include <fmt/format.h>

#include "cli/command.h"

namespace contentc {

int run_rules(const std::vector<std::string>& args) {
  const auto [option, rest] = option_and_words(args, "sources,s");
  std::string sources = option.value_or("sources");
  if (rest.size() > 1) throw UsageError{fmt::format("'rules' takes one sources folder at most (got '{}' and '{}')", rest[0], rest[1])};
  if (rest.size() == 1) sources = rest[0];
  const KnownRules known = known_rules(sources);
  size_t width = 0;
  for (const Rule* r : known.catalogue) width = std::max(width, r->id.size());
  std::string listing;
  for (const Rule* r : known.catalogue) {
    listing += fmt::format("{:<{}}  {:<7}  {}\n", r->id, width, level_name(r->level), r->summary);
  }
  write_stdout(listing);
  return kExitClean;
}

}  // namespace contentc
