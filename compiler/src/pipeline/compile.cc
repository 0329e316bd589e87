#include "pipeline/compile.h"

#include <ctime>
#include <optional>

#include <fmt/format.h>

#include "diag/fix_ranges.h"
#include "load/schema.h"
#include "resolve/resolver.h"
#include "rules/registry.h"
#include "rules/rule_runner.h"
#include "util/decimal.h"
#include "util/worker_pool.h"

namespace contentc {

Compilation compile_sources(const SourceTree& tree, const std::string& display_root,
                            CompileOptions options, CompileProgress* progress) {
  if (progress) {
    options.load.on_file_loaded = [progress](size_t done, size_t total) {
      progress->files_loaded(done, total);
    };
  }
  Timings local;
  Timings& t = options.timings ? *options.timings : local;
  std::optional<WorkerPool> own_pool;
  if (!options.load.pool) options.load.pool = &own_pool.emplace(options.load.jobs);
  Compilation c;
  t.time("load", [&] { static_cast<LoadedSources&>(c) = ContentLoader(options.load).load(tree, display_root); });
  if (progress) progress->stage("finding quotes");
  t.time("resolve", [&] { resolve(c.model, c.files, options.load.pool, options.resolve_cache); });
  if (progress) progress->stage("checking");
  t.time("rules", [&] {
    c.catalogue = builtin_rules();
    c.catalogue.insert(c.catalogue.end(), c.house_rules.begin(), c.house_rules.end());
    c.candidates = run_rules(c.model, c.files, c.catalogue, options.today, c.findings, options.load.pool);
    c.candidates.insert(c.house_evaluated.begin(), c.house_evaluated.end());
    c.findings.sort(c.files);
    complete_fixes(c.findings, c.files);
    uncertain_where_fixes_hide_findings(c.findings);
  });
  return c;
}

std::string decide_today(const std::string& flag, const char* source_date_epoch,
                         std::string& error) {
  if (!flag.empty()) {
    if (!check_value(flag, ValueSpec{ValueType::kDate}).empty()) {
      error = fmt::format("--today: '{}' is not a date as YYYY-MM-DD", flag);
      return "";
    }
    return flag;
  }
  std::time_t now = std::time(nullptr);
  if (source_date_epoch && *source_date_epoch) {
    // Up to the last second of year 9999, so that the date always has four digits.
    const auto seconds = parse_decimal(source_date_epoch, 253402300799);
    if (!seconds) {
      error = fmt::format("SOURCE_DATE_EPOCH: '{}' is not a whole number of seconds since "
                          "1970 (up to 253402300799)",
                          source_date_epoch);
      return "";
    }
    now = static_cast<std::time_t>(*seconds);
  }
  std::tm tm{};
  gmtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

std::string decide_created(const std::string& flag, const char* source_date_epoch, const std::string& today) {
  if (flag.empty() && source_date_epoch && *source_date_epoch) {
    if (const auto seconds = parse_decimal(source_date_epoch, 253402300799)) {
      const auto when = static_cast<std::time_t>(*seconds);
      std::tm tm{};
      gmtime_r(&when, &tm);
      return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                         tm.tm_hour, tm.tm_min, tm.tm_sec);
    }
  }
  return today + "T00:00:00Z";
}

}  // namespace contentc
