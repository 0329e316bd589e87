#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {

void check_snapshot_missing(RuleContext& ctx) {
  for (const Article& a : ctx.model.articles) {
    if (a.snapshot_error.empty() || a.snapshot.empty()) continue;
    ctx.report(kSnapshotMissing, a.snapshot.loc,
               fmt::format("snapshot '{}' of article '{}' cannot be used: {}; its quotes cannot "
                           "be checked",
                           a.snapshot.value, a.id.value, a.snapshot_error));
  }
}

const ModelRule kSnapshotMissing{
    {"snapshot-missing", Level::kError, "an article's snapshot is missing or unusable",
     R"(An article's <snapshot> names a file that does not exist, cannot be read, is not UTF-8
or not a regular file, or lies outside the sources folder (an absolute path, '..', or a
symlink out).

Why: quotes are checked against the snapshot; without it nothing citing the article can be
verified, and builds would depend on files outside the repository.

Fix: archive the article's text beside its XML and name it relative to that file.
  before:  <snapshot>/home/me/articles/si.txt</snapshot>
  after:   <snapshot>si-joint-pain-in-pregnancy.txt</snapshot>)"},
    check_snapshot_missing};

}  // namespace contentc
