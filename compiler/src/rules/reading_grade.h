#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// Syllables in one word's phonemes as espeak-ng writes them (its ASCII phoneme names, `_`
/// between phonemes, stress marks before them): one per vowel or syllabic consonant. The
/// rising diphthongs espeak-ng writes as one phoneme where US English says two syllables count
/// two: aI@ and aI3 (fire, diet), aU@ (power), and i@ when no r follows (idea, obvious; "near" is
/// i@3, one).
unsigned syllables_in_phonemes(std::string_view phonemes);

/// Counts syllables by how espeak-ng pronounces words in US English: its pronunciation
/// dictionary first, its spelling rules for words not in it (so "sacroiliitis" and numbers such
/// as "30" are counted as they are read out). espeak-ng is not thread-safe: every call takes one
/// process-wide lock, and counts are cached.
class SyllableCounter {
 public:
  /// The process's counter, espeak-ng started on first use.
  static SyllableCounter& instance();

  /// Why espeak-ng could not start (its data missing, say); empty when it runs.
  const std::string& error() const { return error_; }

  /// Syllables in `word` (letters, digits, inner apostrophes and hyphens); 0 when espeak-ng did
  /// not start.
  unsigned count(std::string_view word);

 private:
  SyllableCounter();
  std::string error_;
};

/// What readability formulas count in a span of text.
struct TextCounts {
  size_t sentences = 0, words = 0, syllables = 0;
  size_t polysyllables = 0;  ///< words of three syllables or more
  TextCounts& operator+=(const TextCounts& o);
};

/// One sentence of a text: bytes [begin, end) of it, and its counts (sentences = 1).
struct Sentence {
  size_t begin = 0, end = 0;
  TextCounts counts;
};

/// The words of `text`: runs of letters and digits, joined by an apostrophe or a hyphen inside
/// them ("woman's", "low-impact"); any non-ASCII byte counts as a letter. Offsets into `text`.
std::vector<std::pair<size_t, size_t>> words_in(std::string_view text);

/// `text` cut into sentences: one ends at '.', '!' or '?' (and any closing quote or bracket)
/// followed by white space, unless the '.' ends a common abbreviation ("e.g.", "Dr.") or a
/// single letter; the text's end ends the last one (a step needs no full stop). Spans with no
/// word are dropped. Syllables come from `syllables(word)`.
template <typename Syllables>
std::vector<Sentence> split_sentences(std::string_view text, Syllables&& syllables);

/// The formulas, as their authors published them.
enum class GradeFormula { kSmog, kFleschKincaid };
std::optional<GradeFormula> grade_formula(std::string_view name);  ///< "smog", "flesch-kincaid"
std::string_view formula_name(GradeFormula formula);                ///< "SMOG", "Flesch-Kincaid"

/// McLaughlin's SMOG grade: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.
/// Flesch-Kincaid grade: 0.39 × words / sentences + 11.8 × syllables / words − 15.59.
/// Nothing for a text with no sentence or no word.
std::optional<double> reading_grade(GradeFormula formula, const TextCounts& counts);

// --- implementation of the template ---

/// Where the sentence that starts at `from` ends: the offset just past its closing
/// punctuation, or text.size().
size_t sentence_end(std::string_view text, size_t from);

template <typename Syllables>
std::vector<Sentence> split_sentences(std::string_view text, Syllables&& syllables) {
  std::vector<Sentence> out;
  const auto words = words_in(text);
  size_t w = 0, begin = 0;
  while (begin < text.size() && w < words.size()) {
    const size_t end = sentence_end(text, begin);
    Sentence s{begin, end, {1, 0, 0, 0}};
    for (; w < words.size() && words[w].first < end; ++w) {
      if (s.counts.words == 0) s.begin = words[w].first;
      const unsigned n = syllables(text.substr(words[w].first, words[w].second - words[w].first));
      ++s.counts.words;
      s.counts.syllables += n;
      if (n >= 3) ++s.counts.polysyllables;
    }
    if (s.counts.words > 0) out.push_back(s);
    begin = end;
  }
  return out;
}

}  // namespace contentc
