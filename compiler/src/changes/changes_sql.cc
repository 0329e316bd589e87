#include "changes/changes_sql.h"

#include <set>
#include <string_view>

#include <fmt/format.h>

#include "tables/bundle_tables.h"
#include "tables/sql_writer.h"
#include "tables/sqlite_writer.h"

namespace contentc {
namespace {

/// `a = 'x' AND b = 2`: the row's key.
std::string key_condition(const Table& t, const std::vector<std::string>& row) {
  std::string out;
  for (size_t i = 0; i < t.primary_key.size(); ++i) {
    out += fmt::format("{}{} = {}", i ? " AND " : "", t.primary_key[i], row[i]);
  }
  return out;
}

/// The statements that apply the change set: rows added (parents first), then changed, then
/// removed (children first).
std::string change_statements(const ChangeSet& c, const std::vector<Table>& tables) {
  std::string out;
  for (size_t t = 0; t < tables.size(); ++t) {  // parents first
    const auto& rows = c.tables[t].added;
    const std::string header = insert_header(tables[t]);
    for (size_t i = 0; i < rows.size(); ++i) {
      out += i % kRowsPerInsert == 0 ? (i ? ";\n" : "") + header : ",\n";
      out += "  (";
      for (size_t k = 0; k < rows[i].size(); ++k) out += (k ? ", " : "") + rows[i][k];
      out += ')';
    }
    if (!rows.empty()) out += ";\n";
  }
  for (size_t t = 0; t < tables.size(); ++t) {
    if (!c.tables[t].modified.empty()) out += '\n';
    for (const ModifiedRow& m : c.tables[t].modified) {
      std::string set;
      for (const FieldChange& f : m.fields) {
        set += fmt::format("{}{} = {}", set.empty() ? "" : ", ", tables[t].columns[f.column].name, f.after);
      }
      out += fmt::format("UPDATE {} SET {} WHERE {};\n", tables[t].name, set, key_condition(tables[t], m.key));
    }
  }
  for (size_t t = tables.size(); t-- > 0;) {  // children first
    if (!c.tables[t].removed.empty()) out += '\n';
    for (const auto& row : c.tables[t].removed) {
      out += fmt::format("DELETE FROM {} WHERE {};\n", tables[t].name, key_condition(tables[t], row));
    }
  }
  return out;
}

/// The ids (as SQL literals, in order) of the entries whose search row the change set touches:
/// the key's first column of every changed row of a table the search reads.
std::set<std::string> searched_entries(const ChangeSet& c, const std::vector<Table>& tables) {
  static const std::set<std::string_view> kSearched = {"entries", "conditions", "exercises", "stretches", "advice",
                                                      "claims",  "aliases",    "symptoms",  "steps",     "warnings"};
  std::set<std::string> ids;
  for (size_t t = 0; t < tables.size(); ++t) {
    if (!kSearched.contains(tables[t].name)) continue;
    for (const auto& row : c.tables[t].added) ids.insert(row[0]);
    for (const auto& row : c.tables[t].removed) ids.insert(row[0]);
    for (const ModifiedRow& m : c.tables[t].modified) ids.insert(m.key[0]);
  }
  return ids;
}

}  // namespace

std::string write_changes_sql(const ChangeSet& c) {
  const std::vector<Table> tables = bundle_schemas();
  return fmt::format(
      "-- contentc change set, format {}: generated, do not edit.\n"
      "-- Turns a database loaded from the bundle.sql of content version {} into one equal to the\n"
      "-- bundle.sql of content version {}. Runs unchanged in SQLite 3 and PostgreSQL 15.\n\n"
      "BEGIN;\n{}\nCOMMIT;\n",
      kFormatVersion, c.from_version.empty() ? "(none)" : c.from_version, c.to_version, change_statements(c, tables));
}

std::string write_changes_sqlite_sql(const ChangeSet& c) {
  const std::optional<int32_t> from = content_version_number(c.from_version);
  const std::optional<int32_t> to = content_version_number(c.to_version);
  if (!from || !to) return "";
  const std::vector<Table> tables = bundle_schemas();
  std::string ids;
  for (const std::string& id : searched_entries(c, tables)) ids += (ids.empty() ? "" : ", ") + id;
  const std::string refresh =
      ids.empty() ? ""
                  : fmt::format("\nDELETE FROM search WHERE entry_id IN ({0});\n{1}", ids,
                                search_fill_sql(fmt::format("entry_id IN ({})", ids)));
  return fmt::format(
      "-- contentc change set for bundle.sqlite, format {0}: generated, do not edit.\n"
      "-- Upgrades the bundle.sqlite of content version {1} (PRAGMA user_version {2}) in place into one\n"
      "-- equal to the bundle.sqlite of content version {3} (user_version {4}), search index included.\n"
      "-- Run it to its first error: sqlite3 -bail app.db < changes.sqlite.sql, or Python's executescript.\n"
      "-- A database of any other version gets an error and is not changed. Turns foreign-key\n"
      "-- enforcement on for the connection.\n\n"
      "PRAGMA foreign_keys = ON;\n"
      "BEGIN;\n"
      "-- The version check: a database of another version leaves a row no version row matches, so\n"
      "-- COMMIT fails even where a client goes on after the error below.\n"
      "CREATE TEMP TABLE contentc_upgrade_from (user_version INTEGER PRIMARY KEY);\n"
      "INSERT INTO temp.contentc_upgrade_from VALUES ({2});\n"
      "CREATE TEMP TABLE contentc_upgrading (user_version INTEGER\n"
      "  REFERENCES contentc_upgrade_from (user_version) DEFERRABLE INITIALLY DEFERRED);\n"
      "INSERT INTO temp.contentc_upgrading SELECT user_version FROM pragma_user_version;\n"
      "CREATE TEMP TABLE contentc_version_check (user_version INTEGER, CONSTRAINT \"changes.sqlite.sql upgrades "
      "bundle.sqlite {1} (user_version {2}) to {3} (user_version {4}), and this database holds another version: "
      "nothing was changed; ship the new bundle.sqlite instead\" CHECK (user_version = {2}));\n"
      "INSERT INTO temp.contentc_version_check SELECT user_version FROM temp.contentc_upgrading;\n"
      "{5}{6}\n"
      "PRAGMA user_version = {4};\n"
      "COMMIT;\n"
      "DROP TABLE temp.contentc_version_check;\n"
      "DROP TABLE temp.contentc_upgrading;\n"
      "DROP TABLE temp.contentc_upgrade_from;\n",
      kFormatVersion, c.from_version, *from, c.to_version, *to, change_statements(c, tables), refresh);
}

}  // namespace contentc
