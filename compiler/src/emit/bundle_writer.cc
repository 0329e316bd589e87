#include "emit/bundle_writer.h"

#include <algorithm>

#include "emit/audit_page.h"
#include "emit/bundle_tables.h"
#include "emit/citation_index.h"
#include "emit/csv_writer.h"
#include "emit/datapackage_writer.h"
#include "emit/json_bundle_writer.h"
#include "emit/output_dir.h"
#include "emit/sql_writer.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "version.h"

namespace contentc {

std::string input_digest(const SourceFiles& files) {
  std::vector<std::pair<std::string, std::string>> inputs;
  for (uint32_t i = 0; i < files.size(); ++i) {
    inputs.emplace_back(files[i].rel_path, sha256_hex(files[i].text));
  }
  std::sort(inputs.begin(), inputs.end());
  Sha256 all;
  for (const auto& [path, digest] : inputs) all.update(path + '\0' + digest + '\n');
  return all.hex();
}

BundleResult write_bundles(const Model& model, const SourceFiles& files, const Findings& findings,
                           const std::filesystem::path& out, const BundleOptions& options) {
  BundleResult result;
  Timings local;
  Timings& t = options.timings ? *options.timings : local;
  OutputDir dir(out);
  const CitationIndex citations = t.time("emit: citations", [&] { return CitationIndex(model, files); });
  const std::vector<Table> tables = t.time("emit: tables", [&] { return build_tables(model, files, citations); });
  std::vector<std::pair<std::string, std::string>> digests;  // path → sha256
  auto emit = [&](const std::string& rel, const std::string& content) {
    if (!result.error.empty()) return;
    result.error = dir.write(rel, content);
    digests.emplace_back(rel, sha256_hex(content));
  };
  result.error = dir.begin();
  t.time("emit: json", [&] { emit("bundle.json", write_json_bundle(model, files, citations)); });
  t.time("emit: csv", [&] {
    for (const Table& table : tables) {
      emit("csv/" + std::string(table.name) + ".csv", write_csv(table, CsvOptions{options.spreadsheet_safe}));
    }
    emit("csv/datapackage.json", write_datapackage(tables, options.spreadsheet_safe));
  });
  t.time("emit: sql", [&] { emit("bundle.sql", write_sql(tables)); });
  t.time("emit: audit", [&] {
    for (const auto& [name, html] : write_audit_pages(model, files, findings, citations)) {
      emit("audit/" + name, html);
    }
  });
  if (!result.error.empty()) return result;

  JsonWriter w;
  w.begin_object();
  w.key("tool").value("contentc");
  w.key("tool_version").value(kVersion);
  w.key("format_version").value(kFormatVersion);
  w.key("input_digest").value("sha256:" + input_digest(files));
  w.key("outputs").begin_array();
  std::vector<size_t> order(digests.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return digests[a].first < digests[b].first; });
  for (size_t i : order) {
    w.begin_object();
    w.key("path").value(digests[i].first);
    w.key("sha256").value(digests[i].second);
    w.key("bytes").value(static_cast<uint64_t>(dir.written()[i].second));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  emit("manifest.json", w.take());
  if (result.error.empty()) result.error = t.time("emit: commit", [&] { return dir.commit(); });
  result.files = dir.written();
  return result;
}

}  // namespace contentc
