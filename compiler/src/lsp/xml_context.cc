#include "lsp/xml_context.h"

#include <cctype>

namespace contentc::lsp {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.' ||
         (static_cast<unsigned char>(c) & 0x80);
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Reads a start tag's body (after its name) up to the cursor: its attributes, and whether the
/// cursor is in a name or a value.
void read_tag(std::string_view body, XmlContext& c) {
  size_t i = 0;
  while (true) {
    while (i < body.size() && is_space(body[i])) ++i;
    const size_t name_start = i;
    while (i < body.size() && is_name_char(body[i])) ++i;
    const std::string name(body.substr(name_start, i - name_start));
    if (i == body.size()) {
      c.kind = XmlContext::Kind::kAttributeName;
      c.prefix = name;
      return;
    }
    while (i < body.size() && is_space(body[i])) ++i;
    if (i == body.size() || body[i] != '=') {
      if (i == body.size()) {
        c.kind = XmlContext::Kind::kAttributeName;
        c.prefix.clear();
        return;
      }
      ++i;  // a stray character: skip it
      continue;
    }
    ++i;
    while (i < body.size() && is_space(body[i])) ++i;
    if (i == body.size() || (body[i] != '"' && body[i] != '\'')) {
      c.kind = XmlContext::Kind::kNone;
      return;
    }
    const char quote = body[i++];
    const size_t value_start = i;
    const size_t close = body.find(quote, i);
    if (close == std::string_view::npos) {
      c.kind = XmlContext::Kind::kAttributeValue;
      c.attribute = name;
      c.prefix = std::string(body.substr(value_start));
      return;
    }
    c.attributes[name] = std::string(body.substr(value_start, close - value_start));
    i = close + 1;
  }
}

}  // namespace

XmlContext xml_context(std::string_view text, size_t offset) {
  XmlContext c;
  text = text.substr(0, std::min(offset, text.size()));
  size_t i = 0, text_start = 0;
  while (i < text.size()) {
    const size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) break;
    auto past = [&](std::string_view close) -> bool {  // false: the cursor is inside
      const size_t at = text.find(close, lt);
      if (at == std::string_view::npos) return false;
      i = text_start = at + close.size();
      return true;
    };
    if (text.substr(lt, 4) == "<!--") {
      if (!past("-->")) return c;  // kNone
      continue;
    }
    if (text.substr(lt, 9) == "<![CDATA[") {
      if (!past("]]>")) return c;
      continue;
    }
    if (text.substr(lt, 2) == "<?") {
      if (!past("?>")) return c;
      continue;
    }
    if (text.substr(lt, 2) == "<!") {
      if (!past(">")) return c;
      continue;
    }
    // A tag: find its end, quotes respected.
    char quote = 0;
    size_t end = std::string_view::npos;
    for (size_t j = lt + 1; j < text.size(); ++j) {
      if (quote) {
        if (text[j] == quote) quote = 0;
      } else if (text[j] == '"' || text[j] == '\'') {
        quote = text[j];
      } else if (text[j] == '>') {
        end = j;
        break;
      } else if (text[j] == '<') {
        break;  // an unfinished tag before another: treat what follows afresh
      }
    }
    const bool closing = lt + 1 < text.size() && text[lt + 1] == '/';
    size_t name_end = lt + (closing ? 2 : 1);
    while (name_end < text.size() && is_name_char(text[name_end])) ++name_end;
    const std::string name(text.substr(lt + (closing ? 2 : 1), name_end - lt - (closing ? 2 : 1)));
    if (end == std::string_view::npos) {
      const size_t next_lt = text.find('<', lt + 1);
      if (next_lt != std::string_view::npos) {  // a broken tag the editor left: go on after it
        i = text_start = next_lt;
        continue;
      }
      if (closing) return c;
      if (name_end == text.size()) {
        c.kind = XmlContext::Kind::kElementName;
        c.prefix = name;
        return c;
      }
      c.element = name;
      read_tag(text.substr(name_end), c);
      return c;
    }
    if (closing) {
      // Pop up to the matching element (an unclosed one inside is dropped, as editors leave them).
      for (size_t k = c.open.size(); k-- > 0;) {
        if (c.open[k] == name) {
          c.open.resize(k);
          break;
        }
      }
    } else if (text[end - 1] != '/' && !name.empty()) {
      c.open.push_back(name);
    }
    i = text_start = end + 1;
  }
  c.kind = XmlContext::Kind::kText;
  std::string_view typed = text.substr(std::min(text_start, text.size()));
  while (!typed.empty() && is_space(typed.front())) typed.remove_prefix(1);
  c.prefix = std::string(typed);
  return c;
}

}  // namespace contentc::lsp
