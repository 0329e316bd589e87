#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace contentc {

/// Snowball's English stemmer (libstemmer): "stretches" and "stretch" both become "stretch",
/// "presses" and "press" both "press", "lying" becomes "lie". One per thread: an instance keeps
/// state between calls.
class EnglishStemmer {
 public:
  EnglishStemmer();
  ~EnglishStemmer();
  EnglishStemmer(const EnglishStemmer&) = delete;
  EnglishStemmer& operator=(const EnglishStemmer&) = delete;

  /// The stem of one lower-case UTF-8 word (the word itself if the stemmer could not be made).
  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace contentc
