#include <fmt/format.h>

#include "rules/checks.h"
#include "util/kebab.h"

namespace contentc {

void check_bad_id(RuleContext& ctx) {
  ctx.model.for_each_entry([&ctx](const Entry& e) {
    if (e.id.empty() || is_kebab_case(e.id.value)) return;  // a missing id is a schema-violation
    const std::string fixed = to_kebab_case(e.id.value);
    ctx.report("bad-id", e.id.loc,
               fmt::format("{} id '{}' is not kebab-case (lower-case letters and digits joined "
                           "by single hyphens){}",
                           kind_name(e.kind), e.id.value,
                           fixed.empty() ? std::string()
                                         : fmt::format("; write it as '{}'", fixed)));
  });
}

}  // namespace contentc
