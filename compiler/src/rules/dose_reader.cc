// The dose reader: reads a quote's tokens left to right, trying at each the constructions that
// start there (a number is read in dose_number.cc), and notes the words it could not read.

#include "rules/dose_reader.h"

#include <fmt/format.h>

#include "rules/dose_language.h"

namespace contentc {
namespace dose_reading {

QuoteNumbers Reader::read() {
  for (size_t i = 0; i < t_.size(); ++i) {
    const size_t last = read_at(i);
    for (size_t k = i; k <= last && last > i && k < t_.size(); ++k) used_[k] = true;  // read, if as no dose
    i = last;
  }
  note_unread_words();
  doubt_next_to_unread_qualifiers();
  return std::move(numbers_);
}

void Reader::doubt_next_to_unread_qualifiers() {
  for (size_t q = 0; q < numbers_.quantities.size(); ++q) {
    for (size_t b = 1; b <= 2 && b <= firsts_[q]; ++b) {
      const size_t k = firsts_[q] - b;
      if (is_any(t_[k], {".", ",", ";", ":", "(", ")"})) break;
      if (!used_[k] && is_any(t_[k], {"than", "over", "under", "beyond", "nearly", "almost", "minimum", "maximum",
                                      "least", "most", "until", "till", "past", "exceed", "exceeding", "within"})) {
        numbers_.quantities[q].weak = true;
      }
    }
    // "gradually increase the duration of the hold (up to 15 seconds)": a limit, or what to
    // work up to; too far from its word of growth for the reader to tell.
    QuoteQuantity& r = numbers_.quantities[q];
    if (r.value.approx == "up to" && !r.target) {
      for (size_t k = firsts_[q]; k-- > 0 && !is_any(t_[k], {".", ";"});) {
        if (is_any(t_[k], kGrowthWords)) r.weak = true;
      }
    }
  }
}

void Reader::note_unread_words() {
  auto note = [&](DoseField field, std::string_view w) {
    if (numbers_.unread_word(field).empty()) numbers_.unread_words.emplace_back(field, std::string(w));
  };
  bool left = false, right = false;
  std::string_view limb, again;  // a side or limb, and a word of repeating, turning or sharing out
  for (size_t k = 0; k < t_.size(); ++k) {
    const std::string_view w = t_[k];
    left = left || w == "left";
    right = right || w == "right";
    if (limb.empty() && is_any(w, {"side", "sides", "leg", "legs", "arm", "arms", "foot", "feet", "hand", "hands"})) {
      limb = w;
    }
    if (again.empty() && is_any(w, {"repeat", "repeating", "again", "switch", "swap", "turn", "roll", "alternate",
                                    "each", "per", "both"})) {
      again = w;
    }
    if (used_[k]) continue;
    // A field's words by family, so that a form no construction knows ("everyday",
    // "once-daily", "a count or two") still makes the rules say less.
    if (is_any(w, {"set", "sets", "round", "rounds", "circuit", "circuits"})) note(DoseField::kSets, w);
    if (is_any(w, {"repetitions", "repetition", "reps", "rep", "times"})) note(DoseField::kReps, w);
    if (is_any(w, {"seconds", "second", "secs", "sec", "minutes", "minute", "mins", "breaths", "breath", "count",
                   "counts"})) {
      note(DoseField::kHold, w);
    }
    if (w.find("day") != std::string_view::npos || w.find("week") != std::string_view::npos) {
      note(DoseField::kFrequency, w);
    }
  }
  if (left && right) {
    numbers_.side_words = "the left and the right";
  } else if (!limb.empty() && !again.empty()) {
    numbers_.side_words = fmt::format("'{}' and '{}'", limb, again);
  }
  // Bouts of repetitions with rests between them ("do fifteen, rest for a minute, do fifteen
  // more"; "repeat 10 times, rest one minute, and then repeat") count sets in a way no
  // construction reads: repetitions, then a rest, then more of them or a repeat.
  std::optional<size_t> reps_end;  // where the first reading of repetitions ends
  for (size_t q = 0; q < numbers_.quantities.size() && !reps_end; ++q) {
    if (numbers_.quantities[q].field != DoseField::kReps) continue;
    reps_end = firsts_[q];
    while (*reps_end + 1 < t_.size() && used_[*reps_end + 1]) ++*reps_end;
  }
  for (size_t k = reps_end.value_or(t_.size()); k < t_.size(); ++k) {
    if (!is_any(t_[k], {"rest", "break", "wait"})) continue;
    const bool again = std::any_of(t_.begin() + static_cast<std::ptrdiff_t>(k) + 1, t_.end(), [](const std::string& w) {
      return is_any(w, {"repeat", "again", "more"});
    }) || std::count_if(numbers_.quantities.begin(), numbers_.quantities.end(),
                        [](const QuoteQuantity& q) { return q.field == DoseField::kReps; }) >= 2;
    if (again) note(DoseField::kSets, t_[k]);
    break;
  }
}

void Reader::add(DoseField field, DoseValue value, size_t first, size_t last, bool weak, bool target) {
  QuoteQuantity q{field, std::move(value), {}, weak, target};
  firsts_.push_back(first);
  for (size_t k = first; k <= last && k < t_.size(); ++k) {
    used_[k] = true;
    if (!q.words.empty() && t_[k] != "," && t_[k] != "-" && (k == 0 || t_[k - 1] != "-")) q.words += ' ';
    q.words += t_[k];
  }
  numbers_.quantities.push_back(std::move(q));
}

size_t Reader::read_at(size_t i) {
  if (auto last = no_number_amount(i)) return *last;
  if (auto last = one_set(i)) return *last;
  if (auto last = period_alone(i)) return *last;
  if (t_[i] == "count" && is_any(at(i + 1), {"to", "of"}) && read_number(at(i + 2))) return number(i + 2, true);
  if (t_[i] == "once" && before(i, 1) == "at") return i;  // "at once": now, not a count
  // "resting between each one", "the other one": a pronoun, not a count.
  if (t_[i] == "one" && is_any(before(i, 1), {"each", "every", "this", "that", "the", "another", "which", "any", "no"})) {
    return i;
  }
  if (read_number(t_[i]) || (t_[i] == "a" && at(i + 1) == "dozen")) return number(i, false);
  return i;
}

std::optional<size_t> Reader::no_number_amount(size_t i) {
  // "hold for a second", "pause a minute", "30 seconds to a minute": one of the unit.
  // "hold for a count or two" too, but "a count of 5" is read as the count it names.
  if (t_[i] == "a" && (is_any(at(i + 1), {"second", "minute", "breath"}) || (at(i + 1) == "count" && at(i + 2) != "of")) &&
      (is_any(before(i, 1), {"for", "hold", "pause", "stay", "remain", "spend"}) ||
       (before(i, 1) == "to" && (!hold_unit(before(i, 2)).empty() || before(i, 2) == "up")))) {
    Phrase p;  // how exact it is ("up to a minute")
    p.start = i;
    qualify(t_, p);
    // "a minute or two", "a minute to two", "a minute to 2 minutes": from one of the unit up to
    // that many.
    const std::string unit = hold_unit(at(i + 1));
    const std::optional<Number> upto = is_any(at(i + 2), {"or", "to"}) ? read_number(at(i + 3)) : std::nullopt;
    const bool ranged = upto && !upto->times && upto->min == upto->max && upto->max > 1 &&
                        (hold_unit(at(i + 4)).empty() || hold_unit(at(i + 4)) == unit);
    const size_t last = !ranged ? i + 1 : hold_unit(at(i + 4)) == unit ? i + 4 : i + 3;
    add(DoseField::kHold, range(1, ranged ? upto->max : 1, unit, p.approx), p.first, last, false, p.target);
    return last;
  }
  if (t_[i] == "half" && at(i + 1) == "a" && at(i + 2) == "minute") {  // "half a minute"
    Phrase p;  // how exact it is, from the words before it ("at least for half a minute")
    p.start = i;
    p.value = Number{30, 30, false};
    qualify(t_, p);
    add(DoseField::kHold, range(30, 30, "s", p.approx), p.first, i + 2, false, p.target);
    return i + 2;
  }
  if (t_[i] == "moment" && before(i, 1) == "a") {
    const size_t last = at(i + 1) == "or" && at(i + 2) == "two" ? i + 2 : i;
    add(DoseField::kHold, word("few s", "s"), i - 1, last);
    return last;
  }
  std::string_view quantity = t_[i];
  size_t unit_at = i + 1;
  if (quantity == "couple" && at(i + 1) == "of") quantity = "few", unit_at = i + 2;
  if (!is_any(quantity, {"few", "several"})) return std::nullopt;
  const std::string_view u = at(unit_at);
  if (is_any(u, {"repetitions", "reps", "times"})) {
    add(DoseField::kReps, word(std::string(quantity)), i, unit_at);
    return unit_at;
  }
  const std::string unit = hold_unit(u);
  if (unit.empty() || unit == "count" || u == "s") return std::nullopt;
  if (resting(i, unit_at) != Rest::kNone) return unit_at;
  add(DoseField::kHold, word(std::string(quantity) + " " + unit, unit), i, unit_at);
  // "a couple of seconds": a few, or two as many read it (a weak reading, which a dose of
  // "2 s" may rest on).
  if (t_[i] == "couple") add(DoseField::kHold, range(2, 2, unit, "about"), i, unit_at, /*weak=*/true);
  return unit_at;
}

std::optional<size_t> Reader::one_set(size_t i) {
  if (t_[i] != "a" || at(i + 1) != "set") return std::nullopt;
  if (at(i + 2) == "of" && read_number(at(i + 3))) {
    add(DoseField::kSets, range(1, 1), i, i + 3);  // the words say "a set of 10"
    return i + 1;
  }
  if (at(i + 2) != "of" && is_any(before(i, 1), {"do", "doing", "perform", "performing", "complete", "completing"})) {
    add(DoseField::kSets, range(1, 1), i, i + 1);
    return i + 1;
  }
  return std::nullopt;
}

std::optional<size_t> Reader::period_alone(size_t i) {
  if ((is_any(t_[i], {"every", "each"}) && is_any(at(i + 1), {"other", "second"}) && at(i + 2) == "day") ||
      (t_[i] == "alternate" && at(i + 1) == "days")) {
    const size_t last = t_[i] == "alternate" ? i + 1 : i + 2;
    add(DoseField::kFrequency, range(3, 4, "week"), i, last);
    return last;
  }
  if (is_any(t_[i], {"every", "each"}) && is_any(at(i + 1), {"morning", "evening", "night"})) {
    add(DoseField::kFrequency, range(1, 1, "day"), i, i + 1);
    return i + 1;
  }
  if (is_any(t_[i], {"daily", "everyday"}) || (is_any(t_[i], {"every", "each"}) && at(i + 1) == "day")) {
    const size_t last = t_[i] != "every" && t_[i] != "each" ? i : i + 1;
    add(DoseField::kFrequency, range(1, 1, "day", "at least"), i, last, /*weak=*/true);
    return last;
  }
  return std::nullopt;
}

std::optional<std::string> Reader::period_at(size_t i, size_t& used) const {
  if (is_any(at(i), {"a", "per", "each", "every", "an", "/"}) && is_any(at(i + 1), {"day", "week"})) {
    used = 2;
    return std::string(at(i + 1));
  }
  if (at(i) == "in" && at(i + 1) == "a" && is_any(at(i + 2), {"day", "week"})) {  // "twice in a week"
    used = 3;
    return std::string(at(i + 2));
  }
  if (is_any(at(i), {"daily", "day", "weekly", "everyday"})) {  // "daily", "3x day", "twice everyday"
    used = 1;
    return at(i) == "weekly" ? "week" : "day";
  }
  // "once-daily", "twice-weekly", "3-4x/daily"
  if (is_any(at(i), {"-", "/"}) && is_any(at(i + 1), {"daily", "weekly"})) {
    used = 2;
    return at(i + 1) == "weekly" ? "week" : "day";
  }
  return std::nullopt;
}

}  // namespace dose_reading

std::vector<QuoteQuantity> extract_quantities(std::string_view text) { return read_quote_numbers(text).quantities; }

QuoteNumbers read_quote_numbers(std::string_view text) { return dose_reading::Reader(dose_reading::tokenize(text)).read(); }

std::vector<QuoteQuantity> dose_quantities(const Dose& dose) { return dose_numbers(dose).quantities; }

QuoteNumbers dose_numbers(const Dose& dose) {
  QuoteNumbers out;
  for (const Cite& c : dose.cites) {
    QuoteNumbers n = read_quote_numbers(c.quote.value);
    for (QuoteQuantity& q : n.quantities) out.quantities.push_back(std::move(q));
    for (auto& [field, word] : n.unread_words) {
      if (out.unread_word(field).empty()) out.unread_words.emplace_back(field, std::move(word));
    }
    if (out.side_words.empty()) out.side_words = std::move(n.side_words);
    out.unread += n.unread;
    out.unplaced.insert(out.unplaced.end(), n.unplaced.begin(), n.unplaced.end());
  }
  return out;
}

}  // namespace contentc
