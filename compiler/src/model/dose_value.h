#pragma once

#include <optional>
#include <string_view>

#include "model/model.h"

namespace contentc {

/// Which dose field a value belongs to; each has its own syntax.
enum class DoseField { kReps, kHold, kSets, kFrequency };

/// "reps", "hold", "sets", "frequency".
std::string_view dose_field_name(DoseField field);

/// Parses a dose field as DESIGN.md gives it: reps `N`, `N-M`, `few`, `several`; hold `N s`,
/// `N-M min`, `N breaths`, `few breaths`; sets `N`, `N-M`; frequency `N per day`,
/// `N-M per week`. Ranges are checked (no zero, min ≤ max); failures say what is accepted.
DoseValue parse_dose_value(DoseField field, std::string_view text);

/// The value converted to a common scale for comparison: holds in seconds (breaths stay
/// breaths), frequencies per week; nullopt when it has no number.
std::optional<std::pair<double, double>> comparable(DoseField field, const DoseValue& value);

/// The scale `comparable` used: "s", "breaths", "per week" or "".
std::string_view comparable_unit(DoseField field, const DoseValue& value);

/// "8-10", "5 s", "2-3 per week", "few breaths": the value as the sources write it.
std::string format_dose_value(const DoseValue& value);

}  // namespace contentc
