#include "changes/release.h"

#include <cstring>
#include <fstream>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "changes/sql_tuples.h"
#include "emit/bundle_tables.h"
#include "emit/sql_writer.h"
#include "util/read_file.h"
#include "util/sha256.h"

namespace contentc {
namespace fs = std::filesystem;

std::string_view major_of(std::string_view version) { return version.substr(0, version.find('.')); }

namespace {

constexpr size_t kMaxRead = size_t{16} << 30;

/// Reads `rel` of the build and checks it against the manifest's SHA-256; "" and `why` set
/// when it cannot be trusted.
bool read_listed(const fs::path& folder, const std::map<std::string, std::string>& listed, const std::string& rel,
                 std::string& out, std::string& why) {
  auto it = listed.find(rel);
  if (it == listed.end()) {
    why = fmt::format("its manifest does not list {}", rel);
    return false;
  }
  if (const int e = read_whole_file(folder / rel, kMaxRead, out); e != 0) {
    why = fmt::format("cannot read its {}: {}", rel, std::strerror(e));
    return false;
  }
  if (sha256_hex(out) != it->second) {
    why = fmt::format("its {} is not the file its manifest lists (edited since the build?)", rel);
    return false;
  }
  return true;
}

/// Splits bundle.sql's INSERTs into rows, per table; false (and `why`) when a table's columns
/// are not this contentc's or a row does not parse.
bool parse_rows(Release& r, std::string& why) {
  const std::vector<Table> tables = bundle_schemas();
  r.rows.assign(tables.size(), {});
  const std::string_view sql = r.sql;
  auto bad_row = [&](const Table& t) {
    why = fmt::format("its bundle.sql has a row of {} that does not parse", t.name);
    return false;
  };
  for (const Table& t : tables) {
    if (sql.find(fmt::format("\nCREATE TABLE {} (\n", t.name)) == std::string_view::npos) {
      why = fmt::format("its bundle.sql has no table {}", t.name);
      return false;
    }
  }
  // The rows follow the CREATEs: each table's INSERTs (up to 200 rows each) one after the
  // other, in schema order; a table without rows has none.
  size_t at = sql.find("\nINSERT INTO ");
  if (at == std::string_view::npos) at = sql.size();
  for (size_t t = 0; t < tables.size(); ++t) {
    const std::string insert = insert_header(tables[t]);
    while (sql.compare(at, insert.size(), insert) == 0) {
      at += insert.size();
      while (true) {
        if (sql.compare(at, 3, "  (") != 0) return bad_row(tables[t]);
        size_t fields = 0;
        const size_t end = tuple_end(sql, at + 2, &fields);
        if (end == std::string_view::npos || end + 2 > sql.size() || fields != tables[t].columns.size()) {
          return bad_row(tables[t]);
        }
        r.rows[t].push_back(sql.substr(at + 2, end - at - 2));
        at = end + 2;
        if (sql.compare(end, 2, ";\n") == 0) break;
        if (sql.compare(end, 2, ",\n") != 0) return bad_row(tables[t]);
      }
    }
  }
  if (sql.compare(at, 13, "\nINSERT INTO ") == 0) {
    why = "its bundle.sql inserts into a table this contentc does not write, or with other columns";
    return false;
  }
  return true;
}

}  // namespace

ReadRelease read_release(const fs::path& folder) {
  ReadRelease out;
  std::ifstream in(folder / "manifest.json", std::ios::binary);
  const nlohmann::json manifest =
      in ? nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false) : nlohmann::json();
  if (!manifest.is_object() || manifest.value("tool", nlohmann::json()) != "contentc" ||
      !manifest.contains("outputs") || !manifest["outputs"].is_array()) {
    out.why = "it holds no build of contentc's (no manifest.json naming contentc)";
    return out;
  }
  out.is_build = true;
  if (manifest.contains("format_version") && manifest["format_version"].is_string()) {
    out.format_version = manifest["format_version"].get<std::string>();
  }
  if (manifest.contains("content_version") && manifest["content_version"].is_string()) {
    out.content_version = manifest["content_version"].get<std::string>();
  }
  if (major_of(out.format_version) != major_of(kFormatVersion)) {
    out.why = fmt::format("it is a build of format {}, and this contentc writes format {}",
                          out.format_version.empty() ? "?" : out.format_version, kFormatVersion);
    return out;
  }
  std::map<std::string, std::string> listed;
  for (const auto& o : manifest["outputs"]) {
    if (o.is_object() && o.contains("path") && o["path"].is_string() && o.contains("sha256") && o["sha256"].is_string()) {
      listed[o["path"].get<std::string>()] = o["sha256"].get<std::string>();
    }
  }
  Release r;
  r.format_version = out.format_version;
  r.content_version = out.content_version;
  if (!read_listed(folder, listed, "bundle.sql", r.sql, out.why) || !parse_rows(r, out.why)) return out;
  if (listed.contains("changes.json") &&
      (!read_listed(folder, listed, "changes.json", r.changes_json, out.why) ||
       !read_listed(folder, listed, "changes.sql", r.changes_sql, out.why))) {
    return out;
  }
  out.release = std::move(r);
  return out;
}

}  // namespace contentc
