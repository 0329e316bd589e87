#pragma once

// Findings compared with an earlier run's (a pull request's base branch): which are new, which
// the change altered, which it left as they were, and which it fixed. SARIF's baselineState.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"

namespace contentc {

enum class BaselineState { kNew, kUnchanged, kUpdated, kAbsent };
/// "new", "unchanged", "updated", "absent": SARIF's names.
std::string_view baseline_state_name(BaselineState s);

/// Two fingerprints of a finding. `identity` names the problem and its place so that moving
/// lines around it leaves it alone: the rule, the file (inside the sources folder), the entry
/// whose element holds the line (`<exercise id="…">`), the element the line opens (or is
/// inside) and which of that entry's elements of that name it is (the second `<dose>`), and
/// which of the findings with all of that alike. `content` changes with the finding's message
/// or the words of its line: the same identity with other content is the finding updated.
struct FindingPrints {
  std::string identity, content;
};
/// The fingerprints of every finding, in order (the text of released files is read again).
std::vector<FindingPrints> fingerprint_findings(const Findings& findings, const SourceFiles& files);

/// An earlier run's findings: each one's fingerprints, level and the result as that run wrote
/// it (a SARIF result or a contentc JSON finding, as JSON text), to report it absent.
struct Baseline {
  struct Result {
    std::string identity, content;
    Level level = Level::kError;
    std::string json;
  };
  bool sarif = false;
  std::vector<Result> results;
};
/// Reads `contentc check --format sarif` or `--format json` output (format 2.6 or later, which
/// write the fingerprints); nullopt with `error` set for anything else.
std::optional<Baseline> read_baseline(std::string_view text, std::string& error);

/// Each finding's state, and the baseline results no finding matched (absent: fixed).
struct BaselineComparison {
  std::vector<BaselineState> states;
  std::vector<const Baseline::Result*> absent;
  size_t count(BaselineState s) const;
};
BaselineComparison compare_with_baseline(const std::vector<FindingPrints>& prints, const Baseline& baseline);

/// What a renderer needs to mark findings against a baseline (null members: no baseline).
struct BaselineView {
  const std::vector<FindingPrints>* prints = nullptr;
  const BaselineComparison* comparison = nullptr;
  const Baseline* baseline = nullptr;
};

}  // namespace contentc
