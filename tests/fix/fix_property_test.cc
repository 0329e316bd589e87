#include "fix/fix_property.h"

#include <gtest/gtest.h>

namespace contentc::testing {
namespace {

TEST(FixProperty, GeneratedDocumentsAreFixedExactlyAndOnce) {
  // 2,000 generated files: forms around and inside comments, PIs, CDATA and references.
  int fixed = 0;
  for (uint64_t seed = 1; seed <= 2000; ++seed) {
    const std::string doc = generate_fix_document(seed);
    const std::string why = check_fix_property(kFixPropertyPolicy, doc);
    ASSERT_EQ(why, "") << "seed " << seed << ":\n" << doc;
    fixed += doc.find("PGP") != std::string::npos;
  }
  EXPECT_GT(fixed, 500) << "the generator writes forms to fix";
}

TEST(FixProperty, TheCheckerSeesFixesThatDoNotSettle) {
  // The checker can fail: terms that undo each other still have fixes in the second round.
  const std::string cycle = "<policy><term use=\"hip\" instead-of=\"haunch\"/>"
                            "<term use=\"haunch\" instead-of=\"hip\"/></policy>";
  const std::string doc = "<content><condition id=\"c\"><name>C</name><summary>A sore hip.</summary></condition></content>";
  EXPECT_EQ(check_fix_property(cycle, doc), "round 2 still fixes 1 form(s), first at byte 57, after 0 held back");
  // The attack pass's two cases hold.
  EXPECT_EQ(check_fix_property(kFixPropertyPolicy, "<content><condition id=\"c\"><name>C</name>"
                                                   "<summary>Worse <!-- x --> with PGP.</summary></condition></content>"),
            "");
  EXPECT_EQ(check_fix_property(kFixPropertyPolicy, "<content><condition id=\"c\"><name>C</name>"
                                                   "<summary>Low back pain, or back pain.</summary></condition></content>"),
            "");
  // Two conditions with one name: the second name's fix waits for the alias collision the
  // first fix removes, and the next round makes it (found by fuzzing).
  const std::string twice = "<content>\n  <condition id=\"c\"><name>pelvic pain syndromeC</name></condition>\n"
                            "  <condition id=\"c\"><name>pelvic pain syndromeC</name></condition>\n</content>\n";
  EXPECT_EQ(check_fix_property(kFixPropertyPolicy, twice), "");
}

}  // namespace
}  // namespace contentc::testing
