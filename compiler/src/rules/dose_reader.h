#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/dose_value.h"

namespace contentc {

/// One reading of a dose quantity in prose: "hold for 5 seconds", "8 to 10 repetitions",
/// "twice a week", "no more than twice a week" (value.approx "up to"), "about 40 stretches"
/// (value.approx "about"), "at least once a day" (value.approx "at least").
struct QuoteQuantity {
  DoseField field;
  /// A range with the dose syntax's units (s, min, breaths, count, day, week) and how exact the
  /// source is, or, for "a few seconds", a word hold ("few s", "several s", "few min",
  /// "several min", "few breaths").
  DoseValue value;
  std::string words;  ///< the words it was read from, for messages
  /// A reading too weak to rewrite a dose from: a bare "once" or "twice" (it may count
  /// repetitions, or nothing), "two more times" (two, or three in all), a bare "daily".
  bool weak = false;
  /// What to work up to ("work up to about 40", "build up to 10 seconds"): a progression's
  /// target, not a limit.
  bool target = false;
};

/// What a quote says in numbers: its dose quantities, and how many of its numbers are no dose
/// the reader recognises ("Start with 10, then 12 repetitions": the 10): any of them could be the
/// field a fix would write, so a fix from such a quote is never certain.
struct QuoteNumbers {
  std::vector<QuoteQuantity> quantities;
  size_t unread = 0;
  /// The numbers it left unread, each a range ("10", "8-10"): a dose field equal to one of them
  /// may be read from a construction the reader does not know, so rules say less about it.
  std::vector<std::pair<double, double>> unplaced;

  /// Words of a field's own vocabulary that no reading used ("set" in "do a set 5 times a day"
  /// when no construction read it; "week" after a number written in a way the reader does not
  /// know): the quote may state that field in words the reader cannot
  /// place, so rules say less about it. One entry a field, the first such word.
  std::vector<std::pair<DoseField, std::string>> unread_words;
  /// Words with which the quote may say each side in a way the side cues do not know: the left
  /// and the right both named ("to the right, …, then to the left"), or a side or limb with a
  /// word of repeating, turning or sharing out ("roll to the far side, then back again", "each
  /// hand"); "" when none.
  std::string side_words;
  /// The first word of `field`'s vocabulary no reading used, or "".
  std::string unread_word(DoseField field) const {
    for (const auto& [f, w] : unread_words) {
      if (f == field) return w;
    }
    return "";
  }
  /// An end of the range [min, max] (min < max) that is one of the numbers the reader could not
  /// place, if any: "a minute to two" read as one minute leaves the two unplaced.
  std::optional<double> unplaced_bound(double min, double max) const {
    if (min == max) return std::nullopt;
    for (const auto& [a, b] : unplaced) {
      if (a != b) continue;
      if (a == min || a == max) return a;
    }
    return std::nullopt;
  }
  /// Whether [min, max] is one of the numbers the reader could not place.
  bool unplaced_number(double min, double max) const {
    for (const auto& [a, b] : unplaced) {
      if (a == min && b == max) return true;
    }
    return false;
  }
};

/// Reads the dose quantities a sentence states. It works in two steps: tokens (words, numbers
/// in digits or words, punctuation; "3seconds", "3xday", "5-second" and "thirty-second" split
/// into number and unit; an en dash between words is punctuation), then constructions, each
/// reading a number phrase (a number, a range "8-10"/"8 to 10"/"between 8 and 10"/"30- to
/// 60-second", alternatives "30 or 60"/"twice, three times" as two readings, with how exact it
/// is: "about", "up to", "no more than", "a maximum of", "at least", "or more") as a field by
/// what follows or precedes it:
///   - holds: seconds/secs/s, minutes, breaths/breath cycles, a count ("count to 5", "a count
///     of 5"; "a count of 20 seconds" is seconds), "a 5-second hold"; a rest, a pause or wait
///     before or between efforts or an increment ("increase by 5 seconds") is no hold, and
///     another wait is a number it cannot place (it may be the time held in a position);
///   - reps: repetitions/reps/times/cycles, "10 of these", "sets of 10", "in batches of 6",
///     "a total of 75", "another 10", a plural noun after a word of doing ("do 10 chin tucks"),
///     "3 x 15 seconds" (3 repetitions of 15 s), "two more times" (two, or three in all: weak);
///   - sets: sets/rounds, "a set of 10" (one set);
///   - frequency: "3 times a day", "twice daily", "3 days a week", "3 sessions … daily",
///     "3xday", "every other day" (3-4 a week), "every morning" (once a day), a bare "daily" or
///     "every day" (at least once a day: weak);
///   - labelled fields ("Sets: 3", "Reps: 10", "Hold: 10-30 seconds");
///   - progressions: "work up to", "build up to", "increase to" mark a target.
/// Numbers that are no dose are passed over, neither read nor counted unread: step, stage and
/// list numbers ("5. Do …", "step 2"), footnote numbers at the end, weeks, months, ages,
/// lengths, weights, degrees, hours, percentages, and a count of exercises ("these 3
/// stretches"). A bare "once"/"twice" followed by when it is done ("once before bed") is timing.
/// "A few seconds", "several minutes", "a moment or two", "a few breaths" are holds with no
/// number; "several times" is reps with no number.
std::vector<QuoteQuantity> extract_quantities(std::string_view text);

/// extract_quantities(), and how many numbers it left unread.
QuoteNumbers read_quote_numbers(std::string_view text);

/// The words in `text` that say an exercise is done on each side ("each side", "per side",
/// "switch sides", "other leg", "both sides", "opposite side", "first one … then the other",
/// "repeat with your right arm", "swapping to the left", …), or "" when there are none.
/// Word-level: "side plank", "lie on your side", "lift the opposite arm" say nothing about sides.
std::string find_side_cue(std::string_view text);

/// Every quantity the quotes of a dose state, in cite order.
std::vector<QuoteQuantity> dose_quantities(const Dose& dose);
/// dose_quantities(), and how many numbers the dose's quotes hold that are no dose.
QuoteNumbers dose_numbers(const Dose& dose);

}  // namespace contentc
