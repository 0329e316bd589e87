#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kArticle =
    "Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.\n"
    "Do this twice a day.\nDo 8-10 repetitions per side.\nRemain there for 2 minutes.\n"
    "You can do these 3 stretches twice, three times per week.\n"
    "Relax into it for a few seconds.\nHold for a 5-10 count.\nStay for a few breath cycles.\n";

std::vector<std::string> mismatches(std::string_view dose) {
  TempSources s;
  add_article(s, "art", kArticle);
  s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step>" + std::string(dose) +
                           "<cite article=\"art\">Do this twice a day.</cite></exercise>"));
  std::vector<std::string> out;
  for (const Finding& f : findings_of(s.compile(), "dose-quote-mismatch")) out.push_back(f.message);
  return out;
}

TEST(DoseQuoteMismatch, NamesBothValues) {
  EXPECT_EQ(mismatches(R"(<dose><reps>8-10</reps><hold>30 s</hold><cite article="art">Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.</cite></dose>)"),
            (std::vector<std::string>{"hold 30 s disagrees with its quote, which says '5 seconds': "
                                      "make the dose say what the quote says"}));
  EXPECT_EQ(mismatches(R"(<dose><frequency>2 per week</frequency><cite article="art">Do this twice a day.</cite></dose>)"),
            (std::vector<std::string>{"frequency 2 per week disagrees with its quote, which says "
                                      "'twice a day': make the dose say what the quote says"}));
  EXPECT_EQ(mismatches(R"(<dose><hold>2 s</hold><cite article="art">Remain there for 2 minutes.</cite></dose>)").size(), 1u);
  EXPECT_EQ(mismatches(R"(<dose><reps>8-10</reps><side>both</side><cite article="art">Do 8-10 repetitions per side.</cite></dose>)"),
            (std::vector<std::string>{"side 'both' disagrees with its quote, which says 'per side': "
                                      "use 'each' or 'alternate'"}));
}

TEST(DoseQuoteMismatch, ComparesUnitsAndHoldsWithNoNumber) {
  EXPECT_EQ(mismatches(R"(<dose><hold>few breaths</hold><cite article="art">Relax into it for a few seconds.</cite></dose>)"),
            (std::vector<std::string>{"hold 'few breaths' disagrees with its quote, which says 'few "
                                      "seconds': write 'few s'"}));
  EXPECT_EQ(mismatches(R"(<dose><hold>5 s</hold><cite article="art">Relax into it for a few seconds.</cite></dose>)"),
            (std::vector<std::string>{"hold 5 s is not what its quote says: 'few seconds' gives no "
                                      "number; write 'few s'"}));
  EXPECT_EQ(mismatches(R"(<dose><hold>5-10 s</hold><cite article="art">Hold for a 5-10 count.</cite></dose>)").size(), 1u)
      << "a count is not seconds";
  EXPECT_EQ(mismatches(R"(<dose><hold>few s</hold><cite article="art">Remain there for 2 minutes.</cite></dose>)"),
            (std::vector<std::string>{"hold 'few s' disagrees with its quote, which says '2 minutes': "
                                      "write the quote's value"}));
  EXPECT_EQ(mismatches(R"(<dose><hold>30 s</hold><cite article="art">Remain there for 2 minutes.</cite></dose>)").size(), 1u)
      << "seconds against minutes";
}

TEST(DoseQuoteMismatch, SilentWhenTheDoseSaysWhatTheQuoteSays) {
  EXPECT_TRUE(mismatches(R"(<dose><hold>few s</hold><cite article="art">Relax into it for a few seconds.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><hold>5-10 count</hold><cite article="art">Hold for a 5-10 count.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><hold>few breaths</hold><cite article="art">Stay for a few breath cycles.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><hold>120 s</hold><cite article="art">Remain there for 2 minutes.</cite></dose>)").empty())
      << "2 minutes is 120 s";
  EXPECT_TRUE(mismatches(R"(<dose><frequency>2 per day</frequency><cite article="art">Do this twice a day.</cite></dose>)").empty())
      << "'twice a day' is 2 per day";
  EXPECT_TRUE(mismatches(R"(<dose><hold>2 min</hold><cite article="art">Remain there for 2 minutes.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><frequency>2-3 per week</frequency><cite article="art">You can do these 3 stretches twice, three times per week.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><reps>8-10</reps><hold>5 s</hold><cite article="art">Hold the contraction for 5 seconds ... 8-10 repetitions.</cite></dose>)").empty());
  EXPECT_TRUE(mismatches(R"(<dose><sets>3</sets><cite article="art">Hold the contraction for 5 seconds</cite></dose>)").empty())
      << "a field the quote does not give is not contradicted";
}

}  // namespace
}  // namespace contentc

namespace contentc {
namespace {

using namespace contentc::testing;

/// The dose-quote-mismatch findings on one exercise dose citing `sentence`, beside `policy`.
std::vector<Finding> on_sentence(std::string_view dose_fields, const std::string& sentence,
                                 std::string_view policy = "<policy/>") {
  TempSources s;
  s.write("policy.xml", policy);
  add_article(s, "art", sentence + "\n");
  s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step><dose>" + std::string(dose_fields) +
                           "<cite article=\"art\">" + sentence + "</cite></dose></exercise>"));
  const Compilation c = s.compile();
  return findings_of(c, "dose-quote-mismatch");
}

TEST(DoseQuoteMismatch, ReadingsInTwoUnitsAreComparedEachInItsOwn) {
  const std::string sentence = "Duration/repetition:  A minimum of 20 slow, deep breaths, up to 5 minutes";
  EXPECT_TRUE(on_sentence("<hold>at least 20 breaths</hold>", sentence).empty()) << "the first reading";
  EXPECT_TRUE(on_sentence("<hold>up to 5 min</hold>", sentence).empty()) << "the second reading";
  // Near miss: a number neither reading gives, in either unit, is still an error.
  const std::vector<Finding> wrong = on_sentence("<hold>at least 30 breaths</hold>", sentence);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].level, Level::kError);
}

TEST(DoseQuoteMismatch, AWordOfTheFieldTheReaderCannotPlaceMakesAWarningNotAnError) {
  // "breaths" after three words of manner: the reader reads only "up to 5 minutes".
  const std::vector<Finding> f = on_sentence("<hold>25 breaths</hold>", "Stay for 20 slow, deep, calm breaths, up to 5 minutes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kWarning);
  EXPECT_NE(f[0].message.find("'breaths' in words the dose reader cannot place"), std::string::npos) << f[0].message;
  EXPECT_FALSE(f[0].fix && f[0].fix->certain);
  // Near miss: every word of the field read, so a disagreement stays an error.
  const std::vector<Finding> e = on_sentence("<hold>6 min</hold>", "Stay for up to 5 minutes.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].level, Level::kError);
}

TEST(DoseQuoteMismatch, AWordStartWithANumberedTargetIsAProgression) {
  const std::string sentence =
      "If you are unable to achieve 10 seconds holds, start with just a few seconds and build up to it.";
  EXPECT_TRUE(on_sentence(R"(<hold to="10 s">few s</hold>)", sentence).empty());
  // Near miss: without the target, the word dose disagrees with the quote's number.
  EXPECT_EQ(on_sentence("<hold>few s</hold>", sentence).size(), 1u);
}

TEST(DoseQuoteMismatch, OnceBeforeBedIsTimingNotReps) {
  // HealthPartners' pelvic rock: "once before you go to bed" counts nothing.
  const std::string sentence = "Work yourself up to about 40 stretches 3-4 times a day, including once before you go to bed.";
  EXPECT_TRUE(on_sentence("<reps>40</reps>", sentence).empty());
  EXPECT_TRUE(on_sentence("<reps>40</reps>", "Do it once in the morning and again at night.").empty());
}

TEST(DoseQuoteMismatch, AFixIsCertainOnlyWhenNothingElseInTheQuoteCouldBeTheField) {
  // One reading, nothing else: certain.
  auto found = on_sentence("<reps>12</reps>", "Repeat for 8-10 repetitions.");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].fix);
  EXPECT_TRUE(found[0].fix->certain);
  // "Start with 10," is a number the reader does not place: it could be the reps.
  found = on_sentence("<reps>5</reps>", "Start with 10, then 12 repetitions.");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].fix);
  EXPECT_FALSE(found[0].fix->certain) << "offered, never applied unasked";
  // A bare "twice" is too weak a reading to rewrite a dose from.
  found = on_sentence("<reps>3</reps>", "Repeat twice.");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].fix);
  EXPECT_FALSE(found[0].fix->certain);
  EXPECT_EQ(found[0].level, Level::kWarning) << "a weak reading is never an error";
  // Near miss: a reading that is not weak stays an error.
  found = on_sentence("<reps>5</reps>", "Repeat twice more.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kWarning) << "'twice more' is weak too: two, or three in all (5 is neither)";
  found = on_sentence("<reps>3</reps>", "Repeat 2 times.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kError);
}

TEST(DoseQuoteMismatch, ANumberTheReaderCannotPlaceMakesANoteNotAnError) {
  // "Start with 10" is no construction the reader knows, but the 10 is there: say less.
  auto found = on_sentence("<reps>10</reps>", "Start with 10, then 12 repetitions.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kNote);
  EXPECT_FALSE(found[0].fix) << "no value to write when the reader may have misread";
  // Near miss: a number that is nowhere in the quote stays an error.
  found = on_sentence("<reps>11</reps>", "Start with 10, then 12 repetitions.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kError);
}

TEST(DoseQuoteMismatch, AnEndOfTheRangeTheReaderCannotPlaceMakesAWarning) {
  // The quote's "20" is read as nothing; a dose spanning from the 10 it reads to that 20 may
  // be what the quote says in a construction the reader does not know.
  auto found = on_sentence("<hold>10-20 s</hold>", "Hold it 10 seconds, 20 if you can.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kWarning);
  EXPECT_NE(found[0].message.find("the quote also has 20 in words the dose reader cannot place"), std::string::npos)
      << found[0].message;
  ASSERT_TRUE(found[0].fix);
  EXPECT_FALSE(found[0].fix->certain);
  // Near misses: an end that is nowhere in the quote, and a single value, stay errors.
  found = on_sentence("<hold>10-30 s</hold>", "Hold it 10 seconds, 20 if you can.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kError);
  found = on_sentence("<hold>15 s</hold>", "Hold it 10 seconds, 20 if you can.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].level, Level::kError);
}

TEST(DoseQuoteMismatch, AlternativesAreTwoReadingsNotARange) {
  const std::string sentence = "Hold for 30 or 60 seconds.";
  EXPECT_TRUE(on_sentence("<hold>30 s</hold>", sentence).empty());
  EXPECT_TRUE(on_sentence("<hold>60 s</hold>", sentence).empty());
  EXPECT_TRUE(on_sentence("<hold>30-60 s</hold>", sentence).empty()) << "from one alternative to the other";
  const auto between = on_sentence("<hold>45 s</hold>", sentence);
  ASSERT_EQ(between.size(), 1u) << "45 s is neither";
  EXPECT_FALSE(between[0].fix) << "two readings: no one value to write";
  // A range stays a range.
  EXPECT_TRUE(on_sentence("<hold>45 s</hold>", "Hold for 30 to 60 seconds.").empty());
}

TEST(DoseQuoteMismatch, AFixThatWouldHideAnotherFindingIsNotCertain) {
  // 50 breaks the house limit and disagrees with the quote: writing 12 would make the dose-limit
  // warning disappear unread, so the fix is offered, not applied.
  const auto found = on_sentence("<reps>50</reps>", "Repeat for 12 repetitions.",
                                 "<policy><limit what=\"reps\" max=\"30\"/></policy>");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].fix);
  EXPECT_FALSE(found[0].fix->certain);
  const auto alone = on_sentence("<reps>20</reps>", "Repeat for 12 repetitions.",
                                 "<policy><limit what=\"reps\" max=\"30\"/></policy>");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_TRUE(alone[0].fix && alone[0].fix->certain) << "near miss: within the limit";
}

}  // namespace
}  // namespace contentc
