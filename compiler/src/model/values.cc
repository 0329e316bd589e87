#include "model/values.h"

#include <array>
#include <mutex>
#include <unordered_set>

namespace contentc {

Interned::Interned(std::string_view text) {
  // The words the dose syntax and the dose reader use, found without a lock; any other text
  // joins a set kept for the whole process (its nodes never move).
  static constexpr std::array<std::string_view, 25> kKnown = {
      "about", "up to", "at least", "s", "min", "breaths", "count", "day", "week", "few", "several",
      "few s", "several s", "few min", "several min", "few breaths", "several breaths", "reps", "hold",
      "sets", "frequency", "side", "timing", "cite", "suppress"};
  if (text.empty()) return;
  for (std::string_view known : kKnown) {
    if (known == text) {
      text_ = known;
      return;
    }
  }
  static std::mutex mutex;
  static std::unordered_set<std::string> others;
  const std::lock_guard lock(mutex);
  text_ = *others.emplace(text).first;
}

}  // namespace contentc
