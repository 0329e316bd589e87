#include "rules/reading_grade.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace contentc {
namespace {

unsigned espeak_syllables(std::string_view word) { return SyllableCounter::instance().count(word); }

TEST(SyllablesInPhonemes, CountsVowelsAndSyllabicConsonants) {
  EXPECT_EQ(syllables_in_phonemes("p_r_'E_g_n_@_n_s_i"), 3u);       // pregnancy
  EXPECT_EQ(syllables_in_phonemes("t_'eI_b_@L"), 2u);               // table: syllabic l
  EXPECT_EQ(syllables_in_phonemes("t_'aI_?_n-"), 2u);               // tighten: syllabic n
  EXPECT_EQ(syllables_in_phonemes("d_'0_g"), 1u);                   // dog: espeak-ng's 0
  EXPECT_EQ(syllables_in_phonemes("s_'3:_?_n-"), 2u);               // certain
  EXPECT_EQ(syllables_in_phonemes("f_'aI3"), 2u);                   // fire: aI3 is two
  EXPECT_EQ(syllables_in_phonemes("d_'aI@_t2_3_r_i"), 4u);          // dietary
  EXPECT_EQ(syllables_in_phonemes("aI_d_'i@"), 3u);                 // idea: i@ with no r after
  EXPECT_EQ(syllables_in_phonemes("n_'i@3"), 1u);                   // near: i@ before r is one
  EXPECT_EQ(syllables_in_phonemes("T_'i@_r_i"), 2u);                // theory
  EXPECT_EQ(syllables_in_phonemes("t_'E_n d_'a_S f_'I_f_t_i:_n"), 4u);  // "10-15", read out
  EXPECT_EQ(syllables_in_phonemes(""), 0u);
  EXPECT_EQ(syllables_in_phonemes("__|_:"), 0u);
}

TEST(SyllableCounter, AgreesWithTheCmuDictionaryOnTheArticlesWords) {
  ASSERT_EQ(SyllableCounter::instance().error(), "");
  std::ifstream in(CONTENTC_TESTS_DIR "/rules/data/cmudict_syllables.tsv");
  ASSERT_TRUE(in) << "the word list is missing";
  std::string line, misses;
  size_t words = 0, agree = 0, off_by_more = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word;
    unsigned expected = 0;
    fields >> word >> expected;
    const unsigned got = espeak_syllables(word);
    ++words;
    if (got == expected) {
      ++agree;
    } else {
      misses += " " + word + "(" + std::to_string(expected) + "/" + std::to_string(got) + ")";
      if (got + 1 < expected || got > expected + 1) ++off_by_more;
    }
  }
  std::printf("espeak-ng agrees with CMUdict on %zu of %zu words; differs on:%s\n", agree, words, misses.c_str());
  ASSERT_GT(words, 1300u);
  // Counting vowel groups (with a silent final e) agrees on 87.8% of these words.
  EXPECT_GE(double(agree) / double(words), 0.985) << misses;
  EXPECT_EQ(off_by_more, 0u) << "no word may be off by two syllables:" << misses;
}

TEST(SyllableCounter, CountsWhatTheDictionaryLacksAsItIsReadOut) {
  EXPECT_EQ(espeak_syllables("sacroiliitis"), 5u);  // not in CMUdict: spelling rules
  EXPECT_EQ(espeak_syllables("30"), 2u);            // "thirty"
  EXPECT_EQ(espeak_syllables("woman's"), 2u);
  EXPECT_EQ(espeak_syllables("low-impact"), 3u);
  EXPECT_EQ(espeak_syllables("Physiotherapist"), espeak_syllables("physiotherapist"));
  EXPECT_EQ(espeak_syllables(""), 0u);
}

/// A syllable count for tests that need no espeak-ng: one per vowel group.
unsigned vowel_groups(std::string_view word) {
  unsigned n = 0;
  bool in_group = false;
  for (char c : word) {
    const bool vowel = std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos;
    if (vowel && !in_group) ++n;
    in_group = vowel;
  }
  return n;
}

std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, vowel_groups)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SplitSentences, EndsAtStopsFollowedBySpace) {
  EXPECT_EQ(sentence_texts("Lie down. Breathe in!  Is it sore? Stop"),
            (std::vector<std::string>{"Lie down.", "Breathe in!", "Is it sore?", "Stop"}));
  EXPECT_EQ(sentence_texts("Say \"stop.\" Then rest (for 2.5 minutes.) Go on..."),
            (std::vector<std::string>{"Say \"stop.\"", "Then rest (for 2.5 minutes.)", "Go on..."}));
  EXPECT_EQ(sentence_texts("She said \u201cenough.\u201d Rest."),
            (std::vector<std::string>{"She said \u201cenough.\u201d", "Rest."}));
}

TEST(SplitSentences, AbbreviationsAndLowerCaseGoOn) {
  EXPECT_EQ(sentence_texts("Use a prop, e.g. a pillow. Ask Dr. Key. Hold 5 sec. then relax. J. Smith agrees."),
            (std::vector<std::string>{"Use a prop, e.g. a pillow.", "Ask Dr. Key.", "Hold 5 sec. then relax.",
                                      "J. Smith agrees."}));
}

TEST(SplitSentences, CountsWordsSyllablesAndPolysyllables) {
  const auto s = split_sentences("  Remember to exercise -- in the morning.  ...  ", espeak_syllables);
  ASSERT_EQ(s.size(), 1u) << "a span with no word is no sentence";
  EXPECT_EQ(s[0].begin, 2u) << "a sentence starts at its first word";
  EXPECT_EQ(s[0].counts.sentences, 1u);
  EXPECT_EQ(s[0].counts.words, 6u);
  EXPECT_EQ(s[0].counts.syllables, 11u);  // re-mem-ber to ex-er-cise in the mor-ning
  EXPECT_EQ(s[0].counts.polysyllables, 2u);
  EXPECT_TRUE(split_sentences("", vowel_groups).empty());
  EXPECT_TRUE(split_sentences(" ... ! ", vowel_groups).empty());
}

TEST(WordsIn, KeepsInnerApostrophesAndHyphens) {
  const std::string_view text = "a woman's low-impact, 'quoted' non-ASCII caf\xc3\xa9 -- end-";
  std::vector<std::string> words;
  for (auto [b, e] : words_in(text)) words.emplace_back(text.substr(b, e - b));
  EXPECT_EQ(words, (std::vector<std::string>{"a", "woman's", "low-impact", "quoted", "non-ASCII", "caf\xc3\xa9", "end"}));
}

TEST(ReadingGrade, MatchesHandComputedValues) {
  // 2 sentences, 12 words, 17 syllables, 2 polysyllables ("The cat sat on the mat. Remember to
  // exercise in the morning."):
  //   SMOG = 1.0430 × √(2 × 30 / 2) + 3.1291 = 1.0430 × 5.47723 + 3.1291 = 8.84185
  //   FK   = 0.39 × 12 / 2 + 11.8 × 17 / 12 − 15.59 = 2.34 + 16.71667 − 15.59 = 3.46667
  const TextCounts counts{2, 12, 17, 2};
  EXPECT_NEAR(*reading_grade(GradeFormula::kSmog, counts), 8.84185, 1e-4);
  EXPECT_NEAR(*reading_grade(GradeFormula::kFleschKincaid, counts), 3.46667, 1e-4);
  // The same counts from the text itself.
  TextCounts total;
  for (const Sentence& s :
       split_sentences("The cat sat on the mat. Remember to exercise in the morning.", espeak_syllables)) {
    total += s.counts;
  }
  EXPECT_EQ(total.sentences, 2u);
  EXPECT_EQ(total.words, 12u);
  EXPECT_EQ(total.syllables, 17u);
  EXPECT_EQ(total.polysyllables, 2u);
  // No polysyllable: SMOG's floor, 3.1291. 1 sentence of 10 one-syllable words: FK = 3.9 + 11.8 − 15.59.
  EXPECT_NEAR(*reading_grade(GradeFormula::kSmog, {1, 10, 10, 0}), 3.1291, 1e-9);
  EXPECT_NEAR(*reading_grade(GradeFormula::kFleschKincaid, {1, 10, 10, 0}), 0.11, 1e-9);
  EXPECT_FALSE(reading_grade(GradeFormula::kSmog, {}));
  EXPECT_FALSE(reading_grade(GradeFormula::kFleschKincaid, {1, 0, 0, 0}));
}

TEST(ReadingGrade, FormulaNames) {
  EXPECT_EQ(grade_formula("smog"), GradeFormula::kSmog);
  EXPECT_EQ(grade_formula("flesch-kincaid"), GradeFormula::kFleschKincaid);
  EXPECT_FALSE(grade_formula("SMOG"));
  EXPECT_EQ(formula_name(GradeFormula::kFleschKincaid), "Flesch-Kincaid");
}

}  // namespace
}  // namespace contentc
