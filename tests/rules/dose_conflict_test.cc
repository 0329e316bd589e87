#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view doses) {
  TempSources s;
  add_article(s, "a", "Hold 5 seconds. Hold 30 seconds.", "a.xml");
  add_article(s, "b", "Hold 5 seconds. Hold 30 seconds.", "b.xml");
  s.write("e.xml", content("<stretch id=\"s\"><name>S</name><step>S</step>" + std::string(doses) +
                           "<cite article=\"a\">Hold</cite><cite article=\"b\">Hold</cite></stretch>"));
  return s.compile();
}

TEST(DoseConflict, FiresOnDisjointRangesFromDifferentSources) {
  const Compilation l = with(R"(<dose><hold>5 s</hold><cite article="a">Hold 5 seconds.</cite></dose>
<dose><hold>30 s</hold><cite article="b">Hold 30 seconds.</cite></dose>)");
  const auto f = findings_of(l, "dose-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/e.xml:3:13");
  EXPECT_EQ(f[0].message, "hold 30 s (from 'b') does not overlap hold 5 s (from 'a'): the sources "
                          "disagree; keep both and have a reviewer suppress this with the reason, "
                          "or drop one");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/e.xml:2:57");
}

TEST(DoseConflict, SilentOnOverlapsAndOnOneSource) {
  EXPECT_TRUE(findings_of(with(R"(<dose><hold>5-30 s</hold><cite article="a">Hold 5 seconds.</cite></dose>
<dose><hold>30 s</hold><cite article="b">Hold 30 seconds.</cite></dose>)"),
                          "dose-conflict")
                  .empty());
  EXPECT_TRUE(findings_of(with(R"(<dose><hold>5 s</hold><cite article="a">Hold 5 seconds.</cite></dose>
<dose><hold>30 s</hold><cite article="a">Hold 30 seconds.</cite></dose>)"),
                          "dose-conflict")
                  .empty());
  EXPECT_TRUE(findings_of(with(R"(<dose><hold>1 min</hold><cite article="a">Hold 5 seconds.</cite></dose>
<dose><hold>60 s</hold><cite article="b">Hold 30 seconds.</cite></dose>)"),
                          "dose-conflict")
                  .empty())
      << "1 min is 60 s";
}

}  // namespace
}  // namespace contentc
