#include "rules/editor_text.h"

#include "util/utf8.h"

namespace contentc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Loc locate_in_text(const SourceFiles& files, const Text& t, size_t offset) {
  uint32_t line = t.loc.line;
  std::string source = files.line_text(t.loc.file, line);
  // The value starts at the text's column (code points) on its line.
  size_t pos = 0;
  for (uint32_t column = 1; column < t.loc.column && pos < source.size(); ++column) {
    pos += utf8_sequence_length(static_cast<unsigned char>(source[pos]));
  }
  if (source.empty()) return t.loc;
  for (size_t i = 0; i < offset && i < t.value.size();) {
    const char v = t.value[i];
    if (v == ' ') {
      // One space in the value: a run of white space in the source, perhaps across lines.
      while (true) {
        if (pos >= source.size()) {
          source = files.line_text(t.loc.file, ++line);
          pos = 0;
          if (source.empty() && line > t.loc.line + 10000) return t.loc;
          continue;
        }
        if (!is_blank(source[pos])) break;
        ++pos;
      }
      ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(static_cast<unsigned char>(v));
    if (pos < source.size() && source[pos] == '&') {
      const size_t semi = source.find(';', pos);
      pos = semi == std::string::npos ? source.size() : semi + 1;  // one reference, one character
    } else {
      pos += n;
    }
    i += n;
  }
  // Skip white space the value does not have (a reference's or a run's end is behind us), but
  // not the space that comes next in the value: an end offset stops right before it.
  const bool space_next = offset < t.value.size() && t.value[offset] == ' ';
  while (!space_next && pos < source.size() && is_blank(source[pos])) ++pos;
  return Loc{t.loc.file, line,
             static_cast<uint32_t>(utf8_count_code_points(std::string_view(source).substr(0, pos)) + 1)};
}

std::vector<size_t> find_whole_words(std::string_view text, std::string_view phrase) {
  std::vector<size_t> out;
  if (phrase.empty() || phrase.size() > text.size()) return out;
  const std::string hay = ascii_lower(text), needle = ascii_lower(phrase);
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    const bool starts = at == 0 || !word_byte(hay[at - 1]) || !word_byte(needle.front());
    const size_t end = at + needle.size();
    const bool ends = end == hay.size() || !word_byte(hay[end]) || !word_byte(needle.back());
    if (starts && ends) out.push_back(at);
  }
  return out;
}

std::vector<std::string> split_alternatives(std::string_view alternatives) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= alternatives.size()) {
    size_t bar = alternatives.find('|', start);
    if (bar == std::string_view::npos) bar = alternatives.size();
    std::string_view part = alternatives.substr(start, bar - start);
    while (!part.empty() && is_blank(part.front())) part.remove_prefix(1);
    while (!part.empty() && is_blank(part.back())) part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    start = bar + 1;
  }
  return out;
}

}  // namespace contentc
