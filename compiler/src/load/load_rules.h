#pragma once

#include "diag/rule.h"

namespace contentc {

/// The rules the loader applies while it reads the sources folder; the policy cannot change
/// their levels.
extern const Rule kXmlMalformed;     ///< load/xml_precheck.cc
extern const Rule kSchemaViolation;  ///< load/schema_checker.cc
extern const Rule kNoContent;        ///< load/folder_checks.cc
extern const Rule kPolicyMissing;    ///< load/folder_checks.cc
/// A house rule that cannot be used: an id that is not house-… or is taken, an expression that
/// is not XPath 1.0 as pugixml takes it (or too costly), an example that does not do what it
/// says. Reported on policy.xml; the rule is then not run.
extern const Rule kHouseRuleInvalid;  ///< load/house_assertions.cc
/// An `<include>` that leads nowhere (no such file or installed policy, a circle, too deep) or a
/// `<drop>` that drops nothing. Reported at the include or drop.
extern const Rule kPolicyInclude;  ///< load/policy_includes.cc

}  // namespace contentc
