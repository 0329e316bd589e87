#include "rules/rule_runner.h"

#include <optional>
#include <vector>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "rules/model_rules.h"
#include "rules/registry.h"
#include "rules/same_fact.h"
#include "rules/suppressions.h"
#include "util/worker_pool.h"

namespace contentc {

std::map<std::string, size_t> run_rules(const Model& model, const SourceFiles& files,
                                        const RuleCatalogue& catalogue, const std::string& today,
                                        Findings& findings, WorkerPool* pool) {
  // The rules only read the model: they run side by side, each into findings of its own, which
  // are then appended in rule order, so the result is the same however many threads ran them.
  const std::vector<const ModelRule*>& rules = model_rules();
  std::vector<Findings> found(rules.size());
  std::vector<std::map<std::string, size_t>> counted(rules.size());
  std::optional<WorkerPool> own_pool;
  (pool ? *pool : own_pool.emplace(1)).for_each(rules.size(), [&](size_t i) {
    RuleContext ctx(model, files, catalogue, found[i], today);
    rules[i]->check(ctx);
    counted[i] = ctx.candidates();
  });
  std::map<std::string, size_t> candidates;
  for (size_t i = 0; i < rules.size(); ++i) {
    findings.append(std::move(found[i]));
    for (const auto& [rule, n] : counted[i]) candidates[rule] += n;
  }
  apply_suppressions(model, catalogue, today, findings);
  apply_severity_overrides(model, catalogue, findings);
  group_same_facts(findings, kDoseLimit.id);
  return candidates;
}

void apply_severity_overrides(const Model& model, const RuleCatalogue& catalogue, Findings& findings) {
  for (const SeverityOverride& s : model.policy.severities) {
    const Rule* rule = find_rule(catalogue, s.rule.value);
    if (rule && rule->fixed_level) {
      findings.add(kSchemaViolation, s.rule.loc,
                   fmt::format("the level of '{}' cannot be changed: the loader applies it, and a "
                               "file that cannot be read, or a folder without content or policy, "
                               "is always an error",
                               s.rule.value));
      continue;
    }
    const Level level = level_from_name(s.level.value);
    for (Finding& f : findings.items()) {
      if (f.rule == s.rule.value) f.level = level;
    }
  }
}

}  // namespace contentc
