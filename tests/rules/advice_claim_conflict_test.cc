#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kPolicy = R"(<policy><relate pattern="spinal-flexion" factor="bending"/></policy>)";

Compilation with(std::string_view body, const char* policy = kPolicy) {
  TempSources s;
  s.write("policy.xml", policy);
  s.write("a.xml", content(std::string(R"(<condition id="sciatica"><name>Sciatica</name><related to="sacroiliitis"/></condition>
<condition id="sacroiliitis"><name>Sacroiliitis</name></condition>
<condition id="knee"><name>Knee</name></condition>
)") + std::string(body)));
  return s.compile();
}

TEST(AdviceClaimConflict, FiresOnARecommendedPatternWhoseFactorWorsensARelatedCondition) {
  const Compilation l = with(R"(<advice id="bend" stance="recommend" condition="sciatica" phase="pregnancy"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-hurts" about="sacroiliitis" topic="cause"><text>T</text><effect factor="bending" direction="worsens"/></claim>
<exercise id="toe-touch"><name>Toe touch</name><pattern>spinal-flexion</pattern><for condition="sacroiliitis"/><step>S</step></exercise>)");
  const auto f = findings_of(l, "advice-claim-conflict");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].message, "advice 'bend' recommends the pattern spinal-flexion for sciatica "
                          "(pregnancy), but claim 'bending-hurts' says bending, which policy.xml "
                          "relates to that pattern, worsens sacroiliitis, a related condition: have "
                          "a reviewer decide, and drop the recommendation or suppress this with the "
                          "reason");
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:5:86");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:6:76");
  EXPECT_NE(f[1].message.find("exercise 'toe-touch' is recommended with the pattern spinal-flexion "
                              "for sacroiliitis (any)"),
            std::string::npos);
}

TEST(AdviceClaimConflict, SilentOnUnrelatedConditionsImprovingFactorsAndUnrelatedPatterns) {
  EXPECT_TRUE(findings_of(with(R"(<advice id="bend" stance="recommend" condition="knee"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-hurts" about="sacroiliitis" topic="cause"><text>T</text><effect factor="bending" direction="worsens"/></claim>)"),
                          "advice-claim-conflict").empty()) << "knee is not related to sacroiliitis";
  EXPECT_TRUE(findings_of(with(R"(<advice id="bend" stance="recommend" condition="sciatica"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-helps" about="sacroiliitis" topic="cause"><text>T</text><effect factor="bending" direction="improves"/></claim>)"),
                          "advice-claim-conflict").empty());
  EXPECT_TRUE(findings_of(with(R"(<advice id="avoid-bend" stance="avoid" condition="sciatica"><pattern>spinal-flexion</pattern><text>T</text></advice>
<claim id="bending-hurts" about="sacroiliitis" topic="cause"><text>T</text><effect factor="bending" direction="worsens"/></claim>)"),
                          "advice-claim-conflict").empty()) << "avoid advice agrees with the claim";
  EXPECT_TRUE(findings_of(with(R"(<advice id="bend" stance="recommend" condition="sciatica"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-hurts" about="sacroiliitis" topic="cause"><text>T</text><effect factor="bending" direction="worsens"/></claim>)",
                               "<policy/>"),
                          "advice-claim-conflict").empty()) << "the policy relates no pattern to bending";
}

TEST(AdviceClaimConflict, AGeneralClaimMeetsEveryConditionInAnOverlappingPhase) {
  const Compilation l = with(R"(<advice id="bend" stance="recommend" condition="knee" phase="pregnancy"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-hurts" topic="cause"><text>T</text><effect factor="bending" direction="worsens"/></claim>)");
  const auto f = findings_of(l, "advice-claim-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "advice 'bend' recommends the pattern spinal-flexion for knee (pregnancy), but claim "
                          "'bending-hurts' says bending, which policy.xml relates to that pattern, worsens pregnancy "
                          "in general: have a reviewer decide, and drop the recommendation or suppress this with "
                          "the reason");
  // A postpartum claim does not meet a recommendation for pregnancy.
  EXPECT_TRUE(findings_of(with(R"(<advice id="bend" stance="recommend" condition="knee" phase="pregnancy"><pattern>spinal-flexion</pattern><text>Bend.</text></advice>
<claim id="bending-hurts" topic="cause" phase="postpartum"><text>T</text><effect factor="bending" direction="worsens"/></claim>)"),
                          "advice-claim-conflict").empty());
}

}  // namespace
}  // namespace contentc
