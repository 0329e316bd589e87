#pragma once

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
  RuleCheck check;  ///< nullptr for rules the loader applies
};

/// Every implemented rule, in catalogue order.
const std::vector<RuleInfo>& rule_registry();
/// The rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

/// Runs every model rule, then applies the policy's level overrides to all findings.
void run_rules(const Model& model, const SourceFiles& files, Findings& findings);

}  // namespace contentc
