// dose-missing, dose-range, dose-limit, dose-imprecise: the dose rules that read one field.
#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with_movements(std::string_view body, const char* policy = nullptr) {
  TempSources s;
  add_article(s, "art", "Text.");
  if (policy) s.write("policy.xml", policy);
  s.write("a.xml", content(body));
  return s.compile();
}

TEST(DoseMissing, FiresOnExercisesWithoutNumbersAndStretchesWithoutHold) {
  const Compilation l = with_movements(R"(<exercise id="e"><name>E</name><step>S</step><dose><sets>2</sets></dose><cite article="art">Text.</cite></exercise>
<stretch id="s"><name>S</name><step>S</step><dose><reps>3</reps></dose><cite article="art">Text.</cite></stretch>)");
  const auto f = findings_of(l, "dose-missing");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:1");
  EXPECT_EQ(f[0].message, "exercise 'e' has no reps, hold or frequency: add a <dose> with what its "
                          "source gives, citing that passage");
  EXPECT_EQ(f[1].message, "stretch 's' has no hold: add a <dose> with the <hold> its source "
                          "gives, citing that passage");
}

TEST(DoseMissing, SilentWhenAnyDoseHasIt) {
  EXPECT_TRUE(findings_of(with_movements(R"(<exercise id="e"><name>E</name><step>S</step><dose><sets>2</sets></dose><dose><frequency>2 per week</frequency></dose><cite article="art">Text.</cite></exercise>
<stretch id="s"><name>S</name><step>S</step><dose><hold>few breaths</hold></dose><cite article="art">Text.</cite></stretch>)"),
                          "dose-missing")
                  .empty());
}

TEST(DoseRange, FiresWithTheAcceptedForms) {
  const Compilation l = with_movements(R"(<exercise id="e"><name>E</name><step>S</step><dose><reps>10-8</reps><hold>5 sec</hold><frequency>0 per day</frequency></dose><cite article="art">Text.</cite></exercise>)",
                                       R"(<policy><limit what="hold" max="1 hour"/></policy>)");
  const auto f = findings_of(l, "dose-range");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:58");
  EXPECT_NE(f[0].message.find("goes from 10 down to 8"), std::string::npos);
  EXPECT_NE(f[1].message.find("hold '5 sec' has an unknown unit; write N or N-M with unit s, min, breaths or count"), std::string::npos);
  EXPECT_NE(f[2].message.find("is zero"), std::string::npos);
  EXPECT_NE(f[3].message.find("policy limit max"), std::string::npos);
}

TEST(DoseRange, SilentOnValidValues) {
  EXPECT_TRUE(findings_of(with_movements(R"(<exercise id="e"><name>E</name><step>S</step><dose><reps>8</reps><hold>1-2 min</hold><sets>2-3</sets><frequency>1 per day</frequency></dose><cite article="art">Text.</cite></exercise>)"),
                          "dose-range")
                  .empty());
}

const char* const kLimits = R"(<policy>
<limit what="reps" max="30"/>
<limit what="hold" kind="stretch" min="10 s" max="3 min"/>
<limit what="frequency" max="3 per day"/>
</policy>)";

TEST(DoseLimit, FiresAboveAndBelowWithTheLimit) {
  const Compilation l = with_movements(R"(<stretch id="s"><name>S</name><step>S</step><dose><reps>20-40</reps><hold>5 s</hold><frequency>4 per day</frequency></dose><cite article="art">Text.</cite></stretch>
<stretch id="t"><name>T</name><step>S</step><dose><hold>4 min</hold></dose><cite article="art">Text.</cite></stretch>)",
                                       kLimits);
  const auto f = findings_of(l, "dose-limit");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].message, "reps 20-40 is above the policy's maximum of 30: lower it, or suppress "
                          "this with the reviewer's reason");
  EXPECT_EQ(f[1].message, "hold 5 s is below the policy's minimum of 10 s for stretches: raise "
                          "it, or suppress this with the reviewer's reason");
  EXPECT_EQ(where(l, f[1].related[0].loc), "src/policy.xml:3:1");
  EXPECT_NE(f[2].message.find("frequency 4 per day is above the policy's maximum of 3 per day"), std::string::npos);
  EXPECT_NE(f[3].message.find("hold 4 min is above the policy's maximum of 3 min"), std::string::npos);
}

TEST(DoseLimit, SilentWithinLimitsOtherKindsAndOtherScales) {
  EXPECT_TRUE(findings_of(with_movements(R"(<stretch id="s"><name>S</name><step>S</step><dose><reps>30</reps><hold>3 min</hold><frequency>3 per week</frequency></dose><cite article="art">Text.</cite></stretch>
<exercise id="e"><name>E</name><step>S</step><dose><hold>5 s</hold></dose><cite article="art">Text.</cite></exercise>
<stretch id="b"><name>B</name><step>S</step><dose><hold>5 breaths</hold></dose><cite article="art">Text.</cite></stretch>)",
                                         kLimits),
                          "dose-limit")
                  .empty());
}

TEST(DoseLimit, AFewSecondsIsBelowATenSecondMinimum) {
  const Compilation l = with_movements(R"(<stretch id="s"><name>S</name><step>S</step><dose><hold>few s</hold></dose><cite article="art">Text.</cite></stretch>
<stretch id="t"><name>T</name><step>S</step><dose><hold>several s</hold></dose><cite article="art">Text.</cite></stretch>)",
                                       kLimits);
  const auto f = findings_of(l, "dose-limit");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].message, "hold 'few s' is below the policy's minimum of 10 s for stretches: a few "
                          "seconds is under 10 s; raise it, or suppress this with the reviewer's "
                          "reason");
}

TEST(DoseLimit, SilentOnAFewSecondsUnderASmallerMinimumOrAFewMinutes) {
  const char* small_min = R"(<policy><limit what="hold" min="5 s" max="3 min"/></policy>)";
  EXPECT_TRUE(findings_of(with_movements(R"(<stretch id="s"><name>S</name><step>S</step><dose><hold>few s</hold></dose><cite article="art">Text.</cite></stretch>)", small_min),
                          "dose-limit").empty()) << "a few seconds may be 5 s or more";
  EXPECT_TRUE(findings_of(with_movements(R"(<stretch id="s"><name>S</name><step>S</step><dose><hold>few min</hold></dose><cite article="art">Text.</cite></stretch>
<stretch id="t"><name>T</name><step>S</step><dose><hold>5-10 count</hold></dose><cite article="art">Text.</cite></stretch>)", kLimits),
                          "dose-limit").empty()) << "minutes unknown, counts are no seconds";
}

TEST(DoseImprecise, FiresOnWordsNotOnNumbers) {
  const Compilation l = with_movements(R"(<exercise id="e"><name>E</name><step>S</step><dose><reps>several</reps></dose><dose><reps>5</reps><hold>few breaths</hold></dose><cite article="art">Text.</cite></exercise>)");
  const auto f = findings_of(l, "dose-imprecise");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].message, "reps 'several' gives apps no number: use the number the source states; "
                          "if it states none, keep the word and suppress this with that reason");
  EXPECT_NE(f[1].message.find("hold 'few breaths'"), std::string::npos);
}

}  // namespace
}  // namespace contentc
