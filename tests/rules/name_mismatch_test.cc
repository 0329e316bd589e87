#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

std::vector<std::string> mismatches(std::string_view names, std::string_view rest) {
  TempSources s;
  s.write("a.xml", content("<exercise id=\"e\">" + std::string(names) + std::string(rest) +
                           "<step>S</step></exercise>"));
  std::vector<std::string> out;
  for (const Finding& f : findings_of(s.compile(), "name-mismatch")) out.push_back(f.message);
  return out;
}

TEST(NameMismatch, FiresOnAnotherPosition) {
  const auto m = mismatches("<name>Seated ball squeeze</name><alias>Supine ball squeeze</alias>",
                            "<position>seated</position>");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0], "alias 'Supine ball squeeze' says supine, but exercise 'e' is done seated: "
                  "rename it or fix the position (if the sources differ, keep the name and "
                  "suppress this with the reason)");
  EXPECT_EQ(mismatches("<name>Stretch on your back</name>", "<position>side-lying</position>").size(), 1u);
  EXPECT_EQ(mismatches("<name>Hands and knees reach</name>", "<position>standing</position>").size(), 1u);
}

TEST(NameMismatch, FiresOnTheOppositeMuscleAction) {
  const auto m = mismatches("<name>Banded hip adduction</name>",
                            "<target>hip-abductors</target><pattern>hip-abduction</pattern>");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].find("says adduction, but the patterns and targets of exercise 'e' say abduction"),
            std::string::npos);
  EXPECT_EQ(mismatches("<name>Hip internal rotation</name>", "<pattern>hip-external-rotation</pattern>").size(), 1u);
  EXPECT_EQ(mismatches("<name>Hip flexion lift</name>", "<pattern>hip-extension</pattern>").size(), 1u);
}

TEST(NameMismatch, SilentOnNearMisses) {
  EXPECT_TRUE(mismatches("<name>Wall sit</name>", "<position>standing</position>").empty());
  EXPECT_TRUE(mismatches("<name>Modified side plank</name>", "<position>side-lying</position>").empty());
  EXPECT_TRUE(mismatches("<name>Kneeling hip flexor stretch</name>",
                         "<position>half-kneeling</position><pattern>hip-extension</pattern>")
                  .empty())
      << "kneeling covers half-kneeling; 'flexor' names a muscle, not an action";
  EXPECT_TRUE(mismatches("<name>Side lying quad stretch</name>", "<position>side-lying</position>").empty());
  EXPECT_TRUE(mismatches("<name>Back-lying nerve floss</name>", "<position>supine</position>").empty());
  EXPECT_TRUE(mismatches("<name>Incline plank extension</name>", "<pattern>anti-extension</pattern>").empty());
  EXPECT_TRUE(mismatches("<name>Knee extension</name>", "<pattern>hip-flexion</pattern>").empty())
      << "another joint";
  EXPECT_TRUE(mismatches("<name>Seated stretch</name>", "").empty()) << "no position to contradict";
}

}  // namespace
}  // namespace contentc
