#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {

void check_missing_citation(RuleContext& ctx) {
  ctx.model.for_each_entry([&ctx](const Entry& e) {
    if (e.kind == EntryKind::kArticle || !e.cites.empty()) return;
    ctx.report("missing-citation", e.loc,
               fmt::format("{} '{}' cites no article: add a <cite article=\"…\"> with the "
                           "verbatim passage it rests on",
                           kind_name(e.kind), e.id.value));
  });
}

}  // namespace contentc
