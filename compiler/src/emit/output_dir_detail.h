#pragma once

// What output_dir.cc (claiming the folder) and output_commit.cc (staging files and swapping them
// in) share: the state a termination signal reads, and the file-system steps. Internal to emit/.

#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <system_error>
#include <vector>

namespace contentc::output_dir_detail {

/// The tests' hooks to stop a build at a known moment, called after each staged file and before
/// the swap: CONTENTC_TEST_PAUSE_MS sleeps there; CONTENTC_TEST_STOP_AT=N stops the process
/// (SIGSTOP) at the Nth call, for the test to kill it there.
void test_pause();

std::string os_error(int error);

/// The build whose staging folder a termination signal removes. Staging files are created
/// under this mutex, so the signal's thread never races a new file into a folder it removes.
extern std::mutex g_staging_mutex;
extern std::filesystem::path g_active_staging, g_active_lock;
extern bool g_abandoned;

/// The SHA-256 (hex) of a regular file's bytes, or "" when it cannot be read.
std::string file_sha256(const std::filesystem::path& path);

/// fsyncs a folder, so that the names in it survive a power cut; returns errno, or 0.
int sync_folder(const std::filesystem::path& folder);

/// The files a previous build's manifest.json lists (itself included), or nothing when the
/// manifest is absent, unreadable or not contentc's.
std::vector<std::string> manifest_files(const std::filesystem::path& folder);

/// The folders that hold `files` ('/'-separated relative paths), as relative paths. In this
/// order a folder comes before the folders inside it; in reverse, after them.
template <typename Files, typename PathOf>
std::set<std::string> folders_of(const Files& files, PathOf path_of) {
  std::set<std::string> folders;
  for (const auto& f : files) {
    for (std::filesystem::path p = std::filesystem::path(path_of(f)).parent_path(); !p.empty(); p = p.parent_path()) {
      folders.insert(p.generic_string());
    }
  }
  return folders;
}

/// The first entry under `folder` (in path order) that is not one of `allowed` files or a
/// folder holding some of them; "" when there is none, or when `folder` cannot be read (then
/// `error` says why: nothing in it can be vouched for).
std::string first_foreign(const std::filesystem::path& folder, const std::vector<std::string>& allowed,
                          std::error_code& error);

/// True when `inner` is `outer` or lies below it (both canonical).
bool lies_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

}  // namespace contentc::output_dir_detail
