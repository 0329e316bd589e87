#pragma once

#include <string>
#include <string_view>

#include "diag/finding.h"
#include "diag/rule.h"
#include "model/model.h"

namespace contentc {

/// The rules suppressions apply, defined in rules/suppressions.cc.
extern const Rule kSuppressionWithoutReason;
extern const Rule kUnusedSuppression;
extern const Rule kSuppressionExpired;

/// True for the rules suppressions themselves report: a suppress cannot silence them.
bool is_suppression_rule(std::string_view rule);

/// Applies every entry's `<suppress>` to the findings on that entry (a finding belongs to the
/// entry whose element holds its location): marks them suppressed with the reason, and reports
/// `suppression-without-reason`, `suppression-expired` (its finding shows again) and
/// `unused-suppression`. `today` is YYYY-MM-DD.
/// Suppressions of rules `catalogue` does not know are left to unknown-reference.
void apply_suppressions(const Model& model, const RuleCatalogue& catalogue, const std::string& today,
                        Findings& findings);

}  // namespace contentc
