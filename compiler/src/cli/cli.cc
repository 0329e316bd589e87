#include "cli/cli.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "changes/change_set.h"
#include "changes/changes_json.h"
#include "changes/changes_text.h"
#include "changes/release.h"
#include "pipeline/compile.h"
#include "cli/progress.h"
#include "cli/termination.h"
#include "cli/usage.h"
#include "diag/renderers.h"
#include "emit/bundle_writer.h"
#include "fix/apply_fixes.h"
#include "lsp/server.h"
#include "resolve/normalized_text.h"
#include "resolve/passage_finder.h"
#include "rules/registry.h"
#include "scaffold/repository.h"
#include "scaffold/skeleton.h"
#include "util/decimal.h"
#include "util/edit_distance.h"
#include "util/kebab.h"
#include "util/plural.h"
#include "util/read_file.h"
#include "util/unified_diff.h"
#include "util/utf8.h"
#include "util/worker_pool.h"
#include "util/xml_text.h"
#include "version.h"

namespace contentc {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

AfterRun g_after = AfterRun::kContinue;
/// A compilation handed to the process's exit (AfterRun::kProcessEnds): still reachable, so
/// leak checkers do not count it.
Compilation* g_kept_for_exit = nullptr;


enum class Format { kText, kJson, kSarif, kGithub };

struct CheckOptions {
  fs::path sources = "sources";
  std::string sources_display = "sources";
  fs::path out = "out";
  fs::path previous;  ///< --previous: "" for the build OUT holds
  Format format = Format::kText;
  bool werror = false;
  bool spreadsheet_safe = false;
  bool timings = false;
  bool dry_run = false;
  CompileOptions compile;
};

/// The commands that read a sources folder, each with its own options.
enum class SourcesCommand { kCheck, kBuild, kFix };

/// Thrown inside this file only, for a usage error with its one-line message.
struct UsageError {
  std::string message;
};

/// Thrown inside this file only: output that could not be written.
struct IoError {
  std::string message;
};

std::optional<Format> parse_format(const std::string& s) {
  if (s == "text") return Format::kText;
  if (s == "json") return Format::kJson;
  if (s == "sarif") return Format::kSarif;
  if (s == "github") return Format::kGithub;
  return std::nullopt;
}

/// --max-file-size: digits with an optional K, M or G; 1 byte to 2 GiB (offsets are 32 bits).
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

/// --jobs: a whole number of threads from 1 to 256.
unsigned parse_jobs(const std::string& s) {
  const auto n = parse_decimal(s, 256);
  if (!n || *n == 0) throw UsageError{fmt::format("--jobs: '{}' is not a number of threads from 1 to 256", s)};
  return static_cast<unsigned>(*n);
}

/// A repository that contentc init made stands for its sources/ folder (and build writes to its
/// out/ unless -o says otherwise): true when `sources` was such a repository, now its sources/.
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
  std::string format = "text", out = "out", max_size = "64M", today, jobs, previous;
  std::vector<std::string> positional;
  desc.add_options()("format,f", po::value(&format))("werror", po::bool_switch())(
      "jobs,j", po::value(&jobs))("max-file-size", po::value(&max_size))("today", po::value(&today))("timings", po::bool_switch())(
      "sources", po::value(&positional)->multitoken());
  if (is_build) {
    desc.add_options()("out,o", po::value(&out))("spreadsheet-safe", po::bool_switch())("previous", po::value(&previous));
  }
  if (command == SourcesCommand::kFix) desc.add_options()("dry-run", po::bool_switch());
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
  if (vm.count("jobs")) o.compile.load.jobs = parse_jobs(jobs);
  o.compile.load.max_file_size = parse_size(max_size);
  std::string error;
  o.compile.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{error};
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
  return o;
}

std::string render(Format format, const Findings& findings, const SourceFiles& files,
                   const RuleCatalogue& catalogue, bool color) {
  switch (format) {
    case Format::kText:
      return render_text(findings, files, color);
    case Format::kJson:
      return render_json(findings, files);
    case Format::kSarif:
      return render_sarif(findings, files, catalogue);
    case Format::kGithub:
      return render_github(findings, files);
  }
  return {};
}

void print_timings(const Timings& timings) {
  for (const auto& [stage, seconds] : timings.stages()) {
    std::cerr << fmt::format("timing: {:<16} {:8.3f} s\n", stage, seconds);
  }
}

/// Writes `text` to stdout and flushes it; a failed write (a full disk, /dev/full) is an I/O error.
void write_stdout(const std::string& text) {
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw IoError{fmt::format("cannot write to standard output: {}",
                              errno ? std::strerror(errno) : "write error")};
  }
}

std::string build_summary(const BundleResult& written, const std::string& out) {
  const size_t unchanged = static_cast<size_t>(std::count_if(
      written.files.begin(), written.files.end(), [](const StagedFile& f) { return f.unchanged; }));
  if (written.up_to_date) return fmt::format("{} is up to date ({} unchanged)", out, plural(unchanged, "file", "files"));
  std::string summary = fmt::format("wrote {} to {}", plural(written.files.size() - unchanged, "file", "files"), out);
  if (unchanged) summary += fmt::format(", {} unchanged", unchanged);
  return summary;
}

/// False (having said why) when the sources folder is not a folder.
bool sources_folder_exists(const CheckOptions& o) {
  std::error_code ec;
  if (fs::is_directory(o.sources, ec)) return true;
  std::cerr << fmt::format("contentc: error: sources folder '{}' {}\n", o.sources_display,
                           fs::exists(o.sources, ec) ? "is not a folder" : "does not exist");
  return false;
}

int run_check(const std::vector<std::string>& args, bool is_build) {
  CheckOptions o = parse_check_options(args, is_build ? SourcesCommand::kBuild : SourcesCommand::kCheck);
  if (!sources_folder_exists(o)) return kExitUsage;
  // A build claims its output folder before any work: a wrong -o fails at once, and two builds
  // of one folder take turns for the whole build.
  std::optional<OutputDir> dir;
  if (is_build) {
    clean_up_on_termination();
    dir.emplace(o.out, o.sources, [](const std::string& note) {
      std::cerr << "contentc: " << note << "\n";
    });
    if (const std::string error = dir->begin(); !error.empty()) {
      std::cerr << fmt::format("contentc: error: {}\n", error);
      return kExitUsage;
    }
  }
  WorkerPool pool(o.compile.load.jobs);
  o.compile.load.pool = &pool;
  Timings timings;
  if (o.timings) o.compile.timings = &timings;
  std::optional<Progress> progress;
  if (isatty(STDERR_FILENO)) progress.emplace();
  Compilation loaded =
      compile_sources(o.sources, o.sources_display, o.compile, progress ? &*progress : nullptr);
  struct KeptForExit {
    Compilation& c;
    ~KeptForExit() {
      if (g_after == AfterRun::kProcessEnds && !g_kept_for_exit) g_kept_for_exit = new Compilation(std::move(c));
    }
  } kept{loaded};
  progress.reset();  // clears its line before anything else is printed
  const bool color = o.format == Format::kText && isatty(STDOUT_FILENO) &&
                     std::getenv("NO_COLOR") == nullptr;
  write_stdout(render(o.format, loaded.findings, loaded.files, loaded.catalogue, color));

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
      write_bundles(loaded.model, loaded.files, loaded.findings, *dir,
                    BundleOptions{o.spreadsheet_safe, o.timings ? &timings : nullptr, &pool,
                                  o.previous.empty() ? dir->previous_build() : o.previous, !o.previous.empty()});
  if (!written.error.empty()) {
    std::cerr << fmt::format("contentc: error: {}; {} left as it was\n", written.error,
                             o.out.string());
    return kExitUsage;
  }
  if (!written.release_note.empty()) std::cerr << terminal_safe(written.release_note) << "\n";
  std::cerr << build_summary(written, o.out.string()) << "\n";
  if (o.timings) print_timings(timings);
  return kExitClean;
}

/// `before → after` for a change small enough to show on one line, else "".
std::string shown_change(const FixChange& c) {
  constexpr size_t kMax = 60;
  auto fits = [](const std::string& s) { return s.size() <= kMax && s.find('\n') == std::string::npos; };
  if (!fits(c.before) || !fits(c.after)) return {};
  return fmt::format(": '{}' → '{}'", c.before, c.after);
}

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

int run_lsp(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string today, jobs;
  std::vector<std::string> positional;
  desc.add_options()("jobs,j", po::value(&jobs))("today", po::value(&today))("stdio", po::bool_switch())(
      "sources", po::value(&positional)->multitoken());
  po::positional_options_description pos;
  pos.add("sources", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
  po::notify(vm);
  if (positional.size() > 1) throw UsageError{"'lsp' takes one sources folder at most"};
  lsp::ServerOptions options;
  if (!positional.empty()) options.sources = positional[0];
  if (vm.count("jobs")) options.jobs = parse_jobs(jobs);
  std::string error;
  options.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{error};
  return lsp::run_server(STDIN_FILENO, STDOUT_FILENO, options);
}

/// ", 2 spelt differently" when some words matched only one typo away.
std::string spelt_differently(const Passage& p) {
  return p.words_misspelt ? fmt::format(" ({} spelt differently)", p.words_misspelt) : std::string();
}

/// One passage as `quote` prints it: where it is and under which heading, the text, a cite.
std::string quote_listing(const Passage& p, size_t words_asked, const PassageFinder& finder,
                          const SourceFile& snapshot, const std::string& article) {
  const Loc at = locate_in(snapshot, 0, p.begin);
  const std::string heading = p.heading_line ? std::string(finder.headings().line_text(p.heading_line)) : std::string();
  const std::string text = fold_space(std::string_view(snapshot.text).substr(p.begin, p.end - p.begin));
  std::string where = fmt::format("{}:{}:{}:", snapshot.path, at.line, at.column);
  where += heading.empty() ? std::string(" no heading above it")
                           : fmt::format(" under '{}' (line {})", heading, p.heading_line);
  if (!p.exact) where += fmt::format(", {} of the {} words{}", p.words_matched, words_asked, spelt_differently(p));
  const std::string section =
      heading.empty() ? std::string() : fmt::format(" section=\"{}\"", escape_xml_attribute(heading));
  return fmt::format("{}\n  {}\n  <cite article=\"{}\"{}>{}</cite>\n", where, text,
                     escape_xml_attribute(article), section, escape_xml_text(text));
}

/// More words than an editor remembers; the word alignment's cost grows with them.
constexpr size_t kMostQuoteWords = 200;

int run_quote(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string sources = "sources", section, max = "5";
  std::vector<std::string> positional;
  desc.add_options()("sources,s", po::value(&sources))("section", po::value(&section))("max", po::value(&max))(
      "words", po::value(&positional)->multitoken());
  po::positional_options_description pos;
  pos.add("words", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
  po::notify(vm);
  if (positional.size() < 2) {
    throw UsageError{"'quote' takes an article id and the words to look for, e.g. contentc quote "
                     "si-joint-pain-in-pregnancy hold for 5 seconds"};
  }
  const auto most = parse_decimal(max, 1000);
  if (!most || *most == 0) throw UsageError{fmt::format("--max: '{}' is not a number from 1 to 1000", max)};
  std::string words;
  for (size_t i = 1; i < positional.size(); ++i) words += (i > 1 ? " " : "") + positional[i];
  if (fold_space(words).empty()) throw UsageError{"'quote' needs words to look for, not only spaces"};
  if (const size_t n = static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1; n > kMostQuoteWords) {
    throw UsageError{fmt::format("'quote' looks for {} words at most (got {}): a passage's first words find it",
                                 kMostQuoteWords, n)};
  }

  CheckOptions o;
  o.sources = sources;
  o.sources_display = sources;
  enter_repository(o.sources, o.sources_display);
  if (!sources_folder_exists(o)) return kExitUsage;
  const Compilation c = compile_sources(o.sources, o.sources_display, o.compile);
  const std::string& id = positional[0];
  const Article* article = nullptr;
  std::vector<std::string_view> ids;
  for (const Article& a : c.model.articles) {
    ids.push_back(a.id.value);
    if (a.id.value == id && !article) article = &a;
  }
  if (!article) {
    std::string known;
    if (ids.size() <= 10) {
      for (std::string_view a : ids) known += fmt::format("{}{}", known.empty() ? " (its articles: " : ", ", a);
      if (!known.empty()) known += ")";
    }
    std::cerr << fmt::format("contentc: error: no article '{}' in {}{}{}\n", id, o.sources_display,
                             did_you_mean(id, ids), known);
    return kExitUsage;
  }
  if (article->snapshot_file == Loc::kNoFile) {
    std::cerr << fmt::format("contentc: error: article '{}' has no snapshot to search ('contentc check {}' "
                             "says why)\n", id, o.sources_display);
    return kExitUsage;
  }
  std::vector<std::string> sections;
  c.model.for_each_cite([&](const Entry&, const Cite& cite) {
    if (cite.article.value == id && cite.section) sections.push_back(cite.section->value);
  });
  const SourceFile& snapshot = c.files[article->snapshot_file];
  const PassageFinder finder(snapshot.text, sections);
  if (vm.count("section")) {
    std::vector<std::string_view> headings;
    for (uint32_t line : finder.headings().lines()) headings.push_back(finder.headings().line_text(line));
    const std::string wanted = normalize_quote(section);
    if (std::none_of(headings.begin(), headings.end(), [&](std::string_view h) { return normalize_quote(h) == wanted; })) {
      std::cerr << fmt::format("contentc: error: --section: '{}' is not a heading of {}{}\n", section,
                               snapshot.path, did_you_mean(section, headings));
      return kExitUsage;
    }
  }
  const PassageSearch found = finder.find(words, *most, vm.count("section") ? &section : nullptr);
  const std::string under = vm.count("section") ? fmt::format(" under '{}'", section) : std::string();
  if (found.passages.empty() || found.nothing_close) {
    std::string asked = fold_space(words);
    if (utf8_count_code_points(asked) > 60) asked = fmt::format("{}…", asked.substr(0, asked.rfind(' ', 60)));
    std::string message = fmt::format("nothing in {}{} is close to '{}'", snapshot.path, under, asked);
    if (!found.passages.empty()) {
      const Passage& best = found.passages.front();
      message += fmt::format(": the closest passage (line {}) has only {} of the {} words", best.line,
                             best.words_matched, found.words_asked);
    }
    std::cerr << "contentc: " << message << "; try fewer words, as the article writes them\n";
    return kExitFindings;
  }
  std::string listing;
  for (const Passage& p : found.passages) {
    listing += (listing.empty() ? "" : "\n") + quote_listing(p, found.words_asked, finder, snapshot, article->id.value);
  }
  write_stdout(listing);
  const Passage& best = found.passages.front();
  std::string summary;
  if (best.exact) {
    summary = fmt::format("{} {} these words{}", plural(found.found, "passage", "passages"),
                          found.found == 1 ? "has" : "have", under);
  } else {
    summary = fmt::format("no passage{} has these words as written; ", under);
    summary += found.passages.size() == 1
                   ? fmt::format("the closest has {} of the {} words{}", best.words_matched, found.words_asked,
                                 spelt_differently(best))
                   : fmt::format("{} come about equally close ({} of the {} words)", found.passages.size(),
                                 best.words_matched, found.words_asked);
  }
  if (found.found > found.passages.size()) summary += fmt::format(" (the first {} shown; --max shows more)", found.passages.size());
  if (found.ambiguous) summary += ": add words, or name the heading with --section, to choose one";
  std::cerr << summary << "\n";
  return kExitClean;
}

/// The rule catalogue as SOURCES's policy makes it: the built-in rules, then its house rules
/// that can run. Only policy.xml is read; without one (or without SOURCES), the built-in rules.
struct KnownRules {
  LoadedSources policy;  ///< owns the house rules
  RuleCatalogue catalogue = builtin_rules();
};

KnownRules known_rules(const std::string& sources_arg) {
  KnownRules known;
  fs::path sources = sources_arg;
  std::string display = sources_arg;
  enter_repository(sources, display);
  std::string text;
  if (read_whole_file(sources / "policy.xml", size_t{64} << 20, text) != 0) return known;
  SourceTree tree;
  tree.put("policy.xml", std::move(text));
  known.policy = ContentLoader(LoadOptions{}).load(tree, display);
  known.catalogue.insert(known.catalogue.end(), known.policy.house_rules.begin(), known.policy.house_rules.end());
  return known;
}

/// A command's one named option (`spec` as Boost writes it, "sources,s"), when given, and its
/// positional words: `rules`, `explain`, `new` and `diff` take this shape.
struct OptionAndWords {
  std::optional<std::string> option;
  std::vector<std::string> words;
};

OptionAndWords option_and_words(const std::vector<std::string>& args, const char* spec) {
  po::options_description desc;
  std::string value;
  OptionAndWords out;
  desc.add_options()(spec, po::value(&value))("words", po::value(&out.words)->multitoken());
  po::positional_options_description pos;
  pos.add("words", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
  po::notify(vm);
  const std::string_view name(spec);
  if (vm.count(std::string(name.substr(0, name.find(','))))) out.option = value;
  return out;
}

int run_rules_command(const std::vector<std::string>& args) {
  const auto [option, rest] = option_and_words(args, "sources,s");
  std::string sources = option.value_or("sources");
  if (rest.size() > 1) throw UsageError{fmt::format("'rules' takes one sources folder at most (got '{}' and '{}')", rest[0], rest[1])};
  if (rest.size() == 1) sources = rest[0];
  const KnownRules known = known_rules(sources);
  size_t width = 0;
  for (const Rule* r : known.catalogue) width = std::max(width, r->id.size());
  std::string listing;
  for (const Rule* r : known.catalogue) {
    listing += fmt::format("{:<{}}  {:<7}  {}\n", r->id, width, level_name(r->level), r->summary);
  }
  write_stdout(listing);
  return kExitClean;
}

int run_explain(const std::vector<std::string>& args) {
  const auto [sources, rest] = option_and_words(args, "sources,s");
  if (rest.size() != 1) throw UsageError{"'explain' takes one rule id, e.g. contentc explain bad-id"};
  const KnownRules known = known_rules(sources.value_or("sources"));
  const Rule* rule = find_rule(known.catalogue, rest[0]);
  if (!rule) {
    std::vector<std::string_view> ids;
    for (const Rule* r : known.catalogue) ids.push_back(r->id);
    throw UsageError{fmt::format("no rule '{}'{} ('contentc rules' lists them)", rest[0],
                                 did_you_mean(rest[0], ids))};
  }
  write_stdout(fmt::format("{} ({} by default): {}\n\n{}\n", rule->id, level_name(rule->level),
                           rule->summary, rule->explain));
  return kExitClean;
}

int run_init(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].starts_with("-") || args[0].empty()) {
    throw UsageError{"'init' takes one folder, e.g. contentc init my-content"};
  }
  const InitResult result = init_repository(args[0], RepositorySettings{installed_schema_dir(), kPackageUrl});
  if (!result.error.empty()) {
    std::cerr << fmt::format("contentc: error: {}\n", result.error);
    return kExitUsage;
  }
  std::string listing = fmt::format("created a content repository in {}:\n", args[0]);
  for (const std::string& f : result.created) listing += fmt::format("  {}\n", f);
  listing += fmt::format("next: cd {} && contentc check && contentc build -o out\n", args[0]);
  write_stdout(listing);
  return kExitClean;
}

int run_new(const std::vector<std::string>& args) {
  const auto [in, positional] = option_and_words(args, "in");
  std::string kinds;
  for (std::string_view k : skeleton_kinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(k);
  if (positional.size() != 2) {
    throw UsageError{fmt::format("'new' takes a kind ({}) and an id, e.g. contentc new exercise pelvic-tilt", kinds)};
  }
  const std::string& kind = positional[0];
  const std::string& id = positional[1];
  const std::string entry = entry_skeleton(kind, id);
  if (entry.empty()) {
    std::vector<std::string_view> names(skeleton_kinds().begin(), skeleton_kinds().end());
    throw UsageError{fmt::format("no entry kind '{}'{} (one of {})", kind, did_you_mean(kind, names), kinds)};
  }
  if (!is_kebab_case(id)) {
    const std::string suggestion = to_kebab_case(id);
    throw UsageError{fmt::format("the id '{}' is not kebab-case (lower-case letters and digits joined by single "
                                 "hyphens){}",
                                 id, suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion))};
  }
  if (!in) {
    write_stdout(entry);
    return kExitClean;
  }
  if (const std::string error = add_to_content_file(*in, entry, id); !error.empty()) {
    std::cerr << fmt::format("contentc: error: {}\n", error);
    return kExitUsage;
  }
  std::cerr << fmt::format("added {} '{}' to {}\n", kind, id, *in);
  return kExitClean;
}

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
  if (command == "build" || command == "check") return run_check(args, command == "build");
  if (command == "fix") return run_fix(args);
  if (command == "diff") return run_diff(args);
  if (command == "lsp") return run_lsp(args);
  if (command == "quote") return run_quote(args);
  if (command == "rules") return run_rules_command(args);
  if (command == "explain") return run_explain(args);
  if (command == "init") return run_init(args);
  if (command == "new") return run_new(args);
  std::vector<std::string_view> commands;
  for (const CommandDoc& c : usage().commands) commands.push_back(c.name);
  throw UsageError{fmt::format("unknown command '{}'{}", command, did_you_mean(command, commands))};
}

}  // namespace

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
