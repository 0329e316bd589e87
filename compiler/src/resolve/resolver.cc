#include "resolve/resolver.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "model/dose_value.h"
#include "resolve/passage_finder.h"
#include "resolve/snapshot_index.h"
#include "util/sha256.h"
#include "util/worker_pool.h"

namespace contentc {

struct ResolveCache::Snapshot {
  Snapshot(std::string_view t, bool marked) : text(t), index(text, marked) {}
  const std::string text;  ///< the index points into it
  const SnapshotIndex index;
  std::mutex mutex;  ///< guards matches: two groups may quote the same text
  std::unordered_map<std::string, QuoteMatch> matches;  ///< section '\x1f' quote → match
  bool used = true;
};

struct ResolveCache::State {
  mutable std::mutex mutex;
  std::unordered_map<std::string, std::unique_ptr<Snapshot>> by_digest;
};

ResolveCache::ResolveCache() : state_(std::make_unique<State>()) {}
ResolveCache::~ResolveCache() = default;

ResolveCache::Snapshot& ResolveCache::snapshot(std::string_view text, bool marked) {
  const std::string digest = sha256_hex(text) + (marked ? ".md" : "");
  {
    std::lock_guard lock(state_->mutex);
    if (auto it = state_->by_digest.find(digest); it != state_->by_digest.end()) {
      it->second->used = true;
      return *it->second;
    }
  }
  auto made = std::make_unique<Snapshot>(text, marked);  // indexed outside the lock
  std::lock_guard lock(state_->mutex);
  auto [it, fresh] = state_->by_digest.try_emplace(digest, std::move(made));
  it->second->used = true;
  return *it->second;
}

void ResolveCache::drop_unused() {
  std::lock_guard lock(state_->mutex);
  std::erase_if(state_->by_digest, [](const auto& kv) { return !kv.second->used; });
  for (auto& [digest, snap] : state_->by_digest) snap->used = false;
}

size_t ResolveCache::size() const {
  std::lock_guard lock(state_->mutex);
  return state_->by_digest.size();
}

namespace {

/// Every citation of the model, grouped by the snapshot it quotes.
std::unordered_map<uint32_t, std::vector<Cite*>> cites_by_snapshot(Model& m) {
  std::unordered_map<std::string_view, uint32_t> snapshot_of;
  for (const Article& a : m.articles) {
    if (a.snapshot_file != Loc::kNoFile) snapshot_of.try_emplace(a.id.value, a.snapshot_file);
  }
  std::unordered_map<uint32_t, std::vector<Cite*>> out;
  auto add = [&](std::vector<Cite>& cites) {
    for (Cite& c : cites) {
      // An unknown article or a missing snapshot: unknown-reference or snapshot-missing says why.
      if (auto it = snapshot_of.find(c.article.value); it != snapshot_of.end()) out[it->second].push_back(&c);
    }
  };
  auto add_warnings = [&](std::vector<Warning>& ws) {
    for (Warning& w : ws) add(w.cites);
  };
  for (Condition& c : m.conditions) add(c.cites), add_warnings(c.warnings);
  for (Movement& mv : m.movements) {
    add(mv.cites);
    for (Dose& d : mv.doses) add(d.cites);
    add_warnings(mv.warnings);
  }
  for (Advice& a : m.advice) add(a.cites);
  for (Claim& c : m.claims) add(c.cites);
  return out;
}

/// The article's headings are the lines that some cite of it names as its section: for each
/// quote found, the nearest one at or above its start and its end.
void mark_headings(const SnapshotIndex& index, const std::vector<Cite*>& cites) {
  std::vector<uint32_t> headings = index.marked_headings();  // a marked snapshot's: all of them
  for (const Cite* c : cites) {
    if (!c->section) continue;
    for (uint32_t line : index.lines_named(c->section->value)) headings.push_back(line);
  }
  if (headings.empty()) return;
  std::sort(headings.begin(), headings.end());
  headings.erase(std::unique(headings.begin(), headings.end()), headings.end());
  auto above = [&](uint32_t offset) -> uint32_t {
    const uint32_t line = index.line_of(offset);
    auto it = std::upper_bound(headings.begin(), headings.end(), line);
    return it == headings.begin() ? 0 : *std::prev(it);
  };
  for (Cite* c : cites) {
    QuoteMatch& m = c->match;
    if (!m.found) continue;
    m.heading_above_start = above(m.spans.front().begin);
    m.heading_above_end = above(m.spans.back().end - 1);
    const auto below = std::upper_bound(headings.begin(), headings.end(), index.line_of(m.spans.back().end - 1));
    m.heading_below_end = below == headings.end() ? 0 : *below;
  }
}

/// Finds each quote in its snapshot: one snapshot indexed at a time per thread, so memory stays
/// at a few snapshots' worth whatever the corpus size.
void resolve_cites(Model& m, const SourceFiles& files, WorkerPool& pool, ResolveCache* cache) {
  auto groups = cites_by_snapshot(m);
  std::vector<std::pair<const uint32_t, std::vector<Cite*>>*> work;
  for (auto& g : groups) work.push_back(&g);
  std::sort(work.begin(), work.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  pool.for_each(work.size(), [&](size_t i) {
    const std::string& text = files[work[i]->first].text;
    const bool marked = marks_headings(files[work[i]->first].rel_path);
    if (!cache) {
      const SnapshotIndex index(text, marked);
      for (Cite* c : work[i]->second) {
        c->match = index.match(c->quote.value, c->section ? &c->section->value : nullptr);
      }
      mark_headings(index, work[i]->second);
      return;
    }
    ResolveCache::Snapshot& snap = cache->snapshot(text, marked);
    for (Cite* c : work[i]->second) {
      const std::string key = (c->section ? c->section->value.str() : std::string("\x1e")) + '\x1f' + c->quote.value;
      std::unique_lock lock(snap.mutex);
      if (auto it = snap.matches.find(key); it != snap.matches.end()) {
        c->match = it->second;
        continue;
      }
      lock.unlock();
      c->match = snap.index.match(c->quote.value, c->section ? &c->section->value : nullptr);
      lock.lock();
      snap.matches.try_emplace(key, c->match);
    }
    mark_headings(snap.index, work[i]->second);
  });
}

void parse_dose(Dose& d) {
  auto parse = [](DoseSlot& slot, DoseField field) {
    DoseAmount* a = slot.stated();
    if (!a) return;
    if (a->text) a->value = parse_dose_value(field, a->text->value);
    if (a->progression) a->progression->target = parse_progression_target(field, a->value, a->progression->to.value);
  };
  parse(d.reps, DoseField::kReps);
  parse(d.hold, DoseField::kHold);
  parse(d.sets, DoseField::kSets);
  parse(d.frequency, DoseField::kFrequency);
}

}  // namespace

void resolve(Model& model, const SourceFiles& files, WorkerPool* pool, ResolveCache* cache) {
  std::optional<WorkerPool> own_pool;
  resolve_cites(model, files, pool ? *pool : own_pool.emplace(0), cache);
  for (Movement& m : model.movements) {
    for (Dose& d : m.doses) parse_dose(d);
    // Where each suppression applies, as bundles name it: "dose 2 hold", "warning 1", "".
    for (size_t d = 0; d < m.doses.size(); ++d) {
      for (Suppression& s : m.doses[d].suppressions) {
        s.scope = "dose " + std::to_string(d + 1) + (s.on ? " " + s.on->value : "");
      }
    }
  }
  for (Limit& l : model.policy.limits) {
    const std::string_view what = l.what.value;
    const DoseField field = what == "hold"        ? DoseField::kHold
                            : what == "sets"      ? DoseField::kSets
                            : what == "frequency" ? DoseField::kFrequency
                                                  : DoseField::kReps;
    if (l.min) l.min_value = parse_dose_value(field, l.min->value);
    if (l.max) l.max_value = parse_dose_value(field, l.max->value);
  }
}

}  // namespace contentc
