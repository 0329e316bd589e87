#include <gtest/gtest.h>

#include "fix/fix_ranges.h"
#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kPolicy =
    "<policy>\n"
    "<term use=\"pelvic girdle pain\" instead-of=\"PGP|pelvic pain|pelvic pain syndrome\"/>\n"
    "<term use=\"sacroiliac joint\" instead-of=\"SI joint\" in=\"name\"/>\n"
    "</policy>\n";

Compilation compile(std::string_view body) {
  TempSources s;
  s.write("policy.xml", kPolicy);
  s.write("a.xml", content(body));
  return s.compile();
}

TEST(PreferredTerm, FiresOnEachFormAsWholeWordsAnyCase) {
  const Compilation c = compile(
      "<condition id=\"c\"><name>PGP</name>\n"
      "<summary>Also called pgp, or Pelvic Pain Syndrome, or\n"
      "    pelvic   pain.</summary></condition>");
  const auto found = findings_of(c, "preferred-term");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].message, "the house writes 'Pelvic girdle pain', not 'PGP': replace it");
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:25");
  EXPECT_EQ(found[1].message, "the house writes 'pelvic girdle pain', not 'pgp': replace it");
  EXPECT_EQ(found[2].message, "the house writes 'pelvic girdle pain', not 'Pelvic Pain Syndrome': replace it")
      << "the longest of overlapping forms";
  EXPECT_EQ(where(c, found[3].loc), "src/a.xml:4:5") << "after a line break";
  ASSERT_TRUE(found[3].fix);
  EXPECT_TRUE(found[3].fix->certain);
  const Replacement& r = found[3].fix->replacements.at(0);
  EXPECT_EQ(r.text, "pelvic girdle pain");
  EXPECT_EQ(r.end.line, 4u);
  EXPECT_EQ(r.end.column, 18u) << "the run of spaces inside the form is replaced too";
}

TEST(PreferredTerm, SilentOnNearMisses) {
  // Inside longer words; in a quote; outside the elements `in` names; the preferred term itself.
  const Compilation c = compile(
      "<article id=\"art\"><title>T</title><author>A</author><snapshot>art.txt</snapshot></article>\n"
      "<condition id=\"c\"><name>PGPs and pelvic painful</name>\n"
      "<summary>An SI joint, and pelvic girdle pain.</summary>\n"
      "<cite article=\"art\">PGP is common</cite></condition>");
  EXPECT_TRUE(findings_of(c, "preferred-term").empty());
}

}  // namespace
}  // namespace contentc
