#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation compile(std::string_view body) {
  TempSources s;
  s.write("policy.xml",
          "<policy><avoid phrase=\"cure|guaranteed\" reason=\"no exercise can promise that\"/>"
          "<avoid phrase=\"no pain, no gain\" reason=\"pain is a signal to stop\" in=\"step\"/></policy>");
  s.write("a.xml", content(body));
  return s.compile();
}

TEST(AvoidedPhrase, FiresWithThePolicysReasonAtTheWord) {
  const Compilation c = compile(
      "<advice id=\"a\" about=\"c\" stance=\"recommend\"><text>A Guaranteed way to cure it.</text></advice>\n"
      "<exercise id=\"e\"><name>E</name><step>Remember: no pain, no gain.</step></exercise>");
  const auto found = findings_of(c, "avoided-phrase");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].message, "'Guaranteed' is a phrase the house avoids: no exercise can promise that; reword it");
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:53");
  EXPECT_EQ(where(c, found[1].loc), "src/a.xml:2:71");
  EXPECT_EQ(found[2].message, "'no pain, no gain' is a phrase the house avoids: pain is a signal to stop; reword it");
  EXPECT_FALSE(found[0].fix) << "rewording needs an editor";
}

TEST(AvoidedPhrase, PointsAtTheWordPastCommentsAndReferences) {
  const Compilation c = compile(
      "<advice id=\"a\" about=\"c\" stance=\"recommend\"><text>A <!-- checked --> sure&#10;cure &amp; more."
      "</text></advice>");
  const auto found = findings_of(c, "avoided-phrase");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:79") << "the 'c' of 'cure', as the file writes it";
}

TEST(AvoidedPhrase, SilentOnNearMisses) {
  // Inside a longer word ("cured" is not "cure"), outside `in`, in a quote.
  const Compilation c = compile(
      "<article id=\"art\"><title>T</title><author>A</author><snapshot>art.txt</snapshot></article>\n"
      "<advice id=\"a\" about=\"c\" stance=\"recommend\"><text>Curers say no pain, no gain; it cured nobody.</text>"
      "<cite article=\"art\">a guaranteed cure</cite></advice>");
  EXPECT_TRUE(findings_of(c, "avoided-phrase").empty());
}

}  // namespace
}  // namespace contentc
