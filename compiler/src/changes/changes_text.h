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
struct ChangeSummary {
  /// "3 exercises added: a, b, c" / "1 stretch removed: x", kinds in bundle order.
  std::vector<std::string> entry_lines;
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

/// "3 steps", "1 step": a table's rows counted in words.
std::string count_rows(size_t table, size_t n);

}  // namespace contentc
