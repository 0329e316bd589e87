// The file-system steps of a build's output folder (see output_dir_detail.h).

#include "emit/output_dir_detail.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <nlohmann/json.hpp>

#include "util/output_buffer.h"
#include "util/read_file.h"
#include "util/sha256.h"

namespace contentc::output_dir_detail {

namespace fs = std::filesystem;

namespace {

/// A path from a manifest that stays inside the folder: relative, no "..", no empty part.
bool safe_relative(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\0') != std::string::npos) return false;
  for (const auto& part : fs::path(path)) {
    if (part == ".." || part == "." || part.empty()) return false;
  }
  return true;
}

}  // namespace


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

/// fsyncs a folder, so that the names in it survive a power cut; returns errno, or 0.
int sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = fsync(fd) == 0 ? 0 : errno;
  close(fd);
  return error;
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

}  // namespace contentc::output_dir_detail
