#include "rules/registry.h"

#include "load/load_rules.h"
#include "rules/suppressions.h"

namespace contentc {

const std::vector<const ModelRule*>& model_rules() {
  static const std::vector<const ModelRule*> rules = {
      &kBadId,
      &kDuplicateId,
      &kUnknownReference,
      &kUnknownTerm,
      &kAliasCollision,
      &kMissingCitation,
      &kSnapshotMissing,
      &kUnusedArticle,
      &kXmlModelBroken,
      &kQuoteNotFound,
      &kQuoteInexact,
      &kSectionNotFound,
      &kQuoteSpansSections,
      &kDoseMissing,
      &kDoseRange,
      &kDoseLimit,
      &kDoseImprecise,
      &kDoseQuoteMismatch,
      &kDoseUnsupported,
      &kSideMissing,
      &kDoseConflict,
      &kMissingWarning,
      &kWarningConflict,
      &kWarningUnsupported,
      &kStepUnsupported,
      &kStepContradictsArticle,
      &kOverstated,
      &kPossibleDuplicate,
      &kAdviceConflict,
      &kAdviceContradiction,
      &kClaimContradiction,
      &kAdviceClaimConflict,
      &kNameMismatch,
      &kPreferredTerm,
      &kAvoidedPhrase,
      &kReadingLevel,
      &kSpelling,
      &kReviewInvalid,
      &kReviewMissing,
      &kReviewStale,
      &kReviewDue,
      &kReviewOverdue};
  return rules;
}

const RuleCatalogue& builtin_rules() {
  static const RuleCatalogue catalogue = [] {
    RuleCatalogue all{&kXmlMalformed, &kSchemaViolation, &kNoContent, &kPolicyMissing, &kHouseRuleInvalid, &kPolicyInclude};
    all.insert(all.end(), model_rules().begin(), model_rules().end());
    all.insert(all.end(), {&kSuppressionWithoutReason, &kUnusedSuppression, &kSuppressionExpired,
                           &kSuppressionTooBroad});
    return all;
  }();
  return catalogue;
}

}  // namespace contentc
