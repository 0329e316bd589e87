#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kPolicy = R"(<policy>
<require-warning category="stop-if-pain" on="exercise stretch"/>
<require-warning category="see-provider" on="condition"/>
<require-warning category="supine-position" when-position="supine"/>
<require-warning category="fall-risk" when-pattern="single-leg-stance"/>
</policy>)";

Compilation with(std::string_view body) {
  TempSources s;
  s.write("policy.xml", kPolicy);
  s.write("a.xml", content(body));
  return s.compile();
}

TEST(MissingWarning, FiresByKindPositionAndPattern) {
  const Compilation l = with(R"(<condition id="c"><name>C</name></condition>
<exercise id="e"><name>E</name><position>supine</position><pattern>single-leg-stance</pattern><step>S</step><warning category="stop-if-pain">Stop.</warning></exercise>)");
  const auto f = findings_of(l, "missing-warning");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:1");
  EXPECT_EQ(f[0].message, "condition 'c' needs a 'see-provider' warning: the policy requires one "
                          "on every condition; add <warning category=\"see-provider\">…</warning>, "
                          "citing the source if it gives one");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/policy.xml:3:1");
  EXPECT_NE(f[1].message.find("'fall-risk' warning: the policy requires one on every exercise with "
                              "pattern single-leg-stance"),
            std::string::npos);
  EXPECT_NE(f[2].message.find("in position supine"), std::string::npos);
}

TEST(MissingWarning, SilentWhenPresentOrNotRequired) {
  EXPECT_TRUE(findings_of(with(R"(<condition id="c"><name>C</name><warning category="see-provider">See.</warning></condition>
<stretch id="s"><name>S</name><position>seated</position><pattern>hip-extension</pattern><step>S</step><warning category="stop-if-pain">Stop.</warning></stretch>)"),
                          "missing-warning")
                  .empty());
}

TEST(MissingWarning, AnEditorialWarningCountsAndIsMarkedAsSuch) {
  const Compilation l = with(R"(<condition id="c"><name>C</name><warning category="see-provider">See a provider.</warning></condition>)");
  EXPECT_TRUE(findings_of(l, "missing-warning").empty());
  EXPECT_TRUE(l.model.conditions[0].warnings[0].editorial());
}

}  // namespace
}  // namespace contentc
