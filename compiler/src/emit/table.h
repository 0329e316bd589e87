#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace contentc {

/// The types a bundle column can have; each maps to a Frictionless type, an SQL type and a
/// JSON type (README.md, "Bundles", lists them).
enum class ColumnType { kString, kInteger, kNumber, kBoolean, kDate };

struct Column {
  std::string_view name;
  ColumnType type;
  bool required;
  std::string_view description;
};

struct ForeignKey {
  std::vector<std::string_view> columns;
  std::string_view table;
  std::vector<std::string_view> referenced;
};

/// A decimal number kept as its canonical text ("99", "99.5"), so that JSON, CSV and SQL write
/// exactly the same digits.
struct Decimal {
  std::string text;
};

/// One value: null, text, a whole number, a decimal, or a boolean.
using Cell = std::variant<std::monostate, std::string, int64_t, Decimal, bool>;

/// One table of the bundle: its schema and its rows, in a stable order.
struct Table {
  std::string_view name;
  std::string_view description;
  std::vector<Column> columns;
  std::vector<std::string_view> primary_key;
  std::vector<ForeignKey> foreign_keys;
  std::vector<std::vector<Cell>> rows;
};

}  // namespace contentc
