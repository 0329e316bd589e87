#include "changes/release.h"

#include <cerrno>
#include <cstring>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "changes/change_set.h"
#include "changes/sql_tuples.h"
#include "load/schema.h"
#include "tables/bundle_tables.h"
#include "tables/sql_writer.h"
#include "util/read_file.h"
#include "util/sha256.h"

namespace contentc {
namespace fs = std::filesystem;

std::string_view major_of(std::string_view version) { return version.substr(0, version.find('.')); }

namespace {

/// The largest manifest.json read (a real one lists a few dozen files).
constexpr size_t kMaxManifest = size_t{16} << 20;

/// What a previous build's manifest says of one of its files.
struct Listed {
  std::string sha256;
  uint64_t bytes = 0;
};

/// Reads `rel` of the build and checks it against the manifest's size and SHA-256; "" and
/// `why` set when it cannot be trusted. Only a regular file of the listed size is read at all:
/// a file grown since (or a link to /dev/zero, a FIFO) is refused before a byte is read.
bool read_listed(const fs::path& folder, const std::map<std::string, Listed>& listed, const std::string& rel,
                 std::string& out, std::string& why) {
  auto it = listed.find(rel);
  if (it == listed.end()) {
    why = fmt::format("its manifest does not list {}", rel);
    return false;
  }
  if (const int e = read_whole_file(folder / rel, it->second.bytes, out); e != 0) {
    why = e == EFBIG ? fmt::format("its {} is not the file its manifest lists (larger than the {} bytes it lists: "
                                   "edited since the build?)",
                                   rel, it->second.bytes)
                     : fmt::format("cannot read its {}: {}", rel, std::strerror(e));
    return false;
  }
  if (out.size() != it->second.bytes || sha256_hex(out) != it->second.sha256) {
    why = fmt::format("its {} is not the file its manifest lists (edited since the build?)", rel);
    return false;
  }
  return true;
}

/// When `sql` at `at` starts an INSERT into `t` whose columns are `t`'s or the first of them
/// (at least its key), the length of that header, and `have` set to how many columns; else 0.
size_t insert_columns(std::string_view sql, size_t at, const Table& t, size_t& have) {
  const std::string full = insert_header(t);
  if (sql.compare(at, full.size(), full) == 0) {
    have = t.columns.size();
    return full.size();
  }
  const std::string open = fmt::format("\nINSERT INTO {} (", t.name);
  if (sql.compare(at, open.size(), open) != 0) return 0;
  const size_t close = sql.find(") VALUES\n", at + open.size());
  if (close == std::string_view::npos) return 0;
  std::string_view names = sql.substr(at + open.size(), close - at - open.size());
  size_t n = 0;
  while (!names.empty()) {
    const size_t comma = names.find(", ");
    if (n >= t.columns.size() || names.substr(0, comma) != t.columns[n].name) return 0;
    ++n;
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 2);
  }
  if (n < t.primary_key.size()) return 0;
  have = n;
  return close + std::string_view(") VALUES\n").size() - at;
}

/// Splits bundle.sql's INSERTs into rows, per table; false (and `why`) when a table's columns
/// are not this contentc's (or the first of them, from an earlier minor format) or a row does
/// not parse.
bool parse_rows(Release& r, std::string& why) {
  const std::vector<Table> tables = bundle_schemas();
  r.rows.assign(tables.size(), {});
  const std::string_view sql = r.sql;
  auto bad_row = [&](const Table& t) {
    why = fmt::format("its bundle.sql has a row of {} that does not parse", t.name);
    return false;
  };
  for (const Table& t : tables) {
    if (!t.added_later && sql.find(fmt::format("\nCREATE TABLE {} (\n", t.name)) == std::string_view::npos) {
      why = fmt::format("its bundle.sql has no table {}", t.name);
      return false;
    }
  }
  // The rows follow the CREATEs: each table's INSERTs (up to 200 rows each) one after the
  // other, in schema order; a table without rows has none.
  size_t at = sql.find("\nINSERT INTO ");
  if (at == std::string_view::npos) at = sql.size();
  for (size_t t = 0; t < tables.size(); ++t) {
    // A build of an earlier minor format writes the same columns up to those a later one added
    // at the end (format 2.1 added the doses' approx, to_ and timing columns): its rows are
    // read with NULL in the columns it does not have.
    size_t have = 0;
    while (size_t used = insert_columns(sql, at, tables[t], have)) {
      at += used;
      while (true) {
        if (sql.compare(at, 3, "  (") != 0) return bad_row(tables[t]);
        size_t fields = 0;
        const size_t end = tuple_end(sql, at + 2, &fields);
        if (end == std::string_view::npos || end + 2 > sql.size() || fields != have) {
          return bad_row(tables[t]);
        }
        if (have == tables[t].columns.size()) {
          r.rows[t].push_back(sql.substr(at + 2, end - at - 2));
        } else {
          std::string padded(sql.substr(at + 2, end - at - 3));
          for (size_t k = have; k < tables[t].columns.size(); ++k) {
            const std::string_view earlier = tables[t].columns[k].earlier;
            padded += ", ";
            padded += earlier.empty() ? std::string_view("NULL") : earlier;
          }
          r.padded.push_back(padded + ")");
          r.rows[t].push_back(r.padded.back());
        }
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
  std::string text;
  const nlohmann::json manifest = read_whole_file(folder / "manifest.json", kMaxManifest, text) == 0
                                      ? nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false)
                                      : nlohmann::json();
  if (!manifest.is_object() || manifest.value("tool", nlohmann::json()) != "contentc" ||
      !manifest.contains("outputs") || !manifest["outputs"].is_array()) {
    out.why = "it holds no build of contentc's (no manifest.json naming contentc)";
    return out;
  }
  out.is_build = true;
  if (manifest.contains("format_version") && manifest["format_version"].is_string()) {
    out.format_version = manifest["format_version"].get<std::string>();
  }
  if (manifest.contains("content_version")) {
    const nlohmann::json& v = manifest["content_version"];
    if (!v.is_string() || !parse_content_version(v.get<std::string>())) {
      // Never carried on: a forged or broken version would be echoed, raised or wrapped.
      out.why = "its manifest's content_version is not a version MAJOR.MINOR.PATCH";
      return out;
    }
    out.content_version = v.get<std::string>();
  }
  if (major_of(out.format_version) != major_of(kFormatVersion)) {
    out.why = fmt::format("it is a build of format {}, and this contentc writes format {}",
                          out.format_version.empty() ? "?" : out.format_version, kFormatVersion);
    return out;
  }
  std::map<std::string, Listed> listed;
  for (const auto& o : manifest["outputs"]) {
    if (o.is_object() && o.contains("path") && o["path"].is_string() && o.contains("sha256") &&
        o["sha256"].is_string() && o.contains("bytes") && o["bytes"].is_number_unsigned()) {
      listed[o["path"].get<std::string>()] = Listed{o["sha256"].get<std::string>(), o["bytes"].get<uint64_t>()};
    }
  }
  Release r;
  r.format_version = out.format_version;
  r.content_version = out.content_version;
  if (manifest.contains("created") && manifest["created"].is_string() &&
      check_value(manifest["created"].get<std::string>(), ValueSpec{ValueType::kTimestamp}).empty()) {
    r.created = manifest["created"].get<std::string>();
  }
  if (!read_listed(folder, listed, "bundle.sql", r.sql, out.why) || !parse_rows(r, out.why)) return out;
  if (listed.contains("changes.json") &&
      (!read_listed(folder, listed, "changes.json", r.changes_json, out.why) ||
       !read_listed(folder, listed, "changes.sql", r.changes_sql, out.why) ||
       (listed.contains("changes.sqlite.sql") &&
        !read_listed(folder, listed, "changes.sqlite.sql", r.changes_sqlite_sql, out.why)))) {
    return out;
  }
  out.release = std::move(r);
  return out;
}

}  // namespace contentc
