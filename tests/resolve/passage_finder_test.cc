#include "resolve/passage_finder.h"

#include <gtest/gtest.h>

#include <string>

namespace contentc {
namespace {

const std::string kSnapshot =
    "Seated Ball Squeezes\n"                                                         // 1
    "\n"                                                                             // 2
    "Sit on a chair. From here, all you are going to do is squeeze the ball between "
    "your knees. Keep your back straight.\n"                                         // 3
    "  \xE2\x80\xA2 Hold the contraction for 5 seconds, release, and repeat.\n"     // 4
    "Kneeling hip flexor stretch:\xC2\xA0\n"                                         // 5
    "  \xE2\x80\xA2 Hold this stretch for 30 seconds before switching sides.\n"     // 6
    "Side lying quad stretch:\n"                                                     // 7
    "  \xE2\x80\xA2 Hold this stretch for 30 seconds before switching sides.\n"     // 8
    "Causes include:Injury.Pregnancy can stress the joints.Arthritis.\n";            // 9

std::string text(const Passage& p) { return kSnapshot.substr(p.begin, p.end - p.begin); }

TEST(LooksLikeHeading, ShortLinesThatDoNotEndAsSentencesDo) {
  EXPECT_TRUE(looks_like_heading("Seated Ball Squeezes"));
  EXPECT_TRUE(looks_like_heading("  What makes SI joint pain worse?  "));
  EXPECT_TRUE(looks_like_heading("Stretching Exercise No 7. The BackBlock Regime"));
  // Near misses: a sentence, a lead-in, a list item, a bullet, a long line, no letters.
  EXPECT_FALSE(looks_like_heading("Ok. Let's dive right in."));
  EXPECT_FALSE(looks_like_heading("Unfortunately, this includes activities such as:"));
  EXPECT_FALSE(looks_like_heading("What is SI joint pain,"));
  EXPECT_FALSE(looks_like_heading("\xE2\x80\xA2 What you can do about it"));
  EXPECT_FALSE(looks_like_heading("- What you can do about it"));
  EXPECT_FALSE(looks_like_heading(std::string(81, 'a')));
  EXPECT_FALSE(looks_like_heading("1 2 3"));
  EXPECT_FALSE(looks_like_heading("   "));
  // A picture's caption is no heading; a step with a name is.
  EXPECT_FALSE(looks_like_heading("STEP 2 STEP 1"));
  EXPECT_FALSE(looks_like_heading("Figure 3"));
  EXPECT_FALSE(looks_like_heading("Photo 1 of 4"));
  EXPECT_TRUE(looks_like_heading("Step 1 Warm up"));
  // A numbered list item is part of a list; a heading may start with a number.
  EXPECT_FALSE(looks_like_heading("  3. Banded hip abductions"));
  EXPECT_FALSE(looks_like_heading("1) Alleviate pressure on the nerve"));
  EXPECT_TRUE(looks_like_heading("7 Exercises for SI Joint In Pregnancy"));
  EXPECT_TRUE(looks_like_heading("PELVIC ROCK"));
}

TEST(SnapshotHeadings, CitedLinesCountEvenWhenTheyEndLikeALeadIn) {
  const SnapshotHeadings plain(kSnapshot, {});
  EXPECT_EQ(plain.lines(), (std::vector<uint32_t>{1}));
  const SnapshotHeadings cited(kSnapshot, {"Kneeling hip flexor stretch:", " side lying QUAD stretch: "});
  EXPECT_EQ(cited.lines(), (std::vector<uint32_t>{1, 5, 7}));
  EXPECT_EQ(cited.line_text(5), "Kneeling hip flexor stretch:") << "no-break space trimmed";
  EXPECT_EQ(cited.heading_above(kSnapshot.find("Hold this")), 5u);
  // A cited line is its own heading (section-not-found expects it); others look above.
  EXPECT_EQ(cited.heading_above(kSnapshot.find("Side lying")), 7u);
  EXPECT_EQ(plain.heading_above(kSnapshot.find("Side lying")), 1u);
  EXPECT_EQ(plain.heading_above(0), 0u) << "nothing above the first line";
}

TEST(PassageFinder, FindsWordsAsWrittenAndGivesTheWholeSentence) {
  const PassageFinder finder(kSnapshot, {});
  const PassageSearch s = finder.find("SQUEEZE the ball   between", 5);
  ASSERT_EQ(s.passages.size(), 1u);
  EXPECT_FALSE(s.ambiguous);
  EXPECT_FALSE(s.nothing_close);
  const Passage& p = s.passages[0];
  EXPECT_TRUE(p.exact);
  EXPECT_EQ(text(p), "From here, all you are going to do is squeeze the ball between your knees.");
  EXPECT_EQ(kSnapshot.substr(p.match_begin, p.match_end - p.match_begin), "squeeze the ball between");
  EXPECT_EQ(p.line, 3u);
  EXPECT_EQ(p.heading_line, 1u);
}

TEST(PassageFinder, SkipsTheBulletAndStopsAtTheLine) {
  const PassageFinder finder(kSnapshot, {});
  const PassageSearch s = finder.find("for 5 seconds", 5);
  ASSERT_EQ(s.passages.size(), 1u);
  EXPECT_EQ(text(s.passages[0]), "Hold the contraction for 5 seconds, release, and repeat.");
}

TEST(PassageFinder, SplitsSentencesRunTogether) {
  const PassageFinder finder(kSnapshot, {});
  const PassageSearch s = finder.find("can stress", 5);
  ASSERT_EQ(s.passages.size(), 1u);
  EXPECT_EQ(text(s.passages[0]), "Pregnancy can stress the joints.");
}

TEST(PassageFinder, ListsEveryOccurrenceWhenAmbiguousAndNarrowsBySection) {
  const PassageFinder finder(kSnapshot, {"Kneeling hip flexor stretch:", "Side lying quad stretch:"});
  const PassageSearch s = finder.find("hold this stretch for 30 seconds", 5);
  ASSERT_EQ(s.passages.size(), 2u);
  EXPECT_TRUE(s.ambiguous);
  EXPECT_EQ(s.found, 2u);
  EXPECT_EQ(s.passages[0].heading_line, 5u);
  EXPECT_EQ(s.passages[1].heading_line, 7u);
  const std::string_view section = "side lying quad stretch:";
  const PassageSearch narrowed = finder.find("hold this stretch for 30 seconds", 5, &section);
  ASSERT_EQ(narrowed.passages.size(), 1u);
  EXPECT_FALSE(narrowed.ambiguous);
  EXPECT_EQ(narrowed.passages[0].heading_line, 7u);
  const PassageSearch one = finder.find("hold this stretch for 30 seconds", 1);
  EXPECT_EQ(one.passages.size(), 1u);
  EXPECT_EQ(one.found, 2u) << "the count says how many --max left out";
}

TEST(PassageFinder, ForgivesWordsLeftOutAddedOrMisspelt) {
  const PassageFinder finder(kSnapshot, {});
  const PassageSearch s = finder.find("squeze ball between the knes", 5);
  ASSERT_FALSE(s.passages.empty());
  EXPECT_FALSE(s.nothing_close);
  const Passage& p = s.passages[0];
  EXPECT_FALSE(p.exact);
  EXPECT_EQ(text(p), "From here, all you are going to do is squeeze the ball between your knees.");
  EXPECT_EQ(s.words_asked, 5u);
  EXPECT_EQ(p.words_matched, 4u) << "'the' is not in 'between your knees'";
  EXPECT_EQ(p.words_misspelt, 2u);
}

TEST(PassageFinder, NumbersAndShortWordsMustMatchAsWritten) {
  const PassageFinder finder(kSnapshot, {});
  // "8" is not one typo from "5": a dose is never guessed.
  const PassageSearch s = finder.find("contraction for 8 seconds", 5);
  ASSERT_FALSE(s.passages.empty());
  EXPECT_EQ(s.passages[0].words_matched, 3u);
  EXPECT_EQ(s.passages[0].words_misspelt, 0u);
}

TEST(PassageFinder, SaysWhenNothingIsClose) {
  const PassageFinder finder(kSnapshot, {});
  EXPECT_TRUE(finder.find("quantum chromodynamics on a lattice", 5).nothing_close);
  const PassageSearch weak = finder.find("squeeze quantum chromodynamics lattice gauge", 5);
  EXPECT_TRUE(weak.nothing_close);
  ASSERT_EQ(weak.passages.size(), 1u) << "the best is kept to say how close it came";
  EXPECT_EQ(weak.passages[0].words_matched, 1u);
}

TEST(PassageFinder, ALongSentenceGivesJustTheWords) {
  const std::string long_line = "Start " + std::string(700, 'x') + " then hold for five breaths and go on " +
                                std::string(100, 'y') + ".\n";
  const PassageFinder finder(long_line, {});
  const PassageSearch s = finder.find("hold for five breaths", 5);
  ASSERT_EQ(s.passages.size(), 1u);
  const Passage& p = s.passages[0];
  EXPECT_EQ(long_line.substr(p.begin, p.end - p.begin), "hold for five breaths");
}

}  // namespace
}  // namespace contentc
