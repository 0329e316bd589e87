// The command line: the table of commands, and run_cli, which finds the command and turns what
// it throws into a message and an exit status. Each command is in cli/commands/.

#include "cli/cli.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/usage.h"
#include "util/edit_distance.h"
#include "version.h"

namespace contentc {

namespace po = boost::program_options;

namespace {

AfterRun g_after = AfterRun::kContinue;
/// A compilation handed to the process's exit (AfterRun::kProcessEnds): still reachable, so
/// leak checkers do not count it.
Compilation* g_kept_for_exit = nullptr;

/// The commands, in the order usage.cc describes them.
constexpr Command kCommands[] = {
    {"build", run_build}, {"check", run_check}, {"diff", run_diff},   {"fix", run_fix},
    {"lsp", run_lsp},     {"quote", run_quote}, {"snapshot", run_snapshot}, {"init", run_init}, {"new", run_new},
    {"review", run_review}, {"rules", run_rules}, {"explain", run_explain},
    {"policy", run_policy},
};

int dispatch(std::vector<std::string> args) {
  if (args.empty()) {
    std::cerr << "contentc: error: no command given (try 'contentc --help')\n";
    return kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    write_stdout(help_text());
    return kExitClean;
  }
  if (command == "--version") {
    write_stdout(fmt::format("contentc {}\n", kVersion));
    return kExitClean;
  }
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      write_stdout(help_text());
      return kExitClean;
    }
  }
  for (const Command& c : commands()) {
    if (c.name == command) return c.run(args);
  }
  std::vector<std::string_view> commands;
  for (const CommandDoc& c : usage().commands) commands.push_back(c.name);
  throw UsageError{fmt::format("unknown command '{}'{}", command, did_you_mean(command, commands))};
}

}  // namespace

std::span<const Command> commands() { return kCommands; }

void keep_for_exit(Compilation& c) {
  if (g_after == AfterRun::kProcessEnds && !g_kept_for_exit) g_kept_for_exit = new Compilation(std::move(c));
}

int run_cli(int argc, const char* const* argv, AfterRun after) {
  g_after = after;
  int status = kExitUsage;
  try {
    status = dispatch(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    std::cerr << "contentc: error: " << e.message << " (try 'contentc --help')\n";
  } catch (const po::error& e) {
    std::cerr << "contentc: error: " << e.what() << " (try 'contentc --help')\n";
  } catch (const IoError& e) {
    std::cerr << "contentc: error: " << e.message << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << "contentc: error: out of memory; raise the memory limit or check fewer files "
                 "at once (-j)\n";
  } catch (const std::exception& e) {
    std::cerr << "contentc: error: " << e.what() << "\n";
  }
  // A message that could not be written (stderr on a full disk) fails the run too.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) || std::fflush(stderr) != 0 ||
      std::ferror(stderr)) {
    return kExitUsage;
  }
  return status;
}

}  // namespace contentc
