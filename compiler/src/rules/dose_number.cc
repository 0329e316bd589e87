// The dose reader's main construction: a number phrase and the words after it, read as reps,
// a hold, sets, a frequency or no dose.

#include <algorithm>

#include "rules/dose_language.h"

namespace contentc::dose_reading {

size_t Reader::number(size_t i, bool counted) {
  std::optional<Phrase> read = read_phrase(t_, i);
  if (!read) return i;
  Phrase p = *read;
  if (counted) {  // "up to a count of 10 seconds": how exact, from the words before "a count"
    Phrase before_count;
    before_count.start = i - 2 - (before(i - 2, 1) == "a" ? 1 : 0);
    qualify(t_, before_count);
    if (p.approx.empty()) p.approx = before_count.approx;
    p.target = p.target || before_count.target;
  }
  const size_t first = counted ? i - 2 : p.first;
  size_t j = p.last + 1;
  if (no_dose(p, j)) return p.last;
  bool more = false;
  if (at(j) == "-") ++j;  // "a 5-second hold"
  if (at(j) == "more") more = true, ++j;  // "two more times", "hold for five more seconds"
  // "5 deep breaths", "20 slow, deep breaths": up to two words of manner before the unit.
  for (int adjectives = 0; adjectives < 2 && j + 1 < t_.size() &&
                           is_any(t_[j], {"deep", "slow", "full", "long", "big", "gentle", "controlled", "complete",
                                          "such", "quick", "steady", "small", "good", "short", "further"});
       ++adjectives) {
    ++j;
    if (at(j) == "," && adjectives == 0) ++j;
  }
  const std::string_view u = at(j);
  const std::string unit = hold_unit(u);
  // A labelled field: "Sets: 3", "Reps: 10", "Recommended Reps: 2-5", "Repetition - 8".
  const std::string_view label = is_any(before(p.first, 1), {":", "-"}) ? before(p.first, 2) : "";
  const std::string_view of_what = before(p.first, 1) == "of" ? before(p.first, 2) : "";
  auto emit = [&](DoseField field, Interned value_unit, size_t last, bool weak = false) {
    const size_t end = postfix_approx(last, p);
    if ((!label.empty() || !of_what.empty()) && p.first >= 2) used_[p.first - 1] = used_[p.first - 2] = true;
    DoseValue v = range(p.value.min, p.value.max, value_unit, p.approx);
    if (p.alternative) {  // the first alternative, in the same unit, then the second
      add(field, range(p.alternative->min, p.alternative->max, value_unit, p.approx), first, end, weak, p.target);
    }
    add(field, std::move(v), first, end, weak, p.target);
    return end;
  };
  // "two more times", "one or two more sets": that many more, or one more each in all; both
  // readings weak, never certain.
  auto emit_more = [&](DoseField field, size_t last) {
    const size_t end = emit(field, "", last, /*weak=*/true);
    p.value = Number{p.value.min + 1, p.value.max + 1, false};
    if (p.alternative) p.alternative = Number{p.alternative->min + 1, p.alternative->max + 1, false};
    emit(field, "", last, /*weak=*/true);
    return end;
  };

  if (counted) {  // "count to 5"; "a count of 20-30 seconds", "count to four seconds" are seconds
    if (!unit.empty() && unit != "count") return emit(DoseField::kHold, unit, j);
    // "a count of 3, 5 or 10 seconds": a list whose last number names the unit for all.
    for (size_t k = j; k < j + 8 && k < t_.size() && is_any(at(j), {",", "or"}); ++k) {
      if (const std::string listed = hold_unit(t_[k]); !listed.empty() && listed != "count") {
        return emit(DoseField::kHold, listed, p.last);
      }
      if (!is_any(t_[k], {",", "or", "and"}) && !read_number(t_[k])) break;
    }
    return emit(DoseField::kHold, "count", p.last);
  }
  // A count of times with a period after it is a frequency, whatever its label says
  // ("Repetitions: 2x daily").
  const bool period_follows = [&] {
    size_t used = 0;
    return (p.value.times && period_at(j, used)) || (is_reps_unit(u) && period_at(j + 1, used));
  }();
  // "Sets/Reps: 1×3": the first number the sets, the one after the x the reps.
  if (label == "reps" && before(p.first, 3) == "/" && is_any(before(p.first, 4), {"sets", "set"}) && u == "x") {
    return emit(DoseField::kSets, "", p.last);
  }
  // A label naming two fields ("Duration/repetition: 20 breaths") says nothing of which: the
  // words after the number do.
  const bool one_field_label = before(p.first, 3) != "/";
  if (is_any(label, {"sets", "set", "rounds"}) && !period_follows && one_field_label) {
    return emit(DoseField::kSets, "", p.last);
  }
  if (is_any(label, {"reps", "rep", "repetitions", "repetition"}) && !period_follows && one_field_label) {
    return emit(DoseField::kReps, "", p.last);
  }
  // "Inhale and exhale three times", "breathe in and out 5 times": that many breaths, held.
  if (u == "times" && ((before(p.first, 1) == "exhale" && before(p.first, 2) == "and" && before(p.first, 3) == "inhale") ||
                       (before(p.first, 1) == "out" && before(p.first, 2) == "and" && before(p.first, 3) == "in" &&
                        is_any(before(p.first, 4), {"breathe", "breath"})))) {
    return emit(DoseField::kHold, "breaths", j);
  }
  // "3 x 15 seconds", "10 x 10 second holds": that many repetitions of the hold that follows;
  // "3 × 10 repetitions", "2 × 20 stones": that many sets of the repetitions that follow.
  if (is_any(u, {"x", "×"}) && read_number(at(j + 1))) {
    size_t used = 1;
    read_number_at(t_, j + 1, used);
    const size_t after = j + 1 + used;
    const bool repetitions_follow =
        hold_unit(at(after)).empty() && (is_reps_unit(at(after)) || at(after) == "times" || counted_noun(after) > 0);
    if (repetitions_follow) return emit(DoseField::kSets, "", p.last);
    // Three holds of 20 seconds are as often written down as three sets of one: both readings
    // stand, the second never certain; unless the sentence counts its sets in words of its own
    // ("3 sets of 10 x 10 second holds").
    const size_t end = emit(DoseField::kReps, "", p.last);
    const bool sets_named = std::any_of(t_.begin(), t_.end(), [](const std::string& w) { return is_any(w, {"sets", "set", "rounds"}); });
    if (!sets_named) emit(DoseField::kSets, "", p.last, /*weak=*/true);
    return end;
  }
  if (is_any(before(p.first, 1), {"x", "×"})) {
    // "12 repetitions x 4": that many sets of the repetitions before; "a total of x15": 15 times.
    if (!numbers_.quantities.empty() && numbers_.quantities.back().field == DoseField::kReps &&
        before(p.first, 2) != "of" && unit.empty()) {
      return emit(DoseField::kSets, "", p.last);
    }
    if (unit.empty()) return emit(DoseField::kReps, "", p.last);
  }
  // "12 on each leg", "10 per side": repetitions on each side.
  if (!more && !p.value.times && is_any(u, {"on", "per", "for"}) &&
      is_any(at(j + 1), {"each", "either", "side", "leg", "arm"})) {
    return emit(DoseField::kReps, "", p.last);
  }
  if (!unit.empty() && u != "count") {
    if (const Rest rest = resting(p.first, j); rest != Rest::kNone) {
      if (rest == Rest::kWait) unplaced(p);
      return j;
    }
    // "Do ten full breaths": breaths done, counted; a hold of that many breaths, or that many
    // repetitions of a breathing exercise (weak).
    if (unit == "breaths" && is_any(before(p.first, 1), {"do", "take", "perform", "complete"})) {
      emit(DoseField::kReps, "", j, /*weak=*/true);
    }
    return emit(DoseField::kHold, unit, j);
  }
  if (u == "count" || u == "counts") return emit(DoseField::kHold, "count", j);  // "a 5-10 count"
  // "sets of 10", "in batches of six or eight", "a total of 75": the repetitions.
  if (is_any(of_what, {"sets", "set", "rounds", "batches", "groups", "total"})) {
    if (is_reps_unit(u)) return emit(DoseField::kReps, "", j);
    size_t noun = counted_noun(j);
    return emit(DoseField::kReps, "", noun > 0 ? j + noun - 1 : p.last);
  }
  if (u == "of" && is_any(at(j + 1), {"these", "them", "those"}) &&
      !is_any(at(j + 2), {"exercises", "stretches", "moves", "movements", "positions", "poses"})) {
    return emit(DoseField::kReps, "", j + 1);  // "10 of these": the movement, counted
  }
  if (is_any(u, {"sessions", "session"})) {  // "3 sessions of Kegels daily"
    for (size_t k = j + 1; k <= j + 5 && k < t_.size(); ++k) {
      if (is_any(t_[k], {".", ";"})) break;
      size_t used = 0;
      if (auto period = period_at(k, used)) return emit(DoseField::kFrequency, *period, k + used - 1);
    }
    unplaced(p);
    return j;
  }
  if ((u == "days" || u == "day") && is_any(at(j + 1), {"a", "per", "each", "every"}) && at(j + 2) == "week") {
    return emit(DoseField::kFrequency, "week", j + 2);  // "3 days a week"
  }
  if (is_any(u, {"sets", "set", "rounds"})) {
    if (more) return emit_more(DoseField::kSets, j);  // "do one or two more sets"
    // "3 sets per day (morning, noon, and night)": sets, or sessions in the day (weak).
    size_t used = 0;
    if (const auto period = period_at(j + 1, used)) emit(DoseField::kFrequency, *period, j + used, /*weak=*/true);
    return emit(DoseField::kSets, "", j);
  }
  if (is_reps_unit(u) || p.value.times || more) {
    const size_t after = is_reps_unit(u) ? j + 1 : j;
    size_t used = 0;
    if (auto period = period_at(after, used); period && !more) {
      const size_t end = emit(DoseField::kFrequency, *period, after + used - 1);
      // "do this up to twenty five times per day": more times than a day holds sessions are
      // the day's repetitions, all together; the repetitions are a reading too (weak).
      if (*period == "day" && p.value.min > kMostSessionsPerDay) emit(DoseField::kReps, "", after + used - 1, true);
      return end;
    }
    if (is_any(at(after), {"every", "each"}) && is_any(at(after + 1), {"other", "second"}) && at(after + 2) == "day") {
      // "1 time every other day": 3-4 times a week
      p.value = Number{p.value.min * 3, p.value.max * 4, false};
      p.alternative.reset();
      return emit(DoseField::kFrequency, "week", after + 2);
    }
    const bool bare = !is_reps_unit(u);  // "twice", "2x" with no unit after
    if (bare && !more && is_any(at(j), {"before", "after", "when", "while", "during", "in", "at", "each", "every",
                                        "whenever", "if", "first", "last"})) {
      // "once in the morning and once at night": twice a day.
      for (size_t k = j; k < j + 6 && k + 1 < t_.size(); ++k) {
        if (t_[k] == "and" && t_[k + 1] == "once" && p.value.max == 1 &&
            std::any_of(t_.begin() + j, t_.begin() + k, [](const std::string& w) {
              return is_any(w, {"morning", "evening", "night", "bed", "bedtime", "afternoon"});
            })) {
          p.value = Number{2, 2, false};
          size_t end = k + 1;
          while (end + 1 < t_.size() && !is_any(t_[end + 1], {".", ",", ";", "(", ")"})) ++end;
          return emit(DoseField::kFrequency, "day", end);
        }
      }
      return p.last;  // timing: "once before you go to bed" counts nothing
    }
    // "do ten more on the other side": that many on the other side, not one more in all.
    if (more && is_any(u, {"on", "with", "for"}) && names_other_side(j + 1)) {
      return emit(DoseField::kReps, "", p.last + 1);
    }
    // "Do 15 reps, 3 times": a count of times after the repetitions, with nothing between but a
    // comma, is how many times the set is done; the sets, never certain.
    if (!bare && !more && u == "times" && before(p.first, 1) == "," && is_reps_unit(before(p.first, 2)) &&
        before(p.first, 2) != "times" && used_[p.first - 2] && !numbers_.quantities.empty() &&
        numbers_.quantities.back().field == DoseField::kReps) {
      return emit(DoseField::kSets, "", j, /*weak=*/true);
    }
    const size_t last = bare ? p.last + (more ? 1 : 0) : j;
    // "Repeat once": once more after the first, two in all.
    if (bare && !more && before(p.first, 1) == "repeat" && p.value.max == 1 && !p.alternative) more = true;
    if (more) return emit_more(DoseField::kReps, last);  // "two more times": two, or three in all
    return emit(DoseField::kReps, "", last, /*weak=*/bare);
  }
  // "Ten movements each for two to three sets": what each set counts.
  if (size_t noun = counted_noun(j); noun > 0) {
    size_t k = j + noun;
    if (at(k) == "each") ++k;
    const std::optional<Phrase> sets = is_any(at(k), {"for", "in", "x"}) ? read_phrase(t_, k + 1) : std::nullopt;
    if (sets && is_any(at(sets->last + 1), {"sets", "set", "rounds"})) return emit(DoseField::kReps, "", j + noun - 1);
  }
  if (size_t noun = counted_noun(j); noun > 0 && (p.target || doing_before(p.first) || before(p.first, 1) == "another")) {
    return emit(DoseField::kReps, "", j + noun - 1);  // "do 10 chin tucks", "do another 10"
  }
  if (before(p.first, 1) == "another" && !is_alpha(u.empty() ? 'x' : u[0])) {
    return emit(DoseField::kReps, "", p.last);  // "switch legs and do another 10."
  }
  if (is_any(u, {"stretches", "moves", "movements"}) && (p.target || doing_before(p.first))) {
    return emit(DoseField::kReps, "", j);  // "work up to about 40 stretches"
  }
  if (is_any(u, {"exercises", "stretches", "moves", "positions", "poses", "movements"})) {
    // "do 24 exercises a day" may count the day's repetitions, and "try doing 3 to 5 exercises
    // at a time" one exercise's: a number the reader cannot place. "These 5 exercises" count
    // exercises.
    if (size_t used = 0; period_at(j + 1, used) || doing_before(p.first)) unplaced(p);
    return j;  // a count of exercises
  }
  // "Do eight to 10.": a count straight after a word of doing, closing its clause.
  if (is_any(before(p.first, 1), {"do", "perform", "complete", "repeat"}) && is_any(u, {".", ",", ";", "!", ""})) {
    return emit(DoseField::kReps, "", p.last);
  }
  if (p.target && !numbers_.quantities.empty()) {
    // "Begin with 12 repetitions, but build up to 20": the target counts what the start did.
    const QuoteQuantity& start = numbers_.quantities.back();
    if (start.value.kind == DoseValue::Kind::kRange) return emit(start.field, start.value.unit, p.last);
  }
  unplaced(p);  // "Start with 10, then …": a number the reader cannot place
  return p.last;
}

}  // namespace contentc::dose_reading
