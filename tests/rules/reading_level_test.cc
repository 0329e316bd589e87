#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation compile(std::string_view readability, std::string_view body) {
  TempSources s;
  s.write("policy.xml", "<policy>" + std::string(readability) + "</policy>");
  s.write("a.xml", content(body));
  return s.compile();
}

constexpr std::string_view kHard =
    "<exercise id=\"e\"><name>E</name>\n"
    "<step>Lie down.</step>\n"
    "<step>Maintain a neutral pelvic alignment throughout the exercise, activating the abdominal musculature.</step>\n"
    "<warning category=\"c\">Stop if it hurts.</warning></exercise>";

TEST(ReadingLevel, FiresAtTheHardestSentenceWithTheGrade) {
  const Compilation c = compile("<readability max-grade=\"8\"/>", kHard);
  const auto found = findings_of(c, "reading-level");
  ASSERT_EQ(found.size(), 1u);
  // Steps and the warning: 3 sentences, 18 words, 35 syllables. Maintain(2) a neutral(2)
  // pelvic(2) alignment(3) throughout(2) the exercise(3) activating(4) the abdominal(4)
  // musculature(4): 5 words of 3+ syllables. SMOG = 1.0430 × √(5 × 30 / 3) + 3.1291 = 10.50
  EXPECT_EQ(found[0].message,
            "exercise 'e' reads at grade 10.5 by SMOG over 3 sentences, above the house's 8; its hardest "
            "sentence starts here (12 words, 5 of three syllables or more): split long sentences and prefer "
            "short words");
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:4:7");
  ASSERT_EQ(found[0].related.size(), 1u);
  EXPECT_EQ(where(c, found[0].related[0].loc), "src/policy.xml:1:9");
}

TEST(ReadingLevel, FleschKincaidScoresTheSameEntryLower) {
  // 0.39 × 18 / 3 + 11.8 × 35 / 18 − 15.59 = 9.69
  const Compilation c = compile("<readability max-grade=\"8\" formula=\"flesch-kincaid\"/>", kHard);
  const auto found = findings_of(c, "reading-level");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].message.find("grade 9.7 by Flesch-Kincaid over 3 sentences"), std::string::npos)
      << found[0].message;
  EXPECT_TRUE(findings_of(compile("<readability max-grade=\"9.7\" formula=\"flesch-kincaid\"/>", kHard),
                          "reading-level").empty());
}

TEST(ReadingLevel, SilentOnNearMisses) {
  // Just under the grade (10.50 is not above 10.51); outside `in`; plain texts; quotes never scored.
  EXPECT_TRUE(findings_of(compile("<readability max-grade=\"10.51\"/>", kHard), "reading-level").empty());
  EXPECT_TRUE(findings_of(compile("<readability max-grade=\"8\" in=\"warning\"/>", kHard), "reading-level").empty());
  EXPECT_TRUE(findings_of(compile("<readability max-grade=\"6\"/>",
                                  "<article id=\"art\"><title>T</title><author>A</author><snapshot>art.txt</snapshot></article>\n"
                                  "<advice id=\"a\" condition=\"c\" stance=\"recommend\"><text>Rest on your side.</text>"
                                  "<cite article=\"art\">Physiotherapists recommend individualised stabilisation "
                                  "programmes incorporating proprioceptive exercises.</cite></advice>"),
                          "reading-level")
                  .empty());
  // Names are not sentences: a long name is not scored unless `in` asks for it.
  const std::string long_name =
      "<stretch id=\"s\"><name>Supine Piriformis Stretch Variation</name><step>Lie down.</step></stretch>";
  EXPECT_TRUE(findings_of(compile("<readability max-grade=\"6\"/>", long_name), "reading-level").empty());
  EXPECT_EQ(findings_of(compile("<readability max-grade=\"6\" in=\"name\"/>", long_name), "reading-level").size(), 1u);
}

TEST(ReadingLevel, ScoresEachEntryAndEachPolicyElement) {
  const std::string two = std::string(kHard) +
                          "\n<advice id=\"a\" condition=\"c\" stance=\"recommend\"><text>Consider physiotherapy "
                          "evaluation, particularly individualised.</text></advice>";
  const Compilation c = compile("<readability max-grade=\"8\" in=\"step\"/><readability max-grade=\"8\" in=\"text\"/>", two);
  const auto found = findings_of(c, "reading-level");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_NE(found[0].message.find("exercise 'e'"), std::string::npos);
  // Consider(3) physiotherapy(6) evaluation(5) particularly(5) individualised(6):
  // 1.0430 × √(5 × 30 / 1) + 3.1291 = 15.90
  EXPECT_NE(found[1].message.find("advice 'a' reads at grade 15.9 by SMOG over 1 sentence,"), std::string::npos)
      << found[1].message;
}

}  // namespace
}  // namespace contentc
