#pragma once

#include <array>
#include <optional>

#include "model/dose_value.h"
#include "model/model.h"

namespace contentc {

/// One numeric field of a dose: which, as written, and parsed.
struct DoseFieldView {
  DoseField field;
  const std::optional<Text>& text;
  const DoseValue& value;
};

/// The four numeric fields of a dose, in order: reps, hold, sets, frequency.
inline std::array<DoseFieldView, 4> dose_fields(const Dose& d) {
  return {DoseFieldView{DoseField::kReps, d.reps, d.reps_value},
          DoseFieldView{DoseField::kHold, d.hold, d.hold_value},
          DoseFieldView{DoseField::kSets, d.sets, d.sets_value},
          DoseFieldView{DoseField::kFrequency, d.frequency, d.frequency_value}};
}

}  // namespace contentc
