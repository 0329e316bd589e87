#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "emit/output_dir.h"
#include "diag/location.h"
#include "model/model.h"
#include "util/timings.h"

namespace contentc {

class WorkerPool;

struct BundleOptions {
  bool spreadsheet_safe = false;
  Timings* timings = nullptr;  ///< when set, records each emitter's wall time
  WorkerPool* pool = nullptr;  ///< the emitters' threads; null: one per core
  /// The build to compare with for the change set: --previous, or else the one in OUT.
  std::filesystem::path previous;
  bool previous_named = false;  ///< named by --previous: one that is not a build is an error
  std::string today = "1970-01-01";  ///< YYYY-MM-DD: the build's day, which judges review records
  /// RFC 3339: when the build was made, for a release that is new (a rebuild of the same
  /// release keeps the time its previous build recorded).
  std::string created = "1970-01-01T00:00:00Z";
};

/// What a build wrote.
struct BundleResult {
  std::string error;  ///< empty on success
  std::vector<StagedFile> files;
  bool up_to_date = false;  ///< every file equal to the previous build's: the folder untouched
  std::string release_note;  ///< what changed since the previous build, or why that is not known
};

/// Writes every bundle into `dir` (begun), all at once: bundle.json, csv/*.csv,
/// csv/datapackage.json, bundle.sql, the citation audit pages under audit/, the change set
/// from the previous build (changes.json, changes.sql) when there is one and, last,
/// manifest.json with the content version and the SHA-256 and size of each; then commits `dir`.
BundleResult write_bundles(const Model& model, const SourceFiles& files, const Findings& findings,
                           OutputDir& dir, const BundleOptions& options);

/// The digest of the inputs: SHA-256 over each loaded file's sources-relative path and
/// SHA-256, in path order.
std::string input_digest(const SourceFiles& files);

}  // namespace contentc
