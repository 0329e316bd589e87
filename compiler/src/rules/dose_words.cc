// The dose reader's words: numbers in digits and words, units, and the tokens of a quote.

#include "rules/dose_language.h"

#include "resolve/normalized_text.h"

namespace contentc::dose_reading {

constexpr std::array<std::string_view, 21> kNumberWords = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"};

constexpr std::array<std::pair<std::string_view, int>, 8> kTens = {{
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}}};



/// "twenty" and "five" read as one number (25), when `tens` is a tens word and `unit` one to nine.
static std::optional<Number> tens_and_unit(std::string_view tens, std::string_view unit) {
  for (const auto& [word, value] : kTens) {
    if (tens != word) continue;
    for (size_t u = 1; u <= 9; ++u) {
      if (unit == kNumberWords[u]) return Number{double(value + int(u)), double(value + int(u)), false};
    }
  }
  return std::nullopt;
}

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
static std::string space_word_dashes(std::string_view text) {
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
static Tokens split_words(const std::string& s) {
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

}  // namespace contentc::dose_reading
