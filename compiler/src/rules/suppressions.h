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
extern const Rule kSuppressionTooBroad;

/// True for the rules suppressions themselves report: a suppress cannot silence them.
bool is_suppression_rule(std::string_view rule);

/// Applies every `<suppress>` to the findings in its scope: one with on="…" to the findings
/// inside the part it names (a dose's field or cite; an entry's warning, cite or dose), a
/// suppress inside a `<dose>` to the findings inside that dose's element, one on an entry to
/// the findings on the entry (a finding belongs to the entry whose element holds its location)
/// that no narrower suppress took; the narrowest wins. Marks
/// them suppressed with the reason, and reports `suppression-without-reason`,
/// `suppression-expired` (its finding shows again), `unused-suppression`, and
/// `suppression-too-broad` for an entry's suppress that silences more than one finding (each
/// listed). `today` is YYYY-MM-DD.
/// Suppressions of rules `catalogue` does not know are left to unknown-reference.
void apply_suppressions(const Model& model, const RuleCatalogue& catalogue, const std::string& today,
                        Findings& findings);

}  // namespace contentc
