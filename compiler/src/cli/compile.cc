#include "cli/compile.h"

#include "cli/progress.h"
#include "rules/registry.h"

namespace contentc {

LoadedSources compile_sources(const std::filesystem::path& root, const std::string& display_root,
                              LoadOptions options, Progress* progress) {
  if (progress) {
    options.on_file_loaded = [progress](size_t done, size_t total) {
      progress->files_loaded(done, total);
    };
  }
  LoadedSources sources = ContentLoader(options).load(root, display_root);
  if (progress) progress->stage("checking");
  run_rules(sources.model, sources.files, sources.findings);
  sources.findings.sort(sources.files);
  return sources;
}

}  // namespace contentc
