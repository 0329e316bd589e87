#pragma once

#include <optional>
#include <string_view>

#include "model/model.h"

namespace contentc {

/// Which dose field a value belongs to; each has its own syntax.
enum class DoseField { kReps, kHold, kSets, kFrequency };

/// "reps", "hold", "sets", "frequency".
std::string_view dose_field_name(DoseField field);

/// Parses a dose field: reps `N`, `N-M`, `few`, `several`; hold `N s`, `N-M min`, `N breaths`,
/// `N count` (the source counts: apps say "count to N"), or, when the source gives no number,
/// `few s`, `several s`, `few min`, `few breaths` (a word with its unit); sets `N`, `N-M`;
/// frequency `N per day`, `N-M per week`. Ranges are checked (no zero, min ≤ max); failures say
/// what is accepted.
DoseValue parse_dose_value(DoseField field, std::string_view text);

/// The value converted to a common scale for comparison: holds in seconds (breaths and counts
/// stay as they are: converting them would invent data), frequencies per week; nullopt when it
/// has no number.
std::optional<std::pair<double, double>> comparable(DoseField field, const DoseValue& value);

/// The scale `comparable` used: "s", "breaths", "count", "per week" or "". For a word hold
/// ("few s"), the scale its unit belongs to.
std::string_view comparable_unit(DoseField field, const DoseValue& value);

/// "8-10", "5 s", "2-3 per week", "few breaths": the value as the sources write it.
std::string format_dose_value(const DoseValue& value);

}  // namespace contentc
