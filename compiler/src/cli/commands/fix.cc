// contentc fix: applies the certain fixes to the sources (or shows them, --dry-run).

#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "fix/apply_fixes.h"
#include "util/plural.h"
#include "util/unified_diff.h"
#include "util/worker_pool.h"

namespace contentc {

namespace {

/// `before → after` for a change small enough to show on one line, else "".
std::string shown_change(const FixChange& c) {
  constexpr size_t kMax = 60;
  auto fits = [](const std::string& s) { return s.size() <= kMax && s.find('\n') == std::string::npos; };
  if (!fits(c.before) || !fits(c.after)) return {};
  return fmt::format(": '{}' → '{}'", c.before, c.after);
}

}  // namespace

int run_fix(const std::vector<std::string>& args) {
  CheckOptions o = parse_check_options(args, SourcesCommand::kFix);
  if (!sources_folder_exists(o)) return kExitUsage;
  WorkerPool pool(o.compile.load.jobs);
  o.compile.load.pool = &pool;
  const FixRun run = fix_sources(o.sources, o.sources_display, o.compile, !o.dry_run);
  std::string listing;
  if (o.dry_run) {
    for (const FixedFile& f : run.files) listing += unified_diff(f.path, f.before, f.after);
  } else {
    for (const FixChange& c : run.changes) {
      listing += fmt::format("{}:{}: [{}] {}{}\n", c.path, c.line, c.rule, c.description, shown_change(c));
    }
  }
  write_stdout(listing);
  for (const std::string& u : run.untouched) std::cerr << "contentc: " << u << "\n";
  for (const std::string& e : run.errors) std::cerr << fmt::format("contentc: error: {}\n", e);
  std::string summary =
      run.changes.empty()
          ? std::string(run.errors.empty() ? "nothing to fix" : "no fix made")
          : fmt::format("{} {} in {}", o.dry_run ? "would make" : "made",
                        plural(run.changes.size(), "fix", "fixes"), plural(run.files.size(), "file", "files"));
  if (run.remaining) {
    summary += fmt::format("; {} left for an editor (contentc check lists them)",
                           plural(run.remaining, "finding", "findings"));
  }
  std::cerr << summary << "\n";
  return run.errors.empty() ? kExitClean : kExitUsage;
}

}  // namespace contentc
