#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "diag/location.h"
#include "tables/citation_index.h"
#include "tables/table.h"
#include "model/model.h"

namespace contentc {

/// The bundle's format version: major changes break readers, minor ones add to the format.
inline constexpr const char* kFormatVersion = "2.8";

/// Takes one row: the table's index in bundle_schemas(), and its cells (valid during the call).
using RowFn = std::function<void(size_t table, std::span<const Cell> cells)>;

/// The tables of the CSV and SQL bundles, without rows, parents before children (the order SQL
/// loads them in).
std::vector<Table> bundle_schemas();
/// Every row of every table (or of table `only`), made from the model as it is handed over
/// (nothing is kept), table by table within each entry. Every value equals the one bundle.json
/// holds.
void for_each_row(const Model& model, const CitationIndex& citations, const RowFn& row, size_t only = SIZE_MAX);
/// The tables with their rows, in memory.
std::vector<Table> build_tables(const Model& model, const CitationIndex& citations);

/// "99", "99.5", "-3": the canonical text of a decimal written in the sources ("+099.50" →
/// "99.5"), valid as a JSON number and an SQL literal.
std::string canonical_decimal(std::string_view text);

}  // namespace contentc
