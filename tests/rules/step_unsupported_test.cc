#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

// Two sections, each named by a cite's section: a quote stands for its section.
const char* const kArticle =
    "PELVIC TILT\n"
    "Lie flat on your back with your knees bent.\n"
    "Tighten your stomach muscles, drawing your belly button (naval) in.\n"
    "Hold for 5 seconds.\n"
    "\n"
    "WALL SQUAT\n"
    "Stand with your back against a wall and slide down.\n";

Compilation with(std::string_view steps, std::string_view extra = "") {
  TempSources s;
  add_article(s, "art", kArticle);
  s.write("a.xml", content("<exercise id=\"tilt\"><name>Tilt</name>" + std::string(steps) +
                           "<dose><hold>5 s</hold><cite article=\"art\">Hold for 5 seconds.</cite></dose>" +
                           std::string(extra) +
                           "<cite article=\"art\" section=\"PELVIC TILT\">Lie flat on your back with your knees bent.</cite>"
                           "</exercise><exercise id=\"squat\"><name>Squat</name><step>Slide down the wall.</step>"
                           "<cite article=\"art\" section=\"WALL SQUAT\">Stand with your back against a wall and slide down.</cite>"
                           "</exercise>"));
  return s.compile();
}

std::vector<std::string> messages(const Compilation& c, std::string_view rule) {
  std::vector<std::string> out;
  for (const Finding& f : findings_of(c, rule)) out.push_back(f.message);
  return out;
}

TEST(StepUnsupported, FiresOnAStepNoCitedPassageSays) {
  const auto found = messages(
      with("<step>Rest your head and shoulders on a pillow, so that you do not lie flat.</step>"), "step-unsupported");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0],
            "step 1 'Rest your head and shoulders on a pillow, so that you do not lie flat.' is in none of the "
            "exercise's cited passages (4 of its 6 words are not: 'rest', 'head', 'shoulders', 'pillow'): cite the "
            "passage it comes from, or mark it source=\"house\" if it is the house's own advice");
}

TEST(StepUnsupported, SilentOnParaphrasesHouseStepsAndShortSteps) {
  // The article's words in another form ("Draw your belly button in" under "drawing your belly
  // button (naval) in"), a line of the cited section the quote itself does not hold, a house
  // step, and a step too short to judge.
  EXPECT_TRUE(messages(with("<step>Draw your belly button in.</step><step>Tighten the stomach muscles.</step>"),
                       "step-unsupported")
                  .empty());
  EXPECT_TRUE(messages(with("<step source=\"house\">Rest your head on a pillow, so that you do not lie flat.</step>"),
                       "step-unsupported")
                  .empty());
  EXPECT_TRUE(messages(with("<step>Relax now.</step>"), "step-unsupported").empty());
  // Near miss: the wall squat's words are in the article, but not in this entry's sections.
  EXPECT_EQ(messages(with("<step>Stand against a wall and slide down.</step>"), "step-unsupported").size(), 1u);
}

TEST(StepContradictsArticle, FiresOnAHouseStepThatNegatesTheEntrysQuote) {
  const Compilation c = with("<step source=\"house\">Rest your head on a pillow, so that you do not lie flat.</step>");
  const auto found = findings_of(c, "step-contradicts-article");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message,
            "house step 1 'Rest your head on a pillow, so that you do not lie flat.' says not to 'lie flat', which "
            "the exercise's cited quote 'Lie flat on your back with your knees bent.' says to do: the bundle shows "
            "both; have a reviewer decide, then change the step or the cite, or suppress this with the reason the "
            "house differs");
  ASSERT_EQ(found[0].related.size(), 1u);
  EXPECT_EQ(found[0].related[0].message, "the article's instruction");
}

TEST(StepContradictsArticle, SilentOnNearMisses) {
  // The same words in an article step (step-unsupported's business), a house step that
  // negates nothing the quotes say, and one whose negated words the quote also negates.
  EXPECT_TRUE(findings_of(with("<step>Rest your head on a pillow, so that you do not lie flat.</step>"),
                          "step-contradicts-article")
                  .empty());
  EXPECT_TRUE(findings_of(with("<step source=\"house\">Do not hold your breath.</step>"), "step-contradicts-article")
                  .empty());
  EXPECT_TRUE(findings_of(with("<step source=\"house\">Do not bounce.</step>",
                               "<warning category=\"stop-if-pain\">Stop if it hurts.</warning>"),
                          "step-contradicts-article")
                  .empty());
}

}  // namespace
}  // namespace contentc
