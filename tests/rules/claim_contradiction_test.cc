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

TEST(ClaimContradiction, AGeneralClaimMeetsEveryConditionsInOverlappingPhases) {
  // A claim about pregnancy in general (no about=) meets the claims of any condition, and
  // general claims meet each other.
  const Compilation l = with(R"(<claim id="general" topic="cause"><text>T</text><effect factor="movement" direction="improves"/></claim>)");
  const auto f = findings_of(l, "claim-contradiction");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "claim 'general' says movement improves pregnancy in general, but claim 'worse' "
                          "says it worsens si: the sources disagree; keep both and have a reviewer "
                          "suppress this with the reason, or correct one");
  EXPECT_EQ(findings_of(with(R"(<claim id="g1" topic="cause"><text>T</text><effect factor="rest" direction="worsens"/></claim>
<claim id="g2" topic="cause"><text>T</text><effect factor="rest" direction="improves"/></claim>)"),
                        "claim-contradiction").size(),
            1u);
  EXPECT_EQ(findings_of(with(R"(<claim id="g" topic="cause"><text>T</text><effect factor="rest" direction="worsens"/></claim>
<claim id="k" about="knee" topic="cause"><text>T</text><effect factor="rest" direction="improves"/></claim>)"),
                        "claim-contradiction").size(),
            1u);
}

TEST(ClaimContradiction, SilentAcrossPhasesThatDoNotOverlap) {
  // "any" overlaps both; pregnancy and postpartum do not overlap each other.
  EXPECT_EQ(findings_of(with(R"(<claim id="later" about="si" topic="prognosis" phase="postpartum"><text>T</text><effect factor="movement" direction="improves"/></claim>)"),
                        "claim-contradiction").size(),
            1u);
  EXPECT_TRUE(findings_of(with(R"(<claim id="g" topic="cause" phase="postpartum"><text>T</text><effect factor="rest" direction="worsens"/></claim>
<claim id="k" about="knee" topic="cause" phase="pregnancy"><text>T</text><effect factor="rest" direction="improves"/></claim>)"),
                          "claim-contradiction").empty());
}

}  // namespace
}  // namespace contentc
