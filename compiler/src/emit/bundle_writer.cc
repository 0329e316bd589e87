#include "emit/bundle_writer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "changes/change_set.h"
#include "changes/release_plan.h"
#include "emit/audit/audit_pages.h"
#include "tables/bundle_tables.h"
#include "tables/citation_index.h"
#include "tables/csv_writer.h"
#include "emit/annotations_writer.h"
#include "emit/csl_writer.h"
#include "emit/datapackage_writer.h"
#include "emit/json_bundle_writer.h"
#include "emit/output_dir.h"
#include "tables/sql_writer.h"
#include "tables/sqlite_writer.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "util/worker_pool.h"
#include "version.h"

namespace contentc {

std::string input_digest(const SourceFiles& files) {
  std::vector<std::pair<std::string, std::string>> inputs;
  for (uint32_t i = 0; i < files.size(); ++i) {
    // An installed policy is named by its file name, not by where this machine installed it.
    const std::string& rel = files[i].rel_path;
    std::string name = rel.starts_with('/') ? "installed-policy:" + rel.substr(rel.rfind('/') + 1) : rel;
    inputs.emplace_back(std::move(name), files[i].sha256.empty() ? sha256_hex(files[i].text) : files[i].sha256);
  }
  std::sort(inputs.begin(), inputs.end());
  Sha256 all;
  for (const auto& [path, digest] : inputs) all.update(path + '\0' + digest + '\n');
  return all.hex();
}

namespace {

/// The data package's metadata from the model: the articles (by id) as its sources, their
/// authors as contributors (each name once, with the first publisher it came with), the
/// policy's licences.
PackageMetadata package_metadata(const Model& model, const std::string& content_version, const std::string& created) {
  PackageMetadata meta{content_version, created, {}, {}, {}};
  std::vector<const Article*> articles;
  for (const Article& a : model.articles) articles.push_back(&a);
  std::sort(articles.begin(), articles.end(), [](const Article* a, const Article* b) { return a->id.value < b->id.value; });
  std::set<std::string> authors;
  for (const Article* a : articles) {
    meta.sources.push_back({a->title.value.str(), a->url ? a->url->value.str() : ""});
    if (authors.insert(a->author.value.str()).second) {
      meta.contributors.push_back({a->author.value.str(), a->publisher ? a->publisher->value.str() : ""});
    }
  }
  for (const License& l : model.policy.licenses) {
    meta.licenses.push_back({l.name.value.str(), l.path ? l.path->value.str() : "", l.title ? l.title->value.str() : ""});
  }
  return meta;
}

}  // namespace

BundleResult write_bundles(const Model& model, const SourceFiles& files, const Findings& findings,
                           OutputDir& dir, const BundleOptions& options) {
  BundleResult result;
  Timings local;
  Timings& t = options.timings ? *options.timings : local;
  std::optional<WorkerPool> own_pool;
  WorkerPool& pool = options.pool ? *options.pool : own_pool.emplace(0);
  const CitationIndex citations = t.time("emit: citations", [&] { return CitationIndex(model, files, options.today, &pool); });
  ReleasePlan release = t.time("emit: changes", [&] {
    return plan_release(options.previous, options.previous_named, model_rows(model, citations), &pool);
  });
  if (!release.error.empty()) {
    result.error = release.error;
    return result;
  }
  result.release_note = release.note;
  const std::string created = release.created.empty() ? options.created : release.created;
  const PackageMetadata package = package_metadata(model, release.content_version, created);
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
  emitters.push_back({"emit: csv", [&](std::string& error) {
    // Rows are made from the model as they are written, never kept: one pass writes every CSV
    // (all open at once).
    const std::vector<Table> tables = bundle_schemas();
    const CsvOptions csv_options{options.spreadsheet_safe};
    std::vector<std::unique_ptr<StagedOutput>> csv;
    for (const Table& table : tables) {
      if (!error.empty()) return;
      csv.push_back(dir.open("csv/" + std::string(table.name) + ".csv", error));
      if (csv.back()) write_csv_header(table, csv.back()->buffer().text());
    }
    if (!error.empty()) return;
    for_each_row(model, citations, [&](size_t table, std::span<const Cell> cells) {
      write_csv_row(cells, csv_options, csv[table]->buffer().text());
      csv[table]->buffer().spill();
    });
    for (auto& file : csv) {
      if (std::string e = file->close(); error.empty()) error = e;
    }
    stage("csv/datapackage.json", error, [&](StagedOutput& file) {
      file.buffer() += write_datapackage(tables, options.spreadsheet_safe, package);
    });
  }});
  // bundle.sql and bundle.sqlite take the rows table by table, parents first.
  const TableRows rows_of_table = [&](size_t table, const std::function<void(std::span<const Cell>)>& row) {
    for_each_row(model, citations, [&](size_t, std::span<const Cell> cells) { row(cells); }, table);
  };
  emitters.push_back({"emit: sql", [&](std::string& error) {
    stage("bundle.sql", error, [&](StagedOutput& file) { write_sql(bundle_schemas(), rows_of_table, file.buffer()); });
  }});
  emitters.push_back({"emit: sqlite", [&](std::string& error) {
    // bundle.sqlite: the same tables as bundle.sql, made by SQLite itself, with the search index
    // and the content version in user_version.
    const std::optional<int32_t> version = content_version_number(release.content_version);
    if (!version) {
      error = fmt::format("the content version '{}' does not fit bundle.sqlite's user_version", release.content_version);
      return;
    }
    error = dir.stage_file("bundle.sqlite", [&](const std::filesystem::path& file) {
      return write_sqlite(bundle_schemas(), rows_of_table, *version, file);
    });
  }});
  emitters.push_back({"emit: annotations+csl", [&](std::string& error) {
    stage("annotations.jsonld", error, [&](StagedOutput& file) { write_annotations(model, files, citations, file.buffer()); });
    stage("articles.csl.json", error, [&](StagedOutput& file) { file.buffer() += write_csl(model); });
  }});
  // The audit pages are jobs of their own, so that the two cores share them with the others.
  const AuditWriter audit = t.time("emit: audit index", [&] {
    return AuditWriter(model, files, findings, citations, release.changes ? &*release.changes : nullptr);
  });
  std::vector<std::string> audit_errors(audit.size());
  std::vector<double> audit_seconds(audit.size());
  pool.for_each(emitters.size() + audit.size(), [&](size_t i) {
    const auto start = std::chrono::steady_clock::now();
    if (i < emitters.size()) {
      emitters[i].run(emitters[i].error);
    } else {
      const size_t page = i - emitters.size();
      stage("audit/" + audit.name(page), audit_errors[page], [&](StagedOutput& file) { audit.write(page, file.buffer()); });
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    (i < emitters.size() ? emitters[i].seconds : audit_seconds[i - emitters.size()]) = seconds;
  });
  for (const Emitter& e : emitters) {
    if (options.timings) options.timings->add(e.stage, e.seconds);
    if (result.error.empty()) result.error = e.error;
  }
  if (options.timings) options.timings->add("emit: audit", std::accumulate(audit_seconds.begin(), audit_seconds.end(), 0.0));
  for (const std::string& e : audit_errors) {
    if (result.error.empty()) result.error = e;
  }
  if (result.error.empty() && !release.changes_json.empty()) result.error = dir.write("changes.json", release.changes_json);
  if (result.error.empty() && !release.changes_sql.empty()) result.error = dir.write("changes.sql", release.changes_sql);
  if (result.error.empty() && !release.changes_sqlite_sql.empty()) {
    result.error = dir.write("changes.sqlite.sql", release.changes_sqlite_sql);
  }
  if (!result.error.empty()) return result;

  std::vector<StagedFile> outputs = dir.written();
  sort_by_path(outputs);
  JsonWriter w;
  w.begin_object();
  w.key("tool").value("contentc");
  w.key("tool_version").value(kVersion);
  w.key("format_version").value(kFormatVersion);
  w.key("content_version").value(release.content_version);
  w.key("created").value(created);
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
