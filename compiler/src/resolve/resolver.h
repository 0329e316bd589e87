#pragma once

#include <memory>
#include <string_view>

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

class WorkerPool;
class SnapshotIndex;

/// What resolving found, kept between runs over the same sources (the language server checks
/// on every edit): each snapshot's index by the SHA-256 of its text, and each quote's match in
/// it, so that an unchanged quote in an unchanged article is not searched again.
class ResolveCache {
 public:
  ResolveCache();
  ~ResolveCache();
  ResolveCache(const ResolveCache&) = delete;
  ResolveCache& operator=(const ResolveCache&) = delete;

  struct Snapshot;
  /// The cached snapshot holding `text` (`marked`: a .md snapshot whose headings are marked),
  /// made (indexed) if new. Thread-safe.
  Snapshot& snapshot(std::string_view text, bool marked);
  /// Forgets snapshots not asked for since the last call (articles edited or removed).
  void drop_unused();
  size_t size() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The stage between load and rules: finds every quote in its article's snapshot (offsets
/// kept for the bundles and the audit page) and parses every dose and policy limit. It reports
/// nothing; the rules read what it recorded.
/// Snapshots are searched on `pool`'s threads (null: a pool with one thread per core).
/// With `cache`, snapshots and quotes seen before are not searched again.
void resolve(Model& model, const SourceFiles& files, WorkerPool* pool = nullptr,
             ResolveCache* cache = nullptr);

}  // namespace contentc
