#include "util/xml_text_map.h"

#include <charconv>

#include "util/utf8.h"

namespace contentc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#' ||
         c == '_' || c == '-' || c == '.' || c == ':';
}

}  // namespace

size_t reference_end(std::string_view s, size_t amp) {
  size_t end = amp + 1;
  while (end < s.size() && end - amp < 40 && name_byte(s[end])) ++end;
  return end >= s.size() || s[end] != ';' || end == amp + 1 ? std::string_view::npos : end;
}

std::optional<std::string> decode_reference(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name.empty() || name[0] != '#') return std::nullopt;
  const bool hex = name.size() > 1 && name[1] == 'x';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  uint32_t cp = 0;
  const auto [stop, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
  if (digits.empty() || ec != std::errc() || stop != digits.data() + digits.size()) return std::nullopt;
  const bool xml_char = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                        (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  if (!xml_char) return std::nullopt;
  std::string out;
  utf8_append(out, cp);
  return out;
}

namespace {

/// Folds pieces of text into an XmlTextMap as XmlView::text does.
class Folder {
 public:
  explicit Folder(XmlTextMap& map) : m_(map) {}

  /// `bytes` of the value, written at source [from, to).
  void put(std::string_view bytes, size_t from, size_t to, bool cdata = false) {
    for (char c : bytes) {
      if (is_space(c)) {
        if (!m_.value.empty()) {
          if (!pending_) space_from_ = from, space_cdata_ = cdata;
          space_cdata_ = space_cdata_ && cdata;
          pending_ = true;
        }
        space_to_ = to;
        continue;
      }
      if (pending_) push(' ', space_from_, space_to_, space_cdata_);
      pending_ = false;
      push(c, from, to, cdata);
    }
  }

 private:
  void push(char c, size_t from, size_t to, bool cdata) {
    m_.value += c;
    m_.in_cdata.push_back(cdata);
    m_.from.push_back(static_cast<uint32_t>(from));
    m_.to.push_back(static_cast<uint32_t>(to));
  }

  XmlTextMap& m_;
  bool pending_ = false;
  size_t space_from_ = 0, space_to_ = 0;
  bool space_cdata_ = false;
};

}  // namespace

bool XmlTextMap::exact(std::string_view source, size_t begin, size_t end) const {
  if (begin >= end || end > value.size() || to[end - 1] > source.size()) return false;
  for (size_t i = begin; i < end; ++i) {
    // One run of source bytes, all inside one CDATA section or all outside any (a replacement
    // is escaped for one of them).
    if (i > begin && (from[i] != to[i - 1] || in_cdata[i] != in_cdata[begin])) return false;
    const std::string_view written = source.substr(from[i], to[i] - from[i]);
    if (written.size() == 1 && written[0] == value[i]) continue;  // the byte itself
    // A folded space: a run of white space written as such (no reference, no markup).
    if (value[i] != ' ' || written.empty()) return false;
    for (char c : written) {
      if (!is_space(c)) return false;
    }
  }
  return true;
}

std::optional<XmlTextMap> map_xml_text(std::string_view s, size_t start, size_t max_value) {
  if (start > s.size() || s.size() > UINT32_MAX) return std::nullopt;
  XmlTextMap map;
  Folder fold(map);
  size_t pos = start;
  // Inside a CDATA section already? The text's first character then follows "<![CDATA[" and
  // perhaps white space.
  size_t back = start;
  while (back > 0 && is_space(s[back - 1])) --back;
  bool cdata = back >= 9 && s.substr(back - 9, 9) == "<![CDATA[";
  while (pos < s.size()) {
    if (map.value.size() > max_value) return std::nullopt;
    if (cdata) {
      const size_t close = s.find("]]>", pos);
      if (close == std::string_view::npos) return std::nullopt;
      for (size_t i = pos; i < close; ++i) fold.put(s.substr(i, 1), i, i + 1, true);
      pos = close + 3;
      cdata = false;
      continue;
    }
    const char c = s[pos];
    if (c == '<') {
      auto skip = [&](std::string_view close) {
        const size_t at = s.find(close, pos);
        if (at == std::string_view::npos) return false;
        pos = at + close.size();
        return true;
      };
      if (s.substr(pos, 4) == "<!--") {
        if (!skip("-->")) return std::nullopt;
      } else if (s.substr(pos, 9) == "<![CDATA[") {
        pos += 9;
        cdata = true;
      } else if (s.substr(pos, 2) == "<?") {
        if (!skip("?>")) return std::nullopt;
      } else if (s.substr(pos, 2) == "</") {
        return map;
      } else {
        return std::nullopt;  // a child element: not plain text
      }
      continue;
    }
    if (c == '&') {
      const size_t end = reference_end(s, pos);
      if (end == std::string_view::npos) return std::nullopt;  // a bare '&'
      const std::string_view name = s.substr(pos + 1, end - pos - 1);
      const std::optional<std::string> text = decode_reference(name);
      if (!text && name[0] == '#') return std::nullopt;  // reported, and dropped by the model
      fold.put(text ? std::string_view(*text) : s.substr(pos, end + 1 - pos), pos, end + 1);
      pos = end + 1;
      continue;
    }
    fold.put(s.substr(pos, 1), pos, pos + 1);
    ++pos;
  }
  return std::nullopt;  // no end tag
}

}  // namespace contentc
