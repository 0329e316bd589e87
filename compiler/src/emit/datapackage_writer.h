#pragma once

#include <string>
#include <vector>

#include "tables/table.h"

namespace contentc {

/// What the data package says of itself, beyond its tables.
struct PackageMetadata {
  std::string content_version;  ///< `version`
  std::string created;          ///< RFC 3339
  /// `sources`: the cited articles, each with its URL when it has one.
  struct Source {
    std::string title, path;
  };
  std::vector<Source> sources;
  /// `contributors`: the people and bodies the articles name (their authors, with the publisher
  /// as organization), each once.
  struct Contributor {
    std::string title, organization;
  };
  std::vector<Contributor> contributors;
  /// `licenses`: only what the policy declares.
  struct License {
    std::string name, path, title;
  };
  std::vector<License> licenses;
};

/// The Frictionless Data Package (tabular-data-package) describing the CSV tables: its name,
/// the content version, when it was made, the articles it rests on and who wrote them, the
/// policy's licences, and one resource per table with its Table Schema (field types, required,
/// primary and foreign keys).
std::string write_datapackage(const std::vector<Table>& tables, bool spreadsheet_safe, const PackageMetadata& meta);

}  // namespace contentc
