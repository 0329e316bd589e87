#pragma once

#include <string>

#include "diag/finding.h"
#include "model/model.h"

namespace contentc {

/// Applies every entry's `<suppress>` to the findings on that entry (a finding belongs to the
/// entry whose element holds its location): marks them suppressed with the reason, and reports
/// `suppression-without-reason`, `suppression-expired` (its finding shows again) and
/// `unused-suppression`. `today` is YYYY-MM-DD.
void apply_suppressions(const Model& model, const std::string& today, Findings& findings);

}  // namespace contentc
