#include "emit/output_dir.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <fmt/format.h>

namespace contentc {

namespace fs = std::filesystem;

namespace {

/// CONTENTC_TEST_PAUSE_MS: the tests' hook to kill a build at a known moment; sleeps after each
/// staged file and before the swap.
void test_pause() {
  static const long ms = [] {
    const char* v = std::getenv("CONTENTC_TEST_PAUSE_MS");
    return v ? std::strtol(v, nullptr, 10) : 0L;
  }();
  if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

bool same_content(const fs::path& path, const std::string& content) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) != content.size() || ec) return false;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str() == content;
}

}  // namespace

OutputDir::OutputDir(fs::path out) : out_(std::move(out)) {
  if (out_.filename().empty()) out_ = out_.parent_path();  // "out/" → "out"
  staging_ = out_.parent_path() / ("." + out_.filename().string() + ".staging");
}

OutputDir::~OutputDir() {
  if (staged_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

std::string OutputDir::begin() {
  std::error_code ec;
  fs::remove_all(staging_, ec);  // a killed build's leftovers
  if (fs::exists(out_, ec) && !fs::is_directory(out_, ec)) {
    return fmt::format("'{}' exists and is not a folder", out_.string());
  }
  fs::create_directories(staging_, ec);
  if (ec) return fmt::format("cannot create '{}': {}", staging_.string(), ec.message());
  staged_ = true;
  return "";
}

std::string OutputDir::write(const std::string& rel, const std::string& content) {
  const fs::path target = staging_ / rel;
  const fs::path existing = out_ / rel;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return fmt::format("cannot create '{}': {}", target.parent_path().string(), ec.message());
  if (same_content(existing, content)) {
    fs::create_hard_link(existing, target, ec);
    if (!ec) {
      written_.emplace_back(rel, content.size());
      test_pause();
      return "";
    }
  }
  {
    std::ofstream f(target, std::ios::binary | std::ios::trunc);
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
    f.close();
    if (!f) return fmt::format("cannot write '{}'", target.string());
  }
  written_.emplace_back(rel, content.size());
  test_pause();
  return "";
}

std::string OutputDir::commit() {
  test_pause();
  std::error_code ec;
  if (!fs::exists(out_, ec)) {
    fs::rename(staging_, out_, ec);
    if (ec) return fmt::format("cannot move '{}' to '{}': {}", staging_.string(), out_.string(), ec.message());
    staged_ = false;
    return "";
  }
  if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) != 0) {
    return fmt::format("cannot swap '{}' into place: {}", out_.string(), std::strerror(errno));
  }
  fs::remove_all(staging_, ec);  // now the previous output
  staged_ = false;
  return "";
}

}  // namespace contentc
