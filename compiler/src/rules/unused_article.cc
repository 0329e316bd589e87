#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {

void check_unused_article(RuleContext& ctx) {
  std::unordered_set<std::string_view> cited;
  ctx.model.for_each_cite(
      [&cited](const Entry&, const Cite& c) { cited.insert(c.article.value); });
  for (const Article& a : ctx.model.articles) {
    if (a.id.empty() || cited.contains(a.id.value)) continue;
    ctx.report("unused-article", a.loc,
               fmt::format("article '{}' is cited by no entry: cite it, or remove it and its "
                           "snapshot",
                           a.id.value));
  }
}

}  // namespace contentc
