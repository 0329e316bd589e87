#pragma once

#include "diag/rule.h"

namespace contentc {

/// The rules the loader applies while it reads the sources folder; the policy cannot change
/// their levels.
extern const Rule kXmlMalformed;     ///< load/xml_precheck.cc
extern const Rule kSchemaViolation;  ///< load/schema_checker.cc
extern const Rule kNoContent;        ///< load/content_loader.cc
extern const Rule kPolicyMissing;    ///< load/content_loader.cc

}  // namespace contentc
