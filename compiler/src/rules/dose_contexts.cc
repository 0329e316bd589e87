// The dose reader's tests of a number's context: a rest, no dose at all (a step, a list
// number), a word of doing before it, a counted noun after it, the other side named.

#include <algorithm>

#include "rules/dose_language.h"

namespace contentc::dose_reading {

Reader::Rest Reader::resting(size_t start, size_t unit_at) const {
  auto between_efforts = [&] {
    for (size_t a = unit_at + 1; a <= unit_at + 4 && a < t_.size(); ++a) {
      if (is_any(t_[a], {"between", "before"})) return true;
    }
    return false;
  };
  if (before(start, 1) == "by") return Rest::kRest;  // an increment
  for (size_t b = 1; b <= 4 && b <= start; ++b) {
    const std::string_view w = t_[start - b];
    if (is_any(w, {".", ",", ";"})) break;
    // "… its resting surface HOLD FOR 10 SECONDS": a word of holding nearer the number wins.
    if (is_any(w, {"hold", "holding", "held", "stay", "maintain", "squeeze", "contract"})) break;
    if (is_any(w, {"rest", "resting", "recover", "recovery", "break", "relax", "relaxing"})) return Rest::kRest;
    // "wait for 2 seconds before repeating" rests; "return upright and wait for thirty
    // seconds" may be the time spent in the position: a hold or a rest, the reader cannot tell.
    if (is_any(w, {"wait", "waiting"})) return between_efforts() ? Rest::kRest : Rest::kWait;
    if (w == "pause" && between_efforts()) return Rest::kRest;  // a pause is a hold at the top
  }
  if (is_any(at(unit_at + 1), {"rest", "relaxation", "recovery", "break"})) return Rest::kRest;
  return is_any(at(unit_at + 1), {"of", "to"}) && is_any(at(unit_at + 2), {"rest", "recovery", "recover", "relaxation"})
             ? Rest::kRest
             : Rest::kNone;
}

bool Reader::no_dose(const Phrase& p, size_t next) const {
  if (is_any(before(p.first, 1), {"step", "stage", "phase", "no", "number", "#", "trimester", "week", "day", "page",
                                  "chapter", "figure"})) {
    return true;
  }
  // "Exercise 2:", "Level 3." name a part; "repeat this exercise 10 times" counts.
  if (is_any(before(p.first, 1), {"exercise", "level", "position"}) && is_any(at(next), {".", ":", ")", "-", ""})) {
    return true;
  }
  // A list's number: "5. Do …", "- 2) Hold …".
  const bool line_start = p.first == 0 || is_any(before(p.first, 1), {"-", "•", "*", "(", "\""});
  // "(twice)" is a count, not a list's number.
  if (line_start && !p.value.times && is_any(at(p.last + 1), {".", ")"})) return true;
  // A footnote: a number at the very end, after the sentence's last word ("… a week.6").
  if (next >= t_.size() && p.first > 0 &&
      (is_any(before(p.first, 1), {".", "daily", "day", "week", "weekly"}) || is_reps_unit(before(p.first, 1)))) {
    return true;
  }
  return is_any(at(next), {"weeks", "week", "months", "month", "years", "year", "%", "percent", "inches", "inch",
                           "cm", "mm", "centimetres", "centimeters", "feet", "ft", "pounds", "lbs", "lb", "kg",
                           "kilograms", "degrees", "degree", "°", "hours", "hour", "calories", "trimester",
                           "pillows", "fingers", "steps", "people", "women", "patients"});
}

bool Reader::doing_before(size_t start) const {
  for (size_t b = 1; b <= 3 && b <= start; ++b) {
    const std::string_view w = t_[start - b];
    if (is_any(w, {"these", "those", "the", "of", "all", "first", "last", "next"})) return false;
    if (is_any(w, {"do", "doing", "perform", "performing", "complete", "completing", "repeat", "try", "aim", "to",
                   "about", "around", "approximately", "roughly", "start", "with", "another", "just", "practice",
                   "practise"})) {
      return true;
    }
  }
  return false;
}

size_t Reader::counted_noun(size_t j) const {
  auto alpha = [](std::string_view w) { return !w.empty() && std::all_of(w.begin(), w.end(), is_alpha); };
  auto plural_noun = [&](size_t k) {
    const std::string_view w = at(k);
    if (w.size() < 4 || w.back() != 's' || !alpha(w)) return false;
    return !is_any(w, {"times", "seconds", "minutes", "breaths", "counts", "sets", "rounds", "days", "weeks", "months",
                       "years", "inches", "pounds", "reps", "repetitions", "sides", "legs", "arms", "exercises",
                       "positions", "poses", "hands", "knees", "hips", "feet", "sessions", "fingers", "things",
                       "ways", "tips", "steps"});
  };
  if (plural_noun(j)) return 1;
  // "chin tucks", "pelvic floor contractions": one or two words before the noun.
  auto modifier = [&](size_t k) {
    return alpha(at(k)) &&
           !is_any(at(k), {"of", "to", "or", "and", "a", "the", "in", "on", "for", "at", "with", "more", "times"});
  };
  if (modifier(j) && plural_noun(j + 1)) return 2;
  if (modifier(j) && modifier(j + 1) && plural_noun(j + 2)) return 3;
  return 0;
}

bool Reader::names_other_side(size_t k) const {
  if (is_any(at(k), {"the", "your"})) ++k;
  return is_any(at(k), {"other", "opposite", "left", "right"}) &&
         is_any(at(k + 1), {"side", "leg", "arm", "foot", "hand", "hip", "knee", "shoulder"});
}

void Reader::unplaced(const Phrase& p) {
  ++numbers_.unread;
  numbers_.unplaced.emplace_back(p.value.min, p.value.max);
  if (p.alternative) numbers_.unplaced.emplace_back(p.alternative->min, p.alternative->max);
}

size_t Reader::postfix_approx(size_t last, Phrase& p) const {
  if (at(last + 1) == "or" && is_any(at(last + 2), {"more", "longer"})) {
    p.approx = "at least";
    return last + 2;
  }
  if (at(last + 1) == "or" && is_any(at(last + 2), {"less", "fewer"})) {
    p.approx = "up to";
    return last + 2;
  }
  // "30 seconds at minimum", "10 times maximum", "20 seconds at the most": the bound after the
  // unit, unless it leads on to a number of its own ("hold 10 seconds, at least 3 times").
  size_t k = last + 1;
  if (at(k) == "at") k += is_any(at(k + 1), {"a", "the"}) ? 2 : 1;
  const std::string_view bound = at(k);
  if (read_number(at(k + 1))) return last;
  // "held for 10 seconds at maximum point of movement": a bound that names what follows it is
  // an adjective, not a bound on the number.
  const std::string_view next = at(k + 1);
  const bool names_a_noun = !next.empty() && std::all_of(next.begin(), next.end(), is_alpha) &&
                            !is_any(next, {"and", "or", "then", "but", "per", "each", "every", "a", "an", "on", "in", "for",
                                           "to", "with", "if", "before", "after", "twice", "once", "times", "daily", "weekly"});
  if (is_any(bound, {"minimum", "maximum", "max"}) && names_a_noun) return last;
  if (is_any(bound, {"minimum", "least"}) && (bound == "minimum" || k > last + 1)) {
    p.approx = "at least";
    return k;
  }
  if (is_any(bound, {"maximum", "max", "most"}) && (bound != "most" || k > last + 1)) {
    p.approx = "up to";
    return k;
  }
  return last;
}

}  // namespace contentc::dose_reading
