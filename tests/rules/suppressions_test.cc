// suppression-without-reason, unused-suppression, suppression-expired, and what suppressing does.
#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation with(std::string_view suppress) {
  TempSources s;
  s.write("a.xml", content("<exercise id=\"Bad_Id\"><name>E</name><step>S</step>" +
                           std::string(suppress) + "</exercise>"));
  return s.compile();
}

TEST(Suppressions, SilenceTheRuleOnTheirEntryAndKeepTheFinding) {
  const Compilation l = with(R"(<suppress rule="bad-id" reason="Legacy id kept for the app" until="2026-06-01"/>)");
  const auto f = findings_of(l, "bad-id");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].suppressed_reason, "Legacy id kept for the app");
  EXPECT_EQ(tally(l.findings).suppressed, 1u);
  EXPECT_TRUE(findings_of(l, "unused-suppression").empty());
  EXPECT_TRUE(findings_of(l, "suppression-expired").empty()) << "valid through its until date";
}

TEST(Suppressions, WithoutAReasonNothingIsSilenced) {
  const Compilation l = with(R"(<suppress rule="bad-id" reason=" "/>)");
  const auto f = findings_of(l, "suppression-without-reason");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:51");
  EXPECT_TRUE(findings_of(l, "bad-id")[0].suppressed_reason.empty());
  EXPECT_EQ(findings_of(with(R"(<suppress rule="bad-id"/>)"), "suppression-without-reason").size(), 1u);
}

TEST(Suppressions, ExpiredOnesStopSilencing) {
  const Compilation l = with(R"(<suppress rule="bad-id" reason="r" until="2026-05-31"/>)");
  const auto f = findings_of(l, "suppression-expired");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "this suppress of 'bad-id' expired on 2026-05-31: review the finding "
                          "again, then renew the date or remove the suppress");
  EXPECT_TRUE(findings_of(l, "bad-id")[0].suppressed_reason.empty());
}

TEST(Suppressions, UnusedOnesAreReported) {
  const Compilation l = with(R"(<suppress rule="alias-collision" reason="r"/>)");
  const auto f = findings_of(l, "unused-suppression");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kWarning);
  EXPECT_EQ(f[0].message, "this suppress of 'alias-collision' silences nothing: 'alias-collision' "
                          "reports nothing on exercise 'Bad_Id' now; remove the suppress");
}

TEST(Suppressions, OnlyTheirOwnEntry) {
  TempSources s;
  s.write("a.xml", content(R"(<exercise id="One"><name>E</name><step>S</step></exercise>
<exercise id="Two"><name>F</name><step>S</step><suppress rule="bad-id" reason="r"/></exercise>)"));
  const Compilation l = s.compile();
  const auto f = findings_of(l, "bad-id");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_TRUE(f[0].suppressed_reason.empty());
  EXPECT_EQ(f[1].suppressed_reason, "r");
}

TEST(Today, ComesFromTheFlagThenSourceDateEpoch) {
  std::string error;
  EXPECT_EQ(decide_today("2027-01-02", "0", error), "2027-01-02");
  EXPECT_EQ(decide_today("", "86400", error), "1970-01-02");
  EXPECT_EQ(decide_today("2027-02-30", nullptr, error), "");
  EXPECT_NE(error.find("not a date"), std::string::npos);
  error.clear();
  EXPECT_EQ(decide_today("", nullptr, error).size(), 10u);
  EXPECT_TRUE(error.empty());
}

}  // namespace
}  // namespace contentc

namespace contentc {
namespace {

using namespace contentc::testing;

/// An exercise with two doses whose holds the article never gives (dose-unsupported on each),
/// with `entry_suppress` on the exercise and `dose_suppress` inside the first dose.
Compilation two_unsupported(std::string_view entry_suppress, std::string_view dose_suppress) {
  TempSources s;
  add_article(s, "art", "Start with 10, slowly.\nRepeat 12 times.\n");
  s.write("a.xml", content("<exercise id=\"tilt\"><name>Tilt</name><step>S</step>\n"
                           "<dose><reps>10</reps><cite article=\"art\">Start with 10, slowly.</cite>" +
                           std::string(dose_suppress) + "</dose>\n"
                           "<dose><reps>12</reps><hold>5 s</hold><cite article=\"art\">Repeat 12 times.</cite></dose>\n"
                           "<cite article=\"art\">Repeat 12 times.</cite>\n" +
                           std::string(entry_suppress) + "</exercise>"));
  return s.compile();
}

TEST(Suppressions, InsideADoseTheySilenceOnlyThatDose) {
  const Compilation c =
      two_unsupported("", R"(<suppress rule="dose-unsupported" reason="'Start with 10' gives the reps"/>)");
  const auto f = findings_of(c, "dose-unsupported");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].suppressed_reason, "'Start with 10' gives the reps");
  EXPECT_EQ(f[1].loc.line, 4u) << "the second dose";
  EXPECT_TRUE(f[1].suppressed_reason.empty()) << "the second dose's 5 s hold is still shown";
  EXPECT_TRUE(findings_of(c, "suppression-too-broad").empty());
  EXPECT_TRUE(findings_of(c, "unused-suppression").empty());
  // The bundles carry it with the entry's own (a reviewer's record is never dropped).
  ASSERT_EQ(c.model.movements.size(), 1u);
  const auto all = entry_suppressions(c.model.movements[0]);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0]->rule.value, "dose-unsupported");
}

TEST(Suppressions, OnAnEntryThatSilencesSeveralFindingsTheyAreListed) {
  const Compilation c =
      two_unsupported(R"(<suppress rule="dose-unsupported" reason="'Start with 10' gives the reps"/>)", "");
  for (const Finding& f : findings_of(c, "dose-unsupported")) EXPECT_FALSE(f.suppressed_reason.empty());
  const auto broad = findings_of(c, "suppression-too-broad");
  ASSERT_EQ(broad.size(), 1u);
  EXPECT_EQ(broad[0].level, Level::kWarning);
  EXPECT_EQ(where(c, broad[0].loc), "src/a.xml:6:1");
  EXPECT_NE(broad[0].message.find("silences 2 findings on exercise 'tilt' (listed)"), std::string::npos)
      << broad[0].message;
  ASSERT_EQ(broad[0].related.size(), 2u);
  EXPECT_EQ(broad[0].related[1].message.rfind("it silences: ", 0), 0u);
  // Near misses: an entry suppress that silences one finding, and an unused dose suppress.
  const Compilation one = with(R"(<suppress rule="bad-id" reason="Legacy id kept for the app"/>)");
  EXPECT_TRUE(findings_of(one, "suppression-too-broad").empty());
  const Compilation unused = two_unsupported("", R"(<suppress rule="dose-limit" reason="r"/>)");
  const auto u = findings_of(unused, "unused-suppression");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_NE(u[0].message.find("reports nothing on dose 1 of exercise 'tilt'"), std::string::npos) << u[0].message;
}

TEST(Suppressions, OnNamesTheSmallestPartAndSilencesOnlyIt) {
  // In a dose, on="hold" silences the hold's finding, not the dose's others.
  Compilation c = two_unsupported("", "");
  ASSERT_EQ(findings_of(c, "dose-unsupported").size(), 2u);
  c = two_unsupported(R"(<suppress rule="dose-unsupported" reason="the hold is the house's" on="dose 2"/>)", "");
  auto f = findings_of(c, "dose-unsupported");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_TRUE(f[0].suppressed_reason.empty()) << "dose 1 is not dose 2";
  EXPECT_EQ(f[1].suppressed_reason, "the hold is the house's");
  EXPECT_TRUE(findings_of(c, "suppression-too-broad").empty());
  // A dose field: the second dose's hold only.
  TempSources s;
  add_article(s, "art", "Repeat 12 times.\n\nStop if it hurts.\n");
  s.write("a.xml", content(R"(<exercise id="tilt"><name>Tilt</name><step>S</step>
<dose><reps>10</reps><hold>5 s</hold><cite article="art">Repeat 12 times.</cite><suppress rule="dose-quote-mismatch" reason="r" on="hold"/></dose>
<warning category="stop-if-pain">Stop.<cite article="art">Stop if it aches.</cite></warning>
<warning category="stop-if-pain">Stop.<cite article="art">Stop when it aches.</cite></warning>
<cite article="art">Repeat 12 times.</cite>
<suppress rule="quote-not-found" reason="the page changed; re-archiving" on="warning 2"/></exercise>)"));
  c = s.compile();
  f = findings_of(c, "dose-quote-mismatch");
  ASSERT_EQ(f.size(), 1u) << "reps 10 against 12 times; the hold is a dose-unsupported, not a mismatch";
  EXPECT_TRUE(f[0].suppressed_reason.empty()) << "on=\"hold\" does not reach the reps";
  f = findings_of(c, "quote-not-found");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_TRUE(f[0].suppressed_reason.empty()) << "warning 1 is not warning 2";
  EXPECT_EQ(f[1].suppressed_reason, "the page changed; re-archiving");
  const auto unused = findings_of(c, "unused-suppression");
  ASSERT_EQ(unused.size(), 1u) << "on=\"hold\" silenced nothing: the reps were the mismatch";
  EXPECT_NE(unused[0].message.find("reports nothing on hold of dose 1 of exercise 'tilt'"), std::string::npos)
      << unused[0].message;
}

TEST(Suppressions, OnNamingAPartThatIsNotThereIsReported) {
  for (auto [suppress, says] : std::vector<std::pair<std::string, std::string>>{
           {R"(<suppress rule="bad-id" reason="r" on="warning 3"/>)", "names no warning of exercise 'Bad_Id': it has 0"},
           {R"(<suppress rule="bad-id" reason="r" on="cite 2"/>)", "names no cite of exercise 'Bad_Id': it has 0"},
           {R"(<suppress rule="bad-id" reason="r" on="hold"/>)", "is not a part an entry's suppress can name"}}) {
    const Compilation l = with(suppress);
    const auto u = findings_of(l, "unused-suppression");
    ASSERT_EQ(u.size(), 1u) << suppress;
    EXPECT_NE(u[0].message.find(says), std::string::npos) << u[0].message;
    EXPECT_TRUE(findings_of(l, "bad-id")[0].suppressed_reason.empty()) << "it silences nothing";
  }
}

}  // namespace
}  // namespace contentc
