// The dose reader's number phrases: a number, a range or alternatives, and how exact it is.

#include "rules/dose_language.h"

namespace contentc::dose_reading {



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
  } else if (w1 == "upto") {  // "upto 3 times daily"
    up_to = true, k += 1;
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
    // "more than 5 times in each sitting should be avoided": the words after the number forbid
    // going past it, so it is the most to do.
    for (size_t f = p.last + 1; !negated && p.last >= p.start && f < t.size() && f <= p.last + 10 && !is_any(t[f], {".", ";"});
         ++f) {
      if (is_any(t[f], {"avoided", "avoid", "discouraged"})) up_to = true, negated = true, k += 2;
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
    // "increase the repetitions by five each day until you reach a maximum of 30": the target.
    for (size_t b = k + 1; b <= k + 4 && b <= p.start; ++b) {
      if (is_any(t[p.start - b], {"reach", "reaching"}) && b + 1 <= p.start &&
          (t[p.start - b - 1] == "until" || (b + 2 <= p.start && t[p.start - b - 2] == "until"))) {
        p.target = true;
      }
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

}  // namespace contentc::dose_reading
