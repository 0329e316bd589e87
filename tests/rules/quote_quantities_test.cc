#include "rules/quote_quantities.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

std::string read(std::string_view text) {
  std::string out;
  for (const QuoteQuantity& q : extract_quantities(text)) {
    if (!out.empty()) out += "; ";
    out += std::string(dose_field_name(q.field)) + " " + format_dose_value(q.value) +
           (q.upper_bound ? " (at most)" : "");
  }
  return out;
}

TEST(QuoteQuantities, ReadsNumbersWithTheirUnits) {
  EXPECT_EQ(read("Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions."),
            "hold 5 s; reps 8-10");
  EXPECT_EQ(read("Remain there for 2 minutes if you can."), "hold 2 min");
  EXPECT_EQ(read("repeat 8 to 10 times, three sets"), "reps 8-10; sets 3");
  EXPECT_EQ(read("Hold one side for a few breath cycles."), "hold few breaths");
  EXPECT_EQ(read("hold for five breaths"), "hold 5 breaths");
}

TEST(QuoteQuantities, ReadsCountsAndHoldsWithNoNumber) {
  EXPECT_EQ(read("Hold for a 5-10 count, then release."), "hold 5-10 count");
  EXPECT_EQ(read("count to 5 and let go"), "hold 5 count");
  EXPECT_EQ(read("for a count of five"), "hold 5 count");
  EXPECT_EQ(read("Relax into the stretch for a few seconds."), "hold few s");
  EXPECT_EQ(read("stay there for several minutes"), "hold several min");
  EXPECT_EQ(read("take a few steps, then several breaths"), "hold several breaths");
  EXPECT_EQ(read("a few people count on it"), "") << "no unit after 'few'; 'count on' is no count";
  EXPECT_EQ(read("Try this for several repetitions."), "reps several");
}

TEST(QuoteQuantities, ReadsFrequencies) {
  EXPECT_EQ(read("twice a day"), "frequency 2 per day");
  EXPECT_EQ(read("You can do these 3 stretches twice, three times per week."),
            "frequency 2 per week; frequency 3 per week");
  EXPECT_EQ(read("Do not do this exercise more than twice a week."),
            "frequency 2 per week (at most)");
  EXPECT_EQ(read("up to 3 times daily"), "frequency 3 per day (at most)");
}

TEST(QuoteQuantities, FindsSideCues) {
  EXPECT_EQ(find_side_cue("Repeat on each side."), "each side");
  EXPECT_EQ(find_side_cue("push first one sitting bone then the other away"), "then the other");
  EXPECT_EQ(find_side_cue("lie on your side"), "");
  EXPECT_EQ(find_side_cue("then the next exercise"), "");
}

TEST(QuoteQuantities, SkipsNumbersThatAreNoDose) {
  EXPECT_EQ(read("One study of 1500 pregnant women found that over 75% of them"), "");
  EXPECT_EQ(read("feet approximately 6-12 inches away"), "");
  EXPECT_EQ(read("repeating twice"), "reps 2");
}

TEST(QuoteQuantities, ReadsTheConstructionsRealArticlesUse) {
  // Ranges in words and "between … and …".
  EXPECT_EQ(read("Repeat between 10 and 20 times."), "reps 10-20");
  EXPECT_EQ(read("Do it twenty to twenty five times."), "reps 20-25");
  EXPECT_EQ(read("Do twenty-five repetitions."), "reps 25");
  EXPECT_EQ(read("Aim for a dozen reps."), "reps 12");
  // Labelled fields: the number belongs to its label, not to the next word.
  EXPECT_EQ(read("Sets: 3 Reps: 10"), "sets 3; reps 10");
  // What is counted: the movement itself.
  EXPECT_EQ(read("Start by doing 10 of these 3-4 times a day."), "reps 10; frequency 3-4 per day");
  EXPECT_EQ(read("Try 2 of these exercises."), "") << "a count of exercises";
  EXPECT_EQ(read("Work yourself up to about 40 stretches 3-4 times a day, including once before you go to bed."),
            "reps 40; frequency 3-4 per day");
  EXPECT_EQ(read("Do 10 chin tucks."), "reps 10");
  EXPECT_EQ(read("You can do these 3 stretches twice, three times per week."),
            "frequency 2 per week; frequency 3 per week")
      << "'these 3 stretches' counts exercises; 'twice, three times' are alternatives";
  EXPECT_EQ(read("Hold for 30 or 60 seconds."), "hold 30 s; hold 60 s") << "two readings, not a range";
  // Frequencies.
  EXPECT_EQ(read("Do this 3 days a week."), "frequency 3 per week");
  EXPECT_EQ(read("Stretch 2x daily."), "frequency 2 per day");
  // Holds with a word between the number and the unit; a rest is no hold.
  EXPECT_EQ(read("Hold for 5 deep breaths."), "hold 5 breaths");
  EXPECT_EQ(read("Rest for 30 seconds, then repeat 10 times."), "reps 10");
  EXPECT_EQ(read("Take 60 seconds of rest between sets."), "");
}

TEST(QuoteQuantities, NumbersThatAreNoDoseAreNotReadAndNotCounted) {
  for (std::string_view s : {"From week 20 of pregnancy, avoid lying flat.", "In step 2, lift the hips.",
                             "About 50 percent of women have pelvic pain.", "Place your feet 12 inches apart.",
                             "Stretching Exercise No 7 is the last."}) {
    const QuoteNumbers n = read_quote_numbers(s);
    EXPECT_TRUE(n.quantities.empty()) << s;
    EXPECT_EQ(n.unread, 0u) << s << ": a number known to be no dose leaves a fix certain";
  }
  EXPECT_EQ(read_quote_numbers("Start with 10, then 12 repetitions.").unread, 1u)
      << "a number the reader cannot place";
}

TEST(SideCue, FindsWholePhrasesOnly) {
  EXPECT_EQ(find_side_cue("Do 8-10 repetitions per side."), "per side");
  EXPECT_EQ(find_side_cue("Hold this position for 20 seconds and then switch sides."), "switch sides");
  EXPECT_EQ(find_side_cue("You can do the other leg too"), "other leg");
  EXPECT_EQ(find_side_cue("Lie on your side and support yourself"), "");
  EXPECT_EQ(find_side_cue("Modified side plank"), "");
  EXPECT_EQ(find_side_cue("lift the opposite arm"), "");
}

}  // namespace
}  // namespace contentc
