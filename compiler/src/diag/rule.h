#pragma once

#include <string_view>
#include <vector>

namespace contentc {

enum class Level { kNote, kWarning, kError };

/// One rule of the catalogue: its id, default level, one-line summary and the text
/// `contentc explain` prints. Each built-in rule's is defined beside the code that reports it
/// (rules/<id>.cc, or the loader for the rules it applies) and reported through that object,
/// so a finding can never carry an id the catalogue does not know.
struct Rule {
  std::string_view id;
  Level level;
  std::string_view summary;
  std::string_view explain;
  bool fixed_level = false;  ///< the policy cannot change its level (files that cannot be read)
};

/// The rules a run knows, in catalogue order: what `rules`, `explain` and SARIF's
/// tool.driver.rules list.
using RuleCatalogue = std::vector<const Rule*>;

/// The rule with this id in `catalogue`, or nullptr.
const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view id);

}  // namespace contentc
