#include "model/dose_value.h"

#include <charconv>
#include <string>

#include <fmt/format.h>

namespace contentc {
namespace {

std::string_view accepted_forms(DoseField field) {
  switch (field) {
    case DoseField::kReps:
      return "N or N-M (e.g. 8-10, 'about 40', 'up to 10'), or 'few' or 'several' when the source "
             "gives no number";
    case DoseField::kHold:
      return "N or N-M with unit s, min, breaths or count (e.g. '5 s', '2-3 min', '5-10 count', "
             "'about 30 s'), or 'few s', 'several s', 'few min' or 'few breaths' when the source "
             "gives no number";
    case DoseField::kSets:
      return "N or N-M (e.g. 2-3)";
    case DoseField::kFrequency:
      return "N or N-M per day or per week (e.g. '2-3 per week', 'at least 1 per day')";
  }
  return "";
}

DoseValue parse_exact_value(DoseField field, std::string_view text);

DoseValue invalid(DoseField field, std::string_view text, std::string_view why) {
  DoseValue v;
  v.kind = DoseValue::Kind::kInvalid;
  v.set_error(fmt::format("{} '{}' {}; write {}", dose_field_name(field), text, why, accepted_forms(field)));
  return v;
}

/// Reads `N` or `N-M` (whole numbers) from the front of `s`; returns the characters used.
size_t read_range(std::string_view s, double& min, double& max) {
  unsigned long a = 0, b = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), a);
  if (ec != std::errc()) return 0;
  min = max = static_cast<double>(a);
  if (p < s.data() + s.size() && *p == '-') {
    auto [q, ec2] = std::from_chars(p + 1, s.data() + s.size(), b);
    if (ec2 != std::errc()) return 0;
    max = static_cast<double>(b);
    p = q;
  }
  return static_cast<size_t>(p - s.data());
}

}  // namespace

std::string_view dose_field_name(DoseField field) {
  switch (field) {
    case DoseField::kReps:
      return "reps";
    case DoseField::kHold:
      return "hold";
    case DoseField::kSets:
      return "sets";
    case DoseField::kFrequency:
      return "frequency";
  }
  return "dose";
}

DoseValue parse_dose_value(DoseField field, std::string_view text) {
  for (std::string_view approx : kApproximations) {
    if (text.size() > approx.size() && text.substr(0, approx.size()) == approx && text[approx.size()] == ' ') {
      DoseValue v = parse_exact_value(field, text.substr(approx.size() + 1));
      if (v.kind == DoseValue::Kind::kWord) {
        return invalid(field, text, fmt::format("puts '{}' before a word", approx));
      }
      if (v.kind == DoseValue::Kind::kInvalid) return invalid(field, text, "does not read as a value after its '" + std::string(approx) + "'");
      v.approx = approx;
      return v;
    }
  }
  return parse_exact_value(field, text);
}

DoseValue parse_progression_target(DoseField field, const DoseValue& start, std::string_view text) {
  DoseValue target = parse_dose_value(field, text);
  if (target.kind == DoseValue::Kind::kWord) {
    return invalid(field, text, "is a word: a progression works up to a number");
  }
  if (target.kind != DoseValue::Kind::kRange || start.kind != DoseValue::Kind::kRange) return target;
  if (comparable_unit(field, target) != comparable_unit(field, start)) {
    return invalid(field, text, fmt::format("counts in another unit than the start '{}'", format_dose_value(start)));
  }
  const auto from = comparable(field, start), to = comparable(field, target);
  if (to->second <= from->first) {
    return invalid(field, text, fmt::format("is not above the start '{}': a progression works up", format_dose_value(start)));
  }
  return target;
}

namespace {

DoseValue parse_exact_value(DoseField field, std::string_view text) {
  DoseValue v;
  if (field == DoseField::kReps && (text == "few" || text == "several")) {
    v.kind = DoseValue::Kind::kWord;
    v.word = text;
    return v;
  }
  if (field == DoseField::kHold &&
      (text == "few s" || text == "several s" || text == "few min" || text == "few breaths")) {
    v.kind = DoseValue::Kind::kWord;
    v.word = text;
    v.unit = text.substr(text.find(' ') + 1);
    return v;
  }
  if (!text.empty() && text[0] == '-') return invalid(field, text, "is negative");
  const size_t used = read_range(text, v.min, v.max);
  if (used == 0) return invalid(field, text, "does not start with a number");
  std::string_view rest = text.substr(used);
  switch (field) {
    case DoseField::kReps:
    case DoseField::kSets:
      if (!rest.empty()) return invalid(field, text, "has text after its number");
      break;
    case DoseField::kHold:
      if (rest == " s" || rest == " min" || rest == " breaths" || rest == " count") {
        v.unit = rest.substr(1);
      } else {
        return invalid(field, text, rest.empty() ? "has no unit" : "has an unknown unit");
      }
      break;
    case DoseField::kFrequency:
      if (rest == " per day" || rest == " per week") {
        v.unit = rest.substr(5);
      } else {
        return invalid(field, text, rest.empty() ? "has no period" : "has an unknown period");
      }
      break;
  }
  if (v.min == 0 || v.max == 0) return invalid(field, text, "is zero");
  if (v.min > v.max) {
    return invalid(field, text, fmt::format("goes from {} down to {}", v.min, v.max));
  }
  v.kind = DoseValue::Kind::kRange;
  return v;
}

}  // namespace

std::optional<std::pair<double, double>> comparable(DoseField field, const DoseValue& value) {
  if (!value.is_range()) return std::nullopt;
  double factor = 1;
  if (field == DoseField::kHold && value.unit == "min") factor = 60;
  if (field == DoseField::kFrequency && value.unit == "day") factor = 7;
  return std::pair(value.min * factor, value.max * factor);
}

std::string_view comparable_unit(DoseField field, const DoseValue& value) {
  if (field == DoseField::kHold) {
    return value.unit == "breaths" ? "breaths" : value.unit == "count" ? "count" : "s";
  }
  if (field == DoseField::kFrequency) return "per week";
  return "";
}

std::string format_dose_value(const DoseValue& value) {
  if (value.is_range() && !value.approx.empty()) {
    DoseValue exact = value;
    exact.approx = Interned();
    return fmt::format("{} {}", value.approx, format_dose_value(exact));
  }
  switch (value.kind) {
    case DoseValue::Kind::kAbsent:
    case DoseValue::Kind::kInvalid:
      return "";
    case DoseValue::Kind::kWord:
      return value.word.str();
    case DoseValue::Kind::kRange:
      break;
  }
  std::string out = value.min == value.max ? fmt::format("{}", value.min)
                                           : fmt::format("{}-{}", value.min, value.max);
  if (value.unit == "day" || value.unit == "week") return fmt::format("{} per {}", out, value.unit);
  return value.unit.empty() ? out : fmt::format("{} {}", out, value.unit);
}

}  // namespace contentc
