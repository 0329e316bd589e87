// Staging a build's files and swapping them into place.

#include "emit/output_dir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <random>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "emit/output_dir_detail.h"
#include "util/sha256.h"
#include "util/write_file.h"

namespace contentc {

namespace fs = std::filesystem;
using namespace output_dir_detail;

StagedOutput::StagedOutput(OutputDir& dir, std::string rel, int fd)
    : dir_(dir), rel_(std::move(rel)), fd_(fd), buffer_([this](std::string_view bytes) { drain(bytes); }) {}

StagedOutput::~StagedOutput() {
  if (fd_ >= 0) ::close(fd_);  // not closed: the build failed, and its staging folder goes
}

void StagedOutput::drain(std::string_view bytes) {
  if (error_) return;
  hash_.update(bytes);
  error_ = write_all(fd_, bytes);
}

std::string StagedOutput::sha256_so_far() {
  buffer_.flush();
  return to_hex(hash_.peek());
}

void StagedOutput::patch(size_t offset, std::string_view bytes) {
  buffer_.flush();
  if (error_) return;
  error_ = write_all(fd_, bytes, offset);
  patched_ = true;
}

std::string StagedOutput::close() {
  buffer_.flush();
  const fs::path target = dir_.staging_ / rel_;
  const fs::path previous = dir_.real_out_ / rel_;
  const size_t bytes = buffer_.size();
  std::string digest = patched_ || error_ ? "" : hash_.hex();
  if (!error_ && patched_) {
    digest = file_sha256(target);
    if (digest.empty()) error_ = EIO;
  }
  if (::close(fd_) != 0 && !error_) error_ = errno;
  fd_ = -1;
  if (error_) return fmt::format("cannot write '{}': {}", rel_, os_error(error_));
  return dir_.settle(rel_, bytes, std::move(digest));
}

std::string OutputDir::settle(const std::string& rel, size_t bytes, std::string digest) {
  // An unchanged file is the previous build's own, linked: it is never written again, so the
  // link cannot carry a write into the live folder.
  const fs::path target = staging_ / rel;
  const fs::path previous = real_out_ / rel;
  struct stat st;
  const bool unchanged = lstat(previous.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
                         static_cast<size_t>(st.st_size) == bytes && file_sha256(previous) == digest;
  {
    std::lock_guard lock(g_staging_mutex);
    if (g_abandoned) return "the build was interrupted";
    if (unchanged) {
      unlink(target.c_str());
      if (link(previous.c_str(), target.c_str()) != 0) {
        return fmt::format("cannot link '{}' to the previous build's: {}", rel, os_error(errno));
      }
    }
  }
  {
    std::lock_guard lock(written_mutex_);
    written_.push_back(StagedFile{rel, bytes, unchanged, std::move(digest)});
  }
  test_pause();
  return "";
}

std::string OutputDir::stage_file(const std::string& rel, const std::function<std::string(const fs::path&)>& make) {
  const fs::path target = staging_ / rel;
  {
    std::lock_guard lock(g_staging_mutex);
    if (g_abandoned) return "the build was interrupted";
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return fmt::format("cannot create '{}': {}", target.parent_path().string(), ec.message());
  }
  // Made in place under its own name (the staging folder goes with a failed or killed build),
  // then read once for its digest; never copied.
  if (std::string error = make(target); !error.empty()) {
    unlink(target.c_str());
    return error;
  }
  struct stat made;
  std::string digest = file_sha256(target);
  if (lstat(target.c_str(), &made) != 0 || !S_ISREG(made.st_mode) || digest.empty()) {
    return fmt::format("cannot read '{}' back: {}", rel, os_error(errno ? errno : EIO));
  }
  return settle(rel, static_cast<size_t>(made.st_size), std::move(digest));
}

void OutputDir::remove_previous(const fs::path& folder) {
  // File by file, as its manifest lists them: whatever else is there stays.
  std::error_code ec;
  for (const std::string& file : previous_files_) fs::remove(folder / file, ec);
  const std::set<std::string> folders = folders_of(previous_files_, [](const std::string& f) { return f; });
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) fs::remove(folder / *it, ec);  // deepest first
  if (!fs::remove(folder, ec) || ec) {
    std::error_code unreadable;
    const std::string left = first_foreign(folder, {}, unreadable);
    const fs::path kept = parent_ / hidden_name(fmt::format(".previous-{:08x}",
                                                            static_cast<uint32_t>(std::random_device()())));
    std::error_code rename_ec;
    fs::rename(folder, kept, rename_ec);
    notify_(fmt::format("kept the previous build in '{}': it holds {}, which contentc did not "
                        "write or could not remove{}",
                        (rename_ec ? folder : kept).string(), left.empty() ? "files" : "'" + left + "'",
                        ec ? " (" + ec.message() + ")" : ""));
  }
}

std::string OutputDir::commit() {
  test_pause();
  sort_by_path(written_);
  const bool same_files = previous_exists_ && previous_files_.size() == written_.size();
  up_to_date_ = same_files && std::all_of(written_.begin(), written_.end(),
                                          [](const StagedFile& f) { return f.unchanged; });
  std::lock_guard lock(g_staging_mutex);
  std::error_code ec;
  if (up_to_date_) {
    fs::remove_all(staging_, ec);
    staged_ = false;
    g_active_staging.clear();
    return "";
  }
  // Every byte and every name durable before the swap makes them live: one syncfs for all the
  // staged files (a file at a time, fsync cost a second per 2,000 files), then each folder.
  {
    const int fd = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const int error = fd < 0 ? errno : syncfs(fd) == 0 ? 0 : errno;
    if (fd >= 0) close(fd);
    if (error) return fmt::format("cannot write '{}' to the disk: {}", staging_.string(), os_error(error));
  }
  std::vector<fs::path> folders{staging_};
  for (const std::string& f : folders_of(written_, [](const StagedFile& s) { return s.path; })) {
    folders.push_back(staging_ / f);
  }
  for (const fs::path& f : folders) {
    if (const int error = sync_folder(f)) {
      return fmt::format("cannot sync '{}': {}", f.string(), os_error(error));
    }
  }
  if (!previous_exists_) {
    if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, real_out_.c_str(), RENAME_NOREPLACE) != 0) {
      return fmt::format("cannot move '{}' to '{}': {}", staging_.string(), real_out_.string(),
                         os_error(errno));
    }
  } else if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, real_out_.c_str(),
                       RENAME_EXCHANGE) != 0) {
    return fmt::format("cannot swap '{}' into place: {}", real_out_.string(), os_error(errno));
  }
  staged_ = false;
  g_active_staging.clear();
  sync_folder(parent_);
  if (previous_exists_) remove_previous(staging_);  // the staging name now holds the old build
  return "";
}

void OutputDir::abandon_active_staging() {
  g_staging_mutex.lock();  // kept: nothing may stage after this
  g_abandoned = true;
  std::error_code ec;
  if (!g_active_staging.empty()) fs::remove_all(g_active_staging, ec);
  if (!g_active_lock.empty()) unlink(g_active_lock.c_str());
}

}  // namespace contentc
