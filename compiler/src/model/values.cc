#include "model/values.h"

#include <array>
#include <cstring>
#include <mutex>
#include <unordered_map>

namespace contentc {
namespace {

/// Hashes a std::string key and a string_view probe alike, so a lookup copies nothing.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

Interned::Interned(std::string_view text) {
  // The words the dose syntax and the dose reader use, found without a lock; any other text
  // joins a set kept for the whole process (its nodes never move).
  static constexpr std::array<std::string_view, 25> kKnown = {
      "about", "up to", "at least", "s", "min", "breaths", "count", "day", "week", "few", "several",
      "few s", "several s", "few min", "several min", "few breaths", "several breaths", "reps", "hold",
      "sets", "frequency", "side", "timing", "cite", "suppress"};
  if (text.empty()) return;
  for (const std::string_view& known : kKnown) {
    if (known == text) {
      word_ = &known;
      return;
    }
  }
  // Each word's characters and its view live in one node of the map; nodes never move.
  static std::mutex mutex;
  static std::unordered_map<std::string, std::string_view, WordHash, std::equal_to<>> others;
  const std::lock_guard lock(mutex);
  auto it = others.find(text);
  if (it == others.end()) {
    it = others.emplace(std::string(text), std::string_view()).first;
    it->second = it->first;
  }
  word_ = &it->second;
}

TextChars ValueStore::hold(std::string_view text) {
  if (text.empty()) return {};
  bytes_ += text.size();
  if (text.size() > kBlockBytes / 4) {  // a long value has a block of its own
    large_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
    std::memcpy(large_.back().get(), text.data(), text.size());
    return TextChars(std::string_view(large_.back().get(), text.size()));
  }
  if (left_ < text.size()) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
    free_ = blocks_.back().get();
    left_ = kBlockBytes;
  }
  char* at = free_;
  std::memcpy(at, text.data(), text.size());
  free_ += text.size();
  left_ -= text.size();
  return TextChars(std::string_view(at, text.size()));
}

}  // namespace contentc
