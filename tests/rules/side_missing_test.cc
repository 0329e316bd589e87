#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view steps, std::string_view dose) {
  TempSources s;
  add_article(s, "art", "Do 8-10 repetitions per side.\nDo 8-10 repetitions.\n");
  s.write("a.xml", content("<exercise id=\"e\"><name>E</name>" + std::string(steps) +
                           std::string(dose) + "<cite article=\"art\">Do 8-10</cite></exercise>"));
  return s.compile();
}

TEST(SideMissing, FiresOnAQuoteOrAStepThatNamesSides) {
  Compilation l = with("<step>Lift.</step>",
                       R"(<dose><reps>8-10</reps><cite article="art">Do 8-10 repetitions per side.</cite></dose>)");
  auto f = findings_of(l, "side-missing");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:50");
  EXPECT_EQ(f[0].message, "the quote says 'per side' but the dose names no side: add "
                          "<side>each</side>, <side>alternate</side> or <side>both</side>");
  l = with("<step>Lift one leg.</step><step>Then switch sides.</step>",
           R"(<dose><reps>8-10</reps><cite article="art">Do 8-10 repetitions.</cite></dose>)");
  f = findings_of(l, "side-missing");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:64");
}

TEST(SideMissing, SilentWithASideOrWithoutACue) {
  EXPECT_TRUE(findings_of(with("<step>Lie on your side.</step>",
                               R"(<dose><reps>8-10</reps><cite article="art">Do 8-10 repetitions.</cite></dose>)"),
                          "side-missing")
                  .empty());
  EXPECT_TRUE(findings_of(with("<step>Switch sides.</step>",
                               R"(<dose><reps>8-10</reps><side>each</side><cite article="art">Do 8-10 repetitions per side.</cite></dose>)"),
                          "side-missing")
                  .empty());
}

}  // namespace
}  // namespace contentc
