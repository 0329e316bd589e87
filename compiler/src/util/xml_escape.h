#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// `s` as XML element text: '&', '<' and '>' escaped ('>' too, to keep "]]>" out).
std::string escape_xml_text(std::string_view s);

/// `s` as an XML attribute value delimited by `quote` ('"' or '\'').
std::string escape_xml_attribute(std::string_view s, char quote = '"');

}  // namespace contentc
