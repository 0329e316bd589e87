#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// A unified diff (as `diff -u` and `git diff` write it, three lines of context) turning
/// `before` into `after`, under the headers `--- a/PATH` and `+++ b/PATH`, so that `git apply`
/// and `patch -p1` take it. Empty when the texts are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace contentc
