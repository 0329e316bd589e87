#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(UnknownReference, FiresWithASuggestion) {
  TempSources s;
  add_article(s, "si-article", "Text.");
  s.write("a.xml", content(R"(<condition id="sciatica"><name>S</name><cite article="si-artcle">Text.</cite></condition>
<exercise id="e"><name>E</name><for condition="sciatca"/><step>S</step><cite article="si-article">Text.</cite></exercise>
<advice id="v" stance="avoid" condition="knee-pain"><exercise ref="ee"/><text>T</text><cite article="si-article">Text.</cite></advice>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "unknown-reference");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:55");
  EXPECT_EQ(f[0].message,
            "<cite> refers to article 'si-artcle', which does not exist; did you mean 'si-article'?");
  EXPECT_EQ(where(l, f[1].loc), "src/a.xml:3:48");
  EXPECT_EQ(f[1].message,
            "<for> refers to condition 'sciatca', which does not exist; did you mean 'sciatica'?");
  EXPECT_EQ(f[2].message, "<advice> refers to condition 'knee-pain', which does not exist");
  EXPECT_EQ(f[3].message, "<exercise ref> refers to exercise or stretch 'ee', which does not exist; did you mean 'e'?");
}

TEST(UnknownReference, FiresOnAnEntryOfTheWrongKind) {
  TempSources s;
  add_article(s, "art", "Text.");
  s.write("a.xml", content(R"(<exercise id="bird-dog"><name>E</name><for condition="bird-dog"/><step>S</step><cite article="art">Text.</cite></exercise>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "unknown-reference");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "<for> refers to 'bird-dog' as condition, but it is an exercise");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:15");
}

TEST(UnknownReference, ChecksRuleNames) {
  TempSources s;
  s.write("policy.xml", R"(<policy><severity rule="unused-articles" level="note"/></policy>)");
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "unknown-reference");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("did you mean 'unused-article'?"), std::string::npos);
}

TEST(UnknownReference, SilentWhenEveryReferenceResolves) {
  TempSources s;
  add_article(s, "art", "Text.");
  s.write("a.xml", content(R"(<condition id="c"><name>C</name><related to="d"/><cite article="art">Text.</cite></condition>
<condition id="d"><name>D</name><related to="c"/><cite article="art">Text.</cite></condition>
<stretch id="s"><name>S</name><for condition="c"/><step>S</step><cite article="art">Text.</cite></stretch>
<advice id="v" stance="avoid" condition="d"><exercise ref="s"/><text>T</text><cite article="art">Text.</cite></advice>
<claim id="k" about="c" topic="cause"><text>T</text><cite article="art">Text.</cite><suppress rule="bad-id" reason="r"/></claim>)"));
  EXPECT_TRUE(findings_of(s.compile(), "unknown-reference").empty());
}

}  // namespace
}  // namespace contentc
