#include "emit/csv_writer.h"

namespace contentc {
namespace {

void append_field(std::string& out, const std::string& value, bool spreadsheet_safe) {
  std::string v = value;
  if (spreadsheet_safe && !v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r')) {
    v.insert(v.begin(), '\'');
  }
  if (v.find_first_of(",\"\r\n") == std::string::npos) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string cell_text(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(int64_t n) const { return std::to_string(n); }
    std::string operator()(const Decimal& d) const { return d.text; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
  };
  return std::visit(Visitor{}, cell);
}

std::string write_csv(const Table& table, const CsvOptions& options) {
  std::string out;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, std::string(table.columns[i].name), false);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      // Only text can start like a formula; numbers such as -3 stay numbers.
      const bool is_text = std::holds_alternative<std::string>(row[i]);
      append_field(out, cell_text(row[i]), options.spreadsheet_safe && is_text);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace contentc
