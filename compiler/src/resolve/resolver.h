#pragma once

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

/// The stage between load and rules: finds every quote in its article's snapshot (offsets
/// kept for the bundles and the audit page) and parses every dose and policy limit. It reports
/// nothing; the rules read what it recorded.
/// `jobs`: snapshots searched at once (0: one per core).
void resolve(Model& model, const SourceFiles& files, unsigned jobs = 0);

}  // namespace contentc
