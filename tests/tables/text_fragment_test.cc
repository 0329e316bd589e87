#include "tables/text_fragment.h"

#include <gtest/gtest.h>

#include <string>

namespace contentc {
namespace {

/// The directive for the first occurrence of `passage` in `snapshot` after `after` (a byte
/// offset), as `prefix-,start,end,-suffix` with empty parts left out.
std::string directive(std::string_view snapshot, std::string_view passage, size_t after = 0, bool marked = false) {
  const size_t at = snapshot.find(passage, after);
  EXPECT_NE(at, std::string_view::npos) << passage;
  const TextDirective d = TextDirectiveFinder(snapshot, marked).find(at, at + passage.size());
  std::string out;
  if (!d.prefix.empty()) out += d.prefix + "-,";
  out += d.start;
  if (!d.end.empty()) out += "," + d.end;
  if (!d.suffix.empty()) out += ",-" + d.suffix;
  return out;
}

TEST(TextDirective, AShortUniquePassageIsItsOwnDirective) {
  EXPECT_EQ(directive("Lie on your back.\nHold for 5 seconds, then relax.\n", "Hold for 5 seconds"), "Hold for 5 seconds");
}

TEST(TextDirective, ALongPassageIsItsFirstAndLastWords) {
  const std::string text = "Kneel on all fours with your hands under your shoulders and your knees under your hips, back flat.\n";
  EXPECT_EQ(directive(text, "Kneel on all fours with your hands under your shoulders and your knees under your hips"),
            "Kneel on all,under your hips");
}

TEST(TextDirective, APassageOverTwoLinesEndsInTheSecond) {
  EXPECT_EQ(directive("Breathe in.\nTilt your pelvis forward.\nHold it.\n", "Breathe in.\nTilt your pelvis"),
            "Breathe in.,Tilt your pelvis");
}

TEST(TextDirective, ARepeatedPassageTakesTheWordsBeforeIt) {
  const std::string text = "Side one: repeat 10 times.\nSide two: repeat 10 times.\n";
  EXPECT_EQ(directive(text, "repeat 10 times"), "repeat 10 times");  // the first is found first
  EXPECT_EQ(directive(text, "repeat 10 times", 15), "two:-,repeat 10 times");
}

TEST(TextDirective, WhenTheWordsBeforeAreTheSameTheWordsAfterDecide) {
  const std::string text = "Then repeat 10 times on the left.\nThen repeat 10 times on the right.\n";
  EXPECT_EQ(directive(text, "repeat 10 times", 10), "repeat 10 times,-on the right.");
  EXPECT_EQ(directive(text, "repeat 10 times"), "repeat 10 times");
}

TEST(TextDirective, AStartFoundEarlierTakesMoreWords) {
  const std::string text =
      "Lie on your back with your knees bent.\n"
      "Lie on your back with your legs straight and your arms by your sides, palms down.\n";
  // "Lie on your" … "by your sides" would run from the first line to the second.
  EXPECT_EQ(directive(text, "Lie on your back with your legs straight and your arms by your sides"),
            "Lie on your back with your legs straight and your arms by your sides");
  const std::string longer =
      text + "Lie on your back with your legs straight, then lift both arms slowly over your head and breathe out.\n";
  EXPECT_EQ(directive(longer, "Lie on your back with your legs straight, then lift both arms slowly over your head and breathe out."),
            "Lie on your back with your legs straight,,arms slowly over your head and breathe out.");
}

TEST(TextDirective, MatchesOnlyWholeWordsAndWithoutCase) {
  // "5 seconds" inside "15 seconds" is no match, so the first whole one is the passage.
  EXPECT_EQ(directive("Hold 15 seconds.\nhold 5 Seconds.\n", "hold 5 Seconds"), "hold 5 Seconds");
  // Case does not tell two passages apart: the second needs its context.
  EXPECT_EQ(directive("Rest.\nREST.\n", "REST"), "");
  EXPECT_EQ(directive("Then rest.\nNow REST.\n", "REST"), "Now-,REST");
}

TEST(TextDirective, AStartIsFoundWhereverItsFirstBytesRecur) {
  // The search looks up where a term's first four bytes start a word: "hold" starts "Holding"
  // and "Holds" too, and only whole words count.
  const std::string text = "Holding the ball, hold on.\nHolds help.\nhold 5 seconds.\n";
  EXPECT_EQ(directive(text, "hold 5 seconds"), "hold 5 seconds");
  EXPECT_EQ(directive(text, "hold on"), "hold on");
  EXPECT_EQ(directive("Tilt the hips.\nTilting again.\nTilt.\n", "Tilt.", 20), "Tilt.");
  EXPECT_EQ(directive("Go on.\nGo.\n", "Go.", 2), "Go.");  // shorter than a key: read through
}

TEST(TextDirective, APassageIsWidenedToWholeWords) {
  EXPECT_EQ(directive("Hold for 30 seconds.\n", "old for 30 sec"), "Hold for 30 seconds");
}

TEST(TextDirective, TwoIdenticalLinesLeaveTheSecondWithoutADirective) {
  EXPECT_EQ(directive("Repeat 10 times.\nRepeat 10 times.\n", "Repeat 10 times.", 5), "");
}

TEST(TextDirective, AMarkedSnapshotsMarkersAndTableBarsAreNotPageText) {
  const std::string text = "# Pelvic tilt\n- Lie on your back.\n1. Tilt your pelvis.\nSets | 3 | Reps | 10\n";
  EXPECT_EQ(directive(text, "Pelvic tilt", 0, true), "Pelvic tilt");
  // Without marks, "- " is text of the line: the passage's context may hold it.
  EXPECT_EQ(directive(text, "Tilt your pelvis.", 0, true), "Tilt your pelvis.");
  // A table's cells are blocks: a directive never runs across the bar.
  EXPECT_EQ(directive(text, "Reps | 10", 0, true), "Reps,10");
}

TEST(TextFragmentUrl, EncodesEverythingButLettersDigitsAndThreeMarks) {
  EXPECT_EQ(text_fragment_url("https://example.org/a", {"", "Hold 5-10 s, then relax & breathe", "", ""}),
            "https://example.org/a#:~:text=Hold%205%2D10%20s%2C%20then%20relax%20%26%20breathe");
  EXPECT_EQ(text_fragment_url("https://example.org/a#top", {"two:", "repeat", "times.", "on the"}),
            "https://example.org/a#top:~:text=two%3A-,repeat,times.,-on%20the");
  EXPECT_EQ(text_fragment_url("https://example.org/a", {"", "café", "", ""}),
            "https://example.org/a#:~:text=caf%C3%A9");
  EXPECT_EQ(text_fragment_url("", {"", "x", "", ""}), "");
  EXPECT_EQ(text_fragment_url("https://example.org/", {}), "");
}

}  // namespace
}  // namespace contentc
