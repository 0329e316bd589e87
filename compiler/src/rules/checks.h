#pragma once

#include "rules/rule_context.h"

namespace contentc {

/// One function per model rule, each in the file of its name (rules/<rule_id>.cc).
void check_bad_id(RuleContext& ctx);
void check_duplicate_id(RuleContext& ctx);
void check_unknown_reference(RuleContext& ctx);
void check_unknown_term(RuleContext& ctx);
void check_alias_collision(RuleContext& ctx);
void check_missing_citation(RuleContext& ctx);
void check_snapshot_missing(RuleContext& ctx);
void check_unused_article(RuleContext& ctx);
void check_quote_not_found(RuleContext& ctx);
void check_section_not_found(RuleContext& ctx);
void check_dose_missing(RuleContext& ctx);
void check_dose_range(RuleContext& ctx);
void check_dose_limit(RuleContext& ctx);
void check_dose_imprecise(RuleContext& ctx);
void check_dose_quote_mismatch(RuleContext& ctx);
void check_side_missing(RuleContext& ctx);
void check_dose_conflict(RuleContext& ctx);
void check_missing_warning(RuleContext& ctx);
void check_advice_conflict(RuleContext& ctx);
void check_advice_contradiction(RuleContext& ctx);
void check_claim_contradiction(RuleContext& ctx);
void check_name_mismatch(RuleContext& ctx);

}  // namespace contentc
