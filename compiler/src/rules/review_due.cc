#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/review_status.h"

namespace contentc {

void check_review_due(RuleContext& ctx) {
  // A stale review is reported as such, not as due: it approves nothing now.
  for (const ApprovedReview& s : approved_reviews(ctx.model, ctx.files, ctx.today)) {
    if (s.due.empty() || s.due <= ctx.today) continue;
    const std::optional<std::string> warn_from = add_duration(s.due, review_warn(ctx.model.policy), true);
    if (!warn_from || ctx.today < *warn_from) continue;
    ctx.report(kReviewDue, s.entry->loc,
               fmt::format("the {} review of '{}' ({} on {}) is due again on {} (policy.xml: every {}, warning {} "
                           "before): plan its review",
                           s.record->role, s.record->entry, s.record->reviewer, s.record->date, s.due,
                           review_every(ctx.model.policy), review_warn(ctx.model.policy)),
               {{s.record->date_loc, "reviewed on this day"}});
  }
}

const ModelRule kReviewDue{
    {"review-due", Level::kNote, "a review falls due soon",
     R"(A valid review will be due again within the policy's warning window: policy.xml <reviews
every="3y" warn="60d"> (3 years and 60 days by default). The day is the build's --today, or
SOURCE_DATE_EPOCH, as for suppressions.

Why: health publishers review every page on a schedule; a reviewer can plan the ones coming
up instead of finding them overdue.

Fix: review the entry again before the day and sign:
  contentc review pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519)"},
    check_review_due};

}  // namespace contentc
