#include "tables/csv_writer.h"

#include <iterator>

#include <fmt/format.h>

namespace contentc {
namespace {

void append_field(std::string& out, std::string_view value, bool spreadsheet_safe) {
  const bool formula = spreadsheet_safe && !value.empty() &&
                       (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                        value[0] == '\t' || value[0] == '\r');
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    if (formula) out += '\'';
    out += value;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  append_quoted_body(out, value, '"');
  out += '"';
}

}  // namespace

void append_quoted_body(std::string& out, std::string_view text, char quote) {
  for (size_t at; (at = text.find(quote)) != std::string_view::npos; text.remove_prefix(at + 1)) {
    out.append(text.data(), at + 1);
    out += quote;
  }
  out += text;
}

void append_cell_text(std::string& out, const Cell& cell) {
  struct Visitor {
    std::string& out;
    void operator()(std::monostate) const {}
    void operator()(const CellText& s) const { out += s.text; }
    void operator()(int64_t n) const { fmt::format_to(std::back_inserter(out), "{}", n); }
    void operator()(const Decimal& d) const { out += d.text; }
    void operator()(bool b) const { out += b ? "true" : "false"; }
  };
  std::visit(Visitor{out}, cell);
}

std::string cell_text(const Cell& cell) {
  std::string out;
  append_cell_text(out, cell);
  return out;
}

void write_csv_header(const Table& table, std::string& out) {
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, table.columns[i].name, false);
  }
  out += "\r\n";
}

void write_csv_row(std::span<const Cell> row, const CsvOptions& options, std::string& out) {
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ',';
    // Only text can start like a formula; numbers such as -3 stay numbers.
    if (const auto* s = std::get_if<CellText>(&row[i])) {
      append_field(out, s->text, options.spreadsheet_safe);
    } else {
      append_cell_text(out, row[i]);
    }
  }
  out += "\r\n";
}

std::string write_csv(const Table& table, const CsvOptions& options) {
  std::string out;
  write_csv_header(table, out);
  for (const auto& row : table.rows) write_csv_row(row, options, out);
  return out;
}

}  // namespace contentc
