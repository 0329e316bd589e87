#pragma once

namespace contentc {

/// Exit statuses, as README.md documents them.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2 };

/// The `contentc` command line: parses `argv`, runs the command, returns the exit status.
/// Never throws.
int run_cli(int argc, const char* const* argv);

}  // namespace contentc
