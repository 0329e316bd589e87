#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/model_rules.h"
#include "rules/review_content.h"
#include "rules/review_status.h"

namespace contentc {

void check_review_stale(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  for (const ReviewStatus& s : review_statuses(ctx.model, ctx.today)) {
    if (!s.invalid.empty() || !s.entry) continue;
    const std::vector<ReviewField> now = review_fields(ctx.model, ctx.files, *s.entry, &articles);
    const std::vector<std::string> changes = review_changes(s.record->fields, now);
    if (changes.empty()) continue;
    // Where the first change is now (the entry, for a field that is gone).
    Loc where = s.entry->loc;
    for (const ReviewField& f : s.record->fields) {
      const auto it = std::find_if(now.begin(), now.end(), [&](const ReviewField& n) { return n.name == f.name; });
      if (it == now.end() || it->value != f.value) {
        if (it != now.end()) where = it->loc;
        break;
      }
    }
    if (where == s.entry->loc && s.record->fields.size() <= now.size()) {
      for (const ReviewField& n : now) {
        if (std::none_of(s.record->fields.begin(), s.record->fields.end(),
                         [&](const ReviewField& f) { return f.name == n.name; })) {
          where = n.loc;
          break;
        }
      }
    }
    ctx.report(kReviewStale, where,
               fmt::format("the {} review of {} '{}' by {} on {} no longer holds: {} changed since ({}): have it "
                           "reviewed again",
                           s.record->role, kind_name(s.entry->kind), s.entry->id.value, s.record->reviewer,
                           s.record->date, changes.size() == 1 ? "one field" : fmt::format("{} fields", changes.size()),
                           fmt::join(changes, "; ")),
               {{s.record->loc, "the review it voids"}});
  }
}

const ModelRule kReviewStale{
    {"review-stale", Level::kWarning, "a reviewed entry, or a passage it cites, changed after the review",
     R"(A valid review record approved the entry as it was: every field an app shows (name, steps,
doses, warnings, cites, the advice that names it) and the paragraph of the article around each
quote. Something of that changed since: the message names each field, before and after, so
the reviewer re-reads only that. An edit elsewhere in an article does not void a review.

Why: a sign-off that stays "valid" after the text it approved was edited is how unreviewed
content reaches users under a reviewer's name.

Fix: the reviewer checks the change and signs again:
  contentc review pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519)"},
    check_review_stale};

}  // namespace contentc
