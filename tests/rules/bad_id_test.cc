#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(BadId, FiresOnIdsThatAreNotKebabCase) {
  TempSources s;
  s.write("a.xml", content(R"(<condition id="Sciatica_Pain"><name>S</name></condition>
<advice id="x--y" stance="avoid" condition="z"><text>T</text></advice>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "bad-id");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:2:16");
  EXPECT_EQ(f[0].message,
            "condition id 'Sciatica_Pain' is not kebab-case (lower-case letters and digits "
            "joined by single hyphens); write it as 'sciatica-pain'");
  EXPECT_EQ(where(l, f[1].loc), "src/a.xml:3:13");
}

TEST(BadId, SilentOnKebabCaseAndOnMissingIds) {
  TempSources s;
  s.write("a.xml", content(R"(<condition id="360-breathing-2"><name>S</name></condition>
<condition><name>T</name></condition>)"));
  EXPECT_TRUE(findings_of(s.compile(), "bad-id").empty());
}

}  // namespace
}  // namespace contentc
