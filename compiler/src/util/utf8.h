#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace contentc {

/// The byte offset of the first invalid UTF-8 sequence in `text` (overlong forms, surrogates and
/// code points past U+10FFFF are invalid), or nullopt when all of it is valid.
std::optional<size_t> utf8_first_invalid(std::string_view text);

/// The number of code points in valid UTF-8 `text` (stray continuation bytes are not counted).
size_t utf8_count_code_points(std::string_view text);

/// Appends the UTF-8 encoding of code point `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

}  // namespace contentc
