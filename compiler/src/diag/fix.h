#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/location.h"

namespace contentc {

/// One edit of a source file. Rules write edits in terms of the model (a value at its
/// location, an element's children to reorder); `complete_fixes` turns each into the exact range
/// of the file it replaces, which is what renderers, `contentc fix` and the language server use.
struct Replacement {
  enum class Kind {
    kRange,    ///< replace [begin, end) with `text`, as raw XML
    kValue,    ///< replace the value starting at `begin` (attribute value or element text) with
               ///< `text`, unescaped; its end is found in the file
    kReorder,  ///< put the child elements of the element at `begin` in the order `text` names
               ///< (names separated by '\n'), each with the comments and blank before it
    kInsert,   ///< insert `text` (raw XML) on its own line before the end tag of the element at
               ///< `begin`, indented as that element's children are
  };
  Kind kind = Kind::kRange;
  Loc begin, end;  ///< end: kRange only (line:column, columns in code points)
  std::string text;
  /// kRange: the bytes the range holds when the rule made the fix. A range that holds anything
  /// else when the fix is completed or applied (the file changed, the location was off) is not
  /// offered: a fix never writes over text it did not mean to replace.
  std::optional<std::string> expect = std::nullopt;
};

/// A change that makes a finding go away.
struct Fix {
  std::string description;  ///< "replace 'x' with 'y'"
  std::vector<Replacement> replacements;
  /// True for the fixes `contentc fix` applies unasked: those with one right answer (the
  /// heading above the quote, the snapshot's exact text). A guess ("did you mean") is offered
  /// in an editor but never applied unasked.
  bool certain = false;

  /// A fix that replaces the value at `loc` with `value`.
  static Fix value(std::string description, Loc loc, std::string value, bool certain) {
    return Fix{std::move(description), {{Replacement::Kind::kValue, loc, {}, std::move(value)}},
               certain};
  }
};

}  // namespace contentc
