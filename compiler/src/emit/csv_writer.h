#pragma once

#include <span>
#include <string>

#include "emit/table.h"
#include "util/output_buffer.h"

namespace contentc {

struct CsvOptions {
  /// Prefix cells a spreadsheet would run as a formula (= + - @, tab or CR first) with "'".
  bool spreadsheet_safe = false;
};

/// One table as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, fields quoted when they
/// hold a comma, a quote, CR or LF (quotes doubled). Null is the empty field; text is never
/// empty, so the two cannot be confused.
void write_csv(const Table& table, const CsvOptions& options, OutputBuffer& out);
/// The header row, and one row, as write_csv writes them (for streaming rows).
void write_csv_header(const Table& table, std::string& out);
void write_csv_row(std::span<const Cell> row, const CsvOptions& options, std::string& out);
std::string write_csv(const Table& table, const CsvOptions& options);

/// The text of a non-null cell as CSV, JSON and SQL all spell it: "true"/"false", digits, the
/// decimal's canonical form, or the string itself.
std::string cell_text(const Cell& cell);
void append_cell_text(std::string& out, const Cell& cell);

}  // namespace contentc
