#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pipeline/compile.h"

namespace contentc {

/// Rounds of fixes before a run gives up: a fix can uncover another, but not many.
constexpr int kMaxFixRounds = 4;

/// One change `contentc fix` made (or would make).
struct FixChange {
  std::string path;  ///< as shown
  uint32_t line = 0;
  std::string rule;
  std::string description;
  std::string before, after;  ///< the text replaced and its replacement
};

/// A file the fixes changed: its text as read, and as fixed.
struct FixedFile {
  std::string path;  ///< as shown
  std::string rel_path;
  std::string before, after;
};

/// What `fix_sources` did.
struct FixRun {
  std::vector<FixChange> changes;
  std::vector<FixedFile> files;       ///< in path order
  std::vector<std::string> untouched;  ///< files left alone, and why ("a.xml: not well-formed …")
  size_t remaining = 0;                ///< errors and warnings left after the fixes
  /// Files that could not be written, and fixes that did not converge: each a sentence. The
  /// files written are those in `files`; `changes` lists only the fixes in them.
  std::vector<std::string> errors;
};

/// Applies every certain fix of the sources folder `root` (see Fix::certain), round after round
/// in memory until no fix is left (a fix can uncover another). When a few rounds have not
/// converged (two fixes undoing each other, a policy whose terms feed each other), nothing is
/// written and `errors` names the fixes still changing. A file that is not well-formed, a
/// snapshot, and a file whose fixed text would not be well-formed are left untouched. With
/// `write`, each changed file is then replaced at once (temp file and rename, mode and owner
/// kept), and only if it still holds what was read and may be written; without it, nothing is
/// written (a dry run).
FixRun fix_sources(const std::filesystem::path& root, const std::string& display_root,
                   CompileOptions options, bool write);

}  // namespace contentc
