#pragma once

// What the dose reader reads in a sentence, as one line: "hold 5 s; reps 8-10 (weak)" (the dose
// reader's tests).

#include <string>
#include <string_view>

#include "rules/dose_reader.h"

namespace contentc::testing {

inline std::string read_doses(std::string_view text) {
  std::string out;
  for (const QuoteQuantity& q : extract_quantities(text)) {
    if (!out.empty()) out += "; ";
    out += std::string(dose_field_name(q.field)) + " " + format_dose_value(q.value) + (q.weak ? " (weak)" : "") +
           (q.target ? " (target)" : "");
  }
  return out;
}

}  // namespace contentc::testing
