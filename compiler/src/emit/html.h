#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// Appends `s` to `out` with & < > " ' replaced by character references: safe in element text
/// and in quoted attribute values.
inline void append_html(std::string& out, std::string_view s) {
  size_t run = 0;  // start of the bytes not yet copied: copied in one go up to each escape
  for (size_t i = 0; i < s.size(); ++i) {
    std::string_view escape;
    switch (s[i]) {
      case '&':
        escape = "&amp;";
        break;
      case '<':
        escape = "&lt;";
        break;
      case '>':
        escape = "&gt;";
        break;
      case '"':
        escape = "&quot;";
        break;
      case '\'':
        escape = "&#39;";
        break;
      default:
        continue;
    }
    out.append(s.data() + run, i - run);
    out += escape;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

/// `s`, HTML-escaped.
inline std::string html(std::string_view s) {
  std::string out;
  append_html(out, s);
  return out;
}

/// Text from the content as element text: escaped, and isolated in <bdi> so that its own
/// direction (a right-to-left title, a stray U+202E override) never reorders the page around it.
inline std::string bdi(std::string_view s) {
  std::string out = "<bdi>";
  append_html(out, s);
  out += "</bdi>";
  return out;
}

}  // namespace contentc
