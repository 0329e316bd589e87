#include "resolve/normalized_text.h"

namespace contentc {
namespace {

/// What one source code point becomes: a replacement, nothing (white space, handled by the
/// caller), or itself.
enum class Mapped { kSpace, kReplaced, kSame };

Mapped map_code_point(std::string_view cp, char& replacement) {
  if (cp.size() == 1) {
    const char c = cp[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      return Mapped::kSpace;
    }
    if (c >= 'A' && c <= 'Z') {
      replacement = static_cast<char>(c - 'A' + 'a');
      return Mapped::kReplaced;
    }
    return Mapped::kSame;
  }
  if (cp == "\xC2\xA0") return Mapped::kSpace;  // no-break space
  if (cp == "\xE2\x80\x98" || cp == "\xE2\x80\x99" || cp == "\xE2\x80\x9A" ||
      cp == "\xE2\x80\x9B" || cp == "\xE2\x80\xB2") {
    replacement = '\'';
    return Mapped::kReplaced;
  }
  if (cp == "\xE2\x80\x9C" || cp == "\xE2\x80\x9D" || cp == "\xE2\x80\x9E" ||
      cp == "\xE2\x80\xB3") {
    replacement = '"';
    return Mapped::kReplaced;
  }
  if (cp == "\xE2\x80\x93" || cp == "\xE2\x80\x94") {
    replacement = '-';
    return Mapped::kReplaced;
  }
  return Mapped::kSame;
}

size_t code_point_length(unsigned char c) {
  return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) {
  text_.reserve(original.size());
  begin_.reserve(original.size() + 1);
  end_.reserve(original.size() + 1);
  bool pending_space = false;
  uint32_t space_begin = 0, space_end = 0;
  size_t i = 0;
  while (i < original.size()) {
    const size_t len =
        std::min(code_point_length(static_cast<unsigned char>(original[i])), original.size() - i);
    const std::string_view cp = original.substr(i, len);
    const auto begin = static_cast<uint32_t>(i), end = static_cast<uint32_t>(i + len);
    char replacement = 0;
    const Mapped mapped = map_code_point(cp, replacement);
    if (mapped == Mapped::kSpace) {
      if (!pending_space) space_begin = begin;
      pending_space = true;
      space_end = end;
    } else {
      if (pending_space && !text_.empty()) {
        text_ += ' ';
        begin_.push_back(space_begin);
        end_.push_back(space_end);
      }
      pending_space = false;
      if (mapped == Mapped::kReplaced) {
        text_ += replacement;
        begin_.push_back(begin);
        end_.push_back(end);
      } else {
        for (size_t k = 0; k < len; ++k) {
          text_ += cp[k];
          begin_.push_back(begin);
          end_.push_back(end);
        }
      }
    }
    i += len;
  }
  begin_.push_back(static_cast<uint32_t>(original.size()));
  end_.push_back(static_cast<uint32_t>(original.size()));
}

std::string normalize_quote(std::string_view s) {
  std::string out = NormalizedText(s).text();
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace contentc
