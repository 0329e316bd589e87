// The constructions the unseen rounds of the dose corpus (bench/dose-corpus/unseen-N.tsv) found
// after the twentieth, each with its near misses: what made a first score false, fixed as a
// construction.

#include <gtest/gtest.h>

#include "rules/dose_reader.h"
#include "rules/read_doses.h"

namespace contentc {
namespace {

using testing::read_doses;

// The constructions the twenty-first unseen round (bench/dose-corpus/unseen-21.tsv) found.

TEST(DoseReaderTimesSign, RepetitionsAfterTheSignMakeTheNumberBeforeItTheSets) {
  EXPECT_EQ(read_doses("3 × 10 repetitions for each foot"), "sets 3; reps 10");
  EXPECT_EQ(read_doses("Pick up 2 × 20 stones for each foot."), "sets 2; reps 20");
  EXPECT_EQ(read_doses("3 x 12 times"), "sets 3; reps 12");
  // A hold after the sign: that many holds, or that many sets of one hold (never certain).
  EXPECT_EQ(read_doses("Hold stretch for 3 × 20 seconds on each leg"), "reps 3; sets 3 (weak); hold 20 s");
  // Near misses: a hold unit followed by a noun is still a hold; sets named in words stay theirs.
  EXPECT_EQ(read_doses("3 sets of 10 x 10 second holds"), "sets 3; reps 10; hold 10 s");
  EXPECT_EQ(read_doses("12 repetitions x 4"), "reps 12; sets 4");
}

TEST(DoseReaderBounds, AMaximumThatNamesANounIsNoBound) {
  EXPECT_EQ(read_doses("Each position should be held for 10 seconds at maximum point of movement"), "hold 10 s");
  EXPECT_EQ(read_doses("Hold for 30 seconds at minimum effort."), "hold 30 s");
  // Near misses: the bound after the unit, alone or before a frequency, still bounds it.
  EXPECT_EQ(read_doses("Hold for 30 seconds maximum."), "hold up to 30 s");
  EXPECT_EQ(read_doses("Hold for 30 seconds at minimum, twice a day."), "hold at least 30 s; frequency 2 per day");
}

TEST(DoseReaderBounds, UptoWrittenAsOneWord) {
  EXPECT_EQ(read_doses("repeated 5 times, and upto 3 times daily."), "reps 5; frequency up to 3 per day");
}

TEST(DoseReaderBounds, MoreThanNThatIsToBeAvoidedIsTheMost) {
  EXPECT_EQ(read_doses("Also more than 5 times in each sitting should be avoided as it can increase the pain."), "reps up to 5");
  // Near misses: "more than" with nothing forbidding it is a least; an avoidance in the next
  // sentence says nothing of this number.
  EXPECT_EQ(read_doses("Hold it for more than 30 seconds."), "hold at least 30 s");
  EXPECT_EQ(read_doses("Repeat more than 5 times. Avoid bouncing."), "reps at least 5");
}

TEST(DoseReaderProgressions, UntilYouReachAMaximumIsTheTarget) {
  EXPECT_EQ(read_doses("Do each exercise 10 times the first day, and increase the repetitions by five each following day "
                 "until you reach a maximum of 30."),
            "reps 10; reps 30 (target)");
  // Near miss: a maximum with no "until you reach" before it is a limit.
  EXPECT_EQ(read_doses("Do it a maximum of 30 times."), "reps up to 30");
}

// The constructions the twenty-third unseen round (bench/dose-corpus/unseen-23.tsv) found.

TEST(DoseReaderSets, TimesAfterTheRepetitionsAndACommaAreTheSets) {
  EXPECT_EQ(read_doses("Do 15 reps, 3 times"), "reps 15; sets 3 (weak)");
  // Near misses: with a period after, the times are a frequency; after a hold, repetitions;
  // "times" twice is no count of sets.
  EXPECT_EQ(read_doses("Do 15 reps, 3 times a day"), "reps 15; frequency 3 per day");
  EXPECT_EQ(read_doses("Hold 5 seconds, 10 times"), "hold 5 s; reps 10");
  EXPECT_EQ(read_doses("Repeat 10 times, 3 times"), "reps 10; reps 3");
}

TEST(DoseReaderSets, RepetitionsThenARestThenARepeatAreBoutsNoConstructionReads) {
  const QuoteNumbers bouts = read_quote_numbers(
      "Repeat this exercise approximately 10 times during a two-minute period, rest one minute, and then repeat.");
  EXPECT_EQ(bouts.unread_word(DoseField::kSets), "rest");
  // Near misses: a rest before the repetitions, or no repeat after it, are no bouts.
  EXPECT_EQ(read_quote_numbers("Hold for 10 seconds, rest for a few seconds, and repeat it 10 times.")
                .unread_word(DoseField::kSets),
            "");
  EXPECT_EQ(read_quote_numbers("Do 10 repetitions, then rest.").unread_word(DoseField::kSets), "");
}

TEST(SideCue, RepetitionsOnSidesAreEachSide) {
  EXPECT_EQ(find_side_cue("To begin with start with 2 sets of 15 repetitions on sides."), "on sides");
  // Near misses: lying on a side is a position; "sides" with no count before is no cue.
  EXPECT_EQ(find_side_cue("Do 15 repetitions lying on your side."), "");
  EXPECT_EQ(find_side_cue("Keep your arms on sides."), "");
}

// The construction the twenty-sixth unseen round (bench/dose-corpus/unseen-26.tsv) found.

TEST(DoseReader, ExercisesCountedAfterAWordOfDoingAreANumberTheReaderCannotPlace) {
  const QuoteNumbers doing = read_quote_numbers("Try doing 3 to 5 exercises at a time, holding for 20-30 seconds.");
  EXPECT_TRUE(doing.unplaced_number(3, 5));
  EXPECT_EQ(read_doses("Try doing 3 to 5 exercises at a time, holding for 20-30 seconds."), "hold 20-30 s");
  // Near miss: exercises counted with no word of doing are a count of exercises, no dose.
  const QuoteNumbers these = read_quote_numbers("These 5 exercises ease back pain.");
  EXPECT_FALSE(these.unplaced_number(5, 5));
  EXPECT_EQ(these.unread, 0u);
}

// The constructions the twenty-eighth unseen round (bench/dose-corpus/unseen-28.tsv) found.

TEST(DoseReader, ACountOfTimesInBracketsIsNoListNumber) {
  EXPECT_EQ(read_doses("Do the same with the other hand (twice)."), "reps 2 (weak)");
  // Near miss: a digit in brackets at the start is a list's number.
  EXPECT_EQ(read_doses("(2) Hold for 5 seconds."), "hold 5 s");
}

TEST(SideCue, TheSameAgainAndASideNamedWithNoLimbAfterARepeat) {
  EXPECT_EQ(find_side_cue("Do the same with the other hand (twice)."), "other hand");
  EXPECT_EQ(find_side_cue("Return to the upright position then repeat on the right."), "on the right");
  // Near misses: no repeat before the side; a hand with no word of repeating is a position.
  EXPECT_EQ(find_side_cue("Rest your weight on the right."), "");
  EXPECT_EQ(find_side_cue("Hold the chair with the other hand."), "");
}

TEST(SideCue, BothSidesWhereSomethingIsFeltAreNoSidesDone) {
  EXPECT_EQ(find_side_cue("Lift one buttock, feeling the muscles on both sides tighten as you do."), "");
  // Near misses: the sides done after the feeling, in a clause of their own.
  EXPECT_EQ(find_side_cue("Feel the stretch, then repeat on both sides."), "both sides");
  EXPECT_EQ(find_side_cue("Repeat on both sides."), "both sides");
}

}  // namespace
}  // namespace contentc
