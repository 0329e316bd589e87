#include "util/xml_text.h"

namespace contentc {

std::string escape_xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string escape_xml_attribute(std::string_view s, char quote) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == quote) out += quote == '"' ? "&quot;" : "&apos;";
    else out += c;
  }
  return out;
}

}  // namespace contentc
