#pragma once

// The merged policy as one policy.xml (`contentc policy show`): every element the run uses,
// each followed by a comment naming the file and line it was written at.

#include <string>

#include "diag/location.h"
#include "model/policy.h"

namespace contentc {

/// `policy` (merged with what it includes) as XML in schema order; `files` names the places.
std::string policy_listing(const Policy& policy, const SourceFiles& files);

}  // namespace contentc
