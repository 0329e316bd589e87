#pragma once

#include "diag/rule.h"
#include "rules/rule_context.h"

namespace contentc {

/// A rule that reads the model: its catalogue entry and the check that reports it.
struct ModelRule : Rule {
  void (*check)(RuleContext&);
};

/// One per model rule, each defined with its check in the file of its name
/// (rules/<rule_id>.cc), in the order they run (rules/registry.cc lists them).
extern const ModelRule kBadId;
extern const ModelRule kDuplicateId;
extern const ModelRule kUnknownReference;
extern const ModelRule kUnknownTerm;
extern const ModelRule kAliasCollision;
extern const ModelRule kMissingCitation;
extern const ModelRule kSnapshotMissing;
extern const ModelRule kUnusedArticle;
extern const ModelRule kXmlModelBroken;
extern const ModelRule kQuoteNotFound;
extern const ModelRule kQuoteInexact;
extern const ModelRule kSectionNotFound;
extern const ModelRule kQuoteSpansSections;
extern const ModelRule kDoseMissing;
extern const ModelRule kDoseRange;
extern const ModelRule kDoseLimit;
extern const ModelRule kDoseImprecise;
extern const ModelRule kDoseQuoteMismatch;
extern const ModelRule kDoseUnsupported;
extern const ModelRule kSideMissing;
extern const ModelRule kDoseConflict;
extern const ModelRule kMissingWarning;
extern const ModelRule kWarningConflict;
extern const ModelRule kWarningUnsupported;
extern const ModelRule kStepUnsupported;
extern const ModelRule kStepContradictsArticle;
extern const ModelRule kOverstated;
extern const ModelRule kPossibleDuplicate;
extern const ModelRule kAdviceConflict;
extern const ModelRule kAdviceContradiction;
extern const ModelRule kClaimContradiction;
extern const ModelRule kAdviceClaimConflict;
extern const ModelRule kNameMismatch;
extern const ModelRule kPreferredTerm;
extern const ModelRule kAvoidedPhrase;
extern const ModelRule kReadingLevel;
extern const ModelRule kSpelling;
extern const ModelRule kReviewInvalid;
extern const ModelRule kReviewMissing;
extern const ModelRule kReviewStale;
extern const ModelRule kReviewDue;
extern const ModelRule kReviewOverdue;

}  // namespace contentc
