#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// True for `[a-z0-9]+(-[a-z0-9]+)*`.
bool is_kebab_case(std::string_view s);

/// A kebab-case spelling of `s` ("Seated Ball_Squeeze" → "seated-ball-squeeze"); empty when
/// `s` holds no ASCII letter or digit.
std::string to_kebab_case(std::string_view s);

}  // namespace contentc
