#include "emit/output_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "emit/output_dir_detail.h"
#include "util/write_file.h"

namespace contentc {

namespace fs = std::filesystem;
using namespace output_dir_detail;

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

}  // namespace contentc
