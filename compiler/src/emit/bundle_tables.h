#pragma once

#include <string>
#include <vector>

#include "diag/location.h"
#include "emit/citation_index.h"
#include "emit/table.h"
#include "model/model.h"

namespace contentc {

/// The bundle's format version: major changes break readers, minor ones add to the format.
inline constexpr const char* kFormatVersion = "1.2";

/// The model as the tables of the CSV and SQL bundles, parents before children (the order SQL
/// loads them in). Every value equals the one bundle.json holds.
std::vector<Table> build_tables(const Model& model, const CitationIndex& citations);

/// "99", "99.5", "-3": the canonical text of a decimal written in the sources ("+099.50" →
/// "99.5"), valid as a JSON number and an SQL literal.
std::string canonical_decimal(std::string_view text);

}  // namespace contentc
