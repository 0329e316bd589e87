#include "load/house_assertions.h"

#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

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

TEST(HouseAssertions, ExpressionsWhoseCostGrowsWithTheSquareOfTheFileAreRefused) {
  TempSources s;
  auto rule = [](std::string id, std::string context, std::string assert_, std::string message) {
    return "<rule id=\"house-" + id + "\" level=\"error\" context=\"" + context + "\" assert=\"" + assert_ +
           "\" message=\"" + message + "\"/>\n";
  };
  s.write("policy.xml",
          policy(rule("pred", "//*[count(//*) &gt; 0]", "true()", "x") +
                 rule("assert", "//exercise", "count(/content/exercise) &gt; 1", "x") +
                 rule("message", "//exercise", "false()", "{string(/)}") +
                 rule("parent", "//exercise", "count(..//step) &gt; 0", "x") +
                 rule("axis", "//exercise", "not(preceding::exercise/@id = @id)", "x") +
                 // Near misses: a root path at the context's top, relative steps and descendants.
                 rule("fine", "/content/exercise | //stretch", "count(.//step) &gt; 0 and ../exercise and name",
                      "{name} {../@id}")));
  s.write("a.xml", content(kExercises));
  const Compilation c = s.compile();
  const auto invalid = findings_of(c, "bad-house-rule");
  ASSERT_EQ(invalid.size(), 5u);
  EXPECT_NE(invalid[0].message.find("'house-pred' cannot be used: a predicate searches the whole file from the root"),
            std::string::npos) << invalid[0].message;
  EXPECT_NE(invalid[1].message.find("'house-assert' cannot be used: it searches the whole file from the root"),
            std::string::npos) << invalid[1].message;
  EXPECT_NE(invalid[2].message.find("'house-message' cannot be used"), std::string::npos) << invalid[2].message;
  EXPECT_NE(invalid[3].message.find("from a parent"), std::string::npos) << invalid[3].message;
  EXPECT_NE(invalid[4].message.find("the preceding axis"), std::string::npos) << invalid[4].message;
  EXPECT_TRUE(findings_of(c, "house-fine").empty());
}

TEST(HouseAssertions, ARuleThatOutgrowsItsBudgetStopsWithAFindingNamingIt) {
  // count(../*) on every node passes the static check but is quadratic: each node counts all
  // of its siblings. 4,000 entries in one file make that far more XPath work than the budget.
  std::string many;
  for (int i = 0; i < 4000; ++i) {
    many += fmt::format("<advice id=\"a{}\"><text>{}</text></advice>\n", i, std::string(200, 'T'));
  }
  TempSources s;
  s.write("policy.xml", policy("<rule id=\"house-square\" level=\"error\" context=\"//*\" "
                               "assert=\"count(../*) &gt; 100000\" message=\"{ancestor::content}\"/>\n"
                               "<rule id=\"house-linear\" level=\"warning\" context=\"//advice\" "
                               "assert=\"false()\" message=\"{ancestor::content}\"/>\n"));
  s.write("a.xml", content(many));
  const Compilation c = s.compile();
  const auto invalid = findings_of(c, "bad-house-rule");
  ASSERT_EQ(invalid.size(), 2u);
  for (const Finding& f : invalid) {
    EXPECT_NE(f.message.find("was stopped on src/a.xml: its XPath work went past its budget"), std::string::npos)
        << f.message;
    ASSERT_EQ(f.related.size(), 1u);
    EXPECT_EQ(where(c, f.related[0].loc), "src/a.xml:1:1");
  }
  EXPECT_NE(invalid[0].message.find("'house-square'"), std::string::npos);
  EXPECT_NE(invalid[1].message.find("'house-linear'"), std::string::npos) << "each message is the whole file's text";
  const auto square = findings_of(c, "house-square");
  EXPECT_LT(square.size(), 8000u) << "stopped part way";
  for (const Finding& f : findings_of(c, "house-linear")) {
    EXPECT_LE(f.message.size(), kMaxMessageBytes + std::string_view("…").size());
  }
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
