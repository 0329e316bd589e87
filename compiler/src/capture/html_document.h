#pragma once

// An HTML page parsed as a browser would (gumbo, the HTML5 parsing algorithm), with the few
// questions the text extractor and the metadata reader ask of its elements. Nothing here
// recurses: a page nested a million elements deep is walked with a stack of its own.

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace contentc::capture {

/// A parsed page. Its nodes live as long as it does; it frees them all at once (gumbo's own
/// freeing recurses, so it is never called).
class HtmlDocument {
 public:
  /// Parses UTF-8 `html` (invalid bytes become U+FFFD, as in a browser).
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const;      ///< the <html> element
  const GumboNode* document() const;  ///< the document node (comments before <html> are its children)

  struct Arena;  ///< where gumbo's nodes live

 private:
  std::unique_ptr<Arena> arena_;
  std::string html_;  ///< gumbo points into it
  GumboOptions options_;
  GumboOutput* output_ = nullptr;
};

bool is_element(const GumboNode* n);
GumboTag tag_of(const GumboNode* n);
/// The element's tag name in lower case (custom elements included), "" for other nodes.
std::string tag_name(const GumboNode* n);
/// The attribute's value, or "" when absent.
std::string_view attribute(const GumboNode* n, const char* name);
bool has_attribute(const GumboNode* n, const char* name);
/// The node's children (elements, text, comments), in order.
std::vector<const GumboNode*> children(const GumboNode* n);
/// Every element under `n` (itself included), in document order, without recursion.
std::vector<const GumboNode*> elements_under(const GumboNode* n);
/// The element's text, white space collapsed to single spaces and trimmed.
std::string text_content(const GumboNode* n);

/// Browsers stop nesting elements a few hundred deep; a page nested deeper is refused, since
/// the HTML5 parsing algorithm looks through every open element at each tag.
inline constexpr size_t kMostNesting = 512;
/// Start tags a page may have.
inline constexpr size_t kMostTags = 2'000'000;

/// How deep `html` nests its elements, at most, counted from its tags alone (void elements,
/// self-closing tags and the elements whose end tags may be left out, like <p> and <li>, do not
/// count; comments, scripts and styles are skipped), and how many start tags it has.
struct TagCounts {
  size_t depth = 0, tags = 0;
};
TagCounts count_tags(std::string_view html);

/// `s` with its ASCII letters in lower case (tag and attribute values, header names).
std::string ascii_lower(std::string_view s);

/// Collapses runs of white space (ASCII and U+00A0) to one space; trims both ends.
std::string collapse_space(std::string_view s);

}  // namespace contentc::capture
