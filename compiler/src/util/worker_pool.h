#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace contentc {

/// A fixed set of threads that loading, resolving and emitting share: `for_each` hands out task
/// indices to the threads and to its caller, and returns when every task has run. A thread the
/// system refuses to start (a process or memory limit) leaves its share to the others, so the
/// pool always works, if need be on the caller's thread alone. The first exception a task
/// throws stops the handing out of tasks and is rethrown by `for_each` in the caller, so an
/// out-of-memory error on a worker becomes an ordinary error, never std::terminate.
/// `for_each` is not reentrant: a task must not call it on the same pool.
class WorkerPool {
 public:
  /// Starts `workers - 1` threads (the caller is the last worker); 0 means one per core.
  explicit WorkerPool(unsigned workers);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// Threads working on each `for_each`, the caller's included (at least 1).
  unsigned size() const { return static_cast<unsigned>(threads_.size()) + 1; }

  /// Runs task(i) for every i in [0, count), several at once; rethrows a task's exception.
  void for_each(size_t count, const std::function<void(size_t)>& task);

 private:
  void work_loop();
  void run_tasks();

  std::mutex mutex_;
  std::condition_variable wake_, idle_;
  const std::function<void(size_t)>* task_ = nullptr;
  size_t count_ = 0, next_ = 0;
  unsigned busy_ = 0;
  unsigned long generation_ = 0;
  bool stopping_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> threads_;
};

/// The workers `jobs` asks for: `jobs` itself, or the number of cores when 0.
unsigned worker_count(unsigned jobs);

}  // namespace contentc
