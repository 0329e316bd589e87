// policy.xml including other policies: what the merged policy holds, and the findings at an
// include that leads nowhere or a drop that drops nothing.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "load/policy_merge.h"
#include "test_support.h"

namespace contentc {
namespace {

using testing::findings_of;
using testing::Storage;
using testing::TempSources;
using testing::where;

std::string policy(std::string_view body) { return "<policy>\n" + std::string(body) + "\n</policy>\n"; }

/// A shared policy: a vocabulary, a limit, a term, two house rules.
constexpr std::string_view kShared = R"x(<vocabulary kind="pattern"><term>lunge</term><term>walking</term></vocabulary>
<require-warning category="stop-if-pain" on="exercise stretch"/>
<limit what="reps" max="12"/>
<limit what="hold" kind="stretch" max="30 s"/>
<term use="sciatica" instead-of="sciatic pain"/>
<rule id="house-a" level="note" context="//exercise" assert="true()" message="a"/>
<rule id="house-b" level="note" context="//exercise" assert="true()" message="b"/>)x";

TEST(PolicyInclude, TheIncludingPolicyWinsByKeyAndJoinsVocabularies) {
  TempSources s{Storage::kDisk};
  s.write("shared/house.xml", policy(kShared));
  s.write("policy.xml", policy(R"x(<include href="shared/house.xml"/>
<vocabulary kind="pattern"><term>walking</term><term>bridge</term></vocabulary>
<limit what="reps" max="30"/>
<rule id="house-b" level="warning" context="//stretch" assert="true()" message="b2"/>)x"));
  const Compilation c = s.compile();
  EXPECT_TRUE(findings_of(c, "schema-violation").empty()) << "an included policy is not read as content";
  const Policy& p = c.model.policy;
  std::vector<std::string> patterns;
  for (const Text& t : p.vocabularies.at("pattern")) patterns.push_back(t.value.str());
  EXPECT_EQ(patterns, (std::vector<std::string>{"lunge", "walking", "bridge"}));
  ASSERT_EQ(p.limits.size(), 2u);
  EXPECT_EQ(p.limits[0].max->value, "30") << "replaced where it stood";
  EXPECT_EQ(where(c, p.limits[0].loc), "src/policy.xml:4:1");
  EXPECT_EQ(where(c, p.limits[1].loc), "src/shared/house.xml:5:1") << "an included element names its file";
  ASSERT_EQ(p.house_rules.size(), 2u);
  EXPECT_EQ(p.house_rules[1]->level.value, "warning");
  EXPECT_EQ(where(c, p.house_rules[0]->loc), "src/shared/house.xml:7:1");
  EXPECT_EQ(p.require_warnings.size(), 1u);
  EXPECT_EQ(where(c, p.loc), "src/policy.xml:1:1");
}

TEST(PolicyInclude, DropsWhatItNamesAndSaysWhenItNamesNothing) {
  TempSources s{Storage::kDisk};
  s.write("shared/house.xml", policy(kShared));
  s.write("policy.xml", policy(R"x(<include href="shared/house.xml"/>
<drop rule="house-a"/>
<drop limit="hold" kind="stretch"/>
<drop term="sciatica"/>
<drop rule="house-zzz"/>
<drop limit="reps" kind="stretch"/>
<drop/>
<drop rule="house-b" term="sciatica"/>)x"));
  const Compilation c = s.compile();
  const Policy& p = c.model.policy;
  ASSERT_EQ(p.house_rules.size(), 1u);
  EXPECT_EQ(p.house_rules[0]->id.value, "house-b");
  ASSERT_EQ(p.limits.size(), 1u);
  EXPECT_EQ(p.limits[0].what.value, "reps") << "a limit without kind is not a stretch's";
  EXPECT_TRUE(p.terms.empty());
  const auto found = findings_of(c, "policy-include");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(where(c, found[0].loc), "src/policy.xml:6:1");
  EXPECT_EQ(found[0].level, Level::kWarning);
  EXPECT_NE(found[0].message.find("drops nothing"), std::string::npos);
  EXPECT_EQ(where(c, found[1].loc), "src/policy.xml:7:1");
  EXPECT_EQ(found[1].level, Level::kWarning);
  EXPECT_EQ(found[2].level, Level::kError);
  EXPECT_NE(found[2].message.find("names nothing"), std::string::npos);
  EXPECT_NE(found[3].message.find("more than one"), std::string::npos);
}

TEST(PolicyInclude, CirclesMissingFilesAndUnknownNamesAreFindingsAtTheInclude) {
  TempSources s{Storage::kDisk};
  s.write("shared/a.xml", policy(R"x(<include href="b.xml"/><limit what="sets" max="4"/>)x"));
  s.write("shared/b.xml", policy(R"x(<include href="a.xml"/>)x"));
  s.write("policy.xml", policy(R"x(<include href="shared/a.xml"/>
<include href="shared/none.xml"/>
<include href="no-such-policy"/>
<include href="/etc/passwd"/>)x"));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "policy-include");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(where(c, found[0].loc), "src/policy.xml:3:1");
  EXPECT_NE(found[0].message.find("there is no file 'shared/none.xml'"), std::string::npos);
  EXPECT_NE(found[1].message.find("no policy named 'no-such-policy' is installed"), std::string::npos);
  EXPECT_NE(found[2].message.find("absolute path"), std::string::npos);
  EXPECT_EQ(where(c, found[3].loc), "src/shared/b.xml:2:1");
  EXPECT_NE(found[3].message.find("policy.xml -> shared/a.xml -> shared/b.xml -> shared/a.xml"), std::string::npos);
  ASSERT_EQ(c.model.policy.limits.size(), 1u) << "what the circle's files hold is still read once";
}

TEST(PolicyInclude, NamesAnInstalledPolicyAndReadsOneFileOnceInADiamond) {
  TempSources s{Storage::kDisk};
  const std::filesystem::path installed = s.root.parent_path() / (s.root.filename().string() + "-policies");
  std::filesystem::create_directories(installed);
  std::ofstream(installed / "house-wide.xml") << policy(R"x(<limit what="sets" max="4"/>)x");
  s.write("left.xml", policy(R"x(<include href="house-wide"/>)x"));
  s.write("right.xml", policy(R"x(<include href="house-wide"/><limit what="sets" max="3"/>)x"));
  s.write("policy.xml", policy(R"x(<include href="left.xml"/><include href="right.xml"/>)x"));
  LoadOptions options;
  options.policy_dir = installed.string();
  const Compilation c = s.compile(options);
  std::filesystem::remove_all(installed);
  EXPECT_TRUE(findings_of(c, "policy-include").empty());
  ASSERT_EQ(c.model.policy.limits.size(), 1u);
  EXPECT_EQ(c.model.policy.limits[0].max->value, "3") << "a later include overrides an earlier one";
  size_t shown = 0;
  for (uint32_t i = 0; i < c.files.size(); ++i) shown += c.files[i].path == (installed / "house-wide.xml").string();
  EXPECT_EQ(shown, 1u) << "an installed policy is shown by its absolute path, once";
}

TEST(PolicyInclude, AnIncludedFileThatIsNotAPolicyIsAFindingInIt) {
  TempSources s{Storage::kDisk};
  s.write("bad.xml", "<content/>");
  s.write("broken.xml", "<policy><limit</policy>");
  s.write("policy.xml", policy(R"x(<include href="bad.xml"/><include href="broken.xml"/><limit what="reps" max="9"/>)x"));
  const Compilation c = s.compile();
  const auto schema = findings_of(c, "schema-violation");
  ASSERT_EQ(schema.size(), 1u);
  EXPECT_EQ(where(c, schema[0].loc), "src/bad.xml:1:1");
  EXPECT_NE(schema[0].message.find("an included policy has root element <policy>, not <content>"), std::string::npos);
  ASSERT_EQ(findings_of(c, "xml-malformed").size(), 1u);
  EXPECT_EQ(c.model.policy.limits.size(), 1u);
}

TEST(PolicyMerge, OverlayKeepsOrderAndReplacesInPlace) {
  Policy base, top;
  base.severities = {{{"unused-article", {}}, {"note", {}}, {}}, {{"bad-id", {}}, {"warning", {}}, {}}};
  top.severities = {{{"bad-id", {}}, {"error", {}}, {}}, {{"quote-inexact", {}}, {"note", {}}, {}}};
  base.avoids = {{{"cure", {}}, {"no", {}}, {}, {}}};
  top.avoids = {{{"cure", {}}, {"never promise a cure", {}}, {"step"}, {}}};
  overlay_policy(base, std::move(top));
  ASSERT_EQ(base.severities.size(), 3u);
  EXPECT_EQ(base.severities[1].rule.value, "bad-id");
  EXPECT_EQ(base.severities[1].level.value, "error");
  EXPECT_EQ(base.severities[2].rule.value, "quote-inexact");
  ASSERT_EQ(base.avoids.size(), 1u);
  EXPECT_EQ(base.avoids[0].reason.value, "never promise a cure");
  EXPECT_EQ(element_list_key({"warning", "step", "step"}), "step warning");
}

}  // namespace
}  // namespace contentc
