// contentc check and contentc build: check the sources, print the findings, and (build) write
// the bundles.

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/termination.h"
#include "diag/renderers.h"
#include "emit/bundle_writer.h"
#include "rules/spell_checker.h"
#include "util/plural.h"
#include "util/read_file.h"
#include "util/worker_pool.h"
#include "util/xml_text.h"

namespace contentc {

namespace {

std::string render(Format format, const Findings& findings, const SourceFiles& files,
                   const RuleCatalogue& catalogue, bool color, const BaselineView& baseline) {
  switch (format) {
    case Format::kText:
      return render_text(findings, files, color);
    case Format::kJson:
      return render_json(findings, files, baseline);
    case Format::kSarif:
      return render_sarif(findings, files, catalogue, baseline);
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

std::string build_summary(const BundleResult& written, const std::string& out) {
  const size_t unchanged = static_cast<size_t>(std::count_if(
      written.files.begin(), written.files.end(), [](const StagedFile& f) { return f.unchanged; }));
  if (written.up_to_date) return fmt::format("{} is up to date ({} unchanged)", out, plural(unchanged, "file", "files"));
  std::string summary = fmt::format("wrote {} to {}", plural(written.files.size() - unchanged, "file", "files"), out);
  if (unchanged) summary += fmt::format(", {} unchanged", unchanged);
  return summary;
}

int check_or_build(const std::vector<std::string>& args, bool is_build) {
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
  SpellChecker::forget_loaded();  // the rules have run: the dictionaries' memory goes back
  struct KeptForExit {
    Compilation& c;
    ~KeptForExit() { keep_for_exit(c); }
  } kept{loaded};
  progress.reset();  // clears its line before anything else is printed
  const bool color = o.format == Format::kText && isatty(STDOUT_FILENO) &&
                     std::getenv("NO_COLOR") == nullptr;
  // Against a baseline (a pull request's base branch): each finding new, updated or
  // unchanged, and the baseline's fixed ones absent; --only-new keeps to what the change brought.
  std::optional<Baseline> baseline;
  std::vector<FindingPrints> prints;
  BaselineComparison comparison;
  BaselineView view;
  if (!o.baseline.empty()) {
    std::string text, error;
    if (const int e = read_whole_file(o.baseline, size_t{1} << 30, text); e) {
      std::cerr << fmt::format("contentc: error: --baseline '{}': {}\n", o.baseline.string(), std::strerror(e));
      return kExitUsage;
    }
    baseline = read_baseline(text, error);
    if (!baseline) {
      std::cerr << fmt::format("contentc: error: --baseline '{}': {}\n", o.baseline.string(), error);
      return kExitUsage;
    }
    prints = fingerprint_findings(loaded.findings, loaded.files);
    comparison = compare_with_baseline(prints, *baseline);
    view = BaselineView{&prints, &comparison, &*baseline};
  }
  Findings shown;
  const Findings* printed = &loaded.findings;
  if (o.only_new && (o.format == Format::kText || o.format == Format::kGithub)) {
    for (size_t i = 0; i < loaded.findings.items().size(); ++i) {
      if (comparison.states[i] == BaselineState::kNew || comparison.states[i] == BaselineState::kUpdated) {
        shown.add(loaded.findings.items()[i]);
      }
    }
    printed = &shown;
  }
  write_stdout(render(o.format, *printed, loaded.files, loaded.catalogue, color, view));

  Tally t = tally(loaded.findings);
  if (o.only_new) {  // the exit status counts what the change brought
    Findings brought;
    for (size_t i = 0; i < loaded.findings.items().size(); ++i) {
      if (comparison.states[i] != BaselineState::kUnchanged) brought.add(loaded.findings.items()[i]);
    }
    t = tally(brought);
  }
  const bool failed = t.errors > 0 || (o.werror && t.warnings > 0);
  std::string summary =
      fmt::format("checked {} in {}: {}, {}", plural(loaded.model.entry_count(), "entry", "entries"),
                  plural(loaded.xml_files, "file", "files"), plural(t.errors, "error", "errors"),
                  plural(t.warnings, "warning", "warnings"));
  if (t.notes) summary += ", " + plural(t.notes, "note", "notes");
  if (t.suppressed) summary += fmt::format(" ({} suppressed)", t.suppressed);
  if (o.werror && t.errors == 0 && t.warnings > 0) summary += " (--werror: warnings fail)";
  if (baseline) {
    summary += fmt::format("{}; against the baseline: {} new, {} updated, {} unchanged, {} fixed", o.only_new ? " (new or updated)" : "",
                           comparison.count(BaselineState::kNew), comparison.count(BaselineState::kUpdated),
                           comparison.count(BaselineState::kUnchanged), comparison.count(BaselineState::kAbsent));
  }
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
                                  o.previous.empty() ? dir->previous_build() : o.previous, !o.previous.empty(),
                                  o.compile.today, o.created});
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

}  // namespace

int run_check(const std::vector<std::string>& args) { return check_or_build(args, false); }
int run_build(const std::vector<std::string>& args) { return check_or_build(args, true); }

}  // namespace contentc
