#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/dose_value.h"

namespace contentc {

/// A dose quantity stated in prose: "hold for 5 seconds", "8 to 10 repetitions", "twice a
/// week", "no more than twice a week" (an upper bound: min is 0).
struct QuoteQuantity {
  DoseField field;
  /// A range with the dose syntax's units (s, min, breaths, count, day, week), or, for "a few
  /// seconds", a word hold ("few s", "several s", "few min", "several min", "few breaths").
  DoseValue value;
  bool upper_bound = false;
  std::string words;     ///< the words it was read from, for messages
  /// Read from a bare "once", "twice" or "thrice" with no unit or period after it: a reading
  /// too weak to rewrite a dose from ("including once before bed" says nothing of reps).
  bool bare_times = false;
};

/// What a quote says in numbers: its dose quantities, and how many of its numbers are no dose
/// the reader recognises ("10 of these", "step 2", "40 stretches"): any of them could be the
/// field a fix would write, so a fix from such a quote is never certain.
struct QuoteNumbers {
  std::vector<QuoteQuantity> quantities;
  size_t unread = 0;
};

/// Reads the quantities a sentence states, with their units: digits, ranges ("8-10",
/// "8 to 10", "between 8 and 10"), alternatives as two readings ("30 or 60 seconds", "twice,
/// three times"), number words (one … ninety-nine,
/// "twenty five", a dozen, once, twice, thrice, 2x), labelled fields ("Sets: 3"), the movement
/// counted ("10 of these"), "3 days a week"; a rest is no hold, and step numbers, weeks,
/// lengths, weights and percentages are no dose (neither read nor counted unread); and
/// units (seconds/secs/s, minutes/min, breaths/breath cycles, count ("a 5-10 count", "count to
/// 5"), repetitions/reps/times, sets, a day/per day, a week/per week). A number with no dose
/// unit ("3 stretches") is skipped; a bare "once"/"twice" counts repetitions (marked
/// bare_times), unless when it is done follows ("once before bed": timing, no count). "A few
/// seconds", "several minutes", "a few breaths" are holds with no number (word values).
std::vector<QuoteQuantity> extract_quantities(std::string_view text);

/// The words in `text` that say an exercise is done on each side ("each side", "per side",
/// "switch sides", "other leg", "both sides", "first one … then the other", …), or "" when
/// there are none. Word-level: "side
/// plank" or "lie on your side" say nothing about sides.
std::string find_side_cue(std::string_view text);

/// extract_quantities(), and how many numbers it left unread.
QuoteNumbers read_quote_numbers(std::string_view text);

/// Every quantity the quotes of a dose state, in cite order.
std::vector<QuoteQuantity> dose_quantities(const Dose& dose);
/// dose_quantities(), and how many numbers the dose's quotes hold that are no dose.
QuoteNumbers dose_numbers(const Dose& dose);

}  // namespace contentc
