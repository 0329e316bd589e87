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
  EXPECT_EQ(f[0].message, "section 'Seated Ball Squeeze' is not a line of 'src/art.txt'; did you "
                          "mean 'Seated Ball Squeezes'?; name a heading line that comes before "
                          "the quote, or leave section out");
  l = with_section("Later heading");
  f = findings_of(l, "section-not-found");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("but after the quote"), std::string::npos);
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/art.txt:4:1");
}

TEST(SectionNotFound, SilentOnAHeadingBeforeTheQuote) {
  EXPECT_TRUE(findings_of(with_section("seated ball  squeezes"), "section-not-found").empty());
  EXPECT_TRUE(findings_of(with_section("Intro"), "section-not-found").empty());
}

}  // namespace
}  // namespace contentc
