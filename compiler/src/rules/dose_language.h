#pragma once

// The dose reader's parts (internal to rules/): numbers and tokens (dose_words.cc), number
// phrases and how exact they are (dose_phrases.cc), and the Reader, whose constructions are in
// dose_reader.cc, dose_number.cc and dose_contexts.cc. See dose_reader.h for what it gives.

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/dose_reader.h"

namespace contentc::dose_reading {


using Tokens = std::vector<std::string>;

inline bool is_any(std::string_view t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t) != words.end();
}

template <size_t N>
bool is_any(std::string_view t, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), t) != words.end();
}

inline bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
inline bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// ------------------------------------------------------------------------------------ numbers

struct Number {
  double min, max;
  bool times;  ///< once/twice/thrice/2x: a count of times in itself
};

/// More sessions a day than anyone prescribes: "25 times per day" counts repetitions.
constexpr int kMostSessionsPerDay = 10;

/// A number in one token: "five", "twenty", "twenty-five", "8-10", "2x" (times).
std::optional<Number> read_number(std::string_view t);
/// The number that starts at token `i`, over as many tokens as it takes ("twenty five", "a
/// dozen"); `used` is set to how many.
std::optional<Number> read_number_at(const Tokens& t, size_t i, size_t& used);

// ------------------------------------------------------------------------------------- tokens

/// The hold unit a word names ("seconds" → "s"), or "".
std::string hold_unit(std::string_view u);
bool is_reps_unit(std::string_view u);
/// The tokens of a quote. A number written together with its unit comes apart: "3seconds" and
/// "2-3seconds" into number and unit, "3xday" into "3x" and "day", and a hyphenated hold
/// ("a 5-second hold", "a thirty-second hold") into number, "-" and unit, and "once-daily" into
/// "once", "-" and "daily".
Tokens tokenize(std::string_view text);

// ------------------------------------------------------------------------------ number phrases

/// A number phrase: a number or range, or two alternatives, with how exact the source is.
struct Phrase {
  size_t first = 0;  ///< its first token, with the words that say how exact it is
  size_t start = 0;  ///< where the number itself starts
  size_t last = 0;   ///< its last token
  Number value{};
  std::optional<Number> alternative;  ///< "30 or 60": the first alternative (value is the second)
  std::string approx;                 ///< "", "about", "up to", "at least"
  bool target = false;                ///< "work up to 40", "increase to 10 seconds"
};

constexpr std::array<std::string_view, 13> kGrowthWords = {
    "work", "working", "worked", "build", "building", "built", "progress", "progressing", "increase", "increasing",
    "increased", "aim", "goal"};

/// Reads how exact the number at `p.start` is from the words before it: "about" ("around",
/// "approximately", "roughly"), "up to" ("no more than", "not more than", "a maximum of", "at
/// most"), "at least" ("a minimum of", "at-least"); and whether it is a progression's target
/// ("work up to 40", "build up to", "increase … to 8-10 seconds").
void qualify(const Tokens& t, Phrase& p);
/// The number phrase at `i`, or none: the number, then a range ("8-10", "8 to 10", "between 8
/// and 10", "30- to 60-second") or alternatives ("30 or 60", "twice, three times").
std::optional<Phrase> read_phrase(const Tokens& t, size_t i);

// --------------------------------------------------------------------------------- the reader

/// Reads a quote's tokens left to right; at each token it tries the constructions that start
/// there, and records each reading with the words it used.
class Reader {
 public:
  explicit Reader(Tokens t) : t_(std::move(t)) {}

  QuoteNumbers read();

 private:
  Tokens t_;
  QuoteNumbers numbers_;
  std::vector<bool> used_ = std::vector<bool>(t_.size(), false);  ///< tokens some construction read
  std::vector<size_t> firsts_;  ///< each reading's first token, by reading

  /// A reading right after a word of comparison no construction read ("over 30 seconds",
  /// "nearly a minute", "30 seconds maximum" aside) may be off in how exact it is: too weak to
  /// rewrite a dose from, and a disagreement with it is a warning.
  void doubt_next_to_unread_qualifiers();

  /// Records the words of each field's vocabulary that no construction read (see
  /// QuoteNumbers::unread_words).
  void note_unread_words();

  std::string_view at(size_t i) const { return i < t_.size() ? std::string_view(t_[i]) : ""; }
  std::string_view before(size_t i, size_t back) const { return i >= back ? std::string_view(t_[i - back]) : ""; }

  /// Records a reading over tokens [first, last].
  void add(DoseField field, DoseValue value, size_t first, size_t last, bool weak = false, bool target = false);

  static DoseValue range(double min, double max, Interned unit = {}, Interned approx = {}) {
    DoseValue v;
    v.kind = DoseValue::Kind::kRange;
    v.min = min, v.max = max;
    v.unit = unit;
    v.approx = approx;
    return v;
  }

  static DoseValue word(Interned w, Interned unit = {}) {
    DoseValue v;
    v.kind = DoseValue::Kind::kWord;
    v.word = w;
    v.unit = unit;
    return v;
  }

  size_t read_at(size_t i);

  /// "a few seconds", "several minutes", "a couple of breaths", "a moment or two" (holds with no
  /// number); "several times", "several repetitions" (reps with no number).
  std::optional<size_t> no_number_amount(size_t i);

  /// "a set of 10": one set (the 10 is then read as its repetitions); "do a set 5 times a day":
  /// one set, right after a word of doing ("a set of weights" is no set of exercise).
  std::optional<size_t> one_set(size_t i);

  /// A period with no number before it: "every other day" (3-4 times a week), "every morning"
  /// (once a day), "daily" or "every day" (at least once a day, too weak to fix from).
  std::optional<size_t> period_alone(size_t i);

  /// "a day", "per week", "each day", "every week", "daily", "weekly" at `i`: the period, and
  /// the tokens it used.
  std::optional<std::string> period_at(size_t i, size_t& used) const;

  /// Whether the hold at tokens [start, unit_at] is a rest, a pause between efforts, a wait or
  /// an increment, not a hold: "rest for 30 seconds", "relax for 3 seconds", "30 seconds of
  /// rest", "10 seconds relaxation", "increase by 5 seconds".
  enum class Rest { kNone, kRest, kWait };
  /// kWait for a wait that may be the time spent in a position ("return upright and wait for
  /// thirty seconds"): a number no construction can place.
  Rest resting(size_t start, size_t unit_at) const;

  /// Whether the number phrase is no dose: a step, stage or list number, a footnote, or a
  /// quantity in a unit no dose has.
  bool no_dose(const Phrase& p, size_t next) const;

  /// Whether the number at `start` follows a word of doing ("do 10", "work up to about 40",
  /// "start with just five"): then a plural noun after it counts the movement. "These 3
  /// stretches" counts exercises, not repetitions.
  bool doing_before(size_t start) const;

  /// How many tokens at `j` name what a number counts when it is the movement itself: a plural
  /// noun, perhaps after one other word ("stretches", "chin tucks", "quick contractions"); 0 for
  /// none.
  size_t counted_noun(size_t j) const;

  /// Reads the number phrase at `i` and what it counts; returns the last token used.
  size_t number(size_t i, bool counted);

  /// Whether the words from `k` name the other side or limb: "the other side", "your left leg",
  /// "the opposite arm".
  bool names_other_side(size_t k) const;

  /// Counts a number the reader cannot place, and keeps its value (and its alternative's).
  void unplaced(const Phrase& p);

  /// "20 seconds or more", "10 times or longer", "30 seconds at minimum" (at least), "or less",
  /// "or fewer", "10 times maximum", "at the most" (up to):
  /// sets `p.approx` and returns the last token used.
  size_t postfix_approx(size_t last, Phrase& p) const;
};

}  // namespace contentc::dose_reading
