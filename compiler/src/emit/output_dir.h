#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// One file a build staged: its '/'-separated path inside OUT, its size, and whether its bytes
/// equal the previous build's (then it is that very file, hard-linked, keeping its mtime).
struct StagedFile {
  std::string path;
  size_t bytes = 0;
  bool unchanged = false;
};

/// Replaces an output folder all at once, and only a folder contentc may replace: one that does
/// not exist, an empty one, or one a build wrote (its manifest.json names contentc and lists
/// every file in it, and nothing else is there). The sources folder, a folder inside it and a
/// folder holding it are refused outright. A symlink to a folder stays a link: what it points
/// to is replaced.
///
/// `begin` takes an advisory lock beside the folder (`.<name>.lock`, flock) that the build holds
/// to its end, so that two builds of one folder run one after the other. Files are written into
/// a new, empty staging folder of this build's own (`.<name>.staging-<random>`), each created
/// afresh and fsynced; a file whose bytes did not change is hard-linked from the previous build
/// instead, and never written again. `commit` fsyncs the folders, swaps the staging folder in
/// with one atomic rename (renameat2 RENAME_EXCHANGE) and removes the previous build file by
/// file, by its own manifest. A build that fails, or is killed, before the swap leaves the
/// folder exactly as it was; a staging folder that a killed build left behind is removed by the
/// next build, under the lock. SIGINT, SIGTERM and SIGHUP remove the staging folder at once
/// (`abandon_active_staging`).
class OutputDir {
 public:
  /// `out` as the user named it; `sources`, the sources folder it must keep clear of; `notify`
  /// hears what the user should know on the way (waiting for another build, a folder it could
  /// not remove).
  OutputDir(std::filesystem::path out, std::filesystem::path sources,
            std::function<void(const std::string&)> notify = {});
  ~OutputDir();  ///< removes the staging folder if `commit` did not run, and releases the lock
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  /// Checks that the folder may be replaced, takes its lock, removes stale staging folders and
  /// makes this build's own. Returns an error message, or "".
  [[nodiscard]] std::string begin();
  /// Stages `content` as `rel` ('/'-separated, written once). Returns an error message, or "".
  [[nodiscard]] std::string write(const std::string& rel, std::string_view content);
  /// Puts the staged folder in place (when anything changed) and removes the previous build.
  /// Returns an error message, or "".
  [[nodiscard]] std::string commit();

  /// What was staged, in order.
  const std::vector<StagedFile>& written() const { return written_; }
  /// True when the build equals the previous one file for file: the folder was left untouched.
  bool up_to_date() const { return up_to_date_; }

  /// From a signal handler's thread: removes the staging folder of the build in progress, if
  /// any, and its lock file, so that an interrupted build leaves nothing behind. Further
  /// staging is blocked (the process is about to end).
  static void abandon_active_staging();

 private:
  std::string resolve_target();
  std::string take_lock();
  void release_lock();
  std::string inspect_previous();
  void remove_stale_staging();
  std::string make_staging();
  void remove_previous(const std::filesystem::path& folder);
  std::string hidden_name(std::string_view suffix) const;

  std::filesystem::path out_, sources_;
  std::function<void(const std::string&)> notify_;
  std::filesystem::path real_out_;  ///< where the bundles really go (a symlink followed)
  std::filesystem::path parent_;    ///< real_out_'s folder: the lock and staging live there
  std::filesystem::path staging_, lock_path_;
  int lock_fd_ = -1;
  bool staged_ = false, up_to_date_ = false;
  bool previous_exists_ = false;
  std::vector<std::string> previous_files_;  ///< the previous build's files, manifest.json too
  std::vector<StagedFile> written_;
};

}  // namespace contentc
