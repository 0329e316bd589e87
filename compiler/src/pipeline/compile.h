#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>

#include "load/content_loader.h"
#include "resolve/resolver.h"
#include "util/timings.h"

namespace contentc {

/// What a long compile reports as it goes (the command line shows it on a terminal).
class CompileProgress {
 public:
  virtual ~CompileProgress() = default;
  /// Called from the loading threads: `done` of `total` files read.
  virtual void files_loaded(size_t done, size_t total) = 0;
  /// The stage now running ("finding quotes", "checking").
  virtual void stage(const std::string& name) = 0;
};

struct CompileOptions {
  LoadOptions load;
  std::string today = "1970-01-01";  ///< YYYY-MM-DD: decides whether a suppression has expired
  Timings* timings = nullptr;        ///< when set, records each stage's wall time
  ResolveCache* resolve_cache = nullptr;  ///< when set, quotes seen before are not searched again
};

/// The sources, checked: what was loaded, the findings (sorted), how many entry pairs each
/// cross-entry rule examined (and how many nodes each house rule's assert ran on), and the
/// rules the run knew.
struct Compilation : LoadedSources {
  std::map<std::string, size_t> candidates;
  RuleCatalogue catalogue;  ///< the built-in rules, then the policy's house rules that can run
};

/// Loads a sources folder, resolves its quotes and doses, and runs every rule. `progress`,
/// when given, hears of each file and stage.
[[nodiscard]] Compilation compile_sources(const SourceTree& tree, const std::string& display_root,
                                          CompileOptions options, CompileProgress* progress = nullptr);
/// The same for the folder `root` on disk.
[[nodiscard]] inline Compilation compile_sources(const std::filesystem::path& root,
                                                 const std::string& display_root,
                                                 CompileOptions options,
                                                 CompileProgress* progress = nullptr) {
  return compile_sources(SourceTree(root), display_root, std::move(options), progress);
}

/// Today's date for suppressions: `--today` if given (validated), else SOURCE_DATE_EPOCH, else
/// the system clock, in UTC. Returns "" with `error` set when the given value is not a date.
std::string decide_today(const std::string& flag, const char* source_date_epoch,
                         std::string& error);

/// When a build was made, as an RFC 3339 UTC time for the data package's `created`:
/// SOURCE_DATE_EPOCH to the second when it is set and `--today` is not given, else `today`
/// (decide_today's day) at 00:00:00Z, so that one day's builds of the same sources are the same.
std::string decide_created(const std::string& flag, const char* source_date_epoch, const std::string& today);

}  // namespace contentc
