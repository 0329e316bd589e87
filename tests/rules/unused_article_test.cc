#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(UnusedArticle, FiresOnUncitedArticlesAtThePolicysLevel) {
  TempSources s;
  add_article(s, "lonely", "Text.");
  LoadedSources l = s.compile();
  auto f = findings_of(l, "unused-article");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kWarning);
  EXPECT_EQ(where(l, f[0].loc), "src/articles.xml:2:1");
  EXPECT_EQ(f[0].message, "article 'lonely' is cited by no entry: cite it, or remove it and its "
                          "snapshot");
  s.write("policy.xml", R"(<policy><severity rule="unused-article" level="note"/></policy>)");
  l = s.compile();
  EXPECT_EQ(findings_of(l, "unused-article")[0].level, Level::kNote);
}

TEST(UnusedArticle, SilentWhenOnlyADoseOrWarningCitesIt) {
  TempSources s;
  add_article(s, "a", "Text.", "a.xml");
  add_article(s, "b", "Text.", "b.xml");
  s.write("e.xml", content(R"(<exercise id="e"><name>E</name><step>S</step>
<dose><reps>2</reps><cite article="a">Text.</cite></dose><warning category="w">W<cite article="b">Text.</cite></warning></exercise>)"));
  EXPECT_TRUE(findings_of(s.compile(), "unused-article").empty());
}

}  // namespace
}  // namespace contentc
