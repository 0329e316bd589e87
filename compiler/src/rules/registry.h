#pragma once

#include <vector>

#include "diag/rule.h"
#include "rules/model_rules.h"

namespace contentc {

/// The model rules, in the order they run.
const std::vector<const ModelRule*>& model_rules();

/// Every built-in rule, in catalogue order: those the loader applies, the model rules, then
/// those of suppressions. Every count and listing of rules derives from it.
const RuleCatalogue& builtin_rules();

}  // namespace contentc
