#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "util/output_buffer.h"
#include "util/sha256.h"

namespace contentc {

class OutputDir;

/// One file a build staged: its '/'-separated path inside OUT, its size, and whether its bytes
/// equal the previous build's (then it is that very file, hard-linked, keeping its mtime).
struct StagedFile {
  std::string path;
  size_t bytes = 0;
  bool unchanged = false;
  std::string sha256;  ///< hex
};

/// Sorts staged files by path, the order the manifest lists them in.
void sort_by_path(std::vector<StagedFile>& files);

/// A file being staged (OutputDir::open): what is written to `buffer()` goes, a block at a time,
/// into the staged file and into its SHA-256, so the file is never whole in memory.
class StagedOutput {
 public:
  ~StagedOutput();
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  OutputBuffer& buffer() { return buffer_; }
  /// The SHA-256 (hex) of every byte written so far (the buffer is flushed first).
  std::string sha256_so_far();
  /// Overwrites bytes already written at `offset` (a digest that is known only at the end); the
  /// file's SHA-256 is then read back from the file.
  void patch(size_t offset, std::string_view bytes);
  /// Flushes and closes the file. When its bytes equal the previous build's file (same size,
  /// same SHA-256), the staged copy gives way to a hard link to that file. Returns an error
  /// message, or "".
  [[nodiscard]] std::string close();

 private:
  friend class OutputDir;
  StagedOutput(OutputDir& dir, std::string rel, int fd);
  void drain(std::string_view bytes);

  OutputDir& dir_;
  std::string rel_;
  int fd_;
  int error_ = 0;  ///< errno of the first failed write
  bool patched_ = false;
  Sha256 hash_;
  OutputBuffer buffer_;
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
/// afresh; a file whose bytes did not change is hard-linked from the previous build instead, and
/// never written again. `commit` syncs the staged files (syncfs) and folders to the disk, swaps the staging folder in
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
  /// Creates `rel` ('/'-separated, created once) in the staging folder, to be written through
  /// the returned StagedOutput and closed. On failure returns null and sets `error`. Several
  /// files may be open at once, on different threads.
  [[nodiscard]] std::unique_ptr<StagedOutput> open(const std::string& rel, std::string& error);
  /// Stages `rel` from a file a library writes itself (a database): `make` creates it at the
  /// path it is given, in the staging folder, and returns an error message or ""; the file is
  /// then hashed and, when its bytes equal the previous build's, replaced by a link to that file,
  /// as any output is. Returns an error message, or "".
  [[nodiscard]] std::string stage_file(const std::string& rel,
                                       const std::function<std::string(const std::filesystem::path&)>& make);
  /// Stages `content` as `rel` in one go. Returns an error message, or "".
  [[nodiscard]] std::string write(const std::string& rel, std::string_view content);
  /// Puts the staged folder in place (when anything changed) and removes the previous build.
  /// Returns an error message, or "".
  [[nodiscard]] std::string commit();

  /// What was staged, in path order once `commit` ran.
  const std::vector<StagedFile>& written() const { return written_; }
  /// The folder holding the build `begin` found there (to compare the new one with), or an empty
  /// path when there was none.
  std::filesystem::path previous_build() const { return previous_files_.empty() ? std::filesystem::path() : real_out_; }
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
  /// Records a staged file, linking it to the previous build's when its bytes are the same.
  std::string settle(const std::string& rel, size_t bytes, std::string digest);

  friend class StagedOutput;

  std::filesystem::path out_, sources_;
  std::function<void(const std::string&)> notify_;
  std::filesystem::path real_out_;  ///< where the bundles really go (a symlink followed)
  std::filesystem::path parent_;    ///< real_out_'s folder: the lock and staging live there
  std::filesystem::path staging_, lock_path_;
  int lock_fd_ = -1;
  bool staged_ = false, up_to_date_ = false;
  bool previous_exists_ = false;
  std::vector<std::string> previous_files_;  ///< the previous build's files, manifest.json too
  std::mutex written_mutex_;
  std::vector<StagedFile> written_;
};

}  // namespace contentc
