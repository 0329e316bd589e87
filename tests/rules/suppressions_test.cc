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
