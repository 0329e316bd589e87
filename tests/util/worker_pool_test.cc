#include "util/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <vector>

namespace contentc {
namespace {

TEST(WorkerPool, RunsEveryTaskOnceAndCanBeReused) {
  WorkerPool pool(4);
  EXPECT_GE(pool.size(), 1u);
  for (size_t count : {0u, 1u, 3u, 1000u}) {
    std::vector<std::atomic<int>> runs(count);
    pool.for_each(count, [&](size_t i) { runs[i].fetch_add(1); });
    for (size_t i = 0; i < count; ++i) EXPECT_EQ(runs[i].load(), 1) << i;
  }
}

TEST(WorkerPool, OneWorkerIsTheCallerAlone) {
  WorkerPool pool(1);
  EXPECT_EQ(pool.size(), 1u);
  std::vector<size_t> order;
  pool.for_each(5, [&](size_t i) { order.push_back(i); });  // no race: one thread
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2, 3, 4}));
}

TEST(WorkerPool, RethrowsATasksExceptionInTheCaller) {
  WorkerPool pool(3);
  EXPECT_THROW(pool.for_each(100,
                             [&](size_t i) {
                               if (i == 10) throw std::bad_alloc();
                             }),
               std::bad_alloc);
  // The pool still works afterwards.
  std::atomic<int> after{0};
  pool.for_each(10, [&](size_t) { after.fetch_add(1); });
  EXPECT_EQ(after.load(), 10);
}

TEST(WorkerPool, StopsHandingOutTasksAfterAFailure) {
  WorkerPool pool(1);  // in order, on the caller: the count is exact
  int ran = 0;
  EXPECT_THROW(pool.for_each(100,
                             [&](size_t i) {
                               ++ran;
                               if (i == 10) throw std::runtime_error("out of memory");
                             }),
               std::runtime_error);
  EXPECT_EQ(ran, 11);
}

TEST(WorkerPool, ZeroMeansOneWorkerPerCore) {
  EXPECT_GE(worker_count(0), 1u);
  EXPECT_EQ(worker_count(7), 7u);
}

}  // namespace
}  // namespace contentc
