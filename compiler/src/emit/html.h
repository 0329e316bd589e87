#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// Appends `s` to `out` with & < > " ' replaced by character references: safe in element text
/// and in quoted attribute values.
inline void append_html(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

/// `s`, HTML-escaped.
inline std::string html(std::string_view s) {
  std::string out;
  append_html(out, s);
  return out;
}

}  // namespace contentc
