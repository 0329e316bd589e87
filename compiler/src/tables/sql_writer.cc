#include "tables/sql_writer.h"

#include <algorithm>

#include <fmt/format.h>

#include "tables/bundle_tables.h"
#include "tables/csv_writer.h"

namespace contentc {
namespace {

std::string_view sql_type(ColumnType t) {
  switch (t) {
    case ColumnType::kString:
      return "TEXT";
    case ColumnType::kInteger:
      return "BIGINT";
    case ColumnType::kNumber:
      return "NUMERIC";
    case ColumnType::kBoolean:
      return "BOOLEAN";
    case ColumnType::kDate:
      return "DATE";
    case ColumnType::kDateTime:
      return "TIMESTAMP WITH TIME ZONE";
  }
  return "TEXT";
}

std::string join(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

}  // namespace

std::string create_tables_sql(const std::vector<Table>& tables) {
  std::string out;
  for (const Table& t : tables) {
    out += fmt::format("\nCREATE TABLE {} (\n", t.name);
    for (const Column& c : t.columns) {
      out += fmt::format("  {} {}{},\n", c.name, sql_type(c.type), c.required ? " NOT NULL" : "");
    }
    out += fmt::format("  PRIMARY KEY ({})", join(t.primary_key));
    for (const ForeignKey& fk : t.foreign_keys) {
      out += fmt::format(",\n  FOREIGN KEY ({}) REFERENCES {} ({})", join(fk.columns), fk.table,
                         join(fk.referenced));
    }
    out += "\n);\n";
  }
  return out;
}

std::string create_indexes_sql(const std::vector<Table>& tables) {
  std::string out;
  for (const Table& t : tables) {
    for (const ForeignKey& fk : t.foreign_keys) {
      if (fk.columns.size() <= t.primary_key.size() &&
          std::equal(fk.columns.begin(), fk.columns.end(), t.primary_key.begin())) {
        continue;  // the primary key's index serves: the key starts with these columns
      }
      std::string index = fmt::format("{}_{}_idx", t.name, fk.columns[0]);
      out += fmt::format("CREATE INDEX {} ON {} ({});\n", index, t.name, join(fk.columns));
    }
  }
  return out;
}

void append_sql_literal(std::string& out, const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) {
    out += "NULL";
  } else if (const auto* b = std::get_if<bool>(&cell)) {
    out += *b ? "TRUE" : "FALSE";
  } else if (const auto* s = std::get_if<CellText>(&cell)) {
    out += '\'';
    append_quoted_body(out, s->text, '\'');
    out += '\'';
  } else {
    append_cell_text(out, cell);
  }
}

std::string insert_header(const Table& t) {
  std::vector<std::string_view> names;
  for (const Column& c : t.columns) names.push_back(c.name);
  return fmt::format("\nINSERT INTO {} ({}) VALUES\n", t.name, join(names));
}

void append_sql_tuple(std::string& out, std::span<const Cell> row) {
  out += '(';
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ", ";
    append_sql_literal(out, row[i]);
  }
  out += ')';
}

void write_sql(const std::vector<Table>& tables, const TableRows& rows, OutputBuffer& buffer) {
  std::string& out = buffer.text();
  out += fmt::format(
      "-- contentc bundle, format {}: generated, do not edit.\n"
      "-- Loads unchanged into SQLite 3 (sqlite3 db < bundle.sql) and PostgreSQL 15\n"
      "-- (psql -v ON_ERROR_STOP=1 -f bundle.sql).\n\n"
      "BEGIN;\n\n",
      kFormatVersion);
  for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
    out += fmt::format("DROP TABLE IF EXISTS {};\n", it->name);
  }
  out += create_tables_sql(tables);
  for (size_t table = 0; table < tables.size(); ++table) {
    const std::string header = insert_header(tables[table]);
    size_t n = 0;
    rows(table, [&](std::span<const Cell> row) {
      if (n % kRowsPerInsert == 0) {
        if (n > 0) out += ";\n";
        out += header;
      } else {
        out += ",\n";
      }
      ++n;
      out += "  ";
      append_sql_tuple(out, row);
      buffer.spill();
    });
    if (n > 0) out += ";\n";
  }
  out += "\n" + create_indexes_sql(tables);
  out += "\nCOMMIT;\n";
  buffer.flush();
}

std::string write_sql(const std::vector<Table>& tables) {
  OutputBuffer out;
  write_sql(tables, [&tables](size_t table, const std::function<void(std::span<const Cell>)>& row) {
    for (const std::vector<Cell>& r : tables[table].rows) row(r);
  }, out);
  return out.take();
}

}  // namespace contentc
