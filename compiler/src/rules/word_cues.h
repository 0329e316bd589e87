#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_stem.h"

namespace contentc {

/// A word of a text as the meaning rules read it: lower-cased ("Don't" is "don't"; a curly
/// apostrophe is a straight one), with its Snowball stem, and the clause it is in (a clause ends
/// at . , ; : ! ? and brackets).
struct ReadWord {
  std::string text, stem;
  size_t clause = 0;
};

/// Calls f(word, clause) for each word of `text`, lower-cased into a buffer the next call reuses:
/// runs of letters and apostrophes (a curly apostrophe is a straight one; apostrophes at either
/// end dropped) and of any non-ASCII bytes; a clause ends at . , ; : ! ? and brackets.
template <typename F>
void for_each_word(std::string_view text, F&& f) {
  std::string word;
  size_t clause = 0;
  auto flush = [&] {
    size_t a = 0, b = word.size();
    while (a < b && word[a] == '\'') ++a;
    while (b > a && word[b - 1] == '\'') --b;
    if (a < b) f(std::string_view(word).substr(a, b - a), clause);
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || c == '\'') {
      word += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’ (U+2019) as an apostrophe
      word += '\'';
      i += 2;
    } else if (c >= 0x80) {  // a letter of another script, or a mark: part of the word
      word += static_cast<char>(c);
    } else {
      flush();
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')') ++clause;
    }
  }
  flush();
}

/// The words of `text` (as for_each_word finds them), each with its stem and clause.
std::vector<ReadWord> read_words(std::string_view text, EnglishStemmer& stemmer);

/// A cue phrase ("stop", "physical therapist") as stems, from one alternative of a policy's
/// `words="stop|physical therapist"`.
using CuePhrase = std::vector<std::string>;

/// The phrases of a `|`-separated list, each word stemmed; empty alternatives are dropped.
std::vector<CuePhrase> cue_phrases(std::string_view alternatives, EnglishStemmer& stemmer);

/// Whether `phrase` stands at word `i` of `words`, stem by stem.
bool phrase_at(const std::vector<ReadWord>& words, size_t i, const CuePhrase& phrase);

/// Whether the word at `i` is negated: a negator ("not", "no", "never", "don't", "without", …)
/// before it in its clause, with nothing between but words that carry the negation on ("do not
/// need to stop", "no need to stop", "you don't have to stop"). "Don't push through pain" does
/// not negate the pain, and "no coning", "without pain" (right before the word) name what to
/// stay clear of: not negated.
bool negated(const std::vector<ReadWord>& words, size_t i);

/// Where a phrase of `cues` first occurs in `words` and is not negated (the index of its first
/// word), or nullopt. `negated_only`, when given, is set when some cue occurs only negated.
std::optional<size_t> find_cue(const std::vector<ReadWord>& words, const std::vector<CuePhrase>& cues,
                               bool* negated_only = nullptr);

}  // namespace contentc
