#include "tables/sqlite_writer.h"

#include <sqlite3.h>

#include <memory>

#include <fmt/format.h>

namespace contentc {
namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

/// Runs `sql` (any number of statements); returns an error message, or "".
std::string exec(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return "";
  std::string error = message ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return error;
}

/// `INSERT INTO table (a, b, …) VALUES (?, ?, …)`.
std::string insert_statement(const Table& t) {
  std::string names, marks;
  for (const Column& c : t.columns) {
    names += (names.empty() ? "" : ", ") + std::string(c.name);
    marks += marks.empty() ? "?" : ", ?";
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({})", t.name, names, marks);
}

/// Binds a cell as its SQL literal in bundle.sql would be read: NULL, text, an integer, a
/// decimal as its text (the column's NUMERIC affinity makes it a number, as the literal is), a
/// boolean as 1 or 0 (what SQLite makes of TRUE and FALSE).
int bind(sqlite3_stmt* s, int i, const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return sqlite3_bind_null(s, i);
  if (const auto* b = std::get_if<bool>(&cell)) return sqlite3_bind_int(s, i, *b ? 1 : 0);
  if (const auto* n = std::get_if<int64_t>(&cell)) return sqlite3_bind_int64(s, i, *n);
  const std::string_view text = std::holds_alternative<CellText>(cell) ? std::get<CellText>(cell).text
                                                                       : std::get<Decimal>(cell).text;
  return sqlite3_bind_text64(s, i, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
}

/// `(SELECT group_concat(col, ' ') FROM (SELECT col FROM table WHERE key = e.id ORDER BY ordinal))`:
/// an entry's texts of one kind, in their order, as one text ('' when it has none).
std::string joined(std::string_view column, std::string_view table, std::string_view key) {
  return fmt::format("coalesce((SELECT group_concat({0}, ' ') FROM (SELECT {0} FROM {1} WHERE {1}.{2} = e.id "
                     "ORDER BY {1}.ordinal)), '')",
                     column, table, key);
}

}  // namespace

std::string search_schema_sql() {
  return fmt::format(
      "CREATE VIEW search_source (entry_id, kind, name, aliases, body, warnings) AS\n"
      "SELECT e.id, e.kind, coalesce(x.name, s.name, c.name, ''), {},\n"
      "  CASE e.kind\n"
      "    WHEN 'condition' THEN coalesce(c.summary, '') || ' ' || {}\n"
      "    WHEN 'advice' THEN a.text\n"
      "    WHEN 'claim' THEN cl.text\n"
      "    ELSE {}\n"
      "  END,\n"
      "  {}\n"
      "FROM entries e\n"
      "LEFT JOIN exercises x ON x.id = e.id\n"
      "LEFT JOIN stretches s ON s.id = e.id\n"
      "LEFT JOIN conditions c ON c.id = e.id\n"
      "LEFT JOIN advice a ON a.id = e.id\n"
      "LEFT JOIN claims cl ON cl.id = e.id\n"
      "WHERE e.kind <> 'article';\n"
      "CREATE VIRTUAL TABLE search USING fts5(entry_id UNINDEXED, kind UNINDEXED, name, aliases, body, warnings,\n"
      "  tokenize = 'porter unicode61 remove_diacritics 2');\n"
      "INSERT INTO search (search, rank) VALUES ('rank', 'bm25(0, 0, 10.0, 5.0, 1.0, 1.0)');\n",
      joined("alias", "aliases", "entry_id"), joined("symptom", "symptoms", "condition_id"),
      joined("step", "steps", "entry_id"), joined("text", "warnings", "entry_id"));
}

std::string search_fill_sql(std::string_view where) {
  return fmt::format("INSERT INTO search (entry_id, kind, name, aliases, body, warnings)\n"
                     "SELECT entry_id, kind, name, aliases, body, warnings FROM search_source{}{} ORDER BY entry_id;\n",
                     where.empty() ? "" : "\nWHERE ", where);
}

std::string write_sqlite(const std::vector<Table>& tables, const TableRows& rows, int32_t user_version,
                         const std::filesystem::path& file) {
  // SQLite counts every allocation under a global mutex unless told not to: a fifth of the
  // insert time here. Set before the library starts (afterwards the call is refused, harmlessly).
  static const int no_memory_statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)no_memory_statistics;
  sqlite3* raw = nullptr;
  // One connection on one thread: no mutex around each call.
  const int opened = sqlite3_open_v2(file.c_str(), &raw,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE | SQLITE_OPEN_NOMUTEX,
                                     nullptr);
  Db db(raw);
  if (opened != SQLITE_OK) return fmt::format("cannot create {}: {}", file.string(), raw ? sqlite3_errmsg(raw) : "out of memory");
  const std::string where = file.filename().string();
  // One writer, a file nobody else opens until the build is done: no journal, no syncs.
  std::string error = exec(db.get(), fmt::format("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; "
                                                 "PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; "
                                                 "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -8192; "
                                                 "PRAGMA application_id = {}; PRAGMA user_version = {};\n"
                                                 "BEGIN;\n{}",
                                                 kSqliteApplicationId, user_version, create_tables_sql(tables)));
  for (size_t table = 0; table < tables.size() && error.empty(); ++table) {
    sqlite3_stmt* raw_statement = nullptr;
    const std::string sql = insert_statement(tables[table]);
    if (sqlite3_prepare_v3(db.get(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &raw_statement, nullptr) != SQLITE_OK) {
      error = sqlite3_errmsg(db.get());
      break;
    }
    Statement insert(raw_statement);
    rows(table, [&](std::span<const Cell> row) {
      if (!error.empty()) return;
      for (size_t i = 0; i < row.size(); ++i) {
        if (bind(insert.get(), static_cast<int>(i + 1), row[i]) != SQLITE_OK) {
          error = sqlite3_errmsg(db.get());
          return;
        }
      }
      if (sqlite3_step(insert.get()) != SQLITE_DONE) error = fmt::format("{}: {}", tables[table].name, sqlite3_errmsg(db.get()));
      sqlite3_reset(insert.get());
    });
  }
  if (error.empty()) {
    error = exec(db.get(), create_indexes_sql(tables) + search_schema_sql() + search_fill_sql() +
                               "INSERT INTO search (search) VALUES ('optimize');\nCOMMIT;\n");
  }
  if (!error.empty()) return fmt::format("{}: {}", where, error);
  if (sqlite3_close(db.release()) != SQLITE_OK) return fmt::format("{}: cannot close the database", where);
  return "";
}

}  // namespace contentc
