// Side cues: the words that say a dose is done on each side ("each side", "switch legs",
// "repeat with your right arm").

#include "rules/dose_reader.h"

#include <algorithm>
#include <optional>

#include "rules/dose_language.h"

namespace contentc {

using dose_reading::is_any;
using dose_reading::is_alpha;
using dose_reading::is_reps_unit;
using dose_reading::Tokens;
using dose_reading::tokenize;

namespace {

// "keep the other leg straight", "with the other knee bent", "cross one leg over the other
// knee": the other limb as part of a position, not the other side done in turn. t[i] is
// "other" or "opposite", t[i + 1] a limb.
bool in_position(const Tokens& t, size_t i) {
  if (is_any(t[i + 1], {"side", "sides"})) return false;
  const std::string_view after = i + 2 < t.size() ? std::string_view(t[i + 2]) : "";
  if (is_any(after, {"straight", "bent", "flat", "extended", "relaxed", "still", "planted", "crossed", "stretched"})) {
    return true;
  }
  if (i == 0) return false;
  // the word before "the" or "your"
  const size_t before = i >= 2 && is_any(t[i - 1], {"the", "your"}) ? i - 2 : i - 1;
  return is_any(t[before], {"keep", "keeping", "place", "placing", "rest", "resting", "put", "plant", "planting",
                            "over", "across", "behind", "beside", "under", "against"});
}

// "feeling the muscles on both sides tighten": a word of sensing earlier in the clause makes
// "both sides" where something is felt, not the sides done in turn. t[i] is "both".
bool where_felt(const Tokens& t, size_t i) {
  for (size_t k = i; k-- > 0 && !is_any(t[k], {".", ",", ";", ":", "!", "?"});) {
    if (is_any(t[k], {"repeat", "repeating", "do", "perform", "switch", "then"})) return false;
    if (is_any(t[k], {"feel", "feeling", "felt", "feels", "notice", "noticing", "sense"})) return true;
  }
  return false;
}

}  // namespace

std::string find_side_cue(std::string_view text) {
  const Tokens t = tokenize(text);
  // "each hand" holds a weight in each; "repeat with your left hand" is the other side.
  static constexpr std::array<std::string_view, 14> kLimbs = {"side", "sides", "leg", "legs", "arm", "arms", "foot",
                                                              "hip", "knee", "buttock", "cheek", "glute", "calf", "thigh"};
  static constexpr std::array<std::string_view, 12> kSides = {"side", "sides", "leg", "legs", "arm", "arms", "foot",
                                                              "feet", "hip", "knee", "hand", "shoulder"};
  // Whether tokens [from, to) hold a unit of repetitions ("10 reps on sides", "20 repetitions, each hand").
  auto reps_unit_among = [&t](size_t from, size_t to) {
    return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to),
                       [](const std::string& w) { return is_reps_unit(w); });
  };
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
    // "2 sets of 15 repetitions on sides": a count shared out over the sides ("lie on your
    // side" names one side, with a determiner).
    if (prev == "on" && a == "sides" && i >= 2 && reps_unit_among(i >= 4 ? i - 4 : 0, i - 1)) {
      return "on sides";
    }
    if (is_any(a, {"each", "per"}) && is_alpha(b.empty() ? '0' : b[0]) && !is_any(b, kLimbs) && is_any(c, kLimbs)) {
      return std::string(a) + " " + std::string(c);  // "each butt cheek", "each upper arm"
    }
    if ((is_any(a, {"each", "per"}) && is_any(b, kLimbs)) || (a == "other" && is_any(b, kLimbs) && !in_position(t, i)) ||
        // "10 times for each hand", "repeat 8 times with each hand", "20 repetitions, each hand" are
        // a side; "a weight in each hand" is not.
        (a == "each" && is_any(b, {"hand", "shoulder"}) &&
         (is_any(prev, {"for", "on"}) || (prev == "with" && repeating) ||
          reps_unit_among(i >= 3 ? i - 3 : 0, i))) ||
        (is_any(a, {"both", "opposite"}) && is_any(b, {"side", "sides"}) && !(a == "both" && where_felt(t, i))) ||
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
    // "do the same with the other hand": the same, again
    if (is_any(a, {"repeat", "repeating", "again"}) || (a == "same" && prev == "the")) {
      repeating = true;
      // "turn on your right side and repeat", "roll over and repeat": the same on the other side
      if (turned_at) return std::string(t[*turned_at]) + " … " + std::string(a);
    }
    if (repeating && is_any(a, {"left", "right", "opposite", "other"}) && is_any(b, kSides)) {
      return std::string(a) + " " + std::string(b);
    }
    // "then repeat on the right.": the side named with no limb after it
    if (repeating && is_any(a, {"left", "right"}) && prev == "the" && i >= 2 && t[i - 2] == "on" &&
        (b.empty() || is_any(b, {".", ",", ";", "!", ")"}))) {
      return "on the " + std::string(a);
    }
    // "lower your arm and leg and raise the opposite arm and leg": the limb done, then the
    // opposite one, in one sentence ("lift the opposite arm" alone names no second side).
    if (is_any(a, {"opposite", "other"}) && is_any(b, kSides) && !in_position(t, i) &&
        std::find(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i), std::string(b)) != t.begin() + static_cast<std::ptrdiff_t>(i)) {
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
