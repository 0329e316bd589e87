#include "emit/output_dir.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/sha256.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace contentc {

namespace fs = std::filesystem;

namespace {

/// The tests' hooks to stop a build at a known moment, called after each staged file and before
/// the swap: CONTENTC_TEST_PAUSE_MS sleeps there; CONTENTC_TEST_STOP_AT=N stops the process
/// (SIGSTOP) at the Nth call, for the test to kill it there.
void test_pause() {
  static const long ms = [] {
    const char* v = std::getenv("CONTENTC_TEST_PAUSE_MS");
    return v ? std::strtol(v, nullptr, 10) : 0L;
  }();
  static const long stop_at = [] {
    const char* v = std::getenv("CONTENTC_TEST_STOP_AT");
    return v ? std::strtol(v, nullptr, 10) : 0L;
  }();
  static std::atomic<long> calls{0};
  if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  if (stop_at > 0 && calls.fetch_add(1) + 1 == stop_at) raise(SIGSTOP);
}

std::string os_error(int error) { return std::strerror(error); }

/// The build whose staging folder a termination signal removes. Staging files are created
/// under this mutex, so the signal's thread never races a new file into a folder it removes.
std::mutex g_staging_mutex;
fs::path g_active_staging, g_active_lock;
bool g_abandoned = false;

/// The SHA-256 (hex) of a regular file's bytes, or "" when it cannot be read.
std::string file_sha256(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return "";
  Sha256 hash;
  std::string block(OutputBuffer::kBlock, '\0');
  for (;;) {
    const ssize_t n = read(fd, block.data(), block.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return "";
    }
    if (n == 0) break;
    hash.update(std::string_view(block.data(), static_cast<size_t>(n)));
  }
  close(fd);
  return hash.hex();
}

/// Writes all of `content` to `fd`, at its file offset or, given one, at `offset` (without
/// moving the file offset); returns errno, or 0.

/// fsyncs a folder, so that the names in it survive a power cut; returns errno, or 0.
int sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = fsync(fd) == 0 ? 0 : errno;
  close(fd);
  return error;
}

/// A path from a manifest that stays inside the folder: relative, no "..", no empty part.
bool safe_relative(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\0') != std::string::npos) return false;
  for (const auto& part : fs::path(path)) {
    if (part == ".." || part == "." || part.empty()) return false;
  }
  return true;
}

/// The files a previous build's manifest.json lists (itself included), or nothing when the
/// manifest is absent, unreadable or not contentc's.
std::vector<std::string> manifest_files(const fs::path& folder) {
  std::string text;  // a regular file only: a FIFO here must not block the build
  if (read_whole_file(folder / "manifest.json", size_t{16} << 20, text) != 0) return {};
  const nlohmann::json manifest = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!manifest.is_object() || manifest.value("tool", nlohmann::json()) != "contentc" ||
      !manifest.contains("outputs") || !manifest["outputs"].is_array()) {
    return {};
  }
  std::vector<std::string> files{"manifest.json"};
  for (const auto& output : manifest["outputs"]) {
    if (!output.is_object() || !output.contains("path") || !output["path"].is_string()) return {};
    const std::string path = output["path"].get<std::string>();
    if (!safe_relative(path)) return {};
    files.push_back(path);
  }
  return files;
}

/// The folders that hold `files` ('/'-separated relative paths), as relative paths. In this
/// order a folder comes before the folders inside it; in reverse, after them.
template <typename Files, typename PathOf>
std::set<std::string> folders_of(const Files& files, PathOf path_of) {
  std::set<std::string> folders;
  for (const auto& f : files) {
    for (fs::path p = fs::path(path_of(f)).parent_path(); !p.empty(); p = p.parent_path()) {
      folders.insert(p.generic_string());
    }
  }
  return folders;
}

/// The first entry under `folder` (in path order) that is not one of `allowed` files or a
/// folder holding some of them; "" when there is none, or when `folder` cannot be read (then
/// `error` says why: nothing in it can be vouched for).
std::string first_foreign(const fs::path& folder, const std::vector<std::string>& allowed,
                          std::error_code& error) {
  const std::set<std::string> files(allowed.begin(), allowed.end());
  const std::set<std::string> folders = folders_of(allowed, [](const std::string& f) { return f; });
  std::vector<std::string> foreign;
  std::error_code& ec = error;
  fs::recursive_directory_iterator it(folder, ec);
  if (ec) return "";
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(folder).generic_string();
    std::error_code type_ec;
    const fs::file_status status = it->symlink_status(type_ec);
    if (fs::is_directory(status) && folders.contains(rel)) continue;
    if (fs::is_regular_file(status) && files.contains(rel)) continue;
    foreign.push_back(rel);
    if (fs::is_directory(status)) it.disable_recursion_pending();
  }
  if (ec) return "";
  return foreign.empty() ? "" : *std::min_element(foreign.begin(), foreign.end());
}

/// True when `inner` is `outer` or lies below it (both canonical).
bool lies_within(const fs::path& inner, const fs::path& outer) {
  const fs::path rel = inner.lexically_relative(outer);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

OutputDir::OutputDir(fs::path out, fs::path sources,
                     std::function<void(const std::string&)> notify)
    : out_(std::move(out)), sources_(std::move(sources)), notify_(std::move(notify)) {
  if (!notify_) notify_ = [](const std::string&) {};
}

OutputDir::~OutputDir() {
  if (staged_) {
    std::lock_guard lock(g_staging_mutex);
    std::error_code ec;
    fs::remove_all(staging_, ec);
    g_active_staging.clear();
  }
  release_lock();
}

std::string OutputDir::hidden_name(std::string_view suffix) const {
  const std::string name = real_out_.filename().string();
  std::string hidden = fmt::format(".{}{}", name, suffix);
  // A long folder name leaves no room for the suffix within the file system's NAME_MAX.
  if (hidden.size() > NAME_MAX) {
    hidden = fmt::format(".contentc-{}{}", sha256_hex(name).substr(0, 16), suffix);
  }
  return hidden;
}

std::string OutputDir::resolve_target() {
  if (out_.empty()) return "no output folder given (-o DIR)";
  if (out_.filename().empty() && out_.has_parent_path() && out_ != out_.root_path()) {
    out_ = out_.parent_path();  // "out/" → "out"
  }
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(out_, ec);
  if (fs::is_symlink(link)) {
    const fs::file_status target = fs::status(out_, ec);
    if (!fs::exists(target)) {
      return fmt::format("'{}' is a symlink to '{}', which does not exist; create that folder or "
                         "remove the link",
                         out_.string(), fs::read_symlink(out_, ec).string());
    }
  }
  real_out_ = fs::weakly_canonical(fs::absolute(out_, ec), ec);
  if (ec) return fmt::format("cannot resolve '{}': {}", out_.string(), ec.message());
  if (real_out_.filename().empty() || real_out_ == real_out_.root_path()) {
    return fmt::format("'{}' is the root folder; write the bundles to a folder of their own",
                       out_.string());
  }
  if (fs::exists(real_out_, ec) && !fs::is_directory(real_out_, ec)) {
    return fmt::format("'{}' exists and is not a folder", out_.string());
  }
  parent_ = real_out_.parent_path();

  const fs::path real_sources = fs::weakly_canonical(fs::absolute(sources_, ec), ec);
  const std::string advice = "write the bundles to a folder of their own (-o DIR)";
  if (real_out_ == real_sources) {
    return fmt::format("'{}' is the sources folder; {}", out_.string(), advice);
  }
  if (lies_within(real_out_, real_sources)) {
    return fmt::format("'{}' lies inside the sources folder '{}'; {}", out_.string(),
                       sources_.string(), advice);
  }
  if (lies_within(real_sources, real_out_)) {
    return fmt::format("'{}' holds the sources folder '{}'; {}", out_.string(),
                       sources_.string(), advice);
  }
  fs::create_directories(parent_, ec);
  if (ec) return fmt::format("cannot create '{}': {}", parent_.string(), ec.message());
  return "";
}

std::string OutputDir::take_lock() {
  lock_path_ = parent_ / hidden_name(".lock");
  bool said = false;
  for (;;) {
    const int fd = ::open(lock_path_.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      return fmt::format("cannot open the lock file '{}': {}", lock_path_.string(),
                         os_error(errno));
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK) {
        const int error = errno;
        close(fd);
        return fmt::format("cannot lock '{}': {}", lock_path_.string(), os_error(error));
      }
      if (!said) {
        notify_(fmt::format("waiting for another build of '{}' to finish (lock '{}')",
                            out_.string(), lock_path_.string()));
        said = true;
      }
      while (flock(fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
          const int error = errno;
          close(fd);
          return fmt::format("cannot lock '{}': {}", lock_path_.string(), os_error(error));
        }
      }
    }
    // The build that held the lock removes its lock file before it lets go: when the name no
    // longer leads to the file locked, lock the new one.
    struct stat held, named;
    if (fstat(fd, &held) == 0 && stat(lock_path_.c_str(), &named) == 0 &&
        held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
      lock_fd_ = fd;
      std::lock_guard lock(g_staging_mutex);
      g_active_lock = lock_path_;
      return "";
    }
    close(fd);
  }
}

void OutputDir::release_lock() {
  if (lock_fd_ < 0) return;
  {
    std::lock_guard lock(g_staging_mutex);
    g_active_lock.clear();
  }
  unlink(lock_path_.c_str());  // before unlocking: a waiter then finds the name gone and retries
  close(lock_fd_);
  lock_fd_ = -1;
}

std::string OutputDir::inspect_previous() {
  std::error_code ec;
  previous_exists_ = fs::exists(real_out_, ec);
  if (!previous_exists_) return "";
  previous_files_ = manifest_files(real_out_);
  const std::string foreign = first_foreign(real_out_, previous_files_, ec);
  if (ec) {
    return fmt::format("cannot read '{}' to see what it holds: {}", out_.string(), ec.message());
  }
  if (!foreign.empty()) {
    return fmt::format("'{}' holds files contentc did not write (first: {}); choose an empty "
                       "folder or remove it",
                       out_.string(), foreign);
  }
  return "";
}

void OutputDir::remove_stale_staging() {
  // Under the lock no other build of this folder is running: any staging folder of its name is
  // a killed build's. The name without a suffix is what contentc 0.1 used.
  const std::string prefix = hidden_name(".staging-");
  const std::string legacy = "." + real_out_.filename().string() + ".staging";
  std::error_code ec;
  for (fs::directory_iterator it(parent_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0 && name != legacy) continue;
    std::error_code remove_ec;
    fs::remove_all(it->path(), remove_ec);
    if (remove_ec) {
      notify_(fmt::format("cannot remove '{}', left by an earlier build that was stopped: {}; "
                          "remove it by hand",
                          it->path().string(), remove_ec.message()));
    }
  }
}

std::string OutputDir::make_staging() {
  std::random_device random;
  for (int attempt = 0; attempt < 100; ++attempt) {
    const fs::path path =
        parent_ / hidden_name(fmt::format(".staging-{:08x}", static_cast<uint32_t>(random())));
    std::lock_guard lock(g_staging_mutex);
    if (mkdir(path.c_str(), 0777) == 0) {
      staging_ = path;
      staged_ = true;
      g_active_staging = path;
      return "";
    }
    if (errno != EEXIST) return fmt::format("cannot create '{}': {}", path.string(), os_error(errno));
  }
  return fmt::format("cannot create a staging folder in '{}'", parent_.string());
}

std::string OutputDir::begin() {
  if (std::string error = resolve_target(); !error.empty()) return error;
  if (std::string error = take_lock(); !error.empty()) return error;
  if (std::string error = inspect_previous(); !error.empty()) return error;
  remove_stale_staging();
  return make_staging();
}

void sort_by_path(std::vector<StagedFile>& files) {
  std::sort(files.begin(), files.end(), [](const StagedFile& a, const StagedFile& b) { return a.path < b.path; });
}

std::unique_ptr<StagedOutput> OutputDir::open(const std::string& rel, std::string& error) {
  const fs::path target = staging_ / rel;
  std::lock_guard lock(g_staging_mutex);
  if (g_abandoned) {
    error = "the build was interrupted";
    return nullptr;
  }
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) {
    error = fmt::format("cannot create '{}': {}", target.parent_path().string(), ec.message());
    return nullptr;
  }
  const int fd = ::open(target.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = fmt::format("cannot create '{}': {}", target.string(), os_error(errno));
    return nullptr;
  }
  return std::unique_ptr<StagedOutput>(new StagedOutput(*this, rel, fd));
}

std::string OutputDir::write(const std::string& rel, std::string_view content) {
  std::string error;
  std::unique_ptr<StagedOutput> file = open(rel, error);
  if (!file) return error;
  file->buffer() += content;
  return file->close();
}

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
  // An unchanged file is the previous build's own, linked: it is never written again, so the
  // link cannot carry a write into the live folder.
  struct stat st;
  bool unchanged = !error_ && lstat(previous.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
                   static_cast<size_t>(st.st_size) == bytes && file_sha256(previous) == digest;
  if (::close(fd_) != 0 && !error_) error_ = errno;
  fd_ = -1;
  if (error_) return fmt::format("cannot write '{}': {}", rel_, os_error(error_));
  {
    std::lock_guard lock(g_staging_mutex);
    if (g_abandoned) return "the build was interrupted";
    if (unchanged) {
      unlink(target.c_str());
      if (link(previous.c_str(), target.c_str()) != 0) {
        return fmt::format("cannot link '{}' to the previous build's: {}", rel_, os_error(errno));
      }
    }
  }
  {
    std::lock_guard lock(dir_.written_mutex_);
    dir_.written_.push_back(StagedFile{rel_, bytes, unchanged, std::move(digest)});
  }
  test_pause();
  return "";
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
