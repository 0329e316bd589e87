#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {

void check_snapshot_missing(RuleContext& ctx) {
  for (const Article& a : ctx.model.articles) {
    if (a.snapshot_error.empty() || a.snapshot.empty()) continue;
    ctx.report("snapshot-missing", a.snapshot.loc,
               fmt::format("snapshot '{}' of article '{}' cannot be used: {}; its quotes cannot "
                           "be checked",
                           a.snapshot.value, a.id.value, a.snapshot_error));
  }
}

}  // namespace contentc
