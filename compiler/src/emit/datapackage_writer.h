#pragma once

#include <string>
#include <vector>

#include "tables/table.h"

namespace contentc {

/// The Frictionless Data Package (tabular-data-package) describing the CSV tables: one
/// resource per table with its Table Schema (field types, required, primary and foreign keys).
std::string write_datapackage(const std::vector<Table>& tables, bool spreadsheet_safe);

}  // namespace contentc
