#include <algorithm>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/review_status.h"

namespace contentc {

void check_review_missing(RuleContext& ctx) {
  const std::optional<ReviewPolicy>& policy = ctx.model.policy.reviews;
  if (!policy) return;
  const std::vector<ReviewStatus> statuses = review_statuses(ctx.model, ctx.today);
  for (const ReviewRequirement& req : policy->requirements) {
    ctx.model.for_each_entry([&](const Entry& e) {
      if (std::find(req.on.begin(), req.on.end(), kind_name(e.kind)) == req.on.end()) return;
      const auto reviewed = [&](const ReviewStatus& s) {
        return s.entry == &e && s.record->role == req.role.value && s.invalid.empty();
      };
      if (std::any_of(statuses.begin(), statuses.end(), reviewed)) return;
      ctx.report(kReviewMissing, e.loc,
                 fmt::format("{} '{}' has no {} review: once a {} reviewer has checked it, they run 'contentc review "
                             "{} --by ID --role {} --key KEY'",
                             kind_name(e.kind), e.id.value, req.role.value, req.role.value, e.id.value, req.role.value),
                 {{req.loc, fmt::format("policy.xml asks a {} review of every {}", req.role.value,
                                        fmt::join(req.on, " and every "))}});
    });
  }
}

const ModelRule kReviewMissing{
    {"review-missing", Level::kNote, "an entry the policy wants reviewed has no valid review",
     R"(policy.xml's <reviews> says which kinds of entry need which role's review (<require
on="exercise stretch" role="clinical"/>), and this entry has no valid record of one in
reviews/ (an invalid record is reported as review-invalid; a stale one still counts here and
is reported as review-stale).

Why: apps show "clinically reviewed on …" only for what a reviewer approved; an entry nobody
reviewed should be known as such.

Fix: a reviewer reads the entry and its cited passages on the audit page, then signs:
  contentc review pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519
The level starts at note, so a repository can adopt review gradually; raise it when every
entry has been reviewed: <severity rule="review-missing" level="warning"/>.)"},
    check_review_missing};

}  // namespace contentc
