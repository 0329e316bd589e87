#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

#include "pipeline/compile.h"

namespace contentc {

/// Progress on stderr for runs that take more than a moment: nothing is shown during the first
/// half second, at most ten updates a second after that, and the line is cleared at the end.
/// Used only when stderr is a terminal.
class Progress final : public CompileProgress {
 public:
  Progress();
  ~Progress() override;

  /// "loading 120/400 files"; safe to call from several threads.
  void files_loaded(size_t done, size_t total) override;
  /// Names the stage now running ("checking").
  void stage(const std::string& name) override;

 private:
  void show(const std::string& line);

  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace contentc
