#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {

void check_unused_article(RuleContext& ctx) {
  std::unordered_set<std::string_view> cited;
  ctx.model.for_each_cite(
      [&cited](const Entry&, const Cite& c) { cited.insert(c.article.value); });
  for (const Article& a : ctx.model.articles) {
    if (a.id.empty() || cited.contains(a.id.value)) continue;
    ctx.report(kUnusedArticle, a.loc,
               fmt::format("article '{}' is cited by no entry: cite it, or remove it and its "
                           "snapshot",
                           a.id.value));
  }
}

const ModelRule kUnusedArticle{
    {"unused-article", Level::kWarning, "an article that nothing cites",
     R"(An article that no cite of any entry, dose or warning refers to.

Why: an archived article nobody uses is either forgotten work (entries not yet written) or
dead weight in the bundles and the audit page.

Fix: model what the article says, citing it, or remove the article and its snapshot. The
policy can lower the level: <severity rule="unused-article" level="note"/>.)"},
    check_unused_article};

}  // namespace contentc
