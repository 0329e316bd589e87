#pragma once

// The value types every part of the model holds: a text from the sources with its location, and
// a parsed dose value.

#include <string>

#include "diag/location.h"

namespace contentc {

/// A value from the sources and where it starts (attribute value or first non-blank character
/// of an element's text). Element text is trimmed and its white space runs folded to one space.
struct Text {
  std::string value;
  Loc loc;

  bool empty() const { return value.empty(); }
};

/// A parsed dose value: a number or range with its unit, or a word that gives no number.
struct DoseValue {
  enum class Kind { kAbsent, kRange, kWord, kInvalid };
  Kind kind = Kind::kAbsent;
  double min = 0, max = 0;  ///< kRange: N gives min == max
  /// kRange: how exact the source is: "" (as stated), "about", "up to" or "at least".
  std::string approx;
  std::string unit;  ///< hold: s | min | breaths | count; frequency: day | week; else empty
  std::string word;  ///< kWord, as written: few | several (reps); few s | several s | few min | few breaths (hold)
  std::string error;        ///< kInvalid: what is wrong and what is accepted

  bool is_range() const { return kind == Kind::kRange; }
};

}  // namespace contentc
