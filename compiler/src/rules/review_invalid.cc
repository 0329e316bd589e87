#include <fmt/format.h>

#include "load/review_records.h"
#include "rules/model_rules.h"
#include "rules/review_status.h"

namespace contentc {

void check_review_invalid(RuleContext& ctx) {
  for (const Reviews::Problem& p : ctx.model.reviews.problems) {
    ctx.report(kReviewInvalid, p.loc, fmt::format("{} cannot be used: {}", kAllowedSigners, p.message));
  }
  for (const ReviewStatus& s : review_statuses(ctx.model, ctx.today)) {
    if (s.invalid.empty()) continue;
    std::vector<Related> related;
    if (s.entry) related.push_back({s.entry->loc, fmt::format("the {} it would approve", kind_name(s.entry->kind))});
    ctx.report(kReviewInvalid, s.invalid_loc,
               fmt::format("the {} review of '{}' is not valid: {}", s.record->role, s.record->entry, s.invalid),
               std::move(related));
  }
}

const ModelRule kReviewInvalid{
    {"review-invalid", Level::kError, "a review record that proves nothing: bad signature, unknown or revoked reviewer",
     R"(A record in reviews/ that is no valid sign-off: it cannot be read, it is not signed
(reviews/ENTRY.ROLE.review.sig), its signature does not verify (the record was edited after it
was signed, or the signature is another record's), the signature is for a namespace other
than contentc-review, its key is not one reviews/allowed_signers gives the reviewer (or not
on that date), the reviewer is not listed in policy.xml <reviews> or was revoked, they do not
review in that role, the record is for another repository or an entry that no longer exists,
or it is dated after today. A line of reviews/allowed_signers that cannot be read is one too.

Why: review records come in pull requests like any file; a record anyone can type, or one
copied from elsewhere, must not make an entry look clinically reviewed.

Fix: have a listed reviewer review the entry and sign again:
  contentc review pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519
or remove the record.)"},
    check_review_invalid};

}  // namespace contentc
