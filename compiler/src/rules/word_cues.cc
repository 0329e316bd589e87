#include "rules/word_cues.h"

#include <algorithm>
#include <array>

namespace contentc {
namespace {

constexpr std::array<std::string_view, 21> kNegators = {
    "not",      "no",      "never",  "without", "nor",     "don't",    "doesn't",
    "didn't",   "won't",   "can't",  "cannot",  "shouldn't", "needn't", "isn't",
    "aren't",   "mustn't", "dont",   "wouldn't", "haven't", "hasn't",   "neither"};

/// Words a negation carries over on its way to the word it negates.
constexpr std::array<std::string_view, 17> kCarriers = {
    "to", "need", "needs", "have", "has", "had", "must", "should", "you", "ever",
    "do", "does", "be",    "any",  "longer", "necessarily", "always"};

}  // namespace

std::vector<ReadWord> read_words(std::string_view text, EnglishStemmer& stemmer) {
  std::vector<ReadWord> words;
  for_each_word(text, [&](std::string_view w, size_t clause) {
    words.push_back(ReadWord{std::string(w), stemmer.stem(w), clause});
  });
  return words;
}

std::vector<CuePhrase> cue_phrases(std::string_view alternatives, EnglishStemmer& stemmer) {
  std::vector<CuePhrase> out;
  size_t start = 0;
  while (start <= alternatives.size()) {
    size_t bar = alternatives.find('|', start);
    if (bar == std::string_view::npos) bar = alternatives.size();
    CuePhrase phrase;
    for (const ReadWord& w : read_words(alternatives.substr(start, bar - start), stemmer)) phrase.push_back(w.stem);
    if (!phrase.empty()) out.push_back(std::move(phrase));
    start = bar + 1;
  }
  return out;
}

bool phrase_at(const std::vector<ReadWord>& words, size_t i, const CuePhrase& phrase) {
  if (i + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[i + k].stem != phrase[k]) return false;
  }
  return true;
}

bool negated(const std::vector<ReadWord>& words, size_t i) {
  for (size_t back = 1; back <= 5 && back <= i; ++back) {
    const ReadWord& w = words[i - back];
    if (w.clause != words[i].clause) return false;
    // "with no coning", "without pain": what to stay clear of, which a warning says too; "no
    // need to stop", "without having to stop" negate.
    if (back == 1 && (w.text == "no" || w.text == "without")) return false;
    if (std::find(kNegators.begin(), kNegators.end(), w.text) != kNegators.end()) return true;
    if (std::find(kCarriers.begin(), kCarriers.end(), w.text) == kCarriers.end()) return false;
  }
  return false;
}

std::optional<size_t> find_cue(const std::vector<ReadWord>& words, const std::vector<CuePhrase>& cues,
                               bool* negated_only) {
  bool seen_negated = false;
  for (size_t i = 0; i < words.size(); ++i) {
    for (const CuePhrase& cue : cues) {
      if (!phrase_at(words, i, cue)) continue;
      if (!negated(words, i)) {
        if (negated_only) *negated_only = false;
        return i;
      }
      seen_negated = true;
    }
  }
  if (negated_only) *negated_only = seen_negated;
  return std::nullopt;
}

}  // namespace contentc
