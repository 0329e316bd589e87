#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace contentc {

/// Wall time per stage, for `--timings` and the benchmark's stage shares.
class Timings {
 public:
  /// Runs f() and records how long it took under `stage`.
  template <typename F>
  decltype(auto) time(const std::string& stage, F&& f) {
    const auto start = std::chrono::steady_clock::now();
    struct Record {
      Timings& t;
      const std::string& stage;
      std::chrono::steady_clock::time_point start;
      ~Record() {
        t.stages_.emplace_back(stage, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      }
    } record{*this, stage, start};
    return f();
  }
  /// Records a stage timed elsewhere (on another thread).
  void add(std::string stage, double seconds) { stages_.emplace_back(std::move(stage), seconds); }
  const std::vector<std::pair<std::string, double>>& stages() const { return stages_; }

 private:
  std::vector<std::pair<std::string, double>> stages_;
};

}  // namespace contentc
