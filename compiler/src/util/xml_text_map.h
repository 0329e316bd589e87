#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// How an element's text, as the model holds it (references decoded, comments and processing
/// instructions dropped, CDATA taken as it is, white space folded to single spaces and trimmed),
/// lies in the source bytes it came from. Byte i of `value` was written at source bytes
/// [from[i], to[i]): the byte itself, the whole reference that produced it, or the run of white
/// space (perhaps around a comment, perhaps a reference like `&#10;`) folded into one space.
struct XmlTextMap {
  std::string value;
  std::vector<uint32_t> from, to;  ///< offsets into the source string given to map_xml_text
  std::vector<bool> in_cdata;      ///< written inside a CDATA section (where nothing is escaped)

  /// The source range that wrote value bytes [begin, end) (begin < end <= value.size()).
  std::pair<size_t, size_t> source_range(size_t begin, size_t end) const {
    return {from[begin], to[end - 1]};
  }
  /// True when the source bytes of value bytes [begin, end) are those bytes as written: each
  /// byte itself, each space a run of white space, with no reference, comment, processing
  /// instruction or CDATA boundary in between; replacing that source range then replaces
  /// exactly that text and nothing an editor wrote around it.
  bool exact(std::string_view source, size_t begin, size_t end) const;
};

/// The offset of the ';' that closes the reference starting at `amp` in `s` ('&', then 1 to 38
/// name characters: letters, digits, # _ - . :), or npos when the '&' starts none (a bare '&').
size_t reference_end(std::string_view s, size_t amp);

/// What the reference `&name;` stands for: the five predefined entities and character references
/// to characters XML allows; nullopt for anything else (an unknown entity, a bad reference).
std::optional<std::string> decode_reference(std::string_view name);

/// Walks `source`, which starts at the first byte of an element's text (the first character
/// that is not white space, perhaps inside a CDATA section), up to the element's end tag, and
/// folds it as the model does. Nullopt when the text is not plain element text (a child
/// element inside it, an unclosed comment, a malformed reference) or grows past `max_value`.
std::optional<XmlTextMap> map_xml_text(std::string_view source, size_t start, size_t max_value);

}  // namespace contentc
