#include "cli/compile.h"

#include "rules/registry.h"

namespace contentc {

LoadedSources compile_sources(const std::filesystem::path& root, const std::string& display_root,
                              const LoadOptions& options) {
  LoadedSources sources = ContentLoader(options).load(root, display_root);
  run_rules(sources.model, sources.files, sources.findings);
  sources.findings.sort(sources.files);
  return sources;
}

}  // namespace contentc
