#include "emit/bundle_writer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "emit/audit/audit_pages.h"
#include "emit/bundle_tables.h"
#include "emit/citation_index.h"
#include "emit/csv_writer.h"
#include "emit/datapackage_writer.h"
#include "emit/json_bundle_writer.h"
#include "emit/output_dir.h"
#include "emit/sql_writer.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "util/worker_pool.h"
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
                           OutputDir& dir, const BundleOptions& options) {
  BundleResult result;
  Timings local;
  Timings& t = options.timings ? *options.timings : local;
  std::optional<WorkerPool> own_pool;
  WorkerPool& pool = options.pool ? *options.pool : own_pool.emplace(0);
  const CitationIndex citations = t.time("emit: citations", [&] { return CitationIndex(model, files); });
  const std::vector<Table> tables = t.time("emit: tables", [&] { return build_tables(model, citations); });
  // The emitters read the model only: they run side by side, each streaming its files into the
  // staging folder as it makes them (hashed on the way), so no output is ever whole in memory.
  struct Emitter {
    const char* stage;
    std::function<void(std::string& error)> run;
    std::string error = {};
    double seconds = 0;
  };
  auto stage = [&dir](const std::string& rel, std::string& error, const std::function<void(StagedOutput&)>& fill) {
    if (!error.empty()) return;
    std::unique_ptr<StagedOutput> file = dir.open(rel, error);
    if (!file) return;
    fill(*file);
    error = file->close();
  };
  std::vector<Emitter> emitters;
  emitters.push_back({"emit: json", [&](std::string& error) {
    stage("bundle.json", error, [&](StagedOutput& file) {
      const size_t digest_at = write_json_bundle(model, citations, file.buffer());
      file.patch(digest_at, file.sha256_so_far());
    });
  }});
  emitters.push_back({"emit: csv+sql", [&](std::string& error) {
    for (const Table& table : tables) {
      stage("csv/" + std::string(table.name) + ".csv", error, [&](StagedOutput& file) {
        write_csv(table, CsvOptions{options.spreadsheet_safe}, file.buffer());
      });
    }
    stage("csv/datapackage.json", error, [&](StagedOutput& file) {
      file.buffer() += write_datapackage(tables, options.spreadsheet_safe);
    });
    stage("bundle.sql", error, [&](StagedOutput& file) { write_sql(tables, file.buffer()); });
  }});
  emitters.push_back({"emit: audit", [&](std::string& error) {
    write_audit_pages(model, files, findings, citations, AuditOptions{},
                      [&](const std::string& name, const std::function<void(OutputBuffer&)>& write) {
                        stage("audit/" + name, error, [&](StagedOutput& file) { write(file.buffer()); });
                      });
  }});
  pool.for_each(emitters.size(), [&](size_t i) {
    const auto start = std::chrono::steady_clock::now();
    emitters[i].run(emitters[i].error);
    emitters[i].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  });
  for (const Emitter& e : emitters) {
    if (options.timings) options.timings->add(e.stage, e.seconds);
    if (result.error.empty()) result.error = e.error;
  }
  if (!result.error.empty()) return result;

  std::vector<StagedFile> outputs = dir.written();
  std::sort(outputs.begin(), outputs.end(), [](const StagedFile& a, const StagedFile& b) { return a.path < b.path; });
  JsonWriter w;
  w.begin_object();
  w.key("tool").value("contentc");
  w.key("tool_version").value(kVersion);
  w.key("format_version").value(kFormatVersion);
  w.key("input_digest").value("sha256:" + input_digest(files));
  w.key("outputs").begin_array();
  for (const StagedFile& f : outputs) {
    w.begin_object();
    w.key("path").value(f.path);
    w.key("sha256").value(f.sha256);
    w.key("bytes").value(static_cast<uint64_t>(f.bytes));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  result.error = dir.write("manifest.json", w.take());
  if (result.error.empty()) result.error = t.time("emit: commit", [&] { return dir.commit(); });
  result.files = dir.written();
  result.up_to_date = dir.up_to_date();
  return result;
}

}  // namespace contentc
