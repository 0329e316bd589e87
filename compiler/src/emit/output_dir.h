#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace contentc {

/// Replaces an output folder all at once. Files are written into a staging folder beside it
/// (`.<name>.staging`); a file whose bytes equal the one already in the folder is hard-linked
/// instead, so it keeps its mtime. `commit` then swaps the two folders in one atomic rename
/// (renameat2 RENAME_EXCHANGE) and removes the old one. A build that fails, or is killed,
/// before the swap leaves the folder as it was; the next build removes the stale staging folder.
class OutputDir {
 public:
  explicit OutputDir(std::filesystem::path out);
  ~OutputDir();  ///< removes the staging folder if `commit` did not run

  /// Starts a fresh staging folder. Returns an error message, or "".
  [[nodiscard]] std::string begin();
  /// Stages `content` as `rel` ('/'-separated). Returns an error message, or "".
  [[nodiscard]] std::string write(const std::string& rel, const std::string& content);
  /// Swaps the staged folder in. Returns an error message, or "".
  [[nodiscard]] std::string commit();

  /// What was written, in order: path and content size (for the manifest and the summary).
  const std::vector<std::pair<std::string, size_t>>& written() const { return written_; }

 private:
  std::filesystem::path out_, staging_;
  bool staged_ = false;
  std::vector<std::pair<std::string, size_t>> written_;
};

}  // namespace contentc
