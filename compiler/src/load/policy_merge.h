#pragma once

// How a policy and the policies it includes become one: the included elements first, the
// including policy's over them, element by element.

#include <string>

#include "diag/finding.h"
#include "model/policy.h"

namespace contentc {

/// Adds `top`'s elements to `base`, `top` winning: an element with the same key as one of
/// `base`'s replaces it where it stands (a limit by field and kind, a severity by rule, a term by
/// the term used, an avoided phrase by its phrase, warning cues by category, a reading level by
/// the texts it is for, a house rule by id, the reviews as a whole); vocabularies are joined;
/// required warnings, oppositions and relations are added unless the same one is there.
void overlay_policy(Policy& base, Policy top);

/// Removes from `base` what each of `drops` names. A drop that names nothing there, or does not
/// name exactly one kind of element, is a finding (policy-include) at the drop.
void apply_drops(Policy& base, const std::vector<PolicyDrop>& drops, Findings& findings);

/// A readability's or term's `in` list as one key, order aside ("step warning").
std::string element_list_key(const std::vector<std::string>& in);

}  // namespace contentc
