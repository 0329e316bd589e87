#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kPolicy = R"(<policy>
  <vocabulary kind="warning-category"><term>stop-if-pain</term><term>work-into-pain</term><term>see-provider</term></vocabulary>
  <oppose category="stop-if-pain" against="work-into-pain"/>
</policy>)";

Compilation with(std::string_view body, const char* policy = kPolicy) {
  TempSources s;
  add_article(s, "art", "Text.");
  s.write("policy.xml", policy);
  s.write("a.xml", content(std::string(R"(<condition id="si"><name>SI</name><related to="sciatica"/><warning category="stop-if-pain">Stop at any pain.</warning><cite article="art">Text.</cite></condition>
<condition id="sciatica"><name>Sciatica</name><cite article="art">Text.</cite></condition>
<condition id="other"><name>Other</name><warning category="stop-if-pain">Stop at any pain.</warning><cite article="art">Text.</cite></condition>
)") + std::string(body)));
  return s.compile();
}

TEST(WarningConflict, FiresOnAnEntryUnderBothOwnAndInheritedWarnings) {
  const Compilation l = with(R"(<stretch id="nerve"><name>Nerve</name><for condition="sciatica"/><step>S</step><warning category="work-into-pain">Nudge into the pain.</warning><cite article="art">Text.</cite></stretch>)");
  const auto f = findings_of(l, "warning-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:5:80");
  EXPECT_EQ(f[0].message, "stretch 'nerve' is under both 'stop-if-pain' and 'work-into-pain' "
                          "warnings, which policy.xml says oppose each other: users would be told "
                          "both; have a reviewer decide which applies to this movement and correct "
                          "the entry, or suppress this with the reason");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].message, "a 'stop-if-pain' warning of condition 'si', related to "
                                     "'sciatica', which it is recommended for");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:59");
}

TEST(WarningConflict, FiresOnAnEntryThatCarriesBoth) {
  const auto f = findings_of(with(R"(<exercise id="e"><name>E</name><step>S</step><warning category="stop-if-pain">Stop.</warning><warning category="work-into-pain">Push into it.</warning><cite article="art">Text.</cite></exercise>)"),
                             "warning-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].related[0].message, "its own 'stop-if-pain' warning");
}

TEST(WarningConflict, SilentOnOneSideUnrelatedConditionsOrNoOpposition) {
  EXPECT_TRUE(findings_of(with(R"(<stretch id="gentle"><name>Gentle</name><for condition="sciatica"/><step>S</step><warning category="stop-if-pain">A gentle stretch, not pain.</warning><cite article="art">Text.</cite></stretch>)"),
                          "warning-conflict").empty()) << "both stop-if-pain: no opposition";
  EXPECT_TRUE(findings_of(with(R"(<condition id="lone"><name>Lone</name><cite article="art">Text.</cite></condition>
<stretch id="nerve"><name>Nerve</name><for condition="lone"/><step>S</step><warning category="work-into-pain">Nudge.</warning><cite article="art">Text.</cite></stretch>)"),
                          "warning-conflict").empty()) << "'other' says stop, but nerve is not for it or a related one";
  EXPECT_TRUE(findings_of(with(R"(<stretch id="nerve"><name>Nerve</name><for condition="sciatica"/><step>S</step><warning category="work-into-pain">Nudge.</warning><cite article="art">Text.</cite></stretch>)",
                               R"(<policy><vocabulary kind="warning-category"><term>stop-if-pain</term><term>work-into-pain</term></vocabulary></policy>)"),
                          "warning-conflict").empty()) << "the policy opposes nothing";
}

TEST(WarningConflict, OpposedCategoriesAreVocabularyTerms) {
  const auto f = findings_of(with("", R"(<policy>
  <vocabulary kind="warning-category"><term>stop-if-pain</term></vocabulary>
  <oppose category="stop-if-pain" against="work-into-pian"/>
</policy>)"), "unknown-term");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("work-into-pian"), std::string::npos);
}

}  // namespace
}  // namespace contentc
