#pragma once

#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/model.h"
#include "rules/article_index.h"
#include "rules/word_cues.h"

namespace contentc {

/// Whether a lower-case word carries no content of its own ("the", "your", "and", "it", "so"):
/// the words step-unsupported and possible-duplicate leave out when comparing texts.
bool is_stop_word(std::string_view word);

/// Whether a lower-case word carries content: more than one letter, and not a stop word.
inline bool is_content_word(std::string_view word) { return word.size() > 1 && !is_stop_word(word); }

/// The stems of a text's content words (stop words and one-letter words aside), in order.
std::vector<std::string> content_stems(const std::vector<ReadWord>& words);

/// Where the paragraph holding [begin, end) of `text` starts and ends: blank lines bound it.
std::pair<size_t, size_t> paragraph_around(std::string_view text, size_t begin, size_t end);

/// The passages an entry's cites stand for, read once per passage and kept: for a cite found in
/// its article, its section (from the heading above the quote to the next heading, the
/// headings being the lines the article's cites name as sections) or, when the article names no
/// heading, the paragraph around the quote.
class CitedPassages {
 public:
  /// A passage's stems, each as its number in this object's table of stems, sorted: four bytes
  /// a stem where a set of strings took about twenty times as much.
  using Stems = std::vector<uint32_t>;

  CitedPassages(const Model& model, const SourceFiles& files, EnglishStemmer& stemmer);

  /// The stems of the content words of each passage an entry cites (its own cites', its doses'
  /// and its warnings'), each passage once; empty when none of them was found. The sets live as
  /// long as this object.
  std::vector<const Stems*> of(const Entry& e);

  /// Whether a passage's stems hold `stem`.
  bool contains(const Stems& stems, std::string_view stem) const;

 private:
  const Stems& passage_stems(const Cite& c);

  const SourceFiles& files_;
  EnglishStemmer& stemmer_;
  ArticleIndex articles_;
  std::map<std::pair<uint32_t, std::pair<size_t, size_t>>, Stems> cache_;
  /// Every stem met, numbered; and each content word met, with its stem's number (a word is
  /// stemmed once, however many passages say it).
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stem_ids_, word_stem_ids_;
};

}  // namespace contentc
