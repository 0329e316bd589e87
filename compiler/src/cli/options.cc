// The option parsing the commands share, and the one way they write to standard output.

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cli/command.h"
#include "load/source_tree.h"
#include "util/decimal.h"
#include "util/read_file.h"

namespace contentc {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

std::optional<Format> parse_format(const std::string& s) {
  if (s == "text") return Format::kText;
  if (s == "json") return Format::kJson;
  if (s == "sarif") return Format::kSarif;
  if (s == "github") return Format::kGithub;
  return std::nullopt;
}

}  // namespace

size_t parse_size(const std::string& s) {
  constexpr uint64_t kMax = uint64_t{2} << 30;
  const size_t digits = s.find_first_not_of("0123456789");
  const std::string suffix = digits == std::string::npos ? "" : s.substr(digits);
  const unsigned shift = suffix.empty()                    ? 0
                         : suffix == "K" || suffix == "k" ? 10
                         : suffix == "M" || suffix == "m" ? 20
                         : suffix == "G" || suffix == "g" ? 30
                                                          : 99;
  const auto n = shift == 99 ? std::nullopt : parse_decimal(s.substr(0, digits), kMax >> shift);
  if (!n || *n == 0) {
    throw UsageError{fmt::format("--max-file-size: '{}' is not a size from 1 to 2G (e.g. 64M)", s)};
  }
  return static_cast<size_t>(*n << shift);
}


po::variables_map parse_command_line(const std::vector<std::string>& args, const po::options_description& desc,
                                     const char* positional) {
  po::positional_options_description pos;
  pos.add(positional, -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
  po::notify(vm);
  return vm;
}

unsigned parse_jobs(const std::string& s) {
  const auto n = parse_decimal(s, 256);
  if (!n || *n == 0) throw UsageError{fmt::format("--jobs: '{}' is not a number of threads from 1 to 256", s)};
  return static_cast<unsigned>(*n);
}

bool enter_repository(fs::path& sources, std::string& display) {
  std::error_code ec;
  if (fs::exists(sources / "policy.xml", ec) || !fs::exists(sources / "sources" / "policy.xml", ec)) return false;
  sources /= "sources";
  display = (fs::path(display) / "sources").string();
  return true;
}

CheckOptions parse_check_options(const std::vector<std::string>& args, SourcesCommand command) {
  const bool is_build = command == SourcesCommand::kBuild;
  po::options_description desc;
  std::string format = "text", out = "out", max_size = "64M", today, jobs, previous, baseline;
  std::vector<std::string> positional;
  desc.add_options()("format,f", po::value(&format))("werror", po::bool_switch())(
      "jobs,j", po::value(&jobs))("max-file-size", po::value(&max_size))("today", po::value(&today))("timings", po::bool_switch())(
      "sources", po::value(&positional)->multitoken());
  if (is_build) {
    desc.add_options()("out,o", po::value(&out))("spreadsheet-safe", po::bool_switch())("previous", po::value(&previous));
  }
  if (command == SourcesCommand::kFix) desc.add_options()("dry-run", po::bool_switch());
  if (command != SourcesCommand::kFix) desc.add_options()("baseline", po::value(&baseline))("only-new", po::bool_switch());
  const po::variables_map vm = parse_command_line(args, desc, "sources");

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
  if (vm.count("jobs")) o.compile.load.jobs = parse_jobs(jobs);
  o.compile.load.max_file_size = parse_size(max_size);
  std::string error;
  o.compile.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{error};
  o.created = decide_created(today, std::getenv("SOURCE_DATE_EPOCH"), o.compile.today);
  if (is_build && out.empty()) throw UsageError{"--out: give a folder to write the bundles to"};
  o.out = out;
  if (is_build && vm.count("previous")) {
    if (previous.empty()) throw UsageError{"--previous: give the folder of an earlier build"};
    o.previous = previous;
  }
  if (enter_repository(o.sources, o.sources_display) && !vm.count("out")) o.out = o.sources.parent_path() / "out";
  o.timings = vm["timings"].as<bool>();
  o.spreadsheet_safe = is_build && vm["spreadsheet-safe"].as<bool>();
  o.dry_run = command == SourcesCommand::kFix && vm["dry-run"].as<bool>();
  if (command != SourcesCommand::kFix) {
    if (vm.count("baseline") && baseline.empty()) throw UsageError{"--baseline: give an earlier run's SARIF or JSON file"};
    o.baseline = baseline;
    o.only_new = vm["only-new"].as<bool>();
    if (o.only_new && o.baseline.empty()) throw UsageError{"--only-new needs --baseline FILE: new against what?"};
  }
  return o;
}

void write_stdout(const std::string& text) {
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw IoError{fmt::format("cannot write to standard output: {}",
                              errno ? std::strerror(errno) : "write error")};
  }
}

bool sources_folder_exists(const CheckOptions& o) {
  std::error_code ec;
  if (fs::is_directory(o.sources, ec)) return true;
  std::cerr << fmt::format("contentc: error: sources folder '{}' {}\n", o.sources_display,
                           fs::exists(o.sources, ec) ? "is not a folder" : "does not exist");
  return false;
}

KnownRules known_rules(const std::string& sources_arg) {
  KnownRules known;
  fs::path sources = sources_arg;
  std::string display = sources_arg;
  enter_repository(sources, display);
  std::error_code ec;
  if (!fs::is_regular_file(sources / "policy.xml", ec)) return known;
  known.found = true;
  LoadOptions options;
  options.policy_only = true;  // policy.xml and the policies it includes, no content
  known.policy = ContentLoader(options).load(SourceTree(sources), display);
  known.catalogue.insert(known.catalogue.end(), known.policy.house_rules.begin(), known.policy.house_rules.end());
  return known;
}

OptionAndWords option_and_words(const std::vector<std::string>& args, const char* spec) {
  po::options_description desc;
  std::string value;
  OptionAndWords out;
  desc.add_options()(spec, po::value(&value))("words", po::value(&out.words)->multitoken());
  const po::variables_map vm = parse_command_line(args, desc, "words");
  const std::string_view name(spec);
  if (vm.count(std::string(name.substr(0, name.find(','))))) out.option = value;
  return out;
}

}  // namespace contentc
