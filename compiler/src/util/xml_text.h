#pragma once

#include <string>
#include <string_view>

namespace contentc {

// Small helpers for writing and scanning XML text by hand.

/// `s` as XML element text: '&', '<' and '>' escaped ('>' too, to keep "]]>" out).
std::string escape_xml_text(std::string_view s);

/// `s` as an XML attribute value delimited by `quote` ('"' or '\'').
std::string escape_xml_attribute(std::string_view s, char quote = '"');

/// The offset of the '>' that closes the tag whose inside starts at `from` (just past its '<'),
/// skipping '>' inside quoted attribute values; npos if the tag is not closed.
inline size_t tag_close(std::string_view text, size_t from) {
  char quote = 0;
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace contentc
