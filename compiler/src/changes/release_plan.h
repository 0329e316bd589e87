#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "changes/change_set.h"
#include "tables/citation_index.h"
#include "model/model.h"

namespace contentc {

/// What a build says about its release: its content version, and the change set from the
/// previous build (README.md, "Change sets").
struct ReleasePlan {
  std::string error;            ///< --previous names no build it can compare with: the build stops
  std::string content_version;  ///< for manifest.json
  std::optional<ChangeSet> changes;       ///< for the audit page; none on a first build
  std::string changes_json, changes_sql;  ///< the change files to write; "" for none
  std::string changes_sqlite_sql;         ///< bundle.sqlite's upgrade; "" for none
  std::string created;  ///< a rebuilt release's time from its previous build; "" for a new release
  std::string note;             ///< for stderr: what changed, or why there is no change set
};

/// The rows the model gives the bundles, each as bundle.sql writes it.
RowSource model_rows(const Model& model, const CitationIndex& citations);

/// Compares the new release's rows with the build in `previous` (empty: none). `named`: the
/// user named it (--previous), so a folder that is not a build to compare with is an error;
/// otherwise it is the output folder's own, and is then only noted. Content equal to the
/// previous build's is that same release: it keeps its version and its change files.
ReleasePlan plan_release(const std::filesystem::path& previous, bool named, const RowSource& now,
                         WorkerPool* pool = nullptr);

}  // namespace contentc
