#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(MissingCitation, FiresOnEntriesWithoutACiteOfTheirOwn) {
  TempSources s;
  add_article(s, "art", "Hold 5 seconds.");
  s.write("a.xml", content(R"(<exercise id="e"><name>E</name><step>S</step>
  <dose><hold>5 s</hold><cite article="art">Hold 5 seconds.</cite></dose></exercise>
<claim id="c" about="x" topic="cause"><text>T</text></claim>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "missing-citation");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:1");
  EXPECT_EQ(f[0].message, "exercise 'e' cites no article: add a <cite article=\"…\"> with the "
                          "verbatim passage it rests on");
  EXPECT_EQ(where(l, f[1].loc), "src/a.xml:4:1");
}

TEST(MissingCitation, SilentOnCitedEntriesAndArticles) {
  TempSources s;
  add_article(s, "art", "Text.");
  s.write("a.xml", content(R"(<advice id="v" stance="avoid" condition="c"><text>T</text><cite article="art">Text.</cite></advice>)"));
  EXPECT_TRUE(findings_of(s.compile(), "missing-citation").empty());
}

}  // namespace
}  // namespace contentc
