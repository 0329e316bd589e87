// libFuzzer target on the whole load-and-check path: the input becomes a source file (its first
// byte picks content file or policy.xml) in an in-memory sources folder beside a fixed article
// and its snapshot;
// contentc loads it, resolves quotes and doses, runs every rule, renders the findings in all four
// formats and, when nothing failed, builds every bundle in memory. Any crash, leak, hang or
// undefined behaviour is a bug.
#include <cstdint>
#include <string>

#include "pipeline/compile.h"
#include "diag/renderers.h"
#include "emit/audit/audit_pages.h"
#include "tables/bundle_tables.h"
#include "tables/citation_index.h"
#include "tables/csv_writer.h"
#include "emit/json_bundle_writer.h"
#include "tables/sql_writer.h"
#include "load/source_tree.h"
#include "rules/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contentc;
  // The sources folder lives in memory, as an editor's unsaved buffers do: nothing is written.
  SourceTree tree;
  tree.put("art.txt", "Heading\n\nHold the contraction for 5 seconds, release, and repeat for "
                      "8-10 repetitions.\nStop if it hurts.\n");
  tree.put("article.xml", "<content><article id=\"art\"><title>T</title><author>A</author>"
                          "<snapshot>art.txt</snapshot></article></content>\n");
  const bool policy = size > 0 && (data[0] & 1);
  std::string text(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0), size > 0 ? size - 1 : 0);
  tree.put(policy ? "policy.xml" : "fuzzed.xml", std::move(text));

  CompileOptions options;
  options.load.jobs = 1;
  options.load.max_file_size = 1 << 20;
  options.today = "2026-06-01";
  const Compilation c = compile_sources(tree, "src", options);
  render_text(c.findings, c.files, true);
  render_json(c.findings, c.files);
  render_sarif(c.findings, c.files, builtin_rules());
  render_github(c.findings, c.files);
  if (tally(c.findings).errors == 0) {
    const CitationIndex citations(c.model, c.files);
    const auto tables = build_tables(c.model, citations);
    for (const Table& t : tables) write_csv(t, CsvOptions{true});
    write_sql(tables);
    write_json_bundle(c.model, citations);
    write_audit_pages(c.model, c.files, c.findings, citations);
  }
  return 0;
}
