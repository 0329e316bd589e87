#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "diag/finding.h"
#include "diag/location.h"
#include "load/source_tree.h"
#include "model/model.h"

namespace contentc {

class WorkerPool;

struct LoadOptions {
  size_t max_file_size = size_t{64} << 20;  ///< bytes; a larger file is a finding
  int max_depth = 64;                       ///< element nesting; deeper is a finding
  unsigned jobs = 0;                        ///< files loaded at once; 0: one per core
  /// Where `<include href="NAME"/>` finds installed policies (empty: installed_policy_dir()).
  std::string policy_dir;
  bool policy_only = false;  ///< load policy.xml and what it includes, no content
  WorkerPool* pool = nullptr;               ///< threads to load on; null: a pool of `jobs`
  /// Called (from any loader thread) after each XML file, with files done and total.
  std::function<void(size_t, size_t)> on_file_loaded;
  /// Keep every file's text for the whole run (for fixes and the language server), instead of
  /// letting a cleanly loaded file give it up.
  bool keep_text = false;
};

/// What loading a sources folder gives: every file read, the model, and the problems met.
struct LoadedSources {
  SourceFiles files;
  Model model;
  Findings findings;
  size_t xml_files = 0;
  RuleCatalogue house_rules;  ///< the policy's house rules that can run (they live in model.policy)
  /// Per house rule: how many nodes its assert was evaluated on, over every file.
  std::map<std::string, size_t> house_evaluated;
};

/// Reads every `*.xml` of a sources folder (recursively, in path order, several files at
/// once) into one Model, then reads the articles' snapshots. Never throws for bad input: each
/// problem becomes a finding with a location, and the other files still load. Running out of
/// memory throws std::runtime_error naming the file ("out of memory while loading FILE").
class ContentLoader {
 public:
  explicit ContentLoader(LoadOptions options) : options_(options) {}

  /// Loads `tree`; `display_root` is how the user named it (prefix of every shown path).
  [[nodiscard]] LoadedSources load(const SourceTree& tree, const std::string& display_root) const;
  /// Loads the folder `root` from disk.
  [[nodiscard]] LoadedSources load(const std::filesystem::path& root,
                                   const std::string& display_root) const {
    return load(SourceTree(root), display_root);
  }

 private:
  LoadOptions options_;
};

}  // namespace contentc
