#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "tables/table.h"
#include "util/output_buffer.h"

namespace contentc {

/// Calls `row` for each row of table `table` (an index into the tables), in order.
using TableRows = std::function<void(size_t table, const std::function<void(std::span<const Cell>)>& row)>;

/// Rows per INSERT statement in bundle.sql and changes.sql.
inline constexpr size_t kRowsPerInsert = 200;
/// `\nINSERT INTO table (column, …) VALUES\n`: what starts each INSERT of the table's rows
/// (and what reading bundle.sql back looks for).
std::string insert_header(const Table& t);
/// A value as a standard SQL literal: NULL, TRUE, FALSE, a number as written, or 'text' with
/// its quotes doubled.
void append_sql_literal(std::string& out, const Cell& cell);
/// A row as bundle.sql writes it in an INSERT: `(literal, literal, …)`.
void append_sql_tuple(std::string& out, std::span<const Cell> row);

/// `CREATE TABLE` statements for the tables, with their primary and foreign keys (each
/// statement after a blank line), in standard SQL that SQLite 3 and PostgreSQL 15 both take.
std::string create_tables_sql(const std::vector<Table>& tables);
/// `CREATE INDEX` statements for every foreign key that its table's primary key does not start
/// with, one a line.
std::string create_indexes_sql(const std::vector<Table>& tables);

/// One SQL script that loads unchanged into SQLite 3 and PostgreSQL 15: in one transaction,
/// drops the bundle's tables if present, creates them with primary and foreign keys, inserts
/// the rows in multi-row INSERTs (parents first), then creates an index on every foreign key.
/// Strings are standard literals: quotes doubled, nothing else escaped (no backslash escapes,
/// no E''); the sources cannot hold NUL. Streams into `out`, taking the rows table by table
/// from `rows`.
void write_sql(const std::vector<Table>& tables, const TableRows& rows, OutputBuffer& out);
/// The same script in memory, from the tables' own rows.
std::string write_sql(const std::vector<Table>& tables);

}  // namespace contentc
