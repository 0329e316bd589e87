#pragma once

#include <array>
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
/// frequency `N per day`, `N-M per week`. A number may say how exact the source is: `about 40`,
/// `up to 10 s`, `at least 1 per day`. Ranges are checked (no zero, min ≤ max); failures say
/// what is accepted.
DoseValue parse_dose_value(DoseField field, std::string_view text);

/// How exact a dose number is, as the syntax writes it before the number.
inline constexpr std::array<std::string_view, 3> kApproximations = {"about", "up to", "at least"};

/// Parses a progression's target (`<reps to="about 40">10</reps>`): a value in the start's
/// unit scale, above the start (a progression works up), never a word.
DoseValue parse_progression_target(DoseField field, const DoseValue& start, std::string_view text);

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
