#pragma once

#include <span>
#include <string>

#include "tables/table.h"

namespace contentc {

struct CsvOptions {
  /// Prefix cells a spreadsheet would run as a formula (= + - @, tab or CR first) with "'".
  bool spreadsheet_safe = false;
};

/// One table as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, fields quoted when they
/// hold a comma, a quote, CR or LF (quotes doubled). Null is the empty field; text is never
/// empty, so the two cannot be confused.
std::string write_csv(const Table& table, const CsvOptions& options);
/// The header row, and one row, as write_csv writes them (for rows streamed as they are made).
void write_csv_header(const Table& table, std::string& out);
void write_csv_row(std::span<const Cell> row, const CsvOptions& options, std::string& out);

/// The text of a non-null cell as CSV, JSON and SQL all spell it: "true"/"false", digits, the
/// decimal's canonical form, or the string itself.
std::string cell_text(const Cell& cell);
void append_cell_text(std::string& out, const Cell& cell);
/// Appends `text` with every `quote` in it doubled, as CSV fields and SQL literals escape it.
void append_quoted_body(std::string& out, std::string_view text, char quote);

}  // namespace contentc
