#include "changes/release_plan.h"

#include <fmt/format.h>

#include "changes/changes_json.h"
#include "changes/changes_sql.h"
#include "changes/changes_text.h"
#include "changes/release.h"
#include "tables/bundle_tables.h"
#include "tables/sql_writer.h"

namespace contentc {

RowSource model_rows(const Model& model, const CitationIndex& citations) {
  return [&model, &citations](size_t only, const std::function<void(size_t, std::string_view)>& row) {
    std::string tuple;
    for_each_row(model, citations, [&](size_t table, std::span<const Cell> cells) {
      tuple.clear();
      append_sql_tuple(tuple, cells);
      row(table, tuple);
    }, only);
  };
}

ReleasePlan plan_release(const std::filesystem::path& previous, bool named, const RowSource& now, WorkerPool* pool) {
  constexpr const char* kFirst = "1.0.0";
  ReleasePlan plan;
  if (previous.empty()) {
    plan.content_version = kFirst;
    plan.note = fmt::format("no previous build to compare with: no change set; content version {}", kFirst);
    return plan;
  }
  const ReadRelease read = read_release(previous);
  if (!read.release) {
    if (named) {
      plan.error = fmt::format("--previous '{}': {}", previous.string(), read.why);
      return plan;
    }
    // A build that cannot be compared (another format, or edited since): its content version,
    // if it has one, rises by a major step, as a reader must load the whole bundle again.
    plan.content_version = read.content_version.empty() ? kFirst : bumped(read.content_version, Bump::kMajor);
    plan.note = fmt::format("the previous build cannot be compared: {}; no change set; content version {}", read.why,
                            plan.content_version);
    return plan;
  }
  const Release& old = *read.release;
  ChangeSet changes = diff_releases(old, now, pool);
  plan.content_version = changes.to_version;
  if (changes.empty()) {
    // The same release, built again: what it said of its own changes still holds.
    plan.changes_json = old.changes_json;
    plan.changes_sql = old.changes_sql;
    plan.created = old.created;
    if (!old.changes_json.empty()) plan.changes = read_changes_json(old.changes_json);
    // A build from before bundle.sqlite carries no upgrade of it: made from its change set.
    plan.changes_sqlite_sql = !old.changes_sqlite_sql.empty() || !plan.changes ? old.changes_sqlite_sql
                                                                                 : write_changes_sqlite_sql(*plan.changes);
    plan.note = fmt::format("nothing changed since the previous build: content version {}", plan.content_version);
    return plan;
  }
  plan.changes_json = write_changes_json(changes);
  plan.changes_sql = write_changes_sql(changes);
  plan.changes_sqlite_sql = write_changes_sqlite_sql(changes);
  plan.note = "changes: " + changes_one_line(changes);
  plan.changes = std::move(changes);
  return plan;
}

}  // namespace contentc
