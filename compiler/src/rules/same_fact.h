#pragma once

#include <string_view>

#include "diag/finding.h"

namespace contentc {

/// One finding per fact: the findings of `rule` that are not suppressed and say the same thing
/// (the same level, message and first related place, such as the same value above the same
/// limit on several doses) become one, at the first of them, with each other place as a brief
/// related location ("the same here too") and the count in its message. Suppressed findings
/// stay as they are: a reviewer's suppression never hides a place nobody read.
void group_same_facts(Findings& findings, std::string_view rule);

}  // namespace contentc
