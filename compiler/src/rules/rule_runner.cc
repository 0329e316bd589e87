#include "rules/rule_runner.h"

#include <fmt/format.h>

#include "load/load_rules.h"
#include "rules/registry.h"
#include "rules/suppressions.h"

namespace contentc {

std::map<std::string, size_t> run_rules(const Model& model, const SourceFiles& files,
                                        const std::string& today, Findings& findings) {
  const RuleCatalogue& catalogue = builtin_rules();
  RuleContext ctx(model, files, catalogue, findings);
  for (const ModelRule* rule : model_rules()) rule->check(ctx);
  apply_suppressions(model, catalogue, today, findings);
  apply_severity_overrides(model, catalogue, findings);
  return ctx.candidates();
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
    const Level level = s.level.value == "note"      ? Level::kNote
                        : s.level.value == "warning" ? Level::kWarning
                                                     : Level::kError;
    for (Finding& f : findings.items()) {
      if (f.rule == s.rule.value) f.level = level;
    }
  }
}

}  // namespace contentc
