#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

TEST(DuplicateId, NamesBothPlacesAcrossFilesAndKinds) {
  TempSources s;
  s.write("a.xml", content(R"(<condition id="sciatica"><name>S</name></condition>)"));
  s.write("b.xml", content(R"(<claim id="sciatica" about="sciatica" topic="cause"><text>T</text></claim>)"));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "duplicate-id");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/b.xml:2:12");
  EXPECT_EQ(f[0].message, "id 'sciatica' is already used by a condition: ids are unique across "
                          "all entries; rename one");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/a.xml:2:16");
}

TEST(DuplicateId, SilentOnIdsThatOnlyLookAlike) {
  TempSources s;
  s.write("a.xml", content(R"(<condition id="sciatica"><name>S</name></condition>
<condition id="sciatica-2"><name>T</name></condition>
<condition id="sciatic"><name>U</name></condition>)"));
  EXPECT_TRUE(findings_of(s.compile(), "duplicate-id").empty());
}

}  // namespace
}  // namespace contentc
