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
  const DoseAmount& amount;  ///< with the progression's target, when it has one
};

/// The four numeric fields of a dose, in order: reps, hold, sets, frequency.
inline std::array<DoseFieldView, 4> dose_fields(const Dose& d) {
  return {DoseFieldView{DoseField::kReps, d.reps->text, d.reps->value, *d.reps},
          DoseFieldView{DoseField::kHold, d.hold->text, d.hold->value, *d.hold},
          DoseFieldView{DoseField::kSets, d.sets->text, d.sets->value, *d.sets},
          DoseFieldView{DoseField::kFrequency, d.frequency->text, d.frequency->value, *d.frequency}};
}

}  // namespace contentc
