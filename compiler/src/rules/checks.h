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

}  // namespace contentc
