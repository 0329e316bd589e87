// contentc diff: what changed between two builds.

#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "changes/change_set.h"
#include "changes/changes_json.h"
#include "changes/changes_text.h"
#include "changes/release.h"
#include "cli/command.h"
#include "diag/renderers.h"
#include "util/worker_pool.h"
#include "util/xml_text.h"

namespace contentc {

/// `contentc diff OLD_OUT NEW_OUT [-f text|json]`.
int run_diff(const std::vector<std::string>& args) {
  const auto [format_option, folders] = option_and_words(args, "format,f");
  const std::string format = format_option.value_or("text");
  if (folders.size() != 2) throw UsageError{"diff: give two build folders, the older first (contentc diff OLD_OUT NEW_OUT)"};
  if (format != "text" && format != "json") throw UsageError{fmt::format("--format: '{}' is not one of text, json", format)};
  std::optional<Release> builds[2];
  for (int i = 0; i < 2; ++i) {
    ReadRelease r = read_release(folders[i]);
    if (!r.release) {
      std::cerr << fmt::format("contentc: error: '{}': {}\n", terminal_safe(folders[i]), terminal_safe(r.why));
      return kExitUsage;
    }
    builds[i] = std::move(r.release);
  }
  WorkerPool pool(0);
  ChangeSet changes = diff_releases(*builds[0], rows_of(*builds[1]), &pool);
  changes.to_version = builds[1]->content_version;  // what the newer build says it is
  // A previous build's strings are not ours: ids and versions are shown harmlessly too.
  write_stdout(format == "json" ? write_changes_json(changes) : terminal_safe_lines(render_changes_text(changes)));
  return kExitClean;
}

}  // namespace contentc
