#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

/// The code point whose sequence starts at byte `at` of `text`, and that sequence's length
/// (utf8_sequence_length's); a sequence cut short by the text's end reads as U+FFFD.
inline std::pair<char32_t, size_t> utf8_decode(std::string_view text, size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const size_t n = utf8_sequence_length(lead);
  if (n == 1) return {lead, 1};
  if (at + n > text.size()) return {U'\uFFFD', 1};
  char32_t cp = lead & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  return {cp, n};
}

/// `text` cut to at most `max_bytes` at a character's start, with "…" when cut (for messages that
/// quote long text).
std::string utf8_shortened(std::string_view text, size_t max_bytes);

/// Appends the UTF-8 encoding of code point `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

}  // namespace contentc
