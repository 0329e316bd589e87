#pragma once

// What every command of the command line shares: the table that names them, the errors a
// command throws, the options of the commands that read a sources folder, and the one way to
// write to standard output.

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "cli/cli.h"
#include "pipeline/compile.h"
#include "rules/registry.h"

namespace contentc {

/// A command: its name as typed, and what runs it (with the words after the name). Its
/// synopsis and help are in usage.cc, the command line's one description.
struct Command {
  std::string_view name;
  int (*run)(const std::vector<std::string>& args);
};

/// Every command, in the order `--help` lists them.
std::span<const Command> commands();

// One function a command, each in cli/commands/<command>.cc.
int run_check(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_fix(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_lsp(const std::vector<std::string>& args);
int run_quote(const std::vector<std::string>& args);
int run_rules(const std::vector<std::string>& args);
int run_explain(const std::vector<std::string>& args);
int run_init(const std::vector<std::string>& args);
int run_new(const std::vector<std::string>& args);
int run_review(const std::vector<std::string>& args);
int run_snapshot(const std::vector<std::string>& args);
int run_policy(const std::vector<std::string>& args);

/// Thrown by a command for a usage error, with its one-line message.
struct UsageError {
  std::string message;
};

/// Thrown by a command: output that could not be written.
struct IoError {
  std::string message;
};

/// Keeps a compilation alive until the process exits when it ends right after the command
/// (AfterRun::kProcessEnds): the model is not taken apart value by value, and leak checkers
/// still see it reachable.
void keep_for_exit(Compilation& c);

/// Writes `text` to stdout and flushes it; a failed write (a full disk, /dev/full) is an IoError.
void write_stdout(const std::string& text);

enum class Format { kText, kJson, kSarif, kGithub };

/// The options of the commands that read a sources folder.
struct CheckOptions {
  std::filesystem::path sources = "sources";
  std::string sources_display = "sources";
  std::filesystem::path out = "out";
  std::filesystem::path previous;  ///< --previous: "" for the build OUT holds
  Format format = Format::kText;
  bool werror = false;
  bool spreadsheet_safe = false;
  bool timings = false;
  bool dry_run = false;
  std::filesystem::path baseline;  ///< --baseline: an earlier run's SARIF or JSON ("" none)
  bool only_new = false;           ///< --only-new: text and GitHub output, and the exit status, new findings only
  std::string created;             ///< when the build was made (decide_created)
  CompileOptions compile;
};

/// The commands that read a sources folder, each with its own options.
enum class SourcesCommand { kCheck, kBuild, kFix };

/// Parses a command's words with `desc`, the words no option takes going to `positional`.
boost::program_options::variables_map parse_command_line(const std::vector<std::string>& args,
                                                         const boost::program_options::options_description& desc,
                                                         const char* positional);

CheckOptions parse_check_options(const std::vector<std::string>& args, SourcesCommand command);

/// --max-file-size: digits with an optional K, M or G; 1 byte to 2 GiB (offsets are 32 bits).
size_t parse_size(const std::string& s);

/// --jobs: a whole number of threads from 1 to 256.
unsigned parse_jobs(const std::string& s);

/// A repository that contentc init made stands for its sources/ folder (and build writes to its
/// out/ unless -o says otherwise): true when `sources` was such a repository, now its sources/.
bool enter_repository(std::filesystem::path& sources, std::string& display);

/// False (having said why) when the sources folder is not a folder.
bool sources_folder_exists(const CheckOptions& o);

/// A command's one named option (`spec` as Boost writes it, "sources,s"), when given, and its
/// positional words: `rules`, `explain`, `new` and `diff` take this shape.
struct OptionAndWords {
  std::optional<std::string> option;
  std::vector<std::string> words;
};
OptionAndWords option_and_words(const std::vector<std::string>& args, const char* spec);

/// The rule catalogue as SOURCES's policy makes it: the built-in rules, then its house rules
/// that can run. Only policy.xml is read; without one (or without SOURCES), the built-in rules.
struct KnownRules {
  bool found = false;    ///< SOURCES has a policy.xml
  LoadedSources policy;  ///< owns the house rules (policy.xml merged with what it includes)
  RuleCatalogue catalogue = builtin_rules();
};
KnownRules known_rules(const std::string& sources_arg);

}  // namespace contentc
