#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with_section(std::string_view section) {
  TempSources s;
  add_article(s, "art", "Intro\nSeated Ball Squeezes\nHold it.\nLater heading\n");
  s.write("a.xml", content("<condition id=\"c\"><name>C</name><cite article=\"art\" section=\"" +
                           std::string(section) + "\">Hold it.</cite></condition>"));
  return s.compile();
}

TEST(SectionNotFound, FiresOnMissingAndLateHeadings) {
  Compilation l = with_section("Seated Ball Squeeze");
  auto f = findings_of(l, "section-not-found");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:62");
  EXPECT_EQ(f[0].message, "section 'Seated Ball Squeeze' is not a line of 'art.txt' (did you mean "
                          "'Seated Ball Squeezes'?): name a heading line that comes before the "
                          "quote, or leave section out");
  l = with_section("Later heading");
  f = findings_of(l, "section-not-found");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("but after the quote"), std::string::npos);
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/art.txt:4:1");
}

TEST(SectionNotFound, AHeadingIsNamedWithOrWithoutItsFootnoteMark) {
  TempSources s;
  add_article(s, "art", "Pelvic circles *\nMake circles with your hips.\n");
  for (std::string_view section : {"Pelvic circles", "Pelvic circles *", "pelvic circles*"}) {
    s.write("a.xml", content("<condition id=\"c\"><name>C</name><cite article=\"art\" section=\"" +
                             std::string(section) + "\">Make circles with your hips.</cite></condition>"));
    EXPECT_TRUE(findings_of(s.compile(), "section-not-found").empty()) << section;
  }
  // Near miss: another word is not a footnote mark.
  s.write("a.xml", content("<condition id=\"c\"><name>C</name><cite article=\"art\" section=\"Pelvic circle\">"
                           "Make circles with your hips.</cite></condition>"));
  EXPECT_EQ(findings_of(s.compile(), "section-not-found").size(), 1u);
}

TEST(SectionNotFound, SilentOnAHeadingBeforeTheQuote) {
  EXPECT_TRUE(findings_of(with_section("seated ball  squeezes"), "section-not-found").empty());
  EXPECT_TRUE(findings_of(with_section("Intro"), "section-not-found").empty());
}

const char* const kExercises =
    "Exercises\n1. Stability Ball Circles\nSit on the ball and circle your hips.\n"
    "2. Clam Shell\nLie on your side. Lift the top knee.\n";

/// Two cites of one article: the first names `section` for the clam shell's quote; the second
/// names "2. Clam Shell" (so that line is one of the article's headings) for another quote.
std::vector<Finding> clam_shell_under(std::string_view section, std::string_view other = "2. Clam Shell") {
  TempSources s;
  add_article(s, "art", kExercises);
  s.write("a.xml", content("<condition id=\"c\"><name>C</name><cite article=\"art\" section=\"" +
                           std::string(section) + "\">Lift the top knee.</cite><cite article=\"art\" section=\"" +
                           std::string(other) + "\">Lie on your side.</cite></condition>"));
  return findings_of(s.compile(), "section-not-found");
}

TEST(SectionNotFound, FiresWhenAnotherHeadingLiesBetweenTheSectionAndTheQuote) {
  const auto f = clam_shell_under("1. Stability Ball Circles");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "section '1. Stability Ball Circles' is not the heading the quote sits "
                          "under: '2. Clam Shell' comes between them in 'art.txt', so name '2. "
                          "Clam Shell'");
  ASSERT_EQ(f[0].related.size(), 2u);
  EXPECT_EQ(f[0].related[0].loc.line, 4u);
  EXPECT_EQ(f[0].related[1].loc.line, 2u);
}

TEST(SectionNotFound, SilentWhenNoNamedHeadingLiesBetween) {
  EXPECT_TRUE(clam_shell_under("2. Clam Shell").empty());
  EXPECT_TRUE(clam_shell_under("Exercises", "Exercises").empty())
      << "'2. Clam Shell' is a heading only when some cite names it";
  EXPECT_TRUE(clam_shell_under("1. Stability Ball Circles", "1. Stability Ball Circles").empty());
}

}  // namespace
}  // namespace contentc

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(SectionNotFound, ATypoOfTheHeadingAboveTheQuoteHasACertainFix) {
  // "2. Clam Shel" is one letter from "2. Clam Shell", the heading the quote sits under (named by
  // the other cite): as certain as naming the heading between.
  const auto typo = clam_shell_under("2. Clam Shel");
  ASSERT_EQ(typo.size(), 1u);
  ASSERT_TRUE(typo[0].fix);
  EXPECT_TRUE(typo[0].fix->certain);
  EXPECT_EQ(typo[0].fix->replacements.at(0).text, "2. Clam Shell");
  ASSERT_EQ(typo[0].related.size(), 1u);
  EXPECT_EQ(typo[0].related[0].loc.line, 4u);
  // Near miss: a typo of a heading the quote does not sit under stays a guess.
  const auto elsewhere = clam_shell_under("1. Stability Ball Circle");
  ASSERT_EQ(elsewhere.size(), 1u);
  ASSERT_TRUE(elsewhere[0].fix);
  EXPECT_FALSE(elsewhere[0].fix->certain);
}

}  // namespace
}  // namespace contentc
