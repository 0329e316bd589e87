#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace contentc {

struct CorpusOptions {
  size_t entries = 1000;
  uint64_t seed = 1;
  double defect_rate = 0;  ///< share of entries that carry one planted defect
};

/// Writes a deterministic, realistic corpus in the source format: about one article per 50
/// entries (each with a 10–30 KB snapshot of prose under headings), conditions, exercises,
/// stretches, advice and claims in realistic proportions, quotes taken from the snapshots, doses
/// that match their quotes, and policy.xml. Clean unless `defect_rate` > 0: then it plants
/// defects of every rule, round robin, and writes expected-findings.json (rule, file, line) as
/// ground truth. Returns an error message, or "".
std::string generate_corpus(const std::filesystem::path& dir, const CorpusOptions& options);

}  // namespace contentc
