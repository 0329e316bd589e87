#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tables/sql_writer.h"
#include "tables/table.h"

namespace contentc {

/// `PRAGMA application_id` of every bundle.sqlite: the bytes "CnTc", so that a file can be told
/// to be contentc's bundle without reading its tables.
inline constexpr int32_t kSqliteApplicationId = 0x436E5463;

/// The full-text search over what users look for, as SQL the database runs: a view
/// `search_source` that gives one row an entry (conditions, exercises, stretches, advice and
/// claims: `entry_id`, `kind`, `name`, `aliases`, `body`, `warnings`), and the FTS5 table
/// `search` that indexes it with the porter tokenizer, ranked by bm25 with a name above an
/// alias above the body and warnings (`ORDER BY rank`).
std::string search_schema_sql();
/// Fills `search` from `search_source`: every entry, or those `where` (an SQL condition on
/// `search_source`) selects.
std::string search_fill_sql(std::string_view where = "");

/// Writes the bundle as a SQLite 3 database at `file` (which must not exist yet): the same
/// tables, keys, rows and indexes as bundle.sql loaded into SQLite (the same CREATE statements;
/// each cell bound with the type its SQL literal has), then the search index, with
/// `application_id` and `user_version` set. Page size 4096 and no journal, so the same tables
/// give the same bytes. Takes the rows table by table from `rows`. Returns an error message, or
/// "".
[[nodiscard]] std::string write_sqlite(const std::vector<Table>& tables, const TableRows& rows, int32_t user_version,
                                       const std::filesystem::path& file);

}  // namespace contentc
