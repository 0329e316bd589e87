#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/review_status.h"

namespace contentc {

void check_review_overdue(RuleContext& ctx) {
  // A stale review is reported as such, not as overdue.
  for (const ApprovedReview& s : approved_reviews(ctx.model, ctx.files, ctx.today)) {
    if (s.due.empty() || s.due > ctx.today) continue;
    ctx.report(kReviewOverdue, s.entry->loc,
               fmt::format("the {} review of '{}' ({} on {}) was due again on {} (policy.xml: every {}): have it "
                           "reviewed again",
                           s.record->role, s.record->entry, s.record->reviewer, s.record->date, s.due,
                           review_every(ctx.model.policy)),
               {{s.record->date_loc, "reviewed on this day"}});
  }
}

const ModelRule kReviewOverdue{
    {"review-overdue", Level::kWarning, "a review is past its due day",
     R"(A valid review is older than the policy's interval: policy.xml <reviews every="3y"> (3
years by default). The day is the build's --today, or SOURCE_DATE_EPOCH, as for suppressions.
The review still shows in the bundles, with the day it was due.

Why: evidence and guidance change; a review done long ago says little about the entry today.

Fix: review the entry again and sign:
  contentc review pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519)"},
    check_review_overdue};

}  // namespace contentc
