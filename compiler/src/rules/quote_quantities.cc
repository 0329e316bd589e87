#include "rules/quote_quantities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "resolve/normalized_text.h"

namespace contentc {
namespace {

/// Lower-case words and punctuation marks of a normalised sentence; "8-10" stays one token.
std::vector<std::string> tokenize(std::string_view text) {
  const std::string s = normalize_quote(text);
  std::vector<std::string> tokens;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) tokens.push_back(word);
    word.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool digit_dash = c == '-' && !word.empty() && std::isdigit(static_cast<unsigned char>(word.back())) &&
                            i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]));
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || digit_dash ||
        (c == '-' && !word.empty() && i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 1])))) {
      word += c;
    } else {
      flush();
      if (c != ' ') tokens.emplace_back(1, c);
    }
  }
  flush();
  return tokens;
}

constexpr std::array<std::string_view, 21> kNumberWords = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"};

struct Number {
  double min, max;
  bool times;  ///< once/twice/thrice: a count of times in itself
};

constexpr std::array<std::pair<std::string_view, int>, 8> kTens = {{
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}}};

/// "twenty" and "five" read as one number (25), when `tens` is a tens word and `unit` one to nine.
std::optional<Number> tens_and_unit(std::string_view tens, std::string_view unit) {
  for (const auto& [word, value] : kTens) {
    if (tens != word) continue;
    for (size_t u = 1; u <= 9; ++u) {
      if (unit == kNumberWords[u]) return Number{double(value + int(u)), double(value + int(u)), false};
    }
  }
  return std::nullopt;
}

/// A number word or digits in one token: "five", "twenty", "twenty-five", "8-10", "2x" (times).
std::optional<Number> read_number(const std::string& t) {
  if (t == "once") return Number{1, 1, true};
  if (t == "twice") return Number{2, 2, true};
  if (t == "thrice") return Number{3, 3, true};
  if (t == "dozen") return Number{12, 12, false};
  for (size_t i = 0; i < kNumberWords.size(); ++i) {
    if (t == kNumberWords[i]) return Number{double(i), double(i), false};
  }
  for (const auto& [word, value] : kTens) {
    if (t == word) return Number{double(value), double(value), false};
  }
  if (const size_t dash = t.find('-'); dash != std::string::npos) {  // "twenty-five"
    if (auto n = tens_and_unit(std::string_view(t).substr(0, dash), std::string_view(t).substr(dash + 1))) return n;
  }
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) return std::nullopt;
  // "2x", "10x": that many times.
  if (t.size() > 1 && t.back() == 'x' && t.find_first_not_of("0123456789") == t.size() - 1) {
    const double n = std::stod(t.substr(0, t.size() - 1));
    return Number{n, n, true};
  }
  const size_t dash = t.find('-');
  try {
    if (dash == std::string::npos) {
      if (t.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
      return Number{std::stod(t), std::stod(t), false};
    }
    return Number{std::stod(t.substr(0, dash)), std::stod(t.substr(dash + 1)), false};
  } catch (...) {
    return std::nullopt;
  }
}

/// The number that starts at token `i`, over as many tokens as it takes ("twenty five", "a
/// dozen"); `used` is set to how many.
std::optional<Number> read_number_at(const std::vector<std::string>& t, size_t i, size_t& used) {
  used = 1;
  if (i >= t.size()) return std::nullopt;
  if (t[i] == "a" && i + 1 < t.size() && t[i + 1] == "dozen") {
    used = 2;
    return Number{12, 12, false};
  }
  std::optional<Number> n = read_number(t[i]);
  if (!n || i + 1 >= t.size()) return n;
  if (auto both = tens_and_unit(t[i], t[i + 1])) {  // "twenty five"
    used = 2;
    return both;
  }
  return n;
}

bool is_any(const std::string& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (t == w) return true;
  }
  return false;
}

/// "a day", "per week", "each day", "every week" at `i`: the period, and the tokens it used.
std::optional<std::string> read_period(const std::vector<std::string>& t, size_t i, size_t& used) {
  if (i + 1 < t.size() && is_any(t[i], {"a", "per", "each", "every", "an"}) &&
      is_any(t[i + 1], {"day", "week"})) {
    used = 2;
    return t[i + 1];
  }
  if (i < t.size() && is_any(t[i], {"daily", "weekly"})) {
    used = 1;
    return t[i] == "daily" ? "day" : "week";
  }
  return std::nullopt;
}

/// The hold unit a word names ("seconds" → "s"), or "".
std::string hold_unit(const std::string& u) {
  if (is_any(u, {"seconds", "second", "secs", "sec", "s"})) return "s";
  if (is_any(u, {"minutes", "minute", "mins", "min"})) return "min";
  if (is_any(u, {"breaths", "breath"})) return "breaths";
  if (is_any(u, {"count", "counts"})) return "count";
  return "";
}

/// How many tokens at `j` name what a number counts when it is the movement itself: a plural
/// noun, perhaps after one other word ("stretches", "chin tucks", "pelvic rocks"); 0 for none.
size_t counted_noun(const std::vector<std::string>& t, size_t j) {
  auto plural_noun = [&](size_t k) {
    if (k >= t.size() || t[k].size() < 4 || t[k].back() != 's') return false;
    if (!std::all_of(t[k].begin(), t[k].end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) return false;
    return !is_any(t[k], {"times", "seconds", "minutes", "breaths", "counts", "sets", "rounds", "days", "weeks",
                          "months", "years", "inches", "pounds", "reps", "repetitions", "sides", "legs", "arms",
                          "exercises", "positions", "poses", "moves", "movements", "hands", "knees", "hips", "feet"});
  };
  if (plural_noun(j)) return 1;
  if (j + 1 < t.size() && std::all_of(t[j].begin(), t[j].end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) &&
      !is_any(t[j], {"of", "to", "or", "and", "a", "the", "in", "on", "for", "at", "with", "more", "times"}) && plural_noun(j + 1)) {
    return 2;
  }
  return 0;
}

/// Whether the number at `start` follows a word of doing ("do 10", "doing 10", "work up to
/// about 40", "try 12"): then a plural noun after it counts the movement. "These 3 stretches"
/// counts exercises, not repetitions.
bool doing_before(const std::vector<std::string>& t, size_t start) {
  for (size_t b = 1; b <= 3 && b <= start; ++b) {
    const std::string& w = t[start - b];
    if (is_any(w, {"these", "those", "the", "of", "all", "first", "last", "next"})) return false;
    if (is_any(w, {"do", "doing", "perform", "performing", "complete", "repeat", "try", "aim", "to", "about",
                   "around", "approximately", "roughly"})) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<QuoteQuantity> extract_quantities(std::string_view text) { return read_quote_numbers(text).quantities; }

QuoteNumbers read_quote_numbers(std::string_view text) {
  const std::vector<std::string> t = tokenize(text);
  QuoteNumbers numbers;
  std::vector<QuoteQuantity>& out = numbers.quantities;
  for (size_t i = 0; i < t.size(); ++i) {
    // "a few seconds", "several minutes": a hold the source gives no number for; "several
    // repetitions": reps.
    if (is_any(t[i], {"few", "several"}) && i + 1 < t.size() &&
        is_any(t[i + 1], {"repetitions", "reps", "times"})) {
      QuoteQuantity q{};
      q.field = DoseField::kReps;
      q.words = t[i] + " " + t[i + 1];
      q.value.kind = DoseValue::Kind::kWord;
      q.value.word = t[i];
      out.push_back(std::move(q));
      ++i;
      continue;
    }
    if (is_any(t[i], {"few", "several"}) && i + 1 < t.size()) {
      const std::string unit = hold_unit(t[i + 1]);
      if (!unit.empty() && unit != "count" && t[i + 1] != "s") {
        QuoteQuantity q{};
        q.field = DoseField::kHold;
        q.words = t[i] + " " + t[i + 1];
        q.value.kind = DoseValue::Kind::kWord;
        q.value.word = t[i] + " " + unit;
        q.value.unit = unit;
        out.push_back(std::move(q));
        ++i;
        continue;
      }
    }
    // "count to 5", "a count of 5-10": counted out loud.
    const bool counted = t[i] == "count" && i + 2 < t.size() && is_any(t[i + 1], {"to", "of"}) &&
                         read_number(t[i + 2]);
    const size_t count_start = i;
    if (counted) i += 2;
    size_t number_used = 1;
    std::optional<Number> n = read_number_at(t, i, number_used);
    if (!n) continue;
    const size_t start = counted ? count_start : i;
    auto before_start = [&](size_t back) -> std::string { return start >= back ? t[start - back] : std::string(); };
    i += number_used - 1;
    // Numbers that are no dose: a step, a stage or a list's number ("step 2", "No 7"), and
    // quantities in units no dose has (weeks of pregnancy, ages, lengths, weights, shares).
    if (is_any(before_start(1), {"step", "stage", "phase", "no", "number", "#", "trimester", "week"})) continue;
    if (i + 1 < t.size() && is_any(t[i + 1], {"weeks", "week", "months", "month", "years", "year", "%", "percent",
                                              "inches", "inch", "cm", "centimetres", "centimeters", "feet",
                                              "pounds", "lbs", "kg", "kilograms", "trimester", "exercises", "stretches",
                                              "moves", "positions", "poses", "pillows"}) &&
                          !(t[i + 1] == "stretches" && doing_before(t, start))) {
      continue;
    }
    // A range ("8 to 10", "8-10", "between 10 and 20", "twenty to twenty five"), or
    // alternatives ("30 or 60 seconds", "twice, three times"): two readings, not a range.
    std::optional<Number> alternative;
    if (i + 2 < t.size() && (is_any(t[i + 1], {"to", "or", ",", "-"}) || (t[i + 1] == "and" && before_start(1) == "between"))) {
      size_t second_used = 1;
      if (auto second = read_number_at(t, i + 2, second_used); second && second->min > n->max) {
        if (is_any(t[i + 1], {"or", ","})) {
          alternative = n;
          n = second;
        } else {
          n = Number{n->min, second->max, second->times};
        }
        i += 1 + second_used;
      }
    }
    size_t j = i + 1;
    if (j < t.size() && t[j] == "more") ++j;  // "repeat once more"
    // "5 deep breaths", "10 slow repetitions": a word between the number and its unit.
    if (j + 1 < t.size() && is_any(t[j], {"deep", "slow", "full", "long", "big", "gentle", "controlled", "complete"})) ++j;
    QuoteQuantity q{DoseField::kReps, {}, false, {}};
    q.value.kind = DoseValue::Kind::kRange;
    q.value.min = n->min;
    q.value.max = n->max;
    size_t used = 0;
    const std::string& u = j < t.size() ? t[j] : std::string();
    // A labelled field: "Sets: 3", "Reps: 10", "Repetitions - 8".
    const std::string label = before_start(1) == ":" || before_start(1) == "-" ? before_start(2) : std::string();
    // A rest between efforts is no hold: "rest for 30 seconds", "30 seconds of rest".
    auto resting = [&] {
      for (size_t b = 1; b <= 3 && b <= start; ++b) {
        if (is_any(t[start - b], {".", ",", ";"})) break;
        if (is_any(t[start - b], {"rest", "resting", "recover", "recovery", "pause", "break"})) return true;
      }
      return j + 2 < t.size() && is_any(t[j + 1], {"of", "to"}) && is_any(t[j + 2], {"rest", "recovery", "recover"});
    };
    if (counted) {
      q.field = DoseField::kHold, q.value.unit = "count", used = 0;
    } else if (is_any(label, {"sets", "set", "rounds"})) {
      q.field = DoseField::kSets, used = 0;
    } else if (is_any(label, {"reps", "rep", "repetitions", "repetition"})) {
      q.field = DoseField::kReps, used = 0;
    } else if (const std::string unit = hold_unit(u); !unit.empty()) {
      if (resting()) continue;
      q.field = DoseField::kHold, q.value.unit = unit, used = 1;
    } else if (u == "of" && j + 1 < t.size() && is_any(t[j + 1], {"these", "them", "those"}) &&
               !(j + 2 < t.size() && is_any(t[j + 2], {"exercises", "stretches", "moves", "movements", "positions", "poses"}))) {
      q.field = DoseField::kReps, used = 2;  // "10 of these": the movement, counted
    } else if (size_t noun = counted_noun(t, j); noun > 0 && doing_before(t, start)) {
      q.field = DoseField::kReps, used = noun;  // "do 10 chin tucks", "work up to about 40 stretches"
    } else if ((u == "days" || u == "day") && j + 2 < t.size() && is_any(t[j + 1], {"a", "per", "each", "every"}) &&
               t[j + 2] == "week") {
      q.field = DoseField::kFrequency, q.value.unit = "week", used = 3;  // "3 days a week"
    } else if (is_any(u, {"sets", "set", "rounds"})) {
      q.field = DoseField::kSets, used = 1;
    } else if (is_any(u, {"repetitions", "repetition", "reps", "rep", "times"}) || n->times) {
      used = n->times ? 0 : 1;
      size_t period_used = 0;
      if (auto period = read_period(t, j + used, period_used)) {
        q.field = DoseField::kFrequency, q.value.unit = *period;
        used += period_used;
      } else {
        q.field = DoseField::kReps;
      }
    } else {
      size_t period_used = 0;
      if (auto period = read_period(t, j, period_used); period && n->times) {
        q.field = DoseField::kFrequency, q.value.unit = *period, used = period_used;
      } else {
        ++numbers.unread;  // "3 stretches", "1 year", "10 of these": not a dose it can read
        continue;
      }
    }
    if (n->times && q.field == DoseField::kReps && used == 0) {
      // A bare "once" or "twice": timing ("once before you go to bed", "twice in the morning")
      // counts nothing; elsewhere it may be reps, but too weakly to fix a dose from.
      if (j < t.size() && is_any(t[j], {"before", "after", "when", "while", "during", "in", "at", "on",
                                        "each", "every", "whenever", "if"})) {
        continue;
      }
      q.bare_times = true;
    }
    // An upper bound: "up to 10", "no more than twice", "do not … more than twice".
    auto before = [&](size_t back) -> std::string {
      return start >= back ? t[start - back] : std::string();
    };
    if ((before(2) == "up" && before(1) == "to") || (before(2) == "at" && before(1) == "most") ||
        (before(2) == "more" && before(1) == "than" &&
         [&] {
           for (size_t b = 3; b <= 7 && b <= start; ++b) {
             if (is_any(t[start - b], {"not", "no", "never", "don't"})) return true;
           }
           return false;
         }())) {
      q.upper_bound = true;
    }
    for (size_t k = start; k < std::min(t.size(), j + used); ++k) {
      if (!q.words.empty() && t[k] != ",") q.words += ' ';
      q.words += t[k];
    }
    if (alternative) {  // the first alternative, in the same unit, then the second
      QuoteQuantity first = q;
      first.value.min = alternative->min;
      first.value.max = alternative->max;
      out.push_back(std::move(first));
    }
    out.push_back(std::move(q));
    i = std::max(i, j + used - 1);
  }
  return numbers;
}

std::vector<QuoteQuantity> dose_quantities(const Dose& dose) { return dose_numbers(dose).quantities; }

QuoteNumbers dose_numbers(const Dose& dose) {
  QuoteNumbers out;
  for (const Cite& c : dose.cites) {
    QuoteNumbers n = read_quote_numbers(c.quote.value);
    for (QuoteQuantity& q : n.quantities) out.quantities.push_back(std::move(q));
    out.unread += n.unread;
  }
  return out;
}

std::string find_side_cue(std::string_view text) {
  const std::vector<std::string> t = tokenize(text);
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& a = t[i];
    const std::string& b = t[i + 1];
    if (a == "then" && b == "the" && i + 2 < t.size() && t[i + 2] == "other") {
      return "then the other";  // "first one sitting bone then the other"
    }
    if ((is_any(a, {"each", "per", "other", "both"}) && is_any(b, {"side", "sides", "leg", "legs"})) ||
        // "each arm", "the other foot"; "both knees" is a posture, not a side.
        (is_any(a, {"each", "per", "other"}) && is_any(b, {"arm", "arms", "foot", "hip", "knee"})) ||
        (is_any(a, {"switch", "switching", "change", "changing", "alternate", "alternating", "swap", "swapping"}) &&
         is_any(b, {"sides", "legs", "arms", "feet"}))) {
      return a + " " + b;
    }
  }
  return "";
}

}  // namespace contentc
