#pragma once

#include <string>
#include <vector>

#include "changes/recapture.h"
#include "diag/location.h"

namespace contentc {

/// The re-location of an article's citations, worst first, for a terminal: a summary line, then
/// each changed citation at its cite's `file:line:col` with its risk, what changed and the
/// passage before and after; then each moved one; then how many are unchanged.
std::string recapture_text(const Article& a, const std::vector<RelocatedCitation>& cites, const SourceFiles& files);
/// The same as JSON: {"article", "counts", "citations": [...]}, in the same order.
std::string recapture_json(const Article& a, const std::vector<RelocatedCitation>& cites, const SourceFiles& files);

}  // namespace contentc
