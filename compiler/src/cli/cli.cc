#include "cli/cli.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cli/compile.h"
#include "cli/progress.h"
#include "diag/renderers.h"
#include "emit/bundle_writer.h"
#include "rules/registry.h"
#include "util/edit_distance.h"
#include "version.h"

namespace contentc {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage = R"(contentc — compiles and validates prenatal movement content

usage:
  contentc build [SOURCES] [-o OUT] [--format text|json|sarif|github] [--werror] [-j N]
  contentc check [SOURCES] [--format text|json|sarif|github] [--werror] [-j N]
  contentc rules
  contentc explain RULE
  contentc --version | --help

commands:
  build    check SOURCES (default: sources) and, when no error was found, write the bundles
           to OUT (default: out)
  check    check SOURCES only; write nothing
  rules    list the rules, their default levels and what each catches
  explain  print what a rule checks, why, and how to fix what it finds

options (build, check):
  -o, --out DIR          where build writes the bundles (default: out)
  -f, --format FORMAT    findings as text (default), json, sarif or github workflow commands;
                         findings go to stdout, the summary to stderr
      --werror           warnings fail the build too
  -j, --jobs N           files loaded at once (default: all cores)
      --spreadsheet-safe (build) prefix CSV text cells that a spreadsheet would run as a
                         formula (= + - @, tab, CR first) with an apostrophe
      --max-file-size N  largest source file read, in bytes (suffix K, M or G; default 64M)
      --timings          print each stage's wall time on stderr
      --today DATE       the date (YYYY-MM-DD) suppressions expire against (default:
                         SOURCE_DATE_EPOCH if set, else today, in UTC)

exit status: 0 clean (warnings allowed), 1 findings that fail the build, 2 usage or I/O error
)";

enum class Format { kText, kJson, kSarif, kGithub };

struct CheckOptions {
  fs::path sources = "sources";
  std::string sources_display = "sources";
  fs::path out = "out";
  Format format = Format::kText;
  bool werror = false;
  bool spreadsheet_safe = false;
  bool timings = false;
  CompileOptions compile;
};

/// Thrown inside this file only, for a usage error with its one-line message.
struct UsageError {
  std::string message;
};

std::optional<Format> parse_format(const std::string& s) {
  if (s == "text") return Format::kText;
  if (s == "json") return Format::kJson;
  if (s == "sarif") return Format::kSarif;
  if (s == "github") return Format::kGithub;
  return std::nullopt;
}

size_t parse_size(const std::string& s) {
  size_t used = 0;
  unsigned long long n = 0;
  try {
    n = std::stoull(s, &used);
  } catch (...) {
    throw UsageError{fmt::format("--max-file-size: '{}' is not a size (e.g. 64M)", s)};
  }
  const std::string suffix = s.substr(used);
  const unsigned shift = suffix.empty()                    ? 0
                         : suffix == "K" || suffix == "k" ? 10
                         : suffix == "M" || suffix == "m" ? 20
                         : suffix == "G" || suffix == "g" ? 30
                                                          : 99;
  if (shift == 99 || n == 0) {
    throw UsageError{fmt::format("--max-file-size: '{}' is not a size (e.g. 64M)", s)};
  }
  return static_cast<size_t>(n) << shift;
}

CheckOptions parse_check_options(const std::vector<std::string>& args, bool is_build) {
  po::options_description desc;
  std::string format = "text", out = "out", max_size = "64M", today;
  int jobs = 0;
  std::vector<std::string> positional;
  desc.add_options()("format,f", po::value(&format))("werror", po::bool_switch())(
      "jobs,j", po::value(&jobs))("max-file-size", po::value(&max_size))("today", po::value(&today))("timings", po::bool_switch())(
      "sources", po::value(&positional)->multitoken());
  if (is_build) desc.add_options()("out,o", po::value(&out))("spreadsheet-safe", po::bool_switch());
  po::positional_options_description pos;
  pos.add("sources", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
  po::notify(vm);

  CheckOptions o;
  if (positional.size() > 1) {
    throw UsageError{fmt::format("one sources folder at most (got '{}' and '{}')", positional[0],
                                 positional[1])};
  }
  if (!positional.empty()) {
    o.sources = positional[0];
    o.sources_display = positional[0];
  }
  const auto f = parse_format(format);
  if (!f) {
    throw UsageError{fmt::format("--format: '{}' is not one of text, json, sarif, github",
                                 format)};
  }
  o.format = *f;
  o.werror = vm["werror"].as<bool>();
  if (jobs < 0) throw UsageError{"--jobs: give a number of files from 1"};
  o.compile.load.jobs = static_cast<unsigned>(jobs);
  o.compile.load.max_file_size = parse_size(max_size);
  std::string error;
  o.compile.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{error};
  o.out = out;
  o.timings = vm["timings"].as<bool>();
  o.spreadsheet_safe = is_build && vm["spreadsheet-safe"].as<bool>();
  return o;
}

std::string render(Format format, const Findings& findings, const SourceFiles& files,
                   bool color) {
  switch (format) {
    case Format::kText:
      return render_text(findings, files, color);
    case Format::kJson:
      return render_json(findings, files);
    case Format::kSarif:
      return render_sarif(findings, files);
    case Format::kGithub:
      return render_github(findings, files);
  }
  return {};
}

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void print_timings(const Timings& timings) {
  for (const auto& [stage, seconds] : timings.stages()) {
    std::cerr << fmt::format("timing: {:<16} {:8.3f} s\n", stage, seconds);
  }
}

int run_check(const std::vector<std::string>& args, bool is_build) {
  CheckOptions o = parse_check_options(args, is_build);
  std::error_code ec;
  if (!fs::is_directory(o.sources, ec)) {
    std::cerr << fmt::format("contentc: error: sources folder '{}' {}\n", o.sources_display,
                             fs::exists(o.sources, ec) ? "is not a folder" : "does not exist");
    return kExitUsage;
  }
  Timings timings;
  if (o.timings) o.compile.timings = &timings;
  std::optional<Progress> progress;
  if (isatty(STDERR_FILENO)) progress.emplace();
  const Compilation loaded =
      compile_sources(o.sources, o.sources_display, o.compile, progress ? &*progress : nullptr);
  progress.reset();  // clears its line before anything else is printed
  const bool color = o.format == Format::kText && isatty(STDOUT_FILENO) &&
                     std::getenv("NO_COLOR") == nullptr;
  std::cout << render(o.format, loaded.findings, loaded.files, color) << std::flush;

  const Tally t = tally(loaded.findings);
  const bool failed = t.errors > 0 || (o.werror && t.warnings > 0);
  std::string summary =
      fmt::format("checked {} in {}: {}, {}", plural(loaded.model.entry_count(), "entry", "entries"),
                  plural(loaded.xml_files, "file", "files"), plural(t.errors, "error", "errors"),
                  plural(t.warnings, "warning", "warnings"));
  if (t.notes) summary += ", " + plural(t.notes, "note", "notes");
  if (t.suppressed) summary += fmt::format(" ({} suppressed)", t.suppressed);
  if (o.werror && t.errors == 0 && t.warnings > 0) summary += " (--werror: warnings fail)";
  std::cerr << summary << "\n";
  if (!is_build) {
    if (o.timings) print_timings(timings);
    return failed ? kExitFindings : kExitClean;
  }
  if (failed) {
    std::cerr << fmt::format("no bundle written: {} left as it was\n", o.out.string());
    return kExitFindings;
  }
  const BundleResult written =
      write_bundles(loaded.model, loaded.files, loaded.findings, o.out,
                    BundleOptions{o.spreadsheet_safe, o.timings ? &timings : nullptr});
  if (!written.error.empty()) {
    std::cerr << fmt::format("contentc: error: {}; {} left as it was\n", written.error,
                             o.out.string());
    return kExitUsage;
  }
  std::cerr << fmt::format("wrote {} files to {}\n", written.files.size(), o.out.string());
  if (o.timings) print_timings(timings);
  return kExitClean;
}

int run_rules_command(const std::vector<std::string>& args) {
  if (!args.empty()) throw UsageError{fmt::format("'rules' takes no arguments (got '{}')", args[0])};
  size_t width = 0;
  for (const RuleInfo& r : rule_registry()) width = std::max(width, r.id.size());
  for (const RuleInfo& r : rule_registry()) {
    std::cout << fmt::format("{:<{}}  {:<7}  {}\n", r.id, width, level_name(r.level), r.summary);
  }
  return kExitClean;
}

int run_explain(const std::vector<std::string>& args) {
  if (args.size() != 1) throw UsageError{"'explain' takes one rule id, e.g. contentc explain bad-id"};
  const RuleInfo* rule = find_rule(args[0]);
  if (!rule) {
    std::vector<std::string_view> ids;
    for (const RuleInfo& r : rule_registry()) ids.push_back(r.id);
    throw UsageError{fmt::format("no rule '{}'{} ('contentc rules' lists them)", args[0],
                                 did_you_mean(args[0], ids))};
  }
  std::cout << fmt::format("{} ({} by default): {}\n\n{}\n", rule->id, level_name(rule->level),
                           rule->summary, rule->explain);
  return kExitClean;
}

}  // namespace

int run_cli(int argc, const char* const* argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.empty()) {
      std::cerr << "contentc: error: no command given (try 'contentc --help')\n";
      return kExitUsage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return kExitClean;
    }
    if (command == "--version") {
      std::cout << "contentc " << kVersion << "\n";
      return kExitClean;
    }
    for (const std::string& a : args) {
      if (a == "--help" || a == "-h") {
        std::cout << kUsage;
        return kExitClean;
      }
    }
    if (command == "build" || command == "check") return run_check(args, command == "build");
    if (command == "rules") return run_rules_command(args);
    if (command == "explain") return run_explain(args);
    throw UsageError{fmt::format("unknown command '{}'{}", command,
                                 did_you_mean(command, {"build", "check", "rules", "explain"}))};
  } catch (const UsageError& e) {
    std::cerr << "contentc: error: " << e.message << " (try 'contentc --help')\n";
  } catch (const po::error& e) {
    std::cerr << "contentc: error: " << e.what() << " (try 'contentc --help')\n";
  } catch (const std::exception& e) {
    std::cerr << "contentc: error: " << e.what() << "\n";
  }
  return kExitUsage;
}

}  // namespace contentc
