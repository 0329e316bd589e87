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
                          "('Bird dog'), ignoring case, punctuation, possessives and word endings "
                          "(stretches, stretch): "
                          "if they are one movement, merge them into one entry with a <dose> per "
                          "article (dose-conflict then compares them) and keep the other name as "
                          "an <alias>; if not, rename one so an app can tell them apart");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:31");
}

TEST(AliasCollision, FoldsPossessivesPunctuationAndAPluralS) {
  TempSources s;
  s.write("a.xml", content(R"(<stretch id="child-pose"><name>Child's pose</name><step>S</step></stretch>
<stretch id="childs-pose"><name>Child pose</name><step>S</step></stretch>
)" "<stretch id=\"child-pose-curly\"><name>Child\xE2\x80\x99s Pose.</name><step>S</step></stretch>" R"(
<exercise id="ball-squeezes"><name>Seated Ball Squeezes</name><step>S</step></exercise>
<exercise id="ball-squeeze"><name>Seated ball squeeze</name><step>S</step></exercise>
<exercise id="wall-sit"><name>Wall sit</name><step>S</step></exercise>
<exercise id="wall-sits"><name>Wall sits</name><step>S</step></exercise>
<stretch id="butterfly-stretches"><name>Butterfly Stretches</name><step>S</step></stretch>
<stretch id="butterfly"><name>Butterfly stretch</name><step>S</step></stretch>
<exercise id="press"><name>Leg press</name><step>S</step></exercise>
<exercise id="presses"><name>Leg presses</name><step>S</step></exercise>)"));
  const auto f = findings_of(s.compile(), "alias-collision");
  ASSERT_EQ(f.size(), 6u);
  EXPECT_NE(f[0].message.find("'Child pose' of stretch 'childs-pose' also names stretch 'child-pose'"), std::string::npos);
  EXPECT_NE(f[1].message.find("'Child\xE2\x80\x99s Pose.' of stretch 'child-pose-curly'"), std::string::npos);
  EXPECT_NE(f[2].message.find("'Seated ball squeeze'"), std::string::npos);
  EXPECT_NE(f[3].message.find("'Wall sits'"), std::string::npos);
  EXPECT_NE(f[4].message.find("'Butterfly stretch' of stretch 'butterfly' also names stretch 'butterfly-stretches'"),
            std::string::npos) << f[4].message;
  EXPECT_NE(f[5].message.find("'Leg presses'"), std::string::npos) << "one word's two forms";
}

TEST(AliasCollision, SilentOnOtherWordsThatOnlyLookAlike) {
  TempSources s;
  s.write("a.xml", content(R"(<exercise id="clam"><name>Side-lying clam</name><step>S</step></exercise>
<exercise id="clam-band"><name>Side-lying clam with band</name><step>S</step></exercise>
<exercise id="hip-circle"><name>Hip circle</name><step>S</step></exercise>
<exercise id="hip-circles-wide"><name>Hip circles, wide</name><step>S</step></exercise>
<exercise id="cat-cow"><name>Cat-cow</name><step>S</step></exercise>
<exercise id="cat-camel"><name>Cat camel</name><step>S</step></exercise>)"));
  EXPECT_TRUE(findings_of(s.compile(), "alias-collision").empty()) << "a word more, or another word, differs";
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
