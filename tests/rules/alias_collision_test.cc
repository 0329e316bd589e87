#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(AliasCollision, IgnoresCaseSpacesAndHyphens) {
  TempSources s;
  s.write("a.xml", content(R"(<exercise id="bird-dog"><name>Bird dog</name><step>S</step></exercise>
<exercise id="birddog"><name>Quadruped reach</name><alias>BIRD-DOG</alias><step>S</step></exercise>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "alias-collision");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kWarning);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:3:59");
  EXPECT_EQ(f[0].message, "'BIRD-DOG' of exercise 'birddog' also names exercise 'bird-dog' "
                          "('Bird dog'): an app searching for it cannot tell them apart; rename "
                          "one, or merge the entries");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:31");
}

TEST(AliasCollision, SilentWithinOneEntryAndOnDifferentNames) {
  TempSources s;
  s.write("a.xml", content(R"(<exercise id="bird-dog"><name>Bird dog</name><alias>Birddogs</alias><alias>bird dog</alias><step>S</step></exercise>
<exercise id="bird-dog-2"><name>Bird dog two</name><step>S</step></exercise>
<condition id="c"><name>Dog bird</name></condition>)"));
  EXPECT_TRUE(findings_of(s.compile(), "alias-collision").empty());
}

}  // namespace
}  // namespace contentc
