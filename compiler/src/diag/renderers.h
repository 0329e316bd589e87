#pragma once

#include <string>

#include "diag/baseline.h"
#include "diag/finding.h"
#include "diag/location.h"
#include "diag/rule.h"

namespace contentc {

/// Compiler-style text: `file:line:col: level: message [rule]`, the source line with a caret
/// under the spot, then each related location as a note. Suppressed findings are left out.
/// `text` as a terminal may show it: control characters, bidirectional controls and invalid
/// UTF-8 replaced with '?', so that no text from the sources can move the cursor or reorder
/// the line.
std::string terminal_safe(std::string_view text);
/// terminal_safe() line by line: the line breaks kept, everything else made harmless.
std::string terminal_safe_lines(std::string_view text);

std::string render_text(const Findings& findings, const SourceFiles& files, bool color);

/// One JSON array of findings (suppressed ones included, with "suppressed"), each with its
/// "fingerprints"; against a baseline, each with its "baseline_state", and the baseline's
/// findings that are gone appended as "absent".
std::string render_json(const Findings& findings, const SourceFiles& files, const BaselineView& baseline = {});

/// SARIF 2.1.0 as GitHub code scanning takes it; `rules` (the run's catalogue) become
/// tool.driver.rules. Every result has partialFingerprints (contentc/identity/v1,
/// contentc/content/v1: see FindingPrints); against a baseline, a baselineState, and the
/// baseline's results that are gone appended as "absent".
std::string render_sarif(const Findings& findings, const SourceFiles& files,
                         const RuleCatalogue& rules, const BaselineView& baseline = {});

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`).
std::string render_github(const Findings& findings, const SourceFiles& files);

}  // namespace contentc
