// The constructions the twenty-first unseen round (bench/dose-corpus/unseen-21.tsv) found, each
// with its near misses.
#include "rules/dose_reader.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

std::string read(std::string_view text) {
  std::string out;
  for (const QuoteQuantity& q : extract_quantities(text)) {
    if (!out.empty()) out += "; ";
    out += std::string(dose_field_name(q.field)) + " " + format_dose_value(q.value) + (q.weak ? " (weak)" : "") +
           (q.target ? " (target)" : "");
  }
  return out;
}

TEST(DoseReaderTimesSign, RepetitionsAfterTheSignMakeTheNumberBeforeItTheSets) {
  EXPECT_EQ(read("3 × 10 repetitions for each foot"), "sets 3; reps 10");
  EXPECT_EQ(read("Pick up 2 × 20 stones for each foot."), "sets 2; reps 20");
  EXPECT_EQ(read("3 x 12 times"), "sets 3; reps 12");
  // A hold after the sign: that many holds, or that many sets of one hold (never certain).
  EXPECT_EQ(read("Hold stretch for 3 × 20 seconds on each leg"), "reps 3; sets 3 (weak); hold 20 s");
  // Near misses: a hold unit followed by a noun is still a hold; sets named in words stay theirs.
  EXPECT_EQ(read("3 sets of 10 x 10 second holds"), "sets 3; reps 10; hold 10 s");
  EXPECT_EQ(read("12 repetitions x 4"), "reps 12; sets 4");
}

TEST(DoseReaderBounds, AMaximumThatNamesANounIsNoBound) {
  EXPECT_EQ(read("Each position should be held for 10 seconds at maximum point of movement"), "hold 10 s");
  EXPECT_EQ(read("Hold for 30 seconds at minimum effort."), "hold 30 s");
  // Near misses: the bound after the unit, alone or before a frequency, still bounds it.
  EXPECT_EQ(read("Hold for 30 seconds maximum."), "hold up to 30 s");
  EXPECT_EQ(read("Hold for 30 seconds at minimum, twice a day."), "hold at least 30 s; frequency 2 per day");
}

TEST(DoseReaderBounds, UptoWrittenAsOneWord) {
  EXPECT_EQ(read("repeated 5 times, and upto 3 times daily."), "reps 5; frequency up to 3 per day");
}

TEST(DoseReaderBounds, MoreThanNThatIsToBeAvoidedIsTheMost) {
  EXPECT_EQ(read("Also more than 5 times in each sitting should be avoided as it can increase the pain."), "reps up to 5");
  // Near misses: "more than" with nothing forbidding it is a least; an avoidance in the next
  // sentence says nothing of this number.
  EXPECT_EQ(read("Hold it for more than 30 seconds."), "hold at least 30 s");
  EXPECT_EQ(read("Repeat more than 5 times. Avoid bouncing."), "reps at least 5");
}

TEST(DoseReaderProgressions, UntilYouReachAMaximumIsTheTarget) {
  EXPECT_EQ(read("Do each exercise 10 times the first day, and increase the repetitions by five each following day "
                 "until you reach a maximum of 30."),
            "reps 10; reps 30 (target)");
  // Near miss: a maximum with no "until you reach" before it is a limit.
  EXPECT_EQ(read("Do it a maximum of 30 times."), "reps up to 30");
}

}  // namespace
}  // namespace contentc
