#include <fmt/format.h>

#include "rules/model_rules.h"
#include "util/kebab.h"

namespace contentc {

void check_bad_id(RuleContext& ctx) {
  ctx.model.for_each_entry([&ctx](const Entry& e) {
    if (e.id.empty() || is_kebab_case(e.id.value)) return;  // a missing id is a schema-violation
    const std::string fixed = to_kebab_case(e.id.value);
    ctx.report(kBadId, e.id.loc,
               fmt::format("{} id '{}' is not kebab-case (lower-case letters and digits joined "
                           "by single hyphens){}",
                           kind_name(e.kind), e.id.value,
                           fixed.empty() ? std::string()
                                         : fmt::format("; write it as '{}'", fixed)));
  });
}

const ModelRule kBadId{
    {"bad-id", Level::kError, "an id that is not kebab-case",
     R"(Every entry id is kebab-case: lower-case ASCII letters and digits, joined by single
hyphens ([a-z0-9]+(-[a-z0-9]+)*).

Why: ids become keys in JSON, CSV and SQL and parts of URLs in the apps; one spelling avoids
broken links and case-sensitivity surprises.

Fix: rename the id (and its references).
  before:  <exercise id="Seated_Ball_Squeeze">
  after:   <exercise id="seated-ball-squeeze">)"},
    check_bad_id};

}  // namespace contentc
