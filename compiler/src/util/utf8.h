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

/// The length of the UTF-8 sequence that byte `lead` starts: 1 to 4, and 1 for a byte that
/// starts none (a continuation byte, or not UTF-8), so that a walk over any text moves on.
inline size_t utf8_sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
}

/// `text` cut to at most `max_bytes` at a character's start, with "…" when cut (for messages that
/// quote long text).
std::string utf8_shortened(std::string_view text, size_t max_bytes);

/// Appends the UTF-8 encoding of code point `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

}  // namespace contentc
