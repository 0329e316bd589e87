#include "rules/editor_text.h"

#include "util/utf8.h"
#include "util/xml_text.h"
#include "util/xml_text_map.h"

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

TextRange locate_text_range(const SourceFiles& files, const Text& t, size_t begin, size_t end) {
  TextRange out{t.loc, t.loc, std::nullopt};
  if (!t.loc.valid() || t.loc.file >= files.size() || begin >= end || end > t.value.size()) return out;
  const std::optional<size_t> at = files.offset_of(t.loc);
  if (!at) return out;
  // A few bytes before the text say whether it starts inside a CDATA section.
  const size_t lead = std::min<size_t>(*at, 16);
  // The source is read in growing windows until the element's end tag is inside one.
  for (size_t window = 2 * t.value.size() + 4096;; window *= 2) {
    const std::string source = files.bytes(t.loc.file, *at - lead, window);
    const std::optional<XmlTextMap> map = map_xml_text(source, lead, t.value.size());
    if (map && map->value == t.value) {
      const auto [from, to] = map->source_range(begin, end);
      const size_t base = *at - lead;
      out.begin = files.locate_any(t.loc.file, base + from);
      out.end = files.locate_any(t.loc.file, base + to);
      if (map->exact(source, begin, end)) {
        out.exact = source.substr(from, to - from);
        out.in_cdata = map->in_cdata[begin];
      }
      return out;
    }
    if (map || source.size() < window || window > (size_t{64} << 20)) return out;
  }
}

std::optional<std::string> TextRange::raw(std::string_view text) const {
  if (!exact) return std::nullopt;
  if (!in_cdata) return escape_xml_text(text);
  if (text.find("]]>") != std::string_view::npos) return std::nullopt;
  return std::string(text);
}

Loc locate_in_text(const SourceFiles& files, const Text& t, size_t offset) {
  if (offset >= t.value.size()) return t.loc;
  return locate_text_range(files, t, offset, offset + 1).begin;
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
