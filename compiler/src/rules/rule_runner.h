#pragma once

#include <map>
#include <string>

#include "diag/finding.h"
#include "diag/location.h"
#include "model/model.h"

namespace contentc {

class WorkerPool;

/// Runs every model rule (side by side on `pool`; null: one thread), applies the entries'
/// suppressions (`today`: YYYY-MM-DD) and then the policy's level overrides. `catalogue` is
/// every rule the run knows (built-in and house rules). Returns, per cross-entry rule, how many
/// entry pairs it examined.
std::map<std::string, size_t> run_rules(const Model& model, const SourceFiles& files,
                                        const RuleCatalogue& catalogue, const std::string& today,
                                        Findings& findings, WorkerPool* pool = nullptr);

/// Applies the policy's `<severity rule="…" level="…">` overrides to `findings`; an override of
/// a rule whose level is fixed is itself a finding.
void apply_severity_overrides(const Model& model, const RuleCatalogue& catalogue, Findings& findings);

}  // namespace contentc
