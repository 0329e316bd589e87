#include "rules/dose_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "resolve/normalized_text.h"

namespace contentc {
namespace {

using Tokens = std::vector<std::string>;

bool is_any(std::string_view t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t) != words.end();
}

template <size_t N>
bool is_any(std::string_view t, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), t) != words.end();
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// ------------------------------------------------------------------------------------ numbers

constexpr std::array<std::string_view, 21> kNumberWords = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"};

constexpr std::array<std::pair<std::string_view, int>, 8> kTens = {{
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}}};

struct Number {
  double min, max;
  bool times;  ///< once/twice/thrice/2x: a count of times in itself
};

/// More sessions a day than anyone prescribes: "25 times per day" counts repetitions.
constexpr int kMostSessionsPerDay = 10;

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

/// A number in one token: "five", "twenty", "twenty-five", "8-10", "2x" (times).
std::optional<Number> read_number(std::string_view t) {
  if (t == "once") return Number{1, 1, true};
  if (t == "twice") return Number{2, 2, true};
  if (t == "thrice") return Number{3, 3, true};
  for (size_t i = 0; i < kNumberWords.size(); ++i) {
    if (t == kNumberWords[i]) return Number{double(i), double(i), false};
  }
  for (const auto& [word, value] : kTens) {
    if (t == word) return Number{double(value), double(value), false};
  }
  if (const size_t dash = t.find('-'); dash != std::string_view::npos && !t.empty() && is_alpha(t[0])) {
    return tens_and_unit(t.substr(0, dash), t.substr(dash + 1));  // "twenty-five"
  }
  if (t.empty() || !is_digit(t[0]) || t.size() > 12) return std::nullopt;
  if (t.size() > 1 && t.back() == 'x') {  // "2x": twice; "3-4x": three or four times
    std::optional<Number> n = read_number(t.substr(0, t.size() - 1));
    if (n && !n->times) n->times = true;
    return n;
  }
  const size_t dash = t.find('-');
  const std::string_view a = t.substr(0, dash);
  const std::string_view b = dash == std::string_view::npos ? a : t.substr(dash + 1);
  if (a.empty() || b.empty() || a.find_first_not_of("0123456789") != std::string_view::npos ||
      b.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return Number{std::stod(std::string(a)), std::stod(std::string(b)), false};
}

/// The number that starts at token `i`, over as many tokens as it takes ("twenty five", "a
/// dozen"); `used` is set to how many.
std::optional<Number> read_number_at(const Tokens& t, size_t i, size_t& used) {
  used = 1;
  if (i >= t.size()) return std::nullopt;
  if (t[i] == "a" && i + 1 < t.size() && t[i + 1] == "dozen") {
    used = 2;
    return Number{12, 12, false};
  }
  if (t[i] == "dozen") return Number{12, 12, false};
  std::optional<Number> n = read_number(t[i]);
  if (!n || i + 1 >= t.size()) return n;
  if (auto both = tens_and_unit(t[i], t[i + 1])) {  // "twenty five"
    used = 2;
    return both;
  }
  return n;
}

// ------------------------------------------------------------------------------------- tokens

/// The hold unit a word names ("seconds" → "s"), or "".
std::string hold_unit(std::string_view u) {
  if (is_any(u, {"seconds", "second", "secs", "sec", "s"})) return "s";
  if (is_any(u, {"minutes", "minute", "mins", "min"})) return "min";
  if (is_any(u, {"breaths", "breath"})) return "breaths";
  if (is_any(u, {"count", "counts"})) return "count";
  return "";
}

bool is_reps_unit(std::string_view u) {
  return is_any(u, {"repetitions", "repetition", "reps", "rep", "times", "time", "cycles"});
}

/// An en or em dash between words is punctuation ("2-4 days per week–allowing"); between digits
/// it joins a range ("2–4 sets"). A times sign "×" is the letter x ("1×3").
std::string space_word_dashes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && text[i] == '\xC3' && text[i + 1] == '\x97') {
      out += " x ";
      ++i;
      continue;
    }
    if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
      const bool between_digits = i > 0 && is_digit(text[i - 1]) && i + 3 < text.size() && is_digit(text[i + 3]);
      if (!between_digits) {
        out += " - ";
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/// Lower-case words and punctuation marks of a normalised sentence; "8-10", "twenty-five" and
/// "side-lying" stay one token.
Tokens split_words(const std::string& s) {
  Tokens tokens;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) tokens.push_back(word);
    word.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool next_digit = i + 1 < s.size() && is_digit(s[i + 1]);
    const bool next_alpha = i + 1 < s.size() && is_alpha(s[i + 1]);
    const bool joining_dash = c == '-' && !word.empty() && ((is_digit(word.back()) && next_digit) || next_alpha);
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || joining_dash) {
      word += c;
    } else {
      flush();
      if (c != ' ') tokens.emplace_back(1, c);
    }
  }
  flush();
  return tokens;
}

/// The tokens of a quote. A number written together with its unit comes apart: "3seconds" and
/// "2-3seconds" into number and unit, "3xday" into "3x" and "day", and a hyphenated hold
/// ("a 5-second hold", "a thirty-second hold") into number, "-" and unit, and "once-daily" into
/// "once", "-" and "daily".
Tokens tokenize(std::string_view text) {
  Tokens t;
  for (std::string& w : split_words(normalize_quote(space_word_dashes(text)))) {
    size_t k = 0;
    while (k < w.size() && (is_digit(w[k]) || (w[k] == '-' && k > 0 && k + 1 < w.size() && is_digit(w[k + 1])))) ++k;
    if (k > 0 && k < w.size() && is_alpha(w[k])) {
      const std::string number = w.substr(0, k), rest = w.substr(k);
      if (rest[0] == 'x' && is_any(std::string_view(rest).substr(1), {"day", "daily", "week", "weekly"})) {
        t.push_back(number + "x");
        t.push_back(rest.substr(1));
        continue;
      }
      if (!hold_unit(rest).empty() || is_reps_unit(rest) || is_any(rest, {"sets", "set"})) {
        t.push_back(number);
        t.push_back(rest);
        continue;
      }
    }
    // A word run into the number after it ("Frequency&Duration2 Sets"): the word, then the number
    // ("T7" and other short codes stay one token).
    if (const size_t digits = w.find_first_of("0123456789"); digits != std::string::npos && digits >= 3 &&
        std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(digits), is_alpha) &&
        std::all_of(w.begin() + static_cast<std::ptrdiff_t>(digits), w.end(), is_digit)) {
      t.push_back(w.substr(0, digits));
      t.push_back(w.substr(digits));
      continue;
    }
    if (w.size() > 1 && w[0] == 'x' && std::all_of(w.begin() + 1, w.end(), is_digit)) {  // "x15": 15 times
      t.push_back("x");
      t.push_back(w.substr(1));
      continue;
    }
    if (const size_t dash = w.rfind('-'); dash != std::string::npos && dash > 0 && dash + 1 < w.size()) {
      const std::string left = w.substr(0, dash), right = w.substr(dash + 1);
      if ((!hold_unit(right).empty() && right != "s" && read_number(left)) ||
          (is_any(right, {"daily", "weekly"}) && is_any(left, {"once", "twice", "thrice"}))) {  // "once-daily"
        t.push_back(left);
        t.push_back("-");
        t.push_back(right);
        continue;
      }
    }
    t.push_back(std::move(w));
  }
  return t;
}

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
void qualify(const Tokens& t, Phrase& p) {
  auto back = [&](size_t b) -> std::string_view { return p.start >= b ? std::string_view(t[p.start - b]) : ""; };
  size_t k = 0;
  // "at least for 30 seconds", "about for a minute": the qualifier may come before the "for".
  if (back(1) == "for" && ((back(3) == "at" && back(2) == "least") || (back(3) == "up" && back(2) == "to") ||
                           is_any(back(2), {"about", "around", "approximately", "roughly"}))) {
    k = 1;
  }
  if (is_any(back(k + 1), {"about", "around", "approximately", "roughly", "approx", "~", "nearly"})) {
    p.approx = "about", k += 1;
  }
  const std::string_view w1 = back(k + 1), w2 = back(k + 2), w3 = back(k + 3);
  bool up_to = false;
  if ((w2 == "up" && w1 == "to") || (w2 == "at" && w1 == "most")) {
    up_to = true, k += 2;
  } else if (is_any(w2, {"maximum", "max"}) && w1 == "of") {
    up_to = true, k += w3 == "a" ? 3 : 2;
  } else if (w1 == "than" && is_any(w2, {"more", "longer"})) {
    // "no more than", "do not do this … more than twice"
    bool negated = false;
    for (size_t b = k + 3; b <= k + 8 && b <= p.start; ++b) {
      if (is_any(t[p.start - b], {"not", "no", "never", "don't", "nor"})) {
        up_to = true, negated = true, k += is_any(w3, {"no", "not"}) ? 3 : 2;  // "no more than" is one phrase
        break;
      }
    }
    if (!negated) {  // "hold it for longer than 30 seconds"
      if (p.approx.empty()) p.approx = "at least";
      k += 2;
    }
  } else if (w1 == "than" && is_any(w2, {"less", "fewer", "shorter"})) {  // "for less than a minute"
    up_to = true, k += 2;
  } else if ((w2 == "at" && w1 == "least") || w1 == "at-least") {
    if (p.approx.empty()) p.approx = "at least";
    k += w1 == "at-least" ? 1 : 2;
  } else if (w2 == "minimum" && w1 == "of") {
    if (p.approx.empty()) p.approx = "at least";
    k += w3 == "a" ? 3 : 2;
  }
  if (up_to) {
    // "work up to", "build yourself up to": what to work up to, not a limit.
    for (size_t b = k + 1; b <= k + 3 && b <= p.start; ++b) {
      if (is_any(t[p.start - b], kGrowthWords)) p.target = true;
    }
    if (!p.target && p.approx.empty()) p.approx = "up to";
  } else if (back(k + 1) == "to") {
    // "increase the squeeze time to 8-10 seconds", "try to increase your hold time to 1 to 2 minutes"
    for (size_t b = k + 2; b <= k + 7 && b <= p.start; ++b) {
      if (is_any(t[p.start - b], {".", ";", ","})) break;
      if (is_any(t[p.start - b], kGrowthWords) && t[p.start - b] != "aim") p.target = true;
    }
  }
  p.first = p.start - k;
}

/// The number phrase at `i`, or none: the number, then a range ("8-10", "8 to 10", "between 8
/// and 10", "30- to 60-second") or alternatives ("30 or 60", "twice, three times").
std::optional<Phrase> read_phrase(const Tokens& t, size_t i) {
  size_t used = 1;
  const std::optional<Number> n = read_number_at(t, i, used);
  if (!n) return std::nullopt;
  Phrase p;
  p.start = i;
  p.last = i + used - 1;
  p.value = *n;
  size_t s = p.last + 1;
  if (s + 1 < t.size() && t[s] == "-" && t[s + 1] == "to") ++s;  // "30- to 60-second"
  const bool between = i > 0 && t[i - 1] == "between";
  if (s + 1 < t.size() && (is_any(t[s], {"to", "or", ",", "-"}) || (t[s] == "and" && between))) {
    size_t second_used = 1;
    if (auto second = read_number_at(t, s + 1, second_used); second && second->min > n->max) {
      if (is_any(t[s], {"or", ","})) {
        p.alternative = n;
        p.value = *second;
      } else {
        p.value = Number{n->min, second->max, second->times};
      }
      p.last = s + second_used;
    }
  }
  qualify(t, p);
  return p;
}

// ---------------------------------------------------------------------------------- the reader

/// Reads a quote's tokens left to right; at each token it tries the constructions that start
/// there, and records each reading with the words it used.
class Reader {
 public:
  explicit Reader(Tokens t) : t_(std::move(t)) {}

  QuoteNumbers read() {
    for (size_t i = 0; i < t_.size(); ++i) {
      const size_t last = read_at(i);
      for (size_t k = i; k <= last && last > i && k < t_.size(); ++k) used_[k] = true;  // read, if as no dose
      i = last;
    }
    note_unread_words();
    doubt_next_to_unread_qualifiers();
    return std::move(numbers_);
  }

 private:
  Tokens t_;
  QuoteNumbers numbers_;
  std::vector<bool> used_ = std::vector<bool>(t_.size(), false);  ///< tokens some construction read
  std::vector<size_t> firsts_;  ///< each reading's first token, by reading

  /// A reading right after a word of comparison no construction read ("over 30 seconds",
  /// "nearly a minute", "30 seconds maximum" aside) may be off in how exact it is: too weak to
  /// rewrite a dose from, and a disagreement with it is a warning.
  void doubt_next_to_unread_qualifiers() {
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

  /// Records the words of each field's vocabulary that no construction read (see
  /// QuoteNumbers::unread_words).
  void note_unread_words() {
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
    // more") count sets in a way no construction reads.
    const auto reps_readings = std::count_if(numbers_.quantities.begin(), numbers_.quantities.end(),
                                             [](const QuoteQuantity& q) { return q.field == DoseField::kReps; });
    if (reps_readings >= 2) {
      for (const std::string& w : t_) {
        if (is_any(w, {"rest", "break"})) {
          note(DoseField::kSets, w);
          break;
        }
      }
    }
  }

  std::string_view at(size_t i) const { return i < t_.size() ? std::string_view(t_[i]) : ""; }
  std::string_view before(size_t i, size_t back) const { return i >= back ? std::string_view(t_[i - back]) : ""; }

  /// Records a reading over tokens [first, last].
  void add(DoseField field, DoseValue value, size_t first, size_t last, bool weak = false, bool target = false) {
    QuoteQuantity q{field, std::move(value), {}, weak, target};
    firsts_.push_back(first);
    for (size_t k = first; k <= last && k < t_.size(); ++k) {
      used_[k] = true;
      if (!q.words.empty() && t_[k] != "," && t_[k] != "-" && (k == 0 || t_[k - 1] != "-")) q.words += ' ';
      q.words += t_[k];
    }
    numbers_.quantities.push_back(std::move(q));
  }

  static DoseValue range(double min, double max, std::string unit = "", std::string approx = "") {
    DoseValue v;
    v.kind = DoseValue::Kind::kRange;
    v.min = min, v.max = max;
    v.unit = std::move(unit);
    v.approx = std::move(approx);
    return v;
  }

  static DoseValue word(std::string w, std::string unit = "") {
    DoseValue v;
    v.kind = DoseValue::Kind::kWord;
    v.word = std::move(w);
    v.unit = std::move(unit);
    return v;
  }

  size_t read_at(size_t i) {
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

  /// "a few seconds", "several minutes", "a couple of breaths", "a moment or two" (holds with no
  /// number); "several times", "several repetitions" (reps with no number).
  std::optional<size_t> no_number_amount(size_t i) {
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
    if (resting(i, unit_at)) return unit_at;
    add(DoseField::kHold, word(std::string(quantity) + " " + unit, unit), i, unit_at);
    // "a couple of seconds": a few, or two as many read it (a weak reading, which a dose of
    // "2 s" may rest on).
    if (t_[i] == "couple") add(DoseField::kHold, range(2, 2, unit, "about"), i, unit_at, /*weak=*/true);
    return unit_at;
  }

  /// "a set of 10": one set (the 10 is then read as its repetitions); "do a set 5 times a day":
  /// one set, right after a word of doing ("a set of weights" is no set of exercise).
  std::optional<size_t> one_set(size_t i) {
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

  /// A period with no number before it: "every other day" (3-4 times a week), "every morning"
  /// (once a day), "daily" or "every day" (at least once a day, too weak to fix from).
  std::optional<size_t> period_alone(size_t i) {
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

  /// "a day", "per week", "each day", "every week", "daily", "weekly" at `i`: the period, and
  /// the tokens it used.
  std::optional<std::string> period_at(size_t i, size_t& used) const {
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
    if (at(i) == "-" && is_any(at(i + 1), {"daily", "weekly"})) {  // "once-daily", "twice-weekly"
      used = 2;
      return at(i + 1) == "weekly" ? "week" : "day";
    }
    return std::nullopt;
  }

  /// Whether the hold at tokens [start, unit_at] is a rest, a pause between efforts, a wait or
  /// an increment, not a hold: "rest for 30 seconds", "relax for 3 seconds", "30 seconds of
  /// rest", "10 seconds relaxation", "increase by 5 seconds".
  bool resting(size_t start, size_t unit_at) const {
    if (before(start, 1) == "by") return true;  // an increment
    for (size_t b = 1; b <= 4 && b <= start; ++b) {
      const std::string_view w = t_[start - b];
      if (is_any(w, {".", ",", ";"})) break;
      // "… its resting surface HOLD FOR 10 SECONDS": a word of holding nearer the number wins.
      if (is_any(w, {"hold", "holding", "held", "stay", "maintain", "squeeze", "contract"})) break;
      if (is_any(w, {"rest", "resting", "recover", "recovery", "break", "relax", "relaxing", "wait", "waiting"})) return true;
      if (w == "pause") {  // a pause is a hold at the top, unless it comes between efforts
        for (size_t a = unit_at + 1; a <= unit_at + 4 && a < t_.size(); ++a) {
          if (t_[a] == "between") return true;
        }
      }
    }
    if (is_any(at(unit_at + 1), {"rest", "relaxation", "recovery", "break"})) return true;
    return is_any(at(unit_at + 1), {"of", "to"}) && is_any(at(unit_at + 2), {"rest", "recovery", "recover", "relaxation"});
  }

  /// Whether the number phrase is no dose: a step, stage or list number, a footnote, or a
  /// quantity in a unit no dose has.
  bool no_dose(const Phrase& p, size_t next) const {
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
    if (line_start && is_any(at(p.last + 1), {".", ")"})) return true;
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

  /// Whether the number at `start` follows a word of doing ("do 10", "work up to about 40",
  /// "start with just five"): then a plural noun after it counts the movement. "These 3
  /// stretches" counts exercises, not repetitions.
  bool doing_before(size_t start) const {
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

  /// How many tokens at `j` name what a number counts when it is the movement itself: a plural
  /// noun, perhaps after one other word ("stretches", "chin tucks", "quick contractions"); 0 for
  /// none.
  size_t counted_noun(size_t j) const {
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

  /// Reads the number phrase at `i` and what it counts; returns the last token used.
  size_t number(size_t i, bool counted) {
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
    auto emit = [&](DoseField field, std::string value_unit, size_t last, bool weak = false) {
      const size_t end = postfix_approx(last, p);
      if ((!label.empty() || !of_what.empty()) && p.first >= 2) used_[p.first - 1] = used_[p.first - 2] = true;
      DoseValue v = range(p.value.min, p.value.max, value_unit, p.approx);
      if (p.alternative) {  // the first alternative, in the same unit, then the second
        add(field, range(p.alternative->min, p.alternative->max, value_unit, p.approx), first, end, weak, p.target);
      }
      add(field, std::move(v), first, end, weak, p.target);
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
    // "3 x 15 seconds", "10 x 10 second holds": that many repetitions of what follows.
    if (is_any(u, {"x", "×"}) && read_number(at(j + 1))) return emit(DoseField::kReps, "", p.last);
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
      if (resting(p.first, j)) return j;
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
    if (is_any(u, {"sets", "set", "rounds"}) && more) {
      // "do one or two more sets": that many more, or that many in all; never certain.
      emit(DoseField::kSets, "", j, /*weak=*/true);
      p.value = Number{p.value.min + 1, p.value.max + 1, false};
      if (p.alternative) p.alternative = Number{p.alternative->min + 1, p.alternative->max + 1, false};
      return emit(DoseField::kSets, "", j, /*weak=*/true);
    }
    if (is_any(u, {"sets", "set", "rounds"})) {
      // "3 sets per day (morning, noon, and night)": sets, or sessions in the day (weak).
      if (size_t used = 0; period_at(j + 1, used) && !more) {
        emit(DoseField::kFrequency, *period_at(j + 1, used), j + used, /*weak=*/true);
      }
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
      const size_t last = bare ? p.last + (more ? 1 : 0) : j;
      // "Repeat once": once more after the first, two in all.
      if (bare && !more && before(p.first, 1) == "repeat" && p.value.max == 1 && !p.alternative) more = true;
      if (more) {  // "two more times": two, or three in all; never certain
        const size_t end = emit(DoseField::kReps, "", last, /*weak=*/true);
        p.value = Number{p.value.min + 1, p.value.max + 1, false};
        if (p.alternative) p.alternative = Number{p.alternative->min + 1, p.alternative->max + 1, false};
        emit(DoseField::kReps, "", last, /*weak=*/true);
        return end;
      }
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
      // "do 24 exercises a day" may count the day's repetitions: a number the reader cannot place.
      if (size_t used = 0; period_at(j + 1, used)) unplaced(p);
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

  /// Whether the words from `k` name the other side or limb: "the other side", "your left leg",
  /// "the opposite arm".
  bool names_other_side(size_t k) const {
    if (is_any(at(k), {"the", "your"})) ++k;
    return is_any(at(k), {"other", "opposite", "left", "right"}) &&
           is_any(at(k + 1), {"side", "leg", "arm", "foot", "hand", "hip", "knee", "shoulder"});
  }

  /// Counts a number the reader cannot place, and keeps its value (and its alternative's).
  void unplaced(const Phrase& p) {
    ++numbers_.unread;
    numbers_.unplaced.emplace_back(p.value.min, p.value.max);
    if (p.alternative) numbers_.unplaced.emplace_back(p.alternative->min, p.alternative->max);
  }

  /// "20 seconds or more", "10 times or longer" (at least), "or less", "or fewer" (up to):
  /// sets `p.approx` and returns the last token used.
  size_t postfix_approx(size_t last, Phrase& p) const {
    if (at(last + 1) == "or" && is_any(at(last + 2), {"more", "longer"})) {
      p.approx = "at least";
      return last + 2;
    }
    if (at(last + 1) == "or" && is_any(at(last + 2), {"less", "fewer"})) {
      p.approx = "up to";
      return last + 2;
    }
    return last;
  }
};

}  // namespace

std::vector<QuoteQuantity> extract_quantities(std::string_view text) { return read_quote_numbers(text).quantities; }

QuoteNumbers read_quote_numbers(std::string_view text) { return Reader(tokenize(text)).read(); }

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

std::string find_side_cue(std::string_view text) {
  const Tokens t = tokenize(text);
  // "each hand" holds a weight in each; "repeat with your left hand" is the other side.
  static constexpr std::array<std::string_view, 14> kLimbs = {"side", "sides", "leg", "legs", "arm", "arms", "foot",
                                                              "hip", "knee", "buttock", "cheek", "glute", "calf", "thigh"};
  static constexpr std::array<std::string_view, 12> kSides = {"side", "sides", "leg", "legs", "arm", "arms", "foot",
                                                              "feet", "hip", "knee", "hand", "shoulder"};
  bool repeating = false;  // "repeat", "again", "switch" earlier in the sentence
  std::optional<size_t> turned_at;  // "turn onto your left side", "roll over" earlier in the sentence
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string_view a = t[i];
    const std::string_view b = i + 1 < t.size() ? std::string_view(t[i + 1]) : "";
    const std::string_view c = i + 2 < t.size() ? std::string_view(t[i + 2]) : "";
    if (a == "then" && b == "the" && c == "other") return "then the other";  // "first one sitting bone then the other"
    // "swing your arms to the right, …, and then to the left": both directions, each in turn
    if (a == "to" && b == "the" && is_any(c, {"left", "right"})) {
      const std::string_view other = c == "left" ? "right" : "left";
      for (size_t k = i + 3; k + 2 < t.size(); ++k) {
        if (t[k] == "to" && t[k + 1] == "the" && t[k + 2] == other) return "to the " + std::string(other);
      }
    }
    const std::string_view prev = i > 0 ? std::string_view(t[i - 1]) : "";
    if (is_any(a, {"each", "per"}) && is_alpha(b.empty() ? '0' : b[0]) && !is_any(b, kLimbs) && is_any(c, kLimbs)) {
      return std::string(a) + " " + std::string(c);  // "each butt cheek", "each upper arm"
    }
    if ((is_any(a, {"each", "per", "other"}) && is_any(b, kLimbs)) ||
        // "10 times for each hand", "repeat 8 times with each hand", "20 repetitions, each hand" are
        // a side; "a weight in each hand" is not.
        (a == "each" && is_any(b, {"hand", "shoulder"}) &&
         (is_any(prev, {"for", "on"}) || (prev == "with" && repeating) ||
          std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i >= 3 ? i - 3 : 0), t.begin() + static_cast<std::ptrdiff_t>(i),
                      [](const std::string& w) { return is_reps_unit(w); }))) ||
        (is_any(a, {"both", "opposite"}) && is_any(b, {"side", "sides"})) ||
        // "do the stretches on both legs" is each side; "stand on both legs" a posture.
        (prev == "on" && a == "both" && is_any(b, {"legs", "arms", "feet", "hips", "knees", "hands", "shoulders"}) &&
         std::any_of(t.begin(), t.begin() + i, [](const std::string& w) {
           return is_any(w, {"do", "perform", "repeat", "complete", "practise", "practice"});
         })) ||
        (is_any(a, {"switch", "switching", "change", "changing", "alternate", "alternating", "swap", "swapping",
                    "reverse", "reversing"}) &&
         is_any(b, {"sides", "legs", "arms", "feet"}))) {
      return std::string(a) + " " + std::string(b);
    }
    // "swapping to the left", "switch to the other leg"
    if (is_any(a, {"switch", "switching", "swap", "swapping", "change", "changing"}) && b == "to" &&
        (is_any(c, {"left", "right", "other", "opposite"}) ||
         (c == "the" && i + 3 < t.size() && is_any(t[i + 3], {"left", "right", "other", "opposite"})))) {
      return std::string(a) + " to";
    }
    // "repeat with your right arm", "repeat on the left leg", "perform again lying on your right side"
    if (is_any(a, {"repeat", "repeating", "again"})) {
      repeating = true;
      // "turn on your right side and repeat", "roll over and repeat": the same on the other side
      if (turned_at) return std::string(t[*turned_at]) + " … " + std::string(a);
    }
    if (repeating && is_any(a, {"left", "right", "opposite", "other"}) && is_any(b, kSides)) {
      return std::string(a) + " " + std::string(b);
    }
    if (is_any(a, {"turn", "turning", "roll", "rolling", "flip"}) &&
        (b == "over" || (is_any(b, {"on", "onto", "to"}) && is_any(c, {"your", "the"}) && i + 4 < t.size() &&
                         is_any(t[i + 3], {"left", "right", "other", "opposite"}) && is_any(t[i + 4], {"side"})))) {
      turned_at = i;
    }
  }
  return "";
}

}  // namespace contentc
