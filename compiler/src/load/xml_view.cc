#include "load/xml_view.h"

#include <cstring>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "util/utf8.h"
#include "util/xml_text.h"
#include "util/xml_text_map.h"

namespace contentc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void fold_append(std::string& out, std::string_view piece, bool& pending_space) {
  for (char c : piece) {
    if (is_space(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
}

}  // namespace

Loc XmlView::loc_of(const char* p) const {
  if (p < buffer_ || p > buffer_ + size_) return Loc{index_, 1, 1};
  return locate_in(file_, index_, static_cast<size_t>(p - buffer_));
}

Loc XmlView::element_loc(pugi::xml_node node) const {
  const char* name = node.name();
  return loc_of(name > buffer_ ? name - 1 : name);
}

std::string_view XmlView::inner_source(pugi::xml_node node) const {
  const std::string_view text = file_.text;
  const char* name = node.name();
  if (name <= buffer_ || name > buffer_ + size_ || text.size() != size_) return {};
  // The start tag ends at the first '>' outside a quoted attribute value.
  const size_t at = tag_close(text, static_cast<size_t>(name - buffer_));
  if (at == std::string_view::npos || text[at - 1] == '/') return {};  // <x/> has nothing inside
  const size_t begin = at + 1;
  // The element's end tag comes after the start of its last child (an element of the same name
  // nested inside that child would still mislead this; no caller has one).
  size_t from = begin;
  if (pugi::xml_node last = node.last_child()) {
    const char* p = last.type() == pugi::node_element ? last.name() : last.value();
    if (p > buffer_ && p <= buffer_ + size_) from = std::max(from, static_cast<size_t>(p - buffer_));
  }
  const size_t end = text.find(fmt::format("</{}", node.name()), from);
  return end == std::string_view::npos ? std::string_view() : text.substr(begin, end - begin);
}

Loc XmlView::end_loc(pugi::xml_node node) const {
  const std::string_view text = file_.text;
  const char* name = node.name();
  if (name <= buffer_ || name > buffer_ + size_ || text.size() != size_) return element_loc(node);
  const size_t close = tag_close(text, static_cast<size_t>(name - buffer_));
  if (close == std::string_view::npos) return element_loc(node);
  if (text[close - 1] == '/') return loc_of(buffer_ + close + 1);  // <x/>
  const std::string_view inner = inner_source(node);
  if (inner.data() == nullptr) return element_loc(node);
  const size_t end_tag = tag_close(text, static_cast<size_t>(inner.data() - text.data()) + inner.size() + 1);
  return end_tag == std::string_view::npos ? element_loc(node) : loc_of(buffer_ + end_tag + 1);
}

Loc XmlView::value_loc(pugi::xml_attribute attr) const { return loc_of(attr.value()); }

std::optional<Text> XmlView::attr(pugi::xml_node node, const char* name) const {
  const pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  const auto [it, first] = made_.try_emplace(a.internal_object());
  if (!first) return it->second;
  it->second.loc = value_loc(a);
  if (std::strlen(a.value()) > kMaxValueBytes) return it->second;
  std::string v = decode(a.value());
  // Attribute-value normalisation (XML 1.0 §3.3.3): each white-space character becomes a space.
  for (char& c : v) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  it->second.value = store_.hold(v);
  return it->second;
}

Text XmlView::text(pugi::xml_node node) const {
  const auto [it, first] = made_.try_emplace(node.internal_object());
  Text& out = it->second;
  if (!first) return out;
  size_t length = 0;
  for (pugi::xml_node child : node.children()) length += std::strlen(child.value());
  if (length > kMaxValueBytes) {  // the SchemaChecker reports it; the model keeps nothing of it
    out.loc = element_loc(node);
    return out;
  }
  bool pending_space = false;
  std::string value;
  for (pugi::xml_node child : node.children()) {
    const pugi::xml_node_type type = child.type();
    if (type != pugi::node_pcdata && type != pugi::node_cdata) continue;
    const char* raw = child.value();
    if (!out.loc.valid()) {
      const char* first_char = raw;
      while (*first_char && is_space(*first_char)) ++first_char;
      if (*first_char) out.loc = loc_of(first_char);
    }
    const std::string piece = type == pugi::node_pcdata ? decode(raw) : std::string(raw);
    fold_append(value, piece, pending_space);
  }
  if (!out.loc.valid()) out.loc = element_loc(node);
  out.value = store_.hold(value);
  return out;
}

std::string XmlView::decode(const char* raw) const {
  std::string out;
  const std::string_view s(raw);
  size_t i = 0;
  while (i < s.size()) {
    const size_t amp = s.find('&', i);
    out.append(s.substr(i, amp == std::string_view::npos ? s.size() - i : amp - i));
    if (amp == std::string_view::npos) break;
    const size_t end = reference_end(s, amp);
    if (end == std::string_view::npos) {
      findings_.add(kXmlMalformed, loc_of(raw + amp),
                    "a bare '&' must be written '&amp;'");
      out += '&';
      i = amp + 1;
      continue;
    }
    const std::string_view name = s.substr(amp + 1, end - amp - 1);
    i = end + 1;
    if (const std::optional<std::string> text = decode_reference(name)) {
      out += *text;
    } else if (name[0] == '#') {
      findings_.add(kXmlMalformed, loc_of(raw + amp),
                    fmt::format("'&{};' is not a character XML allows: remove it", name));
    } else {
      findings_.add(kXmlMalformed, loc_of(raw + amp),
                    fmt::format("unknown entity '&{};': only &amp; &lt; &gt; &quot; &apos; and "
                                "character references are defined",
                                name));
      out.append(s.substr(amp, i - amp));
    }
  }
  return out;
}

}  // namespace contentc
