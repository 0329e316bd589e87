#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kArticle =
    "Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.\n"
    "Do this twice a day.\nDo three sets.\nRepeat on each side.\nTry this for several repetitions.\n";

std::vector<std::string> unsupported(std::string_view dose) {
  TempSources s;
  add_article(s, "art", kArticle);
  s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step>" + std::string(dose) +
                           "<cite article=\"art\">Do this twice a day.</cite></exercise>"));
  std::vector<std::string> out;
  for (const Finding& f : findings_of(s.compile(), "dose-unsupported")) out.push_back(f.message);
  return out;
}

TEST(DoseUnsupported, NamesTheFieldAndTheQuote) {
  EXPECT_EQ(unsupported(R"(<dose><reps>8-10</reps><sets>3</sets><cite article="art">repeat for 8-10 repetitions</cite></dose>)"),
            (std::vector<std::string>{"sets 3 is not stated by its quote 'repeat for 8-10 "
                                      "repetitions': cite the passage that gives it, or remove "
                                      "the field"}));
  EXPECT_EQ(unsupported(R"(<dose><hold>5 s</hold><frequency>2 per day</frequency><cite article="art">Hold the contraction for 5 seconds</cite></dose>)").size(), 1u)
      << "a frequency the quote never gives";
  const auto side = unsupported(R"(<dose><reps>8-10</reps><side>each</side><cite article="art">repeat for 8-10 repetitions</cite><cite article="art">Do three sets.</cite></dose>)");
  ASSERT_EQ(side.size(), 1u);
  EXPECT_EQ(side[0], "side 'each' is not stated by any of its 2 quotes (first: 'repeat for 8-10 "
                     "repetitions'): cite the passage that says so (\"each side\", \"switch "
                     "legs\"), or remove the field");
}

TEST(DoseUnsupported, ANumberTheReaderCannotPlaceMakesANote) {
  TempSources s;
  add_article(s, "art", "Start with 10, slowly.\n");
  auto levels = [&](std::string_view reps) {
    s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step><dose><reps>" + std::string(reps) +
                             "</reps><cite article=\"art\">Start with 10, slowly.</cite></dose>"
                             "<cite article=\"art\">Start with 10, slowly.</cite></exercise>"));
    std::vector<Level> out;
    for (const Finding& f : findings_of(s.compile(), "dose-unsupported")) out.push_back(f.level);
    return out;
  };
  EXPECT_EQ(levels("10"), (std::vector<Level>{Level::kNote})) << "the quote has a 10 the reader cannot place (Start with)";
  EXPECT_EQ(levels("12"), (std::vector<Level>{Level::kWarning})) << "a 12 is nowhere in the quote";
}

TEST(DoseUnsupported, AWordOfTheFieldTheReaderUsedForNothingMakesANote) {
  TempSources s;
  add_article(s, "art", "Finish with the sets you like.\nRest 30 seconds between sets.\nLean right, then left.\n"
                        "Lift your right leg.\nPulse 2-3 per fortnight week.\n"
                        "Do it ten times, rest a minute, then do ten more.\nDo it ten times, then rest.\n"
                        "Stretch on weekdays.\nReturn upright and wait for thirty seconds.\nRoll to the far side, then back again.\n"
                        "It is recommended that you do 24 exercises a day.\nHold a light weight in each hand.\n");
  auto levels = [&](std::string_view field, std::string_view quote) {
    s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step><dose>" + std::string(field) +
                             "<cite article=\"art\">" + std::string(quote) + "</cite></dose><cite article=\"art\">" +
                             std::string(quote) + "</cite></exercise>"));
    std::vector<Level> out;
    for (const Finding& f : findings_of(s.compile(), "dose-unsupported")) out.push_back(f.level);
    return out;
  };
  EXPECT_EQ(levels("<sets>3</sets>", "Finish with the sets you like."), (std::vector<Level>{Level::kNote}))
      << "'sets' is in the quote, read as nothing";
  EXPECT_EQ(levels("<frequency>2 per week</frequency>", "Pulse 2-3 per fortnight week."),
            (std::vector<Level>{Level::kNote}));
  EXPECT_EQ(levels("<side>each</side>", "Lean right, then left."), (std::vector<Level>{Level::kNote}))
      << "the left and the right, in no side cue";
  // Near misses: the word was read (a rest is no hold), or only one side is named.
  EXPECT_EQ(levels("<hold>30 s</hold>", "Rest 30 seconds between sets."), (std::vector<Level>{Level::kWarning}));
  EXPECT_EQ(levels("<side>each</side>", "Lift your right leg."), (std::vector<Level>{Level::kWarning}));
  EXPECT_EQ(levels("<sets>3</sets>", "Lift your right leg."), (std::vector<Level>{Level::kWarning}));
  // A wait may be the time held in a position: the same number is a note, another a warning.
  EXPECT_EQ(levels("<hold>30 s</hold>", "Return upright and wait for thirty seconds."),
            (std::vector<Level>{Level::kNote}));
  EXPECT_EQ(levels("<hold>20 s</hold>", "Return upright and wait for thirty seconds."),
            (std::vector<Level>{Level::kWarning}));
  // Bouts of repetitions with a rest between them count sets no construction reads; one bout
  // and a rest does not.
  EXPECT_EQ(levels("<sets>2</sets>", "Do it ten times, rest a minute, then do ten more."),
            (std::vector<Level>{Level::kNote}));
  EXPECT_EQ(levels("<sets>2</sets>", "Do it ten times, then rest."), (std::vector<Level>{Level::kWarning}));
  // A field's words by family: a form no construction reads ("weekdays") still says less, and a
  // side or limb with a word of repeating or turning may say each side.
  EXPECT_EQ(levels("<frequency>5 per week</frequency>", "Stretch on weekdays."), (std::vector<Level>{Level::kNote}));
  EXPECT_EQ(levels("<side>each</side>", "Roll to the far side, then back again."),
            (std::vector<Level>{Level::kNote}));
  EXPECT_EQ(levels("<side>each</side>", "Hold a light weight in each hand."), (std::vector<Level>{Level::kNote}))
      << "a limb with a word of sharing out: maybe each side, maybe not";
  // "24 exercises a day" may count the day's repetitions: the reader cannot place the 24.
  EXPECT_EQ(levels("<reps>24</reps>", "It is recommended that you do 24 exercises a day."),
            (std::vector<Level>{Level::kNote}));
}

TEST(DoseUnsupported, TheFieldsNumberReadAsAnotherFieldMakesANoteThatNamesIt) {
  const auto findings = unsupported(R"(<dose><reps>8-10</reps><sets>8-10</sets><cite article="art">repeat for 8-10 repetitions</cite></dose>)");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], "sets 8-10: its quote 'repeat for 8-10 repetitions' has 8-10 as the reps ('8-10 "
                         "repetitions'), which may be the dose reader's mistake; check that it gives the sets");
  TempSources s;
  add_article(s, "art", "Repeat 3 times.\nRest 30 seconds between sets.\n");
  auto level = [&](std::string_view field, std::string_view quote) {
    s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step><dose>" + std::string(field) +
                             "<cite article=\"art\">" + std::string(quote) + "</cite></dose><cite article=\"art\">" +
                             std::string(quote) + "</cite></exercise>"));
    const auto found = findings_of(s.compile(), "dose-unsupported");
    return found.size() == 1 ? found[0].level : Level::kError;
  };
  EXPECT_EQ(level("<sets>3</sets>", "Repeat 3 times."), Level::kNote);
  // Near misses: another number, or the number read as no dose (a rest), keep the warning.
  EXPECT_EQ(level("<sets>4</sets>", "Repeat 3 times."), Level::kWarning);
  EXPECT_EQ(level("<hold>30 s</hold>", "Rest 30 seconds between sets."), Level::kWarning);
}

TEST(DoseUnsupported, SilentWhenAnyCiteOfTheDoseStatesTheField) {
  EXPECT_TRUE(unsupported(R"(<dose><reps>8-10</reps><sets>3</sets><cite article="art">repeat for 8-10 repetitions</cite><cite article="art">Do three sets.</cite></dose>)").empty())
      << "sets stated by the dose's second cite";
  EXPECT_TRUE(unsupported(R"(<dose><reps>8-10</reps><side>each</side><cite article="art">repeat for 8-10 repetitions</cite><cite article="art">Repeat on each side.</cite></dose>)").empty());
  EXPECT_TRUE(unsupported(R"(<dose><reps>several</reps><cite article="art">Try this for several repetitions.</cite></dose>)").empty())
      << "'several repetitions' states reps without a number";
  EXPECT_TRUE(unsupported(R"(<dose><frequency>2 per day</frequency><cite article="art">Do this twice a day.</cite></dose>)").empty());
  EXPECT_TRUE(unsupported(R"(<dose><reps>40</reps><cite article="art">repeat for 8-10 repetitions</cite></dose>)").empty())
      << "stated but different is dose-quote-mismatch, not this rule";
}

}  // namespace
}  // namespace contentc
