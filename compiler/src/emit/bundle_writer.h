#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"
#include "model/model.h"
#include "util/timings.h"

namespace contentc {

struct BundleOptions {
  bool spreadsheet_safe = false;
  Timings* timings = nullptr;  ///< when set, records each emitter's wall time
};

/// What a build wrote.
struct BundleResult {
  std::string error;  ///< empty on success
  std::vector<std::pair<std::string, size_t>> files;
};

/// Writes every bundle into `out`, all at once (OutputDir): bundle.json, csv/*.csv,
/// csv/datapackage.json, bundle.sql, the citation audit pages under audit/ and, last,
/// manifest.json with the SHA-256 and size of each.
BundleResult write_bundles(const Model& model, const SourceFiles& files, const Findings& findings,
                           const std::filesystem::path& out, const BundleOptions& options);

/// The digest of the inputs: SHA-256 over each loaded file's sources-relative path and
/// SHA-256, in path order.
std::string input_digest(const SourceFiles& files);

}  // namespace contentc
