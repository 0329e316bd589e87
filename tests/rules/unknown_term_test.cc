#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(UnknownTerm, FiresOnEveryVocabularyKind) {
  TempSources s;
  s.write("policy.xml", kSmallPolicy);
  s.write("a.xml", content(R"(<exercise id="e"><name>E</name><equipment>balls</equipment><target>glute</target>
<pattern>single-leg-stnce</pattern><step>S</step><warning category="stop-if-pain-x">W</warning></exercise>
<claim id="c" about="x" topic="cause"><text>T</text><effect factor="walking" direction="worsens"/></claim>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "unknown-term");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:43");
  EXPECT_EQ(f[0].message, "'balls' is not in the policy's equipment vocabulary; did you mean "
                          "'ball'? (use a listed term, or add it to policy.xml)");
  EXPECT_EQ(f[1].message.substr(0, 49), "'glute' is not in the policy's target vocabulary;");
  EXPECT_NE(f[2].message.find("did you mean 'single-leg-stance'?"), std::string::npos);
  EXPECT_NE(f[3].message.find("warning-category"), std::string::npos);
  EXPECT_EQ(where(l, f[4].loc), "src/a.xml:4:69");
}

TEST(UnknownTerm, SilentOnListedTermsAndUndeclaredVocabularies) {
  TempSources s;
  s.write("policy.xml", R"(<policy><vocabulary kind="pattern"><term>hip-extension</term></vocabulary></policy>)");
  s.write("a.xml", content(R"(<exercise id="e"><name>E</name><equipment>anything</equipment>
<pattern>hip-extension</pattern><step>S</step></exercise>)"));
  EXPECT_TRUE(findings_of(s.compile(), "unknown-term").empty());
}

}  // namespace
}  // namespace contentc
