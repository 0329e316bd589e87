#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <string_view>

struct sb_stemmer;

namespace contentc {

/// Snowball's English stemmer (libstemmer): "stretches" and "stretch" both become "stretch",
/// "presses" and "press" both "press", "lying" becomes "lie". One per thread: an instance keeps
/// state between calls, and the stems it has made (up to kMaxKnown words: text repeats its words,
/// and a lookup is cheaper than the stemmer).
/// Hashes strings and string_views alike, so that a set or map of strings is searched by a
/// string_view without making a string (with std::equal_to<>).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class EnglishStemmer {
 public:
  EnglishStemmer();
  ~EnglishStemmer();
  EnglishStemmer(const EnglishStemmer&) = delete;
  EnglishStemmer& operator=(const EnglishStemmer&) = delete;

  /// The stem of one lower-case UTF-8 word (the word itself if the stemmer could not be made).
  std::string stem(std::string_view word);

 private:
  static constexpr size_t kMaxKnown = 1 << 16;
  sb_stemmer* stemmer_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> known_;
};

}  // namespace contentc
