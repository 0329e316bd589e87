#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kTiltArticle = "Lie on your back with your knees bent. Tighten your stomach and flatten your back "
                                 "against the floor, tilting your pelvis up. Hold for 5 seconds. Do 8-10.\n";
const char* const kRockArticle = "Lie on your back, knees bent. Flatten your back against the floor by tightening "
                                 "your stomach and tilting your pelvis. Hold for 30 seconds, 10 times, working up to 40.\n";

/// The SI article's pelvic tilt, and `second` (an exercise citing the other article).
Compilation with(std::string_view second, std::string_view first_extra = "") {
  TempSources s;
  add_article(s, "tilt-article", kTiltArticle, "tilt.xml");
  add_article(s, "rock-article", kRockArticle, "rock.xml");
  s.write("a.xml",
          content(std::string(R"(<exercise id="pelvic-tilt"><name>Pelvic tilt</name><position>supine</position>
<pattern>posterior-pelvic-tilt</pattern>)") + std::string(first_extra) + R"(
<step>Lie on your back with your knees bent.</step>
<step>Tighten your stomach and flatten your back against the floor, tilting your pelvis up.</step>
<dose><reps>8-10</reps><hold>5 s</hold><cite article="tilt-article">Hold for 5 seconds. Do 8-10.</cite></dose>
<cite article="tilt-article">Lie on your back with your knees bent.</cite></exercise>
)" + std::string(second)));
  return s.compile();
}

std::string rock(std::string_view position = "supine", std::string_view extra = "",
                 std::string_view article = "rock-article") {
  return fmt::format(R"(<exercise id="pelvic-rock"><name>Pelvic rock</name><position>{}</position>
<pattern>posterior-pelvic-tilt</pattern>{}
<step>Lie on your back, knees bent.</step>
<step>Flatten your back against the floor by tightening your stomach and tilting your pelvis.</step>
<dose><reps to="40">10</reps><hold>30 s</hold><cite article="{}">Hold for 30 seconds, 10 times, working up to 40.</cite></dose>
<cite article="{}">Lie on your back, knees bent.</cite></exercise>)",
                     position, extra, article, article);
}

TEST(PossibleDuplicate, NotesTwoArticlesMovementsThatMayBeOne) {
  const Compilation c = with(rock());
  const auto found = findings_of(c, "possible-duplicate");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message,
            "exercise 'pelvic-rock' (rock-article) may be the same movement as exercise 'pelvic-tilt' "
            "(tilt-article): both supine, with posterior-pelvic-tilt, and 6 of the 6 words of the shorter's "
            "steps in both. Doses: reps 10 to 40, hold 30 s against reps 8-10, hold 5 s. If they are one movement, add "
            "<same-as ref=\"pelvic-tilt\"/> (dose-conflict then compares their doses); if not, <distinct-from "
            "ref=\"pelvic-tilt\" reason=\"…\"/>");
  ASSERT_EQ(found[0].related.size(), 1u);
  EXPECT_EQ(found[0].related[0].message, "exercise 'pelvic-tilt'");
}

TEST(PossibleDuplicate, SilentOnNearMissesAndOnceAnswered) {
  // Another position; the same article; answered either way, on either entry.
  EXPECT_TRUE(findings_of(with(rock("standing")), "possible-duplicate").empty());
  EXPECT_TRUE(findings_of(with(rock("supine", "", "tilt-article")), "possible-duplicate").empty());
  EXPECT_TRUE(findings_of(with(rock("supine", R"(<distinct-from ref="pelvic-tilt" reason="Another tilt"/>)")),
                          "possible-duplicate")
                  .empty());
  EXPECT_TRUE(findings_of(with(rock(), R"(<same-as ref="pelvic-rock"/>)"), "possible-duplicate").empty());
}

TEST(PossibleDuplicate, SameAsLetsDoseConflictCompareTheirDoses) {
  const Compilation c = with(rock("supine", R"(<same-as ref="pelvic-tilt"/>)"));
  const auto found = findings_of(c, "dose-conflict");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message,
            "hold 30 s (from 'rock-article') does not overlap hold 5 s (from 'tilt-article' of exercise "
            "'pelvic-tilt', the same movement): the sources disagree; keep both and have a reviewer suppress "
            "this with the reason, or drop one");
  // Without it, two entries' doses never meet.
  EXPECT_TRUE(findings_of(with(rock()), "dose-conflict").empty());
  // A same-as naming nothing is unknown-reference's.
  const auto unknown = findings_of(with(rock("supine", R"(<same-as ref="no-such"/>)")), "unknown-reference");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].message, "<same-as> refers to exercise or stretch 'no-such', which does not exist");
}

}  // namespace
}  // namespace contentc
