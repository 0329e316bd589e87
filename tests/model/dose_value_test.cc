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
    EXPECT_NE(v.error.find("write"), std::string::npos) << v.error;
  }
  EXPECT_EQ(parse_dose_value(DoseField::kReps, "10-8").error,
            "reps '10-8' goes from 10 down to 8; write N or N-M (e.g. 8-10), or 'few' or "
            "'several' when the source gives no number");
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
