#include "rules/dose_reader.h"

#include <gtest/gtest.h>

#include "rules/read_doses.h"

namespace contentc {
namespace {

using testing::read_doses;


TEST(DoseReader, ReadsNumbersWithTheirUnits) {
  EXPECT_EQ(read_doses("Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions."),
            "hold 5 s; reps 8-10");
  EXPECT_EQ(read_doses("Remain there for 2 minutes if you can."), "hold 2 min");
  EXPECT_EQ(read_doses("repeat 8 to 10 times, three sets"), "reps 8-10; sets 3");
  EXPECT_EQ(read_doses("Hold one side for a few breath cycles."), "hold few breaths");
  EXPECT_EQ(read_doses("hold for five breaths"), "hold 5 breaths");
}

TEST(DoseReader, ReadsCountsAndHoldsWithNoNumber) {
  EXPECT_EQ(read_doses("Hold for a 5-10 count, then release."), "hold 5-10 count");
  EXPECT_EQ(read_doses("count to 5 and let go"), "hold 5 count");
  EXPECT_EQ(read_doses("for a count of five"), "hold 5 count");
  EXPECT_EQ(read_doses("Relax into the stretch for a few seconds."), "hold few s");
  EXPECT_EQ(read_doses("stay there for several minutes"), "hold several min");
  EXPECT_EQ(read_doses("take a few steps, then several breaths"), "hold several breaths");
  EXPECT_EQ(read_doses("a few people count on it"), "") << "no unit after 'few'; 'count on' is no count";
  EXPECT_EQ(read_doses("Try this for several repetitions."), "reps several");
}

TEST(DoseReader, ReadsFrequencies) {
  EXPECT_EQ(read_doses("twice a day"), "frequency 2 per day");
  EXPECT_EQ(read_doses("You can do these 3 stretches twice, three times per week."),
            "frequency 2 per week; frequency 3 per week");
  EXPECT_EQ(read_doses("Do not do this exercise more than twice a week."),
            "frequency up to 2 per week");
  EXPECT_EQ(read_doses("up to 3 times daily"), "frequency up to 3 per day");
  // One word or hyphenated: "everyday", "once-daily", "twice-weekly".
  EXPECT_EQ(read_doses("Perform one to two times everyday."), "frequency 1-2 per day");
  EXPECT_EQ(read_doses("- Once-daily"), "frequency 1 per day");
  EXPECT_EQ(read_doses("Stretch twice-weekly."), "frequency 2 per week");
  EXPECT_EQ(read_doses("3-4x/daily + increase frequency when at work"), "frequency 3-4 per day");
  EXPECT_EQ(read_doses("2x/weekly"), "frequency 2 per week");
  EXPECT_EQ(read_doses("3x/day"), "frequency 3 per day");
  EXPECT_EQ(read_doses("Walk everyday."), "frequency at least 1 per day (weak)");
}

TEST(DoseReader, FindsSideCues) {
  EXPECT_EQ(find_side_cue("Repeat on each side."), "each side");
  EXPECT_EQ(find_side_cue("push first one sitting bone then the other away"), "then the other");
  EXPECT_EQ(find_side_cue("lie on your side"), "");
  EXPECT_EQ(find_side_cue("then the next exercise"), "");
}

TEST(DoseReader, SkipsNumbersThatAreNoDose) {
  EXPECT_EQ(read_doses("One study of 1500 pregnant women found that over 75% of them"), "");
  EXPECT_EQ(read_doses("feet approximately 6-12 inches away"), "");
  EXPECT_EQ(read_doses("repeating twice"), "reps 2 (weak)") << "a bare twice may count nothing";
}

TEST(DoseReader, ReadsTheConstructionsRealArticlesUse) {
  // Ranges in words and "between … and …".
  EXPECT_EQ(read_doses("Repeat between 10 and 20 times."), "reps 10-20");
  EXPECT_EQ(read_doses("Do it twenty to twenty five times."), "reps 20-25");
  EXPECT_EQ(read_doses("Do twenty-five repetitions."), "reps 25");
  EXPECT_EQ(read_doses("Aim for a dozen reps."), "reps 12");
  // Labelled fields: the number belongs to its label, not to the next word.
  EXPECT_EQ(read_doses("Sets: 3 Reps: 10"), "sets 3; reps 10");
  // What is counted: the movement itself.
  EXPECT_EQ(read_doses("Start by doing 10 of these 3-4 times a day."), "reps 10; frequency 3-4 per day");
  EXPECT_EQ(read_doses("Try 2 of these exercises."), "") << "a count of exercises";
  EXPECT_EQ(read_doses("Work yourself up to about 40 stretches 3-4 times a day, including once before you go to bed."),
            "reps about 40 (target); frequency 3-4 per day");
  EXPECT_EQ(read_doses("Do 10 chin tucks."), "reps 10");
  EXPECT_EQ(read_doses("You can do these 3 stretches twice, three times per week."),
            "frequency 2 per week; frequency 3 per week")
      << "'these 3 stretches' counts exercises; 'twice, three times' are alternatives";
  EXPECT_EQ(read_doses("Hold for 30 or 60 seconds."), "hold 30 s; hold 60 s") << "two readings, not a range";
  // Frequencies.
  EXPECT_EQ(read_doses("Do this 3 days a week."), "frequency 3 per week");
  EXPECT_EQ(read_doses("Stretch 2x daily."), "frequency 2 per day");
  // Holds with a word between the number and the unit; a rest is no hold.
  EXPECT_EQ(read_doses("Hold for 5 deep breaths."), "hold 5 breaths");
  EXPECT_EQ(read_doses("Rest for 30 seconds, then repeat 10 times."), "reps 10");
  EXPECT_EQ(read_doses("Take 60 seconds of rest between sets."), "");
}

TEST(DoseReader, NumbersThatAreNoDoseAreNotReadAndNotCounted) {
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

TEST(DoseReader, ReadsHowExactTheSourceIs) {
  EXPECT_EQ(read_doses("Hold for about 30 seconds."), "hold about 30 s");
  EXPECT_EQ(read_doses("Hold this position for a maximum of 10 seconds."), "hold up to 10 s");
  EXPECT_EQ(read_doses("Do no more than 10 repetitions."), "reps up to 10");
  EXPECT_EQ(read_doses("Repeat at least 2 times per day."), "frequency at least 2 per day");
  EXPECT_EQ(read_doses("perform at least once per day"), "frequency at least 1 per day");
  EXPECT_EQ(read_doses("hold the position for at-least 45 seconds"), "hold at least 45 s");
  EXPECT_EQ(read_doses("holding the stretch for 20 seconds or more"), "hold at least 20 s");
  EXPECT_EQ(read_doses("Hold for 30 seconds or less."), "hold up to 30 s");
  // The bound after the unit: "at minimum", "at a minimum", "maximum", "at the most".
  EXPECT_EQ(read_doses("Hold for 30 seconds at minimum."), "hold at least 30 s");
  EXPECT_EQ(read_doses("Hold it 20 seconds at a minimum."), "hold at least 20 s");
  EXPECT_EQ(read_doses("Repeat 10 times maximum."), "reps up to 10");
  EXPECT_EQ(read_doses("hold for 15 seconds at the most"), "hold up to 15 s");
  EXPECT_EQ(read_doses("hold for 15 seconds at least"), "hold at least 15 s");
  // Near misses: the bound leads on to a number of its own, or says nothing of a bound.
  EXPECT_EQ(read_doses("Hold 10 seconds, at least 3 times a day."), "hold 10 s; frequency at least 3 per day");
  EXPECT_EQ(read_doses("Hold 10 seconds at most 3 times."), "hold 10 s; reps up to 3");
  EXPECT_EQ(read_doses("Hold 10 seconds at the top, most days."), "hold 10 s");
  // Near misses: "about" that is no approximation, "more" that is no bound.
  EXPECT_EQ(read_doses("Think about 3 things: hold for 5 seconds."), "hold 5 s") << "'3 things' is no dose";
  EXPECT_EQ(read_doses("Do 3 more repetitions."), "reps 3 (weak); reps 4 (weak)");
}

TEST(DoseReader, ReadsProgressions) {
  EXPECT_EQ(read_doses("Begin by holding three seconds and work up to holding the contraction for ten seconds."),
            "hold 3 s; hold 10 s");
  EXPECT_EQ(read_doses("Start with 3-5 seconds and as the muscles get stronger, increase the squeeze time to 8-10 seconds."),
            "hold 3-5 s; hold 8-10 s (target)");
  EXPECT_EQ(read_doses("Begin with 12 repetitions, but build up to 20."), "reps 12; reps 20 (target)");
  EXPECT_EQ(read_doses("Hold for 4 sets of 30 seconds (each side), working up to one minute."),
            "sets 4; hold 30 s; hold 1 min (target)");
  EXPECT_EQ(read_doses("Aim to build up to 10 repetitions at a time."), "reps 10 (target)");
  // "up to" with no growth before it is a limit.
  EXPECT_EQ(read_doses("Do this exercise up to 10 times."), "reps up to 10");
}

TEST(DoseReader, ReadsSetsRepsAndFrequencyConstructions) {
  EXPECT_EQ(read_doses("Do 2-3 sets of 10 glute bridges."), "sets 2-3; reps 10");
  EXPECT_EQ(read_doses("Do 2 sets of 15."), "sets 2; reps 15");
  EXPECT_EQ(read_doses("Perform a set of 10 repetitions."), "sets 1; reps 10");
  EXPECT_EQ(read_doses("Repeat in sets of 20, four times a day."), "reps 20; frequency 4 per day");
  EXPECT_EQ(read_doses("3 sets of 10 x 10 second holds"), "sets 3; reps 10; hold 10 s");
  EXPECT_EQ(read_doses("Repetition: 3 x 15 seconds per leg"), "reps 3; hold 15 s");
  EXPECT_EQ(read_doses("Repeat the exercise in batches of six or eight."), "reps 6; reps 8");
  EXPECT_EQ(read_doses("eventually work up to a total of seventy five per day"), "reps 75");
  EXPECT_EQ(read_doses("Gently do 10 movements up and down, then switch legs and do another 10."), "reps 10; reps 10");
  EXPECT_EQ(read_doses("Complete 3 sessions of Kegels daily."), "frequency 3 per day");
  EXPECT_EQ(read_doses("Do this for 10 repetitions 3xday."), "reps 10; frequency 3 per day");
  EXPECT_EQ(read_doses("Do 3 sets of 10 repetitions, 1 time every other day."), "sets 3; reps 10; frequency 3-4 per week");
  EXPECT_EQ(read_doses("20 repetitions every morning"), "reps 20; frequency 1 per day");
  EXPECT_EQ(read_doses("These stretches can be done daily."), "frequency at least 1 per day (weak)");
  EXPECT_EQ(read_doses("Strength training should be done 2-4 days per week\u2013allowing a rest."), "frequency 2-4 per week");
  EXPECT_EQ(read_doses("Repeat two more times if possible."), "reps 2 (weak); reps 3 (weak)");
  EXPECT_EQ(read_doses("Repeat twice on each side."), "reps 2 (weak)") << "'on each side' is no timing";
  // From the first unseen sentences: a times sign after the reps is sets, before a number reps.
  EXPECT_EQ(read_doses("Aim for 12 repetitions x 4."), "reps 12; sets 4");
  EXPECT_EQ(read_doses("Complete a total of x15 each side"), "reps 15");
  EXPECT_EQ(read_doses("Do it twice in a week with 20 to 30 repetitions."), "frequency 2 per week; reps 20-30");
  EXPECT_EQ(read_doses("Perform up to 24 repetitions, 12 on each leg, per set."), "reps up to 24; reps 12");
  EXPECT_EQ(read_doses("Hold for a second at the top of the movement."), "hold 1 s");
  // From the ninth unseen round: a times range written with its x, one set after a word of
  // doing, and "N more" on the other side (that many there, not one more in all).
  EXPECT_EQ(read_doses("Strength 3-4x per week eg. every 2nd day"), "frequency 3-4 per week");
  EXPECT_EQ(read_doses("Pulsing 2x per week"), "frequency 2 per week");
  EXPECT_EQ(read_doses("You should do a set 5 times a day."), "sets 1; frequency 5 per day");
  EXPECT_EQ(read_doses("Bring a set of weights."), "") << "a set of things, not of repetitions";
  EXPECT_EQ(read_doses("Repeat ten times and then do ten more on the other side."), "reps 10; reps 10");
  EXPECT_EQ(read_doses("Repeat ten more times."), "reps 10 (weak); reps 11 (weak)") << "no side named: both readings";
  // From the tenth: "a minute to two" is a range like "a minute or two"; "reverse legs" a side.
  EXPECT_EQ(read_doses("maintain stability for a minute to two if you can."), "hold 1-2 min");
  EXPECT_EQ(read_doses("Hold for a minute to 3 minutes."), "hold 1-3 min");
  EXPECT_EQ(read_doses("Hold for a minute to 20 breaths."), "hold 1 min; hold 20 breaths") << "another unit: no range";
  EXPECT_EQ(find_side_cue("Reverse legs and repeat."), "reverse legs");
  EXPECT_EQ(find_side_cue("Do the exercises and stretches on both legs."), "both legs");
  EXPECT_EQ(find_side_cue("Stand on both legs and breathe."), "") << "a posture: nothing is done on each";
  EXPECT_EQ(read_doses("Take a second set."), "") << "'a second' set is an ordinal";
  // From the second unseen sentences: a breath as a hold, a bare count after a word of doing.
  EXPECT_EQ(read_doses("Hold the end range position for a breath and return."), "hold 1 breaths");
  EXPECT_EQ(read_doses("Do eight to 10."), "reps 8-10");
  EXPECT_EQ(read_doses("Do 3, then rest."), "reps 3");
  EXPECT_EQ(read_doses("Do 3 things at once."), "") << "a count of something else";
  // From the third unseen sentences: a label naming another field, half a minute.
  EXPECT_EQ(read_doses("Repetitions: 2x daily"), "frequency 2 per day");
  EXPECT_EQ(read_doses("Repetitions: 10"), "reps 10");
  EXPECT_EQ(read_doses("remain in this posture for half a minute"), "hold 30 s");
  EXPECT_EQ(read_doses("remain in this posture at least for half a minute"), "hold at least 30 s");
  EXPECT_EQ(read_doses("hold it at least for 20 seconds"), "hold at least 20 s");
  // From the fourth unseen sentences.
  EXPECT_EQ(read_doses("Stay for 30 seconds to a minute, then switch legs."), "hold 30 s; hold 1 min");
  EXPECT_EQ(read_doses("Hold it up to a minute."), "hold up to 1 min");
  EXPECT_EQ(read_doses("keep squeezing up to a count of 10 seconds"), "hold up to 10 s");
  EXPECT_EQ(read_doses("Practice five pelvic floor contractions five times a day."), "reps 5; frequency 5 per day");
  EXPECT_EQ(read_doses("try doing it once in the morning and once at night"), "frequency 2 per day");
  EXPECT_EQ(read_doses("do it once before bed"), "") << "one timing alone counts nothing";
  EXPECT_EQ(read_doses("Ten movements each for two to three sets is the target."), "reps 10; sets 2-3");
  EXPECT_EQ(read_doses("Ten movements later, rest."), "") << "no sets after it: a count of something else";
  // From the sixth unseen sentences.
  EXPECT_EQ(read_doses("Spend a minute or two on each butt cheek."), "hold 1-2 min");
  EXPECT_EQ(find_side_cue("Spend a minute or two on each butt cheek."), "each cheek");
  EXPECT_EQ(read_doses("Sets/Reps: 1\u00d73 each side"), "sets 1; reps 3");
  EXPECT_EQ(read_doses("Reps: 3 x 10 seconds"), "reps 3; hold 10 s") << "a label alone keeps its number";
  EXPECT_EQ(read_doses("Repeat once or twice more on each leg"), "reps 1 (weak); reps 2 (weak); reps 2 (weak); reps 3 (weak)");
  // Words of manner, with a comma, between a number and its unit; a label naming two fields.
  EXPECT_EQ(read_doses("Duration/repetition:  A minimum of 20 slow, deep breaths, up to 5 minutes"),
            "hold at least 20 breaths; hold up to 5 min");
  // Breaths counted as "inhale and exhale three times" are a hold.
  EXPECT_EQ(read_doses("Inhale and exhale three times."), "hold 3 breaths");
  EXPECT_EQ(read_doses("Breathe in and out 5 times."), "hold 5 breaths");
  EXPECT_EQ(read_doses("Repeat three times."), "reps 3") << "near miss: no breathing words";
  // Sets in a day: sets, or the day's sessions (weak).
  EXPECT_EQ(read_doses("Perform 3 sets per day (morning, noon, and night)"), "frequency 3 per day (weak); sets 3");
  // "each one" is a pronoun, not a count.
  EXPECT_EQ(read_doses("start with four or five gentle squeezes, resting between each one, six to 10 times a day."),
            "reps 4; reps 5; frequency 6-10 per day");
  // "longer than" and "less than" say how exact.
  EXPECT_EQ(read_doses("hold it for longer than 30 seconds"), "hold at least 30 s");
  EXPECT_EQ(read_doses("hold it for less than 30 seconds"), "hold up to 30 s");
  EXPECT_EQ(read_doses("Do not hold it for more than 30 seconds"), "hold up to 30 s");
  // A counted list whose last number names the unit.
  EXPECT_EQ(read_doses("hold for a count of 3, 5 or 10 seconds"), "hold 3 s; hold 5 s; hold 10 s");
  // A reading next to a word of comparison no construction read is weak: never fixed from.
  EXPECT_EQ(read_doses("hold for over 30 seconds"), "hold 30 s (weak)");
  EXPECT_EQ(read_doses("hold for beyond 30 seconds"), "hold 30 s (weak)");
  EXPECT_EQ(read_doses("hold for nearly 30 seconds"), "hold about 30 s") << "a word a construction reads";
  EXPECT_EQ(read_doses("hold for 30 seconds"), "hold 30 s") << "near miss";
  // "one or two more sets": that many more, or that many in all, never certain.
  EXPECT_EQ(read_doses("Do one or two more sets if you want to."),
            "sets 1 (weak); sets 2 (weak); sets 2 (weak); sets 3 (weak)");
  // Breaths done are a hold, or repetitions of a breathing exercise (weak); breaths held are a hold.
  EXPECT_EQ(read_doses("Do ten full breaths."), "reps 10 (weak); hold 10 breaths");
  EXPECT_EQ(read_doses("Stay for ten full breaths."), "hold 10 breaths") << "near miss: no word of doing";
  // A word of holding between a word of rest and the number: the hold.
  EXPECT_EQ(read_doses("push your head into its resting surface HOLD FOR 10 SECONDS.REPEAT 10 TIMES."),
            "hold 10 s; reps 10");
  EXPECT_EQ(read_doses("then rest for 10 seconds"), "") << "near miss: a rest";
  // A word run into the number after it.
  EXPECT_EQ(read_doses("Frequency&Duration2 Sets of 10 Slow Repetitions."), "sets 2; reps 10");
  // "up to" far after a word of growth: a limit or a target, too weak to fix from.
  EXPECT_EQ(read_doses("gradually increase the duration of the hold (up to 15 seconds)"), "hold up to 15 s (weak)");
  EXPECT_EQ(read_doses("hold it for up to 15 seconds"), "hold up to 15 s") << "near miss: no word of growth";
}

TEST(DoseReader, ReadsHoldsWrittenTogetherOrCountedInSeconds) {
  EXPECT_EQ(read_doses("Hold for 2-3seconds and lower back down."), "hold 2-3 s");
  EXPECT_EQ(read_doses("Doing 10 repetitions of 5-second chin tucks"), "reps 10; hold 5 s");
  EXPECT_EQ(read_doses("Maintain a thirty-second hold."), "hold 30 s");
  EXPECT_EQ(read_doses("Repeat two or three sets of 30- to 60-second holds."), "sets 2; sets 3; hold 30-60 s");
  EXPECT_EQ(read_doses("Hold the squeeze while you count to four seconds."), "hold 4 s");
  EXPECT_EQ(read_doses("hold for a count of 20-30 seconds"), "hold 20-30 s");
  EXPECT_EQ(read_doses("At the end of the range, pause for 1-2 seconds."), "hold 1-2 s");
  EXPECT_EQ(read_doses("Hold only for a moment or two, then release."), "hold few s");
  // Rests, waits and increments are no hold.
  EXPECT_EQ(read_doses("Squeeze, hold for 6-7 seconds, then relax; rest 2-3 seconds between repetitions."), "hold 6-7 s");
  EXPECT_EQ(read_doses("Pause for 30 seconds between sets."), "");
  EXPECT_EQ(read_doses("Wait for ten seconds, then repeat."), "");
  EXPECT_EQ(read_doses("then return to the start, wait for 2 seconds before repeating"), "");
  // A wait may be the time spent in a position ("return upright and wait for thirty seconds"):
  // read as nothing, but kept as a number the reader cannot place; a wait before or between
  // efforts is a rest.
  EXPECT_EQ(read_quote_numbers("Return to an upright position and wait for thirty seconds.").unplaced,
            (std::vector<std::pair<double, double>>{{30, 30}}));
  EXPECT_EQ(read_quote_numbers("Wait for 20 - 30 seconds or for any dizziness to resolve.").unplaced,
            (std::vector<std::pair<double, double>>{{20, 30}}));
  EXPECT_TRUE(read_quote_numbers("wait for 2 seconds before repeating").unplaced.empty());
  EXPECT_TRUE(read_quote_numbers("Rest for 30 seconds.").unplaced.empty());
  EXPECT_EQ(read_doses("increase the duration of each hold by 5-10 seconds per week"), "");
  // "a count or two": one or two counts, like "a minute or two"; "a count of 5" is five.
  EXPECT_EQ(read_doses("Hold for a count or two and slowly lower back to the starting position"), "hold 1-2 count");
  EXPECT_EQ(read_doses("Hold for a count of 5."), "hold 5 count");
}

TEST(DoseReader, PassesOverListNumbersFootnotesAndOtherUnits) {
  for (std::string_view s : {"5. Repeat 10 times.", "4.Complete 10 reps for 3 sets.", "6.) Hold for 35 seconds."}) {
    EXPECT_EQ(read_quote_numbers(s).unread, 0u) << s;
  }
  EXPECT_EQ(read_doses("5. Repeat 10 times."), "reps 10");
  EXPECT_EQ(read_doses("A good starting volume is 8-12 reps, 1-4 sets, 2-3 times a week.6"),
            "reps 8-12; sets 1-4; frequency 2-3 per week");
  EXPECT_EQ(read_doses("Perform 5-7 times, 3-5 times daily 3"), "reps 5-7; frequency 3-5 per day");
  EXPECT_EQ(read_doses("Bend your hips to 45 degrees and allow a 48 hour rest period."), "");
  EXPECT_EQ(read_doses("Exercise 2: lie on your back."), "");
  EXPECT_EQ(read_doses("Repeat this exercise 10 times."), "reps 10") << "'exercise 10' names no exercise here";
  EXPECT_EQ(read_quote_numbers("Exercise 2: lie on your back.").unread, 0u);
}

TEST(SideCue, FindsWholePhrasesOnly) {
  EXPECT_EQ(find_side_cue("Do 8-10 repetitions per side."), "per side");
  EXPECT_EQ(find_side_cue("Hold this position for 20 seconds and then switch sides."), "switch sides");
  EXPECT_EQ(find_side_cue("You can do the other leg too"), "other leg");
  EXPECT_EQ(find_side_cue("Lie on your side and support yourself"), "");
  EXPECT_EQ(find_side_cue("Modified side plank"), "");
  EXPECT_EQ(find_side_cue("lift the opposite arm"), "");
  EXPECT_EQ(find_side_cue("Hold a weight in each hand"), "") << "a weight in each hand is no side";
  EXPECT_EQ(find_side_cue("return to a position with both legs on the floor"), "") << "a posture";
}

TEST(SideCue, FindsTheOtherSideNamed) {
  EXPECT_EQ(find_side_cue("Repeat on opposite side."), "opposite side");
  EXPECT_EQ(find_side_cue("Breathe deeply for four breaths, then repeat with your right arm."), "right arm");
  EXPECT_EQ(find_side_cue("Aim to complete 5-10 repetitions on your right side before swapping to the left."),
            "swapping to");
  EXPECT_EQ(find_side_cue("Wait for ten seconds, then repeat the stretch with the opposite leg."), "opposite leg");
  EXPECT_EQ(find_side_cue("Lie on your back and lift your right leg."), "") << "no repeat: one side only";
  EXPECT_EQ(find_side_cue("You can repeat this 10 times for each hand."), "each hand");
  EXPECT_EQ(find_side_cue("Then swing your arms to the right, holding for eight seconds, and then to the left."),
            "to the left");
  EXPECT_EQ(find_side_cue("Turn your head to the right and hold."), "") << "one direction only";
  // Turning onto the other side, then repeating: the same on the other side.
  EXPECT_EQ(find_side_cue("Hold the stretch for 30 seconds, then relax and turn on your right side and repeat"),
            "turn … repeat");
  EXPECT_EQ(find_side_cue("Roll over and repeat."), "roll … repeat");
  EXPECT_EQ(find_side_cue("Turn onto your left side to rest."), "") << "no repeat: a posture";
  EXPECT_EQ(find_side_cue("Turn your head and repeat."), "") << "no side turned to";
  // "each hand" after a count of repetitions, or "with each hand" after a repeat.
  EXPECT_EQ(find_side_cue("3. Repeat 8 to 12 times with each hand."), "each hand");
  EXPECT_EQ(find_side_cue("2 Sets of 20 Repetitions, Each Hand."), "each hand");
  EXPECT_EQ(find_side_cue("Lift a weight with each hand."), "") << "no repeat, no count";
  // The limb done, then the opposite one, in one sentence.
  EXPECT_EQ(find_side_cue("Lower your arm and leg and raise the opposite arm and leg up and hold for 5 seconds."),
            "opposite arm");
  EXPECT_EQ(find_side_cue("Raise one arm and the opposite leg."), "") << "one arm and the opposite leg: one movement";
  // The other limb as part of a position is no second side; the other limb done in turn is.
  EXPECT_EQ(find_side_cue("Lie on your back with one knee bent. Keep the other leg straight."), "");
  EXPECT_EQ(find_side_cue("Bend one leg and keep the other leg flat on the floor."), "");
  EXPECT_EQ(find_side_cue("Cross one leg over the other knee and hold for 20 seconds."), "");
  EXPECT_EQ(find_side_cue("Place your foot behind the other foot."), "");
  EXPECT_EQ(find_side_cue("Hold for 20 seconds, then repeat with the other leg straight."), "other leg")
      << "a repeat names the other side whatever the position";
  EXPECT_EQ(find_side_cue("Hold for 15 seconds, then do the other leg."), "other leg");
  EXPECT_EQ(find_side_cue("Keep the other side relaxed and repeat on the other side."), "other side")
      << "a side is never a position";
}


}  // namespace
}  // namespace contentc
