#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace contentc {

/// A reason a file cannot be read as XML at all, at a byte offset.
struct XmlProblem {
  size_t offset;
  std::string message;
};

/// Checks what pugixml does not: the text is UTF-8 (and says so), holds no NUL or other control
/// character XML forbids, has no DOCTYPE (no entity expansion, ever), and nests elements at most
/// `max_depth` deep. One linear pass; returns the first problem found.
std::optional<XmlProblem> precheck_xml(std::string_view text, int max_depth);

}  // namespace contentc
