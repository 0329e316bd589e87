#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view second) {
  TempSources s;
  s.write("a.xml", content(std::string(R"(<condition id="si"><name>SI</name><related to="sacroiliitis"/></condition>
<condition id="sacroiliitis"><name>S</name></condition>
<condition id="knee"><name>K</name></condition>
<claim id="worse" about="si" topic="cause"><text>T</text><effect factor="movement" direction="worsens"/></claim>
)") + std::string(second)));
  return s.compile();
}

TEST(ClaimContradiction, FiresOnOppositeEffectsOnRelatedConditions) {
  const Compilation l = with(R"(<claim id="better" about="sacroiliitis" topic="symptom"><text>T</text><effect factor="movement" direction="improves"/></claim>)");
  const auto f = findings_of(l, "claim-contradiction");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:6:71");
  EXPECT_EQ(f[0].message, "claim 'better' says movement improves sacroiliitis, but claim 'worse' "
                          "says it worsens si: the sources disagree; keep both and have a reviewer "
                          "suppress this with the reason, or correct one");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:5:58");
}

TEST(ClaimContradiction, SilentOnSameDirectionOtherFactorOrUnrelatedCondition) {
  for (const char* second :
       {R"(<claim id="x" about="si" topic="cause"><text>T</text><effect factor="movement" direction="worsens"/></claim>)",
        R"(<claim id="x" about="si" topic="cause"><text>T</text><effect factor="rest" direction="improves"/></claim>)",
        R"(<claim id="x" about="knee" topic="cause"><text>T</text><effect factor="movement" direction="improves"/></claim>)"}) {
    EXPECT_TRUE(findings_of(with(second), "claim-contradiction").empty()) << second;
  }
}

}  // namespace
}  // namespace contentc
