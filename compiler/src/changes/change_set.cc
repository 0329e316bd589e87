#include "changes/change_set.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "changes/sql_tuples.h"
#include "tables/bundle_tables.h"
#include "util/worker_pool.h"

namespace contentc {

std::string_view bump_name(Bump b) {
  switch (b) {
    case Bump::kNone:
      return "none";
    case Bump::kPatch:
      return "patch";
    case Bump::kMinor:
      return "minor";
    case Bump::kMajor:
      return "major";
  }
  return "none";
}

std::optional<std::array<uint32_t, 3>> parse_content_version(std::string_view version) {
  std::array<uint32_t, 3> part{};
  std::string_view rest = version;
  for (int i = 0; i < 3; ++i) {
    size_t used = 0;
    while (used < rest.size() && rest[used] >= '0' && rest[used] <= '9') ++used;
    const bool last = i == 2;
    if (used == 0 || used > 9 || (used > 1 && rest[0] == '0') ||
        (last ? used != rest.size() : (used >= rest.size() || rest[used] != '.'))) {
      return std::nullopt;
    }
    std::from_chars(rest.data(), rest.data() + used, part[i]);
    rest.remove_prefix(last ? used : used + 1);
  }
  return part;
}

std::optional<int32_t> content_version_number(std::string_view version) {
  const auto part = parse_content_version(version);
  if (!part || (*part)[0] > 2146 || (*part)[1] > 999 || (*part)[2] > 999) return std::nullopt;
  return static_cast<int32_t>((*part)[0] * 1'000'000 + (*part)[1] * 1'000 + (*part)[2]);
}

std::string bumped(std::string_view version, Bump bump) {
  const auto parsed = parse_content_version(version);
  if (!parsed) return "1.0.0";
  std::array<uint32_t, 3> part = *parsed;
  switch (bump) {
    case Bump::kNone:
      break;
    case Bump::kPatch:
      ++part[2];
      break;
    case Bump::kMinor:
      ++part[1], part[2] = 0;
      break;
    case Bump::kMajor:
      ++part[0], part[1] = part[2] = 0;
      break;
  }
  return fmt::format("{}.{}.{}", part[0], part[1], part[2]);
}

bool ChangeSet::empty() const {
  return std::all_of(tables.begin(), tables.end(), [](const TableChanges& t) { return t.size() == 0; });
}

namespace {

std::vector<std::string> owned(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

std::vector<std::string_view> key_views(const std::vector<std::string>& row, size_t n) {
  return {row.begin(), row.begin() + static_cast<std::ptrdiff_t>(std::min(n, row.size()))};
}

size_t column_index(const Table& t, std::string_view name) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].name == name) return i;
  }
  return SIZE_MAX;
}

size_t table_index(const std::vector<Table>& tables, std::string_view name) {
  for (size_t i = 0; i < tables.size(); ++i) {
    if (tables[i].name == name) return i;
  }
  return SIZE_MAX;
}

/// The content version's bump for these changes: an entry removed, or its kind changed (an id
/// gone from its table, as a renamed id is) → major; entries added → minor; anything else → patch.
Bump bump_for(const ChangeSet& c) {
  if (c.empty()) return Bump::kNone;
  const TableChanges& entries = c.tables[0];
  if (!entries.removed.empty() || !entries.modified.empty()) return Bump::kMajor;
  if (!entries.added.empty()) return Bump::kMinor;
  return Bump::kPatch;
}

/// Each snapshot citation's status and risk, from the citations' and their spans' rows; then
/// the citations sorted worst first (see SnapshotChange::citations).
void rank_snapshot_citations(const ChangeSet& c, const std::vector<Table>& tables, std::map<std::string, SnapshotChange>& snapshots) {
  using Key = std::pair<std::string, int64_t>;
  auto key = [](const std::vector<std::string>& k) { return Key{unquote_literal(k[0]), std::stoll(k[1])}; };
  const size_t cites = table_index(tables, "citations"), spans = table_index(tables, "citation_spans");
  const size_t quote = column_index(tables[cites], "quote");
  std::map<Key, std::string> old_quote;
  std::set<Key> added, moved;
  for (const ModifiedRow& m : c.tables[cites].modified) {
    for (const FieldChange& f : m.fields) {
      if (f.column == quote) old_quote[key(m.key)] = unquote_literal(f.before);
    }
  }
  for (const auto& row : c.tables[cites].added) added.insert(key(row));
  for (const ModifiedRow& m : c.tables[spans].modified) moved.insert(key(m.key));
  for (const auto& row : c.tables[spans].added) moved.insert(key(row));
  for (const auto& row : c.tables[spans].removed) moved.insert(key(row));
  for (auto& [id, s] : snapshots) {
    std::sort(s.citations.begin(), s.citations.end(), [](const auto& a, const auto& b) {
      return std::tie(a.entry_id, a.ordinal) < std::tie(b.entry_id, b.ordinal);
    });
    std::vector<RankKey> ranks;
    for (size_t i = 0; i < s.citations.size(); ++i) {
      SnapshotChange::Citation& cite = s.citations[i];
      const Key k{cite.entry_id, cite.ordinal};
      const bool warning = cite.context == "warning";
      if (added.contains(k) || old_quote.contains(k)) {
        cite.status = Relocation::kQuoteChanged;
        if (auto it = old_quote.find(k); it != old_quote.end()) cite.before_quote = it->second;
        cite.risk = assess_risk(cite.before_quote, cite.quote, warning);
      } else {
        cite.status = moved.contains(k) ? Relocation::kMoved : Relocation::kUnchanged;
      }
      // Among the rest, a dose's and a warning's citations are the ones to read again first.
      const size_t context_rank = cite.context == "dose" ? 0 : warning ? 1 : 2;
      ranks.push_back({cite.status, cite.risk.risk, context_rank * s.citations.size() + i});
    }
    std::vector<size_t> order(ranks.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return worse_first(ranks[a], ranks[b]); });
    std::vector<SnapshotChange::Citation> sorted;
    for (const size_t i : order) sorted.push_back(std::move(s.citations[i]));
    s.citations = std::move(sorted);
  }
}

}  // namespace

ChangeSet diff_releases(const Release& old, const RowSource& now, WorkerPool* pool) {
  const std::vector<Table> tables = bundle_schemas();
  ChangeSet c;
  c.tables.resize(tables.size());
  // Each table is compared on its own (on the pool's threads when there is one): its old rows
  // indexed by key, then the new rows looked up one by one.
  auto diff_table = [&](size_t t) {
    struct OldRow {
      std::string_view row;
      bool seen = false;
    };
    const size_t key_size = tables[t].primary_key.size();
    std::unordered_map<std::string_view, OldRow> index;
    index.reserve(old.rows[t].size());
    for (std::string_view row : old.rows[t]) index.emplace(tuple_prefix(row, key_size), OldRow{row});
    TableChanges& changes = c.tables[t];
    now(t, [&](size_t, std::string_view row) {
      auto it = index.find(tuple_prefix(row, key_size));
      if (it == index.end()) {
        changes.added.push_back(owned(tuple_fields(row)));
        return;
      }
      it->second.seen = true;
      if (it->second.row == row) return;
      const std::vector<std::string_view> before = tuple_fields(it->second.row), after = tuple_fields(row);
      ModifiedRow m{{after.begin(), after.begin() + static_cast<std::ptrdiff_t>(key_size)}, {}};
      for (size_t i = key_size; i < after.size() && i < before.size(); ++i) {
        if (before[i] != after[i]) m.fields.push_back({i, std::string(before[i]), std::string(after[i])});
      }
      changes.modified.push_back(std::move(m));
    });
    for (const auto& [key, r] : index) {
      if (!r.seen) changes.removed.push_back(owned(tuple_fields(r.row)));
    }
    auto by_key = [key_size](const std::vector<std::string>& a, const std::vector<std::string>& b) {
      return key_less(key_views(a, key_size), key_views(b, key_size));
    };
    std::sort(changes.added.begin(), changes.added.end(), by_key);
    std::sort(changes.removed.begin(), changes.removed.end(), by_key);
    std::sort(changes.modified.begin(), changes.modified.end(),
              [&](const ModifiedRow& a, const ModifiedRow& b) { return by_key(a.key, b.key); });
  };
  if (pool) {
    pool->for_each(tables.size(), diff_table);
  } else {
    for (size_t t = 0; t < tables.size(); ++t) diff_table(t);
  }

  // Articles whose snapshot changed, and the citations (of the newer release) resting on them.
  const size_t articles = table_index(tables, "articles"), cites = table_index(tables, "citations");
  const size_t sha = column_index(tables[articles], "snapshot_sha256");
  std::map<std::string, SnapshotChange> snapshots;
  for (const ModifiedRow& m : c.tables[articles].modified) {
    for (const FieldChange& f : m.fields) {
      if (f.column != sha) continue;
      const std::string id = unquote_literal(m.key[0]);
      snapshots[id] = SnapshotChange{id, unquote_literal(f.before), unquote_literal(f.after), {}};
    }
  }
  if (!snapshots.empty()) {
    const Table& ct = tables[cites];
    const size_t entry = column_index(ct, "entry_id"), ordinal = column_index(ct, "ordinal"),
                 context = column_index(ct, "context"), article = column_index(ct, "article_id"),
                 quote = column_index(ct, "quote");
    now(cites, [&](size_t, std::string_view row) {
      const std::vector<std::string_view> f = tuple_fields(row);
      auto it = snapshots.find(unquote_literal(f[article]));
      if (it == snapshots.end()) return;
      int64_t n = 0;
      std::from_chars(f[ordinal].data(), f[ordinal].data() + f[ordinal].size(), n);
      it->second.citations.push_back({unquote_literal(f[entry]), unquote_literal(f[context]), n, unquote_literal(f[quote])});
    });
    rank_snapshot_citations(c, tables, snapshots);
    for (auto& [id, s] : snapshots) c.snapshots.push_back(std::move(s));
  }
  c.bump = bump_for(c);
  c.from_version = old.content_version;
  c.to_version = c.bump == Bump::kNone && !old.content_version.empty() ? old.content_version
                                                                        : bumped(old.content_version, c.bump);
  return c;
}

RowSource rows_of(const Release& r) {
  return [&r](size_t only, const std::function<void(size_t, std::string_view)>& row) {
    for (size_t t = 0; t < r.rows.size(); ++t) {
      if (only != SIZE_MAX && t != only) continue;
      for (std::string_view tuple : r.rows[t]) row(t, tuple);
    }
  };
}

}  // namespace contentc
