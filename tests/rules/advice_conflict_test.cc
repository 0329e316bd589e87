#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view movement_phase, std::string_view advice) {
  TempSources s;
  s.write("a.xml", content(std::string(R"(<condition id="si"><name>SI</name><related to="sciatica"/></condition>
<condition id="sciatica"><name>Sciatica</name></condition>
<condition id="knee"><name>Knee</name></condition>
<exercise id="lunge"><name>Lunge</name><pattern>single-leg-stance</pattern><for condition="si" phase=")") +
                           std::string(movement_phase) + R"("/><step>S</step></exercise>
)" + std::string(advice)));
  return s.compile();
}

TEST(AdviceConflict, FiresOnAPatternAdvisedAgainstForARelatedCondition) {
  const Compilation l = with("pregnancy", R"(<advice id="no-single-leg" stance="avoid" condition="sciatica" phase="any"><pattern>single-leg-stance</pattern><text>T</text></advice>)");
  const auto f = findings_of(l, "advice-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kWarning);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:5:92");
  EXPECT_EQ(f[0].message, "exercise 'lunge' is recommended for si (pregnancy), but advice "
                          "'no-single-leg' says to avoid the pattern single-leg-stance for "
                          "sciatica (any): drop the recommendation or the pattern, or suppress "
                          "this with the reviewer's reason");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:6:85");
}

TEST(AdviceConflict, CautionIsANoteAndAnEntryCanBeNamed) {
  const Compilation l = with("any", R"(<advice id="careful" stance="caution" condition="si"><exercise ref="lunge"/><text>T</text></advice>)");
  const auto f = findings_of(l, "advice-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kNote);
  EXPECT_NE(f[0].message.find("to be careful with this exercise"), std::string::npos);
}

TEST(AdviceConflict, SilentOnDisjointPhasesUnrelatedConditionsAndRecommendations) {
  EXPECT_TRUE(findings_of(with("pregnancy", R"(<advice id="a" stance="avoid" condition="sciatica" phase="postpartum"><pattern>single-leg-stance</pattern><text>T</text></advice>)"),
                          "advice-conflict")
                  .empty());
  EXPECT_TRUE(findings_of(with("pregnancy", R"(<advice id="a" stance="avoid" condition="knee"><pattern>single-leg-stance</pattern><text>T</text></advice>)"),
                          "advice-conflict")
                  .empty());
  EXPECT_TRUE(findings_of(with("pregnancy", R"(<advice id="a" stance="recommend" condition="si"><pattern>single-leg-stance</pattern><text>T</text></advice>)"),
                          "advice-conflict")
                  .empty());
}

TEST(AdviceConflict, ComparesSeveritiesOfTheRecommendationAndTheAdvice) {
  const auto f = findings_of(with(R"(pregnancy" severity="severe)",
                                  R"(<advice id="not-when-angry" stance="avoid" condition="si" severity="severe"><exercise ref="lunge"/><text>T</text></advice>)"),
                             "advice-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("is recommended for si (pregnancy, severe), but advice 'not-when-angry' "
                              "says to avoid this exercise for si (any, severe)"),
            std::string::npos)
      << f[0].message;
  EXPECT_TRUE(findings_of(with(R"(pregnancy" severity="mild)",
                               R"(<advice id="not-when-angry" stance="avoid" condition="si" severity="severe"><exercise ref="lunge"/><text>T</text></advice>)"),
                          "advice-conflict").empty())
      << "recommended for mild pain, advised against for severe: no overlap";
}

}  // namespace
}  // namespace contentc
