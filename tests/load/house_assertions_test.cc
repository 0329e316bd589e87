#include "load/house_assertions.h"

#include <gtest/gtest.h>

#include <string>

#include "rules/registry.h"
#include "test_support.h"

namespace contentc {
namespace {

using testing::content;
using testing::findings_of;
using testing::TempSources;
using testing::where;

/// A policy holding `rules` (house <rule> elements).
std::string policy(std::string_view rules) { return "<policy>\n" + std::string(rules) + "</policy>\n"; }

const char* const kExercises =
    "<exercise id=\"bridge\"><name>Bridge</name><position>supine</position><step>Lift.</step></exercise>\n"
    "<exercise id=\"tilt\"><name>Pelvic &amp; tilt</name><position>supine</position>"
    "<equipment>wedge</equipment><step>Tilt.</step></exercise>\n"
    "<exercise id=\"squat\"><name>Squat</name><position>standing</position><step>Bend.</step></exercise>\n";

const char* const kSupineRule =
    "<rule id=\"house-supine-support\" level=\"warning\" context=\"//exercise[position='supine']\"\n"
    "      assert=\"equipment[.='wedge' or .='pillow']\" message=\"{name} ({@id}) needs a wedge or pillow\"/>\n";

TEST(HouseAssertions, FiresWhereTheAssertFailsAtTheContextNode) {
  TempSources s;
  s.write("policy.xml", policy(kSupineRule));
  s.write("a.xml", content(kExercises));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "house-supine-support");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:1");
  EXPECT_EQ(found[0].message, "Bridge (bridge) needs a wedge or pillow");
  EXPECT_EQ(found[0].level, Level::kWarning);
  EXPECT_TRUE(find_rule(c.catalogue, "house-supine-support")) << "house rules join the run's catalogue";
  EXPECT_TRUE(findings_of(c, "bad-house-rule").empty());
}

TEST(HouseAssertions, InterpolatesDecodedValuesAndBracesAndAttributesGetTheirPlace) {
  TempSources s;
  s.write("policy.xml", policy(
      "<rule id=\"house-ids\" level=\"note\" context=\"//exercise/@id\" assert=\"string-length(.) &gt; 6\"\n"
      "      message=\"{{{.}}} of {../name} is short\"/>\n"));
  s.write("a.xml", content("<exercise id=\"tilt\"><name>Pelvic &amp; tilt</name><step>Tilt.</step></exercise>"));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "house-ids");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "{tilt} of Pelvic & tilt is short");
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:15") << "at the attribute's value";
}

TEST(HouseAssertions, ABadExpressionIsAFindingAtItsCharacterAndTheRuleDoesNotRun) {
  TempSources s;
  s.write("policy.xml", policy(
      "<rule id=\"house-broken\" level=\"error\" context=\"//exercise[\" assert=\"true()\" message=\"x\"/>\n"
      "<rule id=\"house-value\" level=\"error\" context=\"count(//exercise)\" assert=\"true()\" message=\"x\"/>\n"
      "<rule id=\"house-message\" level=\"error\" context=\"//exercise\" assert=\"false()\" message=\"{name\"/>\n"));
  s.write("a.xml", content(kExercises));
  const Compilation c = s.compile();
  const auto invalid = findings_of(c, "bad-house-rule");
  ASSERT_EQ(invalid.size(), 3u);
  EXPECT_EQ(where(c, invalid[0].loc), "src/policy.xml:2:59") << "column of the 12th character";
  EXPECT_NE(invalid[0].message.find("(at character 12)"), std::string::npos) << invalid[0].message;
  EXPECT_NE(invalid[1].message.find("must select nodes"), std::string::npos);
  EXPECT_NE(invalid[2].message.find("opens a '{'"), std::string::npos);
  EXPECT_TRUE(findings_of(c, "house-broken").empty());
  EXPECT_FALSE(find_rule(c.catalogue, "house-broken"));
}

TEST(HouseAssertions, IdsMustBeHouseAndUnique) {
  TempSources s;
  s.write("policy.xml", policy(
      "<rule id=\"bad-id\" level=\"error\" context=\"//exercise\" assert=\"true()\" message=\"x\"/>\n"
      "<rule id=\"house-a\" level=\"error\" context=\"//exercise\" assert=\"true()\" message=\"x\"/>\n"
      "<rule id=\"house-a\" level=\"error\" context=\"//exercise\" assert=\"true()\" message=\"x\"/>\n"));
  s.write("a.xml", content(kExercises));
  const auto invalid = findings_of(s.compile(), "bad-house-rule");
  ASSERT_EQ(invalid.size(), 2u);
  EXPECT_NE(invalid[0].message.find("needs an id that starts with 'house-'"), std::string::npos);
  EXPECT_NE(invalid[1].message.find("already has the id 'house-a'"), std::string::npos);
  for (const Rule* r : builtin_rules()) EXPECT_FALSE(r->id.starts_with("house-")) << r->id;
}

TEST(HouseAssertions, CostlyExpressionsAreRefusedBeforeTheyRun) {
  TempSources s;
  std::string deep = "//exercise";
  for (int i = 0; i < 5; ++i) deep += "[*";
  for (int i = 0; i < 5; ++i) deep += "]";
  std::string huge = "//exercise";
  while (huge.size() <= kMaxXPathBytes) huge += "|//exercise";
  s.write("policy.xml", policy("<rule id=\"house-deep\" level=\"error\" context=\"" + deep +
                               "\" assert=\"true()\" message=\"x\"/>\n<rule id=\"house-huge\" level=\"error\" context=\"" +
                               huge + "\" assert=\"true()\" message=\"x\"/>\n"));
  s.write("a.xml", content(kExercises));
  const auto invalid = findings_of(s.compile(), "bad-house-rule");
  ASSERT_EQ(invalid.size(), 2u);
  EXPECT_NE(invalid[0].message.find("nest more than 4 deep"), std::string::npos) << invalid[0].message;
  EXPECT_NE(invalid[1].message.find("over the limit of 1000"), std::string::npos) << invalid[1].message;
}

TEST(HouseAssertions, ExamplesMustDoWhatTheySay) {
  TempSources s;
  const std::string fires =
      "<example expect=\"fires\"><exercise id=\"x\"><name>X</name><position>supine</position><step>s</step></exercise></example>";
  const std::string passes =
      "<example expect=\"passes\"><exercise id=\"x\"><name>X</name><position>supine</position>"
      "<equipment>pillow</equipment><step>s</step></exercise></example>";
  s.write("policy.xml", policy(
      "<rule id=\"house-good\" level=\"warning\" context=\"//exercise[position='supine']\" "
      "assert=\"equipment\" message=\"m\">" + fires + passes + "</rule>\n"
      // Near misses: an assert that never fails, and one that always does.
      "<rule id=\"house-never\" level=\"warning\" context=\"//exercise\" assert=\"true()\" message=\"m\">" +
      fires + "</rule>\n"
      "<rule id=\"house-always\" level=\"warning\" context=\"//exercise\" assert=\"false()\" message=\"always {@id}\">" +
      passes + "</rule>\n"));
  s.write("a.xml", content(kExercises));
  const Compilation c = s.compile();
  const auto invalid = findings_of(c, "bad-house-rule");
  ASSERT_EQ(invalid.size(), 2u);
  EXPECT_NE(invalid[0].message.find("example 1 of house rule 'house-never' expects it to fire, but it passes"),
            std::string::npos);
  EXPECT_NE(invalid[1].message.find("expects it to pass, but it fires (\"always x\")"), std::string::npos);
  EXPECT_EQ(where(c, invalid[0].loc), "src/policy.xml:3:89");
  EXPECT_EQ(findings_of(c, "house-good").size(), 1u) << "a rule whose examples behave runs";
  EXPECT_TRUE(findings_of(c, "house-never").empty());
  EXPECT_TRUE(findings_of(c, "house-always").empty()) << "a rule whose example fails does not run";
}

TEST(HouseAssertions, AreSuppressedAndReleveledLikeAnyRule) {
  TempSources s;
  s.write("policy.xml", policy(std::string(kSupineRule) + "<severity rule=\"house-supine-support\" level=\"error\"/>\n"));
  s.write("a.xml", content(
      "<exercise id=\"bridge\"><name>Bridge</name><position>supine</position><step>Lift.</step>"
      "<suppress rule=\"house-supine-support\" reason=\"the article shows it on a mat\"/></exercise>\n"
      "<exercise id=\"lift\"><name>Lift</name><position>supine</position><step>Lift.</step></exercise>\n"));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "house-supine-support");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[0].suppressed_reason.empty());
  EXPECT_EQ(found[1].level, Level::kError);
  EXPECT_TRUE(findings_of(c, "unknown-reference").empty());
}

}  // namespace
}  // namespace contentc
