#include "model/dose_value.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(DoseValue, ParsesEveryForm) {
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kReps, "8-10")), "8-10");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kReps, "several")), "several");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kHold, "2-3 min")), "2-3 min");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kHold, "few breaths")), "few breaths");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kFrequency, "2 per day")), "2 per day");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kSets, "3")), "3");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kHold, "5-10 count")), "5-10 count");
  for (const char* word : {"few s", "several s", "few min", "few breaths"}) {
    const DoseValue v = parse_dose_value(DoseField::kHold, word);
    EXPECT_EQ(v.kind, DoseValue::Kind::kWord) << word;
    EXPECT_EQ(format_dose_value(v), word);
  }
  EXPECT_EQ(parse_dose_value(DoseField::kHold, "several s").unit, "s");
  EXPECT_EQ(parse_dose_value(DoseField::kHold, "few min").unit, "min");
}

TEST(DoseValue, RejectsWithTheAcceptedForms) {
  for (auto [field, text] : std::vector<std::pair<DoseField, const char*>>{
           {DoseField::kReps, "0"}, {DoseField::kReps, "10-8"}, {DoseField::kReps, "-3"},
           {DoseField::kReps, "8 reps"}, {DoseField::kHold, "5"}, {DoseField::kHold, "5 seconds"},
           {DoseField::kFrequency, "2 per month"}, {DoseField::kSets, "few"},
           {DoseField::kHold, "several min"}, {DoseField::kHold, "few seconds"},
           {DoseField::kReps, "few s"}, {DoseField::kHold, "5 counts"}}) {
    const DoseValue v = parse_dose_value(field, text);
    EXPECT_EQ(v.kind, DoseValue::Kind::kInvalid) << text;
    EXPECT_NE(v.error().find("write"), std::string::npos) << v.error();
  }
  EXPECT_EQ(parse_dose_value(DoseField::kReps, "10-8").error(),
            "reps '10-8' goes from 10 down to 8; write N or N-M (e.g. 8-10, 'about 40', 'up to 10'), or "
            "'few' or 'several' when the source gives no number");
}

TEST(DoseValue, SaysHowExactTheSourceIs) {
  const DoseValue about = parse_dose_value(DoseField::kReps, "about 40");
  EXPECT_EQ(about.kind, DoseValue::Kind::kRange);
  EXPECT_EQ(about.approx, "about");
  EXPECT_EQ(about.min, 40);
  EXPECT_EQ(format_dose_value(about), "about 40");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kHold, "up to 10 s")), "up to 10 s");
  EXPECT_EQ(format_dose_value(parse_dose_value(DoseField::kFrequency, "at least 1 per day")), "at least 1 per day");
  EXPECT_EQ(parse_dose_value(DoseField::kReps, "40").approx, "");
  // Near misses: a qualifier on a word, an unknown qualifier, a qualifier alone.
  for (const char* text : {"about few", "roughly 40", "about", "up to"}) {
    EXPECT_EQ(parse_dose_value(DoseField::kReps, text).kind, DoseValue::Kind::kInvalid) << text;
  }
}

TEST(DoseValue, ReadsAProgressionsTarget) {
  const DoseValue start = parse_dose_value(DoseField::kHold, "30 s");
  const DoseValue target = parse_progression_target(DoseField::kHold, start, "1 min");
  EXPECT_EQ(target.kind, DoseValue::Kind::kRange);
  EXPECT_EQ(format_dose_value(target), "1 min");
  EXPECT_EQ(parse_progression_target(DoseField::kReps, parse_dose_value(DoseField::kReps, "10"), "about 40").approx,
            "about");
  // A target works up, in the start's unit scale, and is a number.
  const DoseValue down = parse_progression_target(DoseField::kReps, parse_dose_value(DoseField::kReps, "10"), "8");
  EXPECT_EQ(down.kind, DoseValue::Kind::kInvalid);
  EXPECT_NE(down.error().find("not above the start '10'"), std::string::npos) << down.error();
  EXPECT_EQ(parse_progression_target(DoseField::kHold, start, "5 breaths").kind, DoseValue::Kind::kInvalid);
  EXPECT_EQ(parse_progression_target(DoseField::kReps, parse_dose_value(DoseField::kReps, "10"), "several").kind,
            DoseValue::Kind::kInvalid);
}

TEST(DoseValue, ComparesOnACommonScale) {
  EXPECT_EQ(comparable(DoseField::kHold, parse_dose_value(DoseField::kHold, "2 min"))->second, 120);
  EXPECT_EQ(comparable(DoseField::kFrequency, parse_dose_value(DoseField::kFrequency, "1 per day"))->first, 7);
  EXPECT_FALSE(comparable(DoseField::kReps, parse_dose_value(DoseField::kReps, "few")));
  EXPECT_EQ(comparable_unit(DoseField::kHold, parse_dose_value(DoseField::kHold, "3 breaths")), "breaths");
  // A count is counted out loud: it stays a count, never seconds.
  EXPECT_EQ(comparable(DoseField::kHold, parse_dose_value(DoseField::kHold, "5-10 count"))->second, 10);
  EXPECT_EQ(comparable_unit(DoseField::kHold, parse_dose_value(DoseField::kHold, "5 count")), "count");
  EXPECT_FALSE(comparable(DoseField::kHold, parse_dose_value(DoseField::kHold, "few s")));
  EXPECT_EQ(comparable_unit(DoseField::kHold, parse_dose_value(DoseField::kHold, "few min")), "s");
}

}  // namespace
}  // namespace contentc
