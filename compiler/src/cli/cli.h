#pragma once

namespace contentc {

/// Exit statuses, as README.md documents them.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2 };

/// How run_cli's caller goes on: the process ends right after (main), or it runs more (tests).
enum class AfterRun { kContinue, kProcessEnds };

/// The `contentc` command line: parses `argv`, runs the command, returns the exit status.
/// Never throws. With kProcessEnds the loaded model is not taken apart value by value at the
/// end (a third of a second at 100,000 entries): the process's exit gives its memory back.
int run_cli(int argc, const char* const* argv, AfterRun after = AfterRun::kContinue);

}  // namespace contentc
