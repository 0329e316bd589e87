#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view second) {
  TempSources s;
  s.write("a.xml", content(std::string(R"(<condition id="si"><name>SI</name><related to="sciatica"/></condition>
<condition id="sciatica"><name>Sciatica</name></condition>
<condition id="knee"><name>Knee</name></condition>
<advice id="walk" stance="recommend" condition="si" phase="pregnancy"><pattern>walking</pattern><text>T</text></advice>
)") + std::string(second)));
  return s.compile();
}

TEST(AdviceContradiction, FiresOnOppositeStancesOnRelatedConditions) {
  const Compilation l = with(R"(<advice id="no-walk" stance="avoid" condition="sciatica"><pattern>walking</pattern><text>T</text></advice>)");
  const auto f = findings_of(l, "advice-contradiction");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:5:80");
  EXPECT_EQ(f[0].message, "advice 'walk' recommends pattern 'walking' for si (pregnancy), but "
                          "advice 'no-walk' says to avoid it for sciatica (any): the sources "
                          "disagree; keep both and have a reviewer suppress this with the reason, "
                          "or drop one");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:6:67");
}

TEST(AdviceContradiction, SilentOnCautionDisjointPhasesAndUnrelatedConditions) {
  for (const char* second :
       {R"(<advice id="x" stance="caution" condition="si"><pattern>walking</pattern><text>T</text></advice>)",
        R"(<advice id="x" stance="avoid" condition="si" phase="postpartum"><pattern>walking</pattern><text>T</text></advice>)",
        R"(<advice id="x" stance="avoid" condition="knee"><pattern>walking</pattern><text>T</text></advice>)",
        R"(<advice id="x" stance="avoid" condition="si"><pattern>running</pattern><text>T</text></advice>)"}) {
    EXPECT_TRUE(findings_of(with(second), "advice-contradiction").empty()) << second;
  }
}

TEST(AdviceContradiction, ComparesSeverities) {
  const auto f = findings_of(with(R"(<advice id="severe-walk" stance="recommend" condition="si" severity="severe"><exercise ref="table"/><text>T</text></advice>
<advice id="not-when-angry" stance="avoid" condition="sciatica" severity="severe"><exercise ref="table"/><text>T</text></advice>)"),
                             "advice-contradiction");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("for si (any, severe), but advice 'not-when-angry' says to avoid it "
                              "for sciatica (any, severe)"),
            std::string::npos)
      << f[0].message;
  EXPECT_TRUE(findings_of(with(R"(<advice id="mild-walk" stance="recommend" condition="si" severity="mild"><exercise ref="table"/><text>T</text></advice>
<advice id="not-when-angry" stance="avoid" condition="sciatica" severity="severe"><exercise ref="table"/><text>T</text></advice>)"),
                          "advice-contradiction").empty())
      << "mild against severe: no overlap";
}

}  // namespace
}  // namespace contentc
