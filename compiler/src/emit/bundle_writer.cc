#include "emit/bundle_writer.h"

#include <algorithm>
#include <chrono>
#include <future>

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
  const std::vector<Table> tables = t.time("emit: tables", [&] { return build_tables(model, citations); });
  std::vector<std::pair<std::string, std::string>> digests;  // path → sha256
  auto emit = [&](const std::string& rel, const std::string& content, const std::string& digest) {
    if (!result.error.empty()) return;
    result.error = dir.write(rel, content);
    digests.emplace_back(rel, digest);
  };
  result.error = dir.begin();

  // The emitters read the model only: they run side by side, each hashing what it makes.
  struct Output {
    std::string path, content, digest;
  };
  using Outputs = std::vector<Output>;
  auto hashed = [](std::string path, std::string content) {
    std::string digest = sha256_hex(content);
    return Output{std::move(path), std::move(content), std::move(digest)};
  };
  auto timed = [](const char* stage, auto f) {
    return [stage, f] {
      const auto start = std::chrono::steady_clock::now();
      Outputs out = f();
      return std::pair(std::move(out), std::pair(std::string(stage), std::chrono::duration<double>(
                                                                          std::chrono::steady_clock::now() - start).count()));
    };
  };
  auto json = std::async(std::launch::async, timed("emit: json", [&] {
    return Outputs{hashed("bundle.json", write_json_bundle(model, citations))};
  }));
  auto audit = std::async(std::launch::async, timed("emit: audit", [&] {
    Outputs out;
    for (auto& [name, html] : write_audit_pages(model, files, findings, citations)) {
      out.push_back(hashed("audit/" + name, std::move(html)));
    }
    return out;
  }));
  auto tabular = timed("emit: csv+sql", [&] {
    Outputs out;
    for (const Table& table : tables) {
      out.push_back(hashed("csv/" + std::string(table.name) + ".csv", write_csv(table, CsvOptions{options.spreadsheet_safe})));
    }
    out.push_back(hashed("csv/datapackage.json", write_datapackage(tables, options.spreadsheet_safe)));
    out.push_back(hashed("bundle.sql", write_sql(tables)));
    return out;
  })();
  auto json_done = json.get();
  auto audit_done = audit.get();
  for (auto* part : {&json_done, &tabular, &audit_done}) {
    if (options.timings) options.timings->add(part->second.first, part->second.second);
  }
  t.time("emit: write", [&] {
    for (auto* part : {&json_done, &tabular, &audit_done}) {
      for (Output& o : part->first) emit(o.path, o.content, o.digest);
      part->first.clear();
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
  const std::string manifest = w.take();
  emit("manifest.json", manifest, sha256_hex(manifest));
  if (result.error.empty()) result.error = t.time("emit: commit", [&] { return dir.commit(); });
  result.files = dir.written();
  return result;
}

}  // namespace contentc
