#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cli/compile.h"

namespace contentc::testing {

/// A sources folder in a fresh temporary directory, removed at the end of the test. It starts
/// with an empty policy.xml (`<policy/>`).
class TempSources {
 public:
  TempSources();
  ~TempSources();
  TempSources(const TempSources&) = delete;
  TempSources& operator=(const TempSources&) = delete;

  /// Writes `text` to `rel` (folders created as needed).
  void write(const std::string& rel, std::string_view text) const;
  /// Loads and checks the folder, shown as "src", on 2026-06-01.
  Compilation compile(LoadOptions options = {}) const;

  std::filesystem::path root;
};

/// `<content>` + body + `</content>`.
std::string content(std::string_view body);

/// An article with id `id` whose snapshot `<id>.txt` holds `text`, written into `sources`.
void add_article(const TempSources& sources, const std::string& id, std::string_view text,
                 const std::string& file = "articles.xml");

/// The findings of one rule.
std::vector<Finding> findings_of(const LoadedSources& loaded, std::string_view rule);

/// "file:line:col" of a location.
std::string where(const LoadedSources& loaded, const Loc& loc);

/// A policy.xml declaring a few vocabularies, for rules that need one.
extern const char* const kSmallPolicy;

/// The day tests run on, for suppressions.
inline constexpr const char* kTestToday = "2026-06-01";

}  // namespace contentc::testing
