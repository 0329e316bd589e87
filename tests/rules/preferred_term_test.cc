#include <gtest/gtest.h>

#include "diag/fix_ranges.h"
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

/// The first preferred-term finding's fix applied to the file it names, as `contentc fix` would.
std::string fixed(const Compilation& c, const Finding& f) {
  const SourceFile& file = c.files[f.loc.file];
  return apply_edits(file.text, byte_edits(*f.fix, f.loc.file, file.text, file.line_starts));
}

TEST(PreferredTerm, FixesOnlyTheFormsOwnBytesWhateverMarkupComesBefore) {
  TempSources s;
  s.write("policy.xml", kPolicy);
  s.write("a.xml", content("<condition id=\"c\"><name>C</name>\n"
                           "<summary>Worse <!-- reviewed by Ana --> with PGP daily.</summary>\n"
                           "<symptom>Line one&#10;then <?note x?>PGP here.</symptom>\n"
                           "<symptom><![CDATA[In CDATA: PGP]]></symptom>\n"
                           "<symptom>Written P&#71;P or P<!-- x -->GP.</symptom></condition>"));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "preferred-term");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:3:46");
  ASSERT_TRUE(found[0].fix);
  EXPECT_NE(fixed(c, found[0]).find("<summary>Worse <!-- reviewed by Ana --> with pelvic girdle pain daily."),
            std::string::npos);
  EXPECT_EQ(where(c, found[1].loc), "src/a.xml:4:38");
  ASSERT_TRUE(found[1].fix);
  EXPECT_NE(fixed(c, found[1]).find("Line one&#10;then <?note x?>pelvic girdle pain here."), std::string::npos);
  ASSERT_TRUE(found[2].fix);
  EXPECT_NE(fixed(c, found[2]).find("<![CDATA[In CDATA: Pelvic girdle pain]]>"), std::string::npos);
  // A form written through a reference or around a comment: reported, never rewritten.
  EXPECT_FALSE(found[3].fix);
  EXPECT_FALSE(found[4].fix);
  EXPECT_EQ(where(c, found[3].loc), "src/a.xml:6:18");
}

TEST(PreferredTerm, AFormInsideItsPreferredTermIsNotAFinding) {
  TempSources s;
  s.write("policy.xml", "<policy><term use=\"low back pain\" instead-of=\"back pain\"/></policy>");
  s.write("a.xml", content("<condition id=\"c\"><name>C</name>\n"
                           "<summary>Low back pain, unlike back pain, is common.</summary></condition>"));
  const Compilation c = s.compile();
  const auto found = findings_of(c, "preferred-term");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "the house writes 'low back pain', not 'back pain': replace it");
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:3:32");
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
