#include "emit/bundle_writer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

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
  std::vector<std::pair<std::string, std::string>> digests;  // path → sha256
  auto emit = [&](const std::string& rel, const std::string& content, const std::string& digest) {
    if (!result.error.empty()) return;
    result.error = dir.write(rel, content);
    digests.emplace_back(rel, digest);
  };

  // The emitters read the model only: they run side by side, each hashing what it makes.
  struct Output {
    std::string path, content, digest;
  };
  auto hashed = [](std::string path, std::string content) {
    std::string digest = sha256_hex(content);
    return Output{std::move(path), std::move(content), std::move(digest)};
  };
  struct Emitter {
    const char* stage;
    std::function<void(std::vector<Output>&)> run;
    std::vector<Output> outputs = {};
    double seconds = 0;
  };
  std::vector<Emitter> emitters;
  emitters.push_back({"emit: json", [&](std::vector<Output>& out) {
    out.push_back(hashed("bundle.json", write_json_bundle(model, citations)));
  }});
  emitters.push_back({"emit: csv+sql", [&](std::vector<Output>& out) {
    for (const Table& table : tables) {
      out.push_back(hashed("csv/" + std::string(table.name) + ".csv", write_csv(table, CsvOptions{options.spreadsheet_safe})));
    }
    out.push_back(hashed("csv/datapackage.json", write_datapackage(tables, options.spreadsheet_safe)));
    out.push_back(hashed("bundle.sql", write_sql(tables)));
  }});
  emitters.push_back({"emit: audit", [&](std::vector<Output>& out) {
    for (auto& [name, html] : write_audit_pages(model, files, findings, citations)) {
      out.push_back(hashed("audit/" + name, std::move(html)));
    }
  }});
  pool.for_each(emitters.size(), [&](size_t i) {
    const auto start = std::chrono::steady_clock::now();
    emitters[i].run(emitters[i].outputs);
    emitters[i].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  });
  for (const Emitter& e : emitters) {
    if (options.timings) options.timings->add(e.stage, e.seconds);
  }
  t.time("emit: write", [&] {
    for (Emitter& e : emitters) {
      for (Output& o : e.outputs) emit(o.path, o.content, o.digest);
      e.outputs.clear();
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
    w.key("bytes").value(static_cast<uint64_t>(dir.written()[i].bytes));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  const std::string manifest = w.take();
  emit("manifest.json", manifest, sha256_hex(manifest));
  if (result.error.empty()) result.error = t.time("emit: commit", [&] { return dir.commit(); });
  result.files = dir.written();
  result.up_to_date = dir.up_to_date();
  return result;
}

}  // namespace contentc
