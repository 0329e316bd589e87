#pragma once

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

class WorkerPool;

/// The stage between load and rules: finds every quote in its article's snapshot (offsets
/// kept for the bundles and the audit page) and parses every dose and policy limit. It reports
/// nothing; the rules read what it recorded.
/// Snapshots are searched on `pool`'s threads (null: a pool with one thread per core).
void resolve(Model& model, const SourceFiles& files, WorkerPool* pool = nullptr);

}  // namespace contentc
