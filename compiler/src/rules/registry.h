#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "rules/rule_context.h"

namespace contentc {

/// A check over the model. Load-stage rules (found while reading XML) have none.
using RuleCheck = void (*)(RuleContext&);

/// One rule: its id, default level, one-line summary and the text `contentc explain` prints.
struct RuleInfo {
  std::string_view id;
  Level level;
  std::string_view summary;
  std::string_view explain;
  RuleCheck check;   ///< nullptr for rules applied by the loader or by suppressions
  bool fixed_level;  ///< the policy cannot change its level (files that cannot be read)
};

/// Every implemented rule, in catalogue order.
const std::vector<RuleInfo>& rule_registry();
/// The rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

/// Runs every model rule, applies the entries' suppressions (`today`: YYYY-MM-DD) and then the
/// policy's level overrides. Returns, per cross-entry rule, how many entry pairs it examined.
std::map<std::string, size_t> run_rules(const Model& model, const SourceFiles& files,
                                        const std::string& today, Findings& findings);

}  // namespace contentc
