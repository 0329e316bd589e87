#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace contentc::lsp {

/// Where in the XML a cursor is, as far as completion needs to know: read from the text before
/// it, which may be unfinished (the editor is typing).
struct XmlContext {
  enum class Kind {
    kNone,           ///< in a comment, CDATA, a declaration or an end tag
    kElementName,    ///< just after '<'
    kAttributeName,  ///< inside a start tag, between attributes
    kAttributeValue, ///< inside an attribute's quotes
    kText,           ///< element text
  };
  Kind kind = Kind::kNone;
  std::vector<std::string> open;  ///< open elements, outermost first (not the tag being written)
  std::string element;            ///< the tag being written (attribute name and value)
  std::string attribute;          ///< kAttributeValue: whose value
  std::map<std::string, std::string, std::less<>> attributes;  ///< the tag's attributes so far
  std::string prefix;  ///< what is typed of the name or value so far
};

/// The context at byte `offset` of `text`.
XmlContext xml_context(std::string_view text, size_t offset);

}  // namespace contentc::lsp
