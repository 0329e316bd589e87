#include "changes/changes_sql.h"

#include <fmt/format.h>

#include "tables/bundle_tables.h"
#include "tables/sql_writer.h"

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

}  // namespace

std::string write_changes_sql(const ChangeSet& c) {
  const std::vector<Table> tables = bundle_schemas();
  std::string out = fmt::format(
      "-- contentc change set, format {}: generated, do not edit.\n"
      "-- Turns a database loaded from the bundle.sql of content version {} into one equal to the\n"
      "-- bundle.sql of content version {}. Runs unchanged in SQLite 3 and PostgreSQL 15.\n\n"
      "BEGIN;\n",
      kFormatVersion, c.from_version.empty() ? "(none)" : c.from_version, c.to_version);
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
  out += "\nCOMMIT;\n";
  return out;
}

}  // namespace contentc
