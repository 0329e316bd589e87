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

/// The words of `text`: runs of letters and apostrophes (and of any non-ASCII letter bytes).
std::vector<ReadWord> read_words(std::string_view text, EnglishStemmer& stemmer);

/// A cue phrase ("stop", "physical therapist") as stems, from one alternative of a policy's
/// `words="stop|physical therapist"`.
using CuePhrase = std::vector<std::string>;

/// The phrases of a `|`-separated list, each word stemmed; empty alternatives are dropped.
std::vector<CuePhrase> cue_phrases(std::string_view alternatives, EnglishStemmer& stemmer);

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
