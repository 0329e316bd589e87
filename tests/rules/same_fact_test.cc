#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

std::string stretch(const std::string& id, const std::string& hold, const std::string& extra = "") {
  return "<stretch id=\"" + id + "\"><name>" + id + "</name><step>S</step><dose><hold>" + hold +
         "</hold><cite article=\"art\">Hold for 5 seconds.</cite></dose>" + extra + "</stretch>\n";
}

TEST(SameFact, TheSameValueBeyondTheSameLimitIsOneFindingWithEveryPlace) {
  TempSources s;
  s.write("policy.xml", "<policy><limit what=\"hold\" kind=\"stretch\" min=\"10 s\"/></policy>");
  add_article(s, "art", "Hold for 5 seconds.\n");
  s.write("a.xml", content(stretch("a", "5 s") + stretch("b", "5 s") + stretch("c", "6 s") + stretch("d", "5 s") +
                           stretch("e", "5 s", "<suppress rule=\"dose-limit\" reason=\"reviewed\"/>")));
  const Compilation c = s.compile();
  std::vector<const Finding*> shown;
  for (const Finding& f : c.findings.items()) {
    if (f.rule == "dose-limit" && f.suppressed_reason.empty()) shown.push_back(&f);
  }
  ASSERT_EQ(shown.size(), 2u) << "5 s three times is one finding; 6 s another";
  const Finding& five = *shown[0];
  EXPECT_EQ(where(c, five.loc), "src/a.xml:2:57");
  EXPECT_NE(five.message.find("hold 5 s is below the policy's minimum of 10 s for stretches"), std::string::npos);
  EXPECT_NE(five.message.find("(the same in 2 more places, listed)"), std::string::npos) << five.message;
  ASSERT_EQ(five.related.size(), 3u);
  EXPECT_EQ(where(c, five.related[0].loc), "src/a.xml:3:57");
  EXPECT_EQ(five.related[0].message, "the same here too");
  EXPECT_TRUE(five.related[0].brief);
  EXPECT_EQ(where(c, five.related[1].loc), "src/a.xml:5:57");
  EXPECT_EQ(five.related[2].message, "the limit is set here");
  EXPECT_EQ(shown[1]->related.size(), 1u) << "6 s stands alone";
  // The suppressed place is not merged: it stays its own finding, suppressed.
  size_t suppressed = 0;
  for (const Finding& f : c.findings.items()) suppressed += f.rule == "dose-limit" && !f.suppressed_reason.empty();
  EXPECT_EQ(suppressed, 1u);
}

}  // namespace
}  // namespace contentc
