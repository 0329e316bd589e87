#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/compile.h"

namespace contentc::testing {

/// Where a test's sources live: in memory (the loader reads them as an editor's buffers), or in
/// a temporary folder on disk, for what only a disk has (symlinks, permissions, the CLI).
enum class Storage { kMemory, kDisk };

/// A sources folder, in memory or in a fresh temporary directory removed at the end of the
/// test. It starts with an empty policy.xml (`<policy/>`).
class TempSources {
 public:
  explicit TempSources(Storage storage = Storage::kMemory);
  ~TempSources();
  TempSources(const TempSources&) = delete;
  TempSources& operator=(const TempSources&) = delete;

  /// Writes `text` to `rel` (on disk, folders created as needed).
  void write(const std::string& rel, std::string_view text);
  /// Loads and checks the folder, shown as "src", on 2026-06-01.
  Compilation compile(LoadOptions options = {}) const;

  std::filesystem::path root;  ///< the folder (kDisk only)
  SourceTree tree;
};

/// `<content>` + body + `</content>`.
std::string content(std::string_view body);

/// An article with id `id` whose snapshot `<id>.txt` holds `text`, written into `sources`.
void add_article(TempSources& sources, const std::string& id, std::string_view text,
                 const std::string& file = "articles.xml");

/// A condition `c` in a.xml whose one cite quotes `quote` from article `art`, whose snapshot
/// holds `article`; loaded and checked.
Compilation compile_cite(std::string_view article, std::string_view quote);

/// The findings of one rule.
std::vector<Finding> findings_of(const LoadedSources& loaded, std::string_view rule);

/// "file:line:col" of a location.
std::string where(const LoadedSources& loaded, const Loc& loc);

/// A policy.xml declaring a few vocabularies, for rules that need one.
extern const char* const kSmallPolicy;

/// The day tests run on, for suppressions.
inline constexpr const char* kTestToday = "2026-06-01";

}  // namespace contentc::testing
