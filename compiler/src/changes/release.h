#pragma once

#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// A build that contentc wrote, read back to compare with another: the versions its manifest
/// records and the rows of its bundle.sql.
struct Release {
  std::string format_version;   ///< "2.0"
  std::string content_version;  ///< "1.4.2"; "" for a build made before content versions
  std::string created;          ///< when the release was first built (RFC 3339); "" before format 2.7
  std::string sql;              ///< bundle.sql, whole (the rows view it)
  /// Per table of bundle_schemas(), in its order: each row as bundle.sql writes it, `(…)`.
  std::vector<std::vector<std::string_view>> rows;
  /// The rows of an earlier minor format, with NULL in the columns it did not have: the rows
  /// above view them (a deque never moves its elements).
  std::deque<std::string> padded;
  std::string changes_json, changes_sql;  ///< the build's own change files, "" when it has none
  std::string changes_sqlite_sql;         ///< "" also for a build made before bundle.sqlite
};

/// What a folder holds, for a change set.
struct ReadRelease {
  std::optional<Release> release;  ///< set when the folder is a build this contentc can compare
  bool is_build = false;           ///< a manifest.json that names contentc
  std::string format_version;      ///< its manifest's, even when the rows cannot be compared
  std::string content_version;     ///< its manifest's, even when the rows cannot be compared
  std::string why;                 ///< when `release` is empty: why, for a note or an error
};

/// Reads the build in `folder`. Only a folder whose manifest.json names contentc, whose format
/// has this contentc's major number, and whose bundle.sql (and change files) have the SHA-256
/// its manifest lists is read (a file edited since is not trusted).
ReadRelease read_release(const std::filesystem::path& folder);

/// The major number of a "2.0" or "1.4.2".
std::string_view major_of(std::string_view version);

}  // namespace contentc
