#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace contentc {

/// The types a bundle column can have; each maps to a Frictionless type, an SQL type and a
/// JSON type (README.md, "Bundles", lists them).
enum class ColumnType { kString, kInteger, kNumber, kBoolean, kDate, kDateTime };

struct Column {
  std::string_view name;
  ColumnType type;
  bool required;
  std::string_view description;
  /// For a column a later format appended: what a build of an earlier format meant there, as
  /// an SQL literal ("'any'"); empty for NULL. A change set reads an earlier build's rows so.
  std::string_view earlier = {};
};

struct ForeignKey {
  std::vector<std::string_view> columns;
  std::string_view table;
  std::vector<std::string_view> referenced;
};

/// A decimal number kept as its canonical text ("99", "99.5"), so that JSON, CSV and SQL write
/// exactly the same digits.
struct Decimal {
  std::string_view text;
};

/// A cell's text: a view of the model's values, of a constant, or of the table's own
/// `strings`; never of a temporary (that constructor is deleted).
struct CellText {
  std::string_view text;
  CellText(std::string_view t) : text(t) {}  // NOLINT: implicit, as a cell is built
  CellText(const char* t) : text(t) {}       // NOLINT
  CellText(const std::string& t) : text(t) {}  // NOLINT
  CellText(std::string&&) = delete;
};

/// One value: null, text, a whole number, a decimal, or a boolean.
using Cell = std::variant<std::monostate, CellText, int64_t, Decimal, bool>;

/// One table of the bundle: its schema and its rows, in a stable order.
struct Table {
  std::string_view name;
  std::string_view description;
  std::vector<Column> columns;
  std::vector<std::string_view> primary_key;
  std::vector<ForeignKey> foreign_keys;
  std::vector<std::vector<Cell>> rows;
  std::deque<std::string> strings = {};  ///< text made for this table (its cells view it)
  /// A table a later minor format added: a change set reads an earlier build without it as
  /// holding no rows.
  bool added_later = false;

  /// Keeps `s` with the table; returns a view of it for a cell.
  std::string_view keep(std::string s) { return strings.emplace_back(std::move(s)); }
};

}  // namespace contentc
