#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kArticle =
    "1. Stability Ball Circles\nSit on the ball and circle your hips.\n"
    "2. Clam Shell\nLie on your side. Lift the top knee.\nHold for 30 seconds.\n";

std::vector<Finding> spans(std::string_view quote, bool name_headings = true) {
  TempSources s;
  add_article(s, "art", kArticle);
  const std::string headings = name_headings
      ? R"(<cite article="art" section="1. Stability Ball Circles">Sit on the ball</cite><cite article="art" section="2. Clam Shell">Lie on your side.</cite>)"
      : R"(<cite article="art">Sit on the ball</cite>)";
  s.write("a.xml", content("<condition id=\"c\"><name>C</name>" + headings + "<cite article=\"art\">" +
                           std::string(quote) + "</cite></condition>"));
  return findings_of(s.compile(), "quote-spans-sections");
}

TEST(QuoteSpansSections, FiresOnAnElisionAcrossHeadings) {
  const auto f = spans("circle your hips ... Hold for 30 seconds.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "the quote runs from '1. Stability Ball Circles' into '2. Clam Shell' "
                          "across its '...': cite each part under its own heading, or quote only "
                          "the part this entry rests on");
  EXPECT_EQ(f[0].related[0].loc.line, 3u);
  EXPECT_EQ(spans("circle your hips. 2. Clam Shell Lie on your side.").size(), 1u)
      << "a continuous quote across a heading line";
}

TEST(QuoteSpansSections, SilentWithinOneHeadingOrWithoutNamedHeadings) {
  EXPECT_TRUE(spans("Lie on your side ... Hold for 30 seconds.").empty());
  EXPECT_TRUE(spans("2. Clam Shell Lie on your side.").empty()) << "starting on the heading line";
  EXPECT_TRUE(spans("circle your hips ... Hold for 30 seconds.", false).empty())
      << "no cite names '2. Clam Shell': the article has no heading there";
}

}  // namespace
}  // namespace contentc
