#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "diag/finding.h"
#include "model/model.h"

namespace contentc {

/// The longest value (element text or attribute) the model takes: 1 MiB. Longer ones are a
/// schema-violation, and are not copied.
inline constexpr size_t kMaxValueBytes = size_t{1} << 20;

/// One parsed file seen through its original bytes: turns pugixml's pointers into locations and
/// raw values into text (entity references decoded, attribute white space normalised, element
/// text trimmed and folded). pugixml parses in place with escapes off, so every node's pointer
/// is its offset in the original file.
class XmlView {
 public:
  /// Values are held in `store` (which must outlive the model built from them).
  XmlView(const SourceFile& file, uint32_t index, const char* buffer, size_t size,
          Findings& findings, ValueStore& store)
      : file_(file), index_(index), buffer_(buffer), size_(size), findings_(findings), store_(store) {}

  uint32_t file_index() const { return index_; }
  const SourceFile& file() const { return file_; }

  /// The location of a pointer into the parse buffer (the file's start if outside it).
  Loc loc_of(const char* p) const;
  /// Where an element starts: its `<`.
  Loc element_loc(pugi::xml_node node) const;
  /// Just past an element's end tag (or its `/>`); its start when that cannot be found.
  Loc end_loc(pugi::xml_node node) const;
  /// Where an attribute's value starts.
  Loc value_loc(pugi::xml_attribute attr) const;
  Loc name_loc(pugi::xml_attribute attr) const { return loc_of(attr.name()); }

  /// An attribute's decoded value, if the attribute is there. Each value is decoded once (its
  /// references reported once), and asked for again costs a lookup.
  std::optional<Text> attr(pugi::xml_node node, const char* name) const;
  /// What lies between the element's start and end tags in the original file, as written.
  std::string_view inner_source(pugi::xml_node node) const;

  /// The element's text (its text and CDATA children), trimmed and folded.
  Text text(pugi::xml_node node) const;
  /// A lasting copy of `text`, held with the file's values (for a value the builder derives).
  TextChars hold(std::string_view text) const { return store_.hold(text); }

 private:
  /// Decodes `&…;` references in `raw`, reporting unknown ones at their place.
  std::string decode(const char* raw) const;

  const SourceFile& file_;
  uint32_t index_;
  const char* buffer_;
  size_t size_;
  Findings& findings_;
  ValueStore& store_;
  /// Values made so far, by the pugixml node or attribute they came from: the schema check and
  /// the model builder both read them.
  mutable std::unordered_map<const void*, Text> made_;
};

}  // namespace contentc
