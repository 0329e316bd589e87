// Google Benchmark micro-benchmarks for the hot parts: the loader, the quote matcher, the dose
// extractor and each emitter, on a corpus made by the generator. Run: build/release/bench/contentc_microbench
#include <benchmark/benchmark.h>

#include <filesystem>

#include "pipeline/compile.h"
#include "emit/audit/audit_pages.h"
#include "tables/bundle_tables.h"
#include "tables/citation_index.h"
#include "tables/csv_writer.h"
#include "emit/json_bundle_writer.h"
#include "tables/sql_writer.h"
#include "gen/corpus_generator.h"
#include "load/content_loader.h"
#include "resolve/snapshot_index.h"
#include "rules/dose_reader.h"

namespace {

namespace fs = std::filesystem;
using namespace contentc;

/// A generated 5,000-entry corpus, compiled once.
struct Fixture {
  fs::path dir = fs::temp_directory_path() / "contentc-microbench";
  Compilation compiled;
  Fixture() {
    fs::remove_all(dir);
    CorpusOptions options;
    options.entries = 5000;
    generate_corpus(dir, options);
    compiled = compile_sources(dir, "bench", CompileOptions{});
  }
  ~Fixture() { fs::remove_all(dir); }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_Load(benchmark::State& state) {
  LoadOptions options;
  options.jobs = 1;
  for (auto _ : state) benchmark::DoNotOptimize(ContentLoader(options).load(fixture().dir, "bench"));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(fixture().compiled.model.entry_count()));
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_QuoteMatch(benchmark::State& state) {
  const Model& m = fixture().compiled.model;
  const Article& a = m.articles.front();
  const std::string& text = fixture().compiled.files[a.snapshot_file].text;
  std::vector<std::string> quotes;
  m.for_each_cite([&](const Entry&, const Cite& c) {
    if (c.article.value == a.id.value) quotes.push_back(c.quote.value);
  });
  for (auto _ : state) {
    const SnapshotIndex index(text);
    for (const std::string& q : quotes) benchmark::DoNotOptimize(index.match(q, nullptr));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(quotes.size()));
}
BENCHMARK(BM_QuoteMatch)->Unit(benchmark::kMicrosecond);

void BM_DoseExtract(benchmark::State& state) {
  const std::vector<std::string> sentences = {
      "Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.",
      "You can do these 3 stretches twice, three times per week.",
      "Do not do this exercise more than twice a week.",
      "Hold this stretch for 30 seconds before switching sides."};
  for (auto _ : state) {
    for (const std::string& s : sentences) benchmark::DoNotOptimize(extract_quantities(s));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(sentences.size()));
}
BENCHMARK(BM_DoseExtract);

void BM_EmitJson(benchmark::State& state) {
  const Compilation& c = fixture().compiled;
  const CitationIndex citations(c.model, c.files);
  for (auto _ : state) benchmark::DoNotOptimize(write_json_bundle(c.model, citations));
}
BENCHMARK(BM_EmitJson)->Unit(benchmark::kMillisecond);

void BM_EmitCsv(benchmark::State& state) {
  const Compilation& c = fixture().compiled;
  const CitationIndex citations(c.model, c.files);
  const auto tables = build_tables(c.model, citations);
  for (auto _ : state) {
    for (const Table& t : tables) benchmark::DoNotOptimize(write_csv(t, CsvOptions{}));
  }
}
BENCHMARK(BM_EmitCsv)->Unit(benchmark::kMillisecond);

void BM_EmitSql(benchmark::State& state) {
  const Compilation& c = fixture().compiled;
  const CitationIndex citations(c.model, c.files);
  const auto tables = build_tables(c.model, citations);
  for (auto _ : state) benchmark::DoNotOptimize(write_sql(tables));
}
BENCHMARK(BM_EmitSql)->Unit(benchmark::kMillisecond);

void BM_EmitAudit(benchmark::State& state) {
  const Compilation& c = fixture().compiled;
  const CitationIndex citations(c.model, c.files);
  for (auto _ : state) benchmark::DoNotOptimize(write_audit_pages(c.model, c.files, c.findings, citations));
}
BENCHMARK(BM_EmitAudit)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
