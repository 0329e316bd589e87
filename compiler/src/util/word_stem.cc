#include "util/word_stem.h"

#include <libstemmer.h>

namespace contentc {

EnglishStemmer::EnglishStemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

EnglishStemmer::~EnglishStemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string EnglishStemmer::stem(std::string_view word) {
  if (!stemmer_ || word.empty()) return std::string(word);
  if (auto it = known_.find(word); it != known_.end()) return it->second;
  const sb_symbol* out =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!out) return std::string(word);  // out of memory: the word as it is
  std::string stem(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer_)));
  if (known_.size() < kMaxKnown) known_.emplace(std::string(word), stem);
  return stem;
}

}  // namespace contentc
