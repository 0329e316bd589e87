#include "resolve/normalized_text.h"

#include <algorithm>

#include "util/utf8.h"

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

/// Normalises `original` into `text`; with `begin` and `end` (non-null), records for each
/// normalised byte the original code point it comes from. Writes through sized buffers: this
/// runs over every snapshot byte.
void normalize(std::string_view original, std::string& text, std::vector<uint32_t>* begin_of,
               std::vector<uint32_t>* end_of) {
  text.resize(original.size());
  if (begin_of) begin_of->resize(original.size() + 1), end_of->resize(original.size() + 1);
  char* out = text.data();
  uint32_t* b = begin_of ? begin_of->data() : nullptr;
  uint32_t* e = end_of ? end_of->data() : nullptr;
  size_t n = 0;
  auto put = [&](char c, uint32_t from, uint32_t to) {
    out[n] = c;
    if (b) b[n] = from, e[n] = to;
    ++n;
  };
  bool pending_space = false;
  uint32_t space_begin = 0, space_end = 0;
  size_t i = 0;
  while (i < original.size()) {
    const char c = original[i];
    const auto at = static_cast<uint32_t>(i);
    // Plain ASCII: the common case, without the code-point table.
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
        c != '\f' && c != '\v') {
      if (pending_space && n > 0) put(' ', space_begin, space_end);
      pending_space = false;
      put(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c, at, at + 1);
      ++i;
      continue;
    }
    const size_t len = std::min(utf8_sequence_length(static_cast<unsigned char>(c)), original.size() - i);
    const std::string_view cp = original.substr(i, len);
    const auto cp_end = static_cast<uint32_t>(i + len);
    char replacement = 0;
    const Mapped mapped = map_code_point(cp, replacement);
    if (mapped == Mapped::kSpace) {
      if (!pending_space) space_begin = at;
      pending_space = true;
      space_end = cp_end;
    } else {
      if (pending_space && n > 0) put(' ', space_begin, space_end);
      pending_space = false;
      if (mapped == Mapped::kReplaced) {
        put(replacement, at, cp_end);
      } else {
        for (size_t k = 0; k < len; ++k) put(cp[k], at, cp_end);
      }
    }
    i += len;
  }
  text.resize(n);
  if (b) {
    b[n] = e[n] = static_cast<uint32_t>(original.size());
    begin_of->resize(n + 1), end_of->resize(n + 1);
  }
}

}  // namespace

std::string fold_space(std::string_view s) {
  std::string out;
  char unused;
  for (size_t i = 0; i < s.size();) {
    const size_t n = std::min(utf8_sequence_length(static_cast<unsigned char>(s[i])), s.size() - i);
    if (map_code_point(s.substr(i, n), unused) == Mapped::kSpace) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view trim_space(std::string_view s) {
  constexpr std::string_view kAscii = " \t\n\r\f\v", kNoBreak = "\xC2\xA0";
  for (bool more = true; more;) {
    more = false;
    if (!s.empty() && kAscii.find(s.front()) != std::string_view::npos) s.remove_prefix(1), more = true;
    if (!s.empty() && kAscii.find(s.back()) != std::string_view::npos) s.remove_suffix(1), more = true;
    if (s.starts_with(kNoBreak)) s.remove_prefix(kNoBreak.size()), more = true;
    if (s.ends_with(kNoBreak)) s.remove_suffix(kNoBreak.size()), more = true;
  }
  return s;
}

NormalizedText::NormalizedText(std::string_view original) { normalize(original, text_, &begin_, &end_); }

std::string normalize_quote(std::string_view s) {
  std::string out;
  normalize(s, out, nullptr, nullptr);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace contentc
