#pragma once

#include <string>
#include <vector>

#include "changes/change_set.h"

namespace contentc {

/// The change set grouped by entry, as a release note reads it: entries added and removed by
/// kind, then each changed entry with what changed in it ("dose 1: reps 8-10 → 10-12").
struct EntryChanges {
  std::string entry_id;
  std::vector<std::string> lines;  ///< "dose 1: reps 8-10 → 10-12", "step 4 added: Hold."
};
/// Entries of one kind added, or removed: "3 exercises added" and their ids.
struct EntryGroup {
  std::string what;
  std::vector<std::string> ids;
};
struct ChangeSummary {
  std::vector<EntryGroup> entries;  ///< added, then removed, each by kind
  /// "1 dose changed, 2 steps added", over the entries neither added nor removed.
  std::string row_counts;
  std::vector<EntryChanges> changed;  ///< by entry id
  size_t changed_rows = 0;
};
ChangeSummary summarize(const ChangeSet& c);

/// `contentc diff`'s text: the versions, the summary and every changed entry.
std::string render_changes_text(const ChangeSet& c);
/// One line for `build`'s stderr: "3 exercises added, 1 dose changed; content version 1.1.0 (minor)".
std::string changes_one_line(const ChangeSet& c);

}  // namespace contentc
