#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {

void check_missing_citation(RuleContext& ctx) {
  ctx.model.for_each_entry([&ctx](const Entry& e) {
    if (e.kind == EntryKind::kArticle || !e.cites.empty()) return;
    ctx.report(kMissingCitation, e.loc,
               fmt::format("{} '{}' cites no article: add a <cite article=\"…\"> with the "
                           "verbatim passage it rests on",
                           kind_name(e.kind), e.id.value));
  });
}

const ModelRule kMissingCitation{
    {"missing-citation", Level::kError, "an entry with no cite",
     R"(A condition, exercise, stretch, advice or claim has no <cite> of its own.

Why: every statement shown to users must rest on an article a reviewer can check.

Fix: add the verbatim passage it comes from.
  after:   <cite article="si-joint-pain-in-pregnancy">Hold the contraction for 5 seconds,
           release, and repeat for 8-10 repetitions.</cite>)"},
    check_missing_citation};

}  // namespace contentc
