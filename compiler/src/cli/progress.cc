#include "cli/progress.h"

#include <cstdio>

#include <fmt/format.h>

namespace contentc {

using Clock = std::chrono::steady_clock;

Progress::Progress() : start_(Clock::now()), last_(start_) {}

Progress::~Progress() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
}

void Progress::files_loaded(size_t done, size_t total) {
  show(fmt::format("loading {}/{} files", done, total));
}

void Progress::stage(const std::string& name) { show(name); }

void Progress::show(const std::string& line) {
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  if (now - start_ < std::chrono::milliseconds(500)) return;
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  std::fprintf(stderr, "\r\x1b[Kcontentc: %s…", line.c_str());
  std::fflush(stderr);
}

}  // namespace contentc
