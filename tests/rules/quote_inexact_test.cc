#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kArticle =
    "Seated Ball Squeezes\n"
    "Hold the contraction for 5 seconds \xE2\x80\x93 release, and repeat.\n"
    "It\xE2\x80\x99s a \xE2\x80\x9C" "gentle\xE2\x80\x9D squeeze,\xC2\xA0" "done\n  slowly.\n";

Compilation with_cite(std::string_view quote) { return compile_cite(kArticle, quote); }

TEST(QuoteInexact, NamesTheFirstWordThatDiffersAndFixesWithTheArticlesText) {
  const Compilation l = with_cite("hold the contraction for 5 seconds - release");
  const auto f = findings_of(l, "quote-inexact");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].level, Level::kNote);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:3:21");
  EXPECT_EQ(f[0].message, "the quote writes 'hold' where 'art.txt' has 'Hold' (letter case, quote "
                          "marks or dashes differ); copy the article's exact text");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/art.txt:2:1");
  ASSERT_TRUE(f[0].fix);
  EXPECT_TRUE(f[0].fix->certain);
  ASSERT_EQ(f[0].fix->replacements.size(), 1u);
  const Replacement& r = f[0].fix->replacements[0];
  EXPECT_EQ(r.kind, Replacement::Kind::kRange);
  EXPECT_EQ(where(l, r.begin), "src/a.xml:3:21");
  EXPECT_EQ(where(l, r.end), "src/a.xml:3:65");
  EXPECT_EQ(r.text, "Hold the contraction for 5 seconds \xE2\x80\x93 release");
}

TEST(QuoteInexact, KeepsElisionsAndFoldsTheArticlesWhiteSpace) {
  const auto quote = findings_of(with_cite("It's a \"gentle\" squeeze, done \xE2\x80\xA6 REPEAT."),
                                 "quote-inexact");
  EXPECT_TRUE(quote.empty()) << "the parts are in the article's order only once: not found";
  const auto f = findings_of(with_cite("hold the contraction ... AND REPEAT"), "quote-inexact");
  ASSERT_EQ(f.size(), 1u);
  ASSERT_TRUE(f[0].fix);
  EXPECT_EQ(f[0].fix->replacements[0].text, "Hold the contraction ... and repeat");
  const auto g = findings_of(with_cite("It's a \"gentle\" squeeze, done slowly."), "quote-inexact");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].fix->replacements[0].text,
            "It\xE2\x80\x99s a \xE2\x80\x9C" "gentle\xE2\x80\x9D squeeze, done slowly.")
      << "the no-break space and the line break become one space";
}

TEST(QuoteInexact, IsQuietOnTheExactTextAndOnWhiteSpaceAlone) {
  EXPECT_TRUE(findings_of(with_cite("Hold the contraction for 5 seconds \xE2\x80\x93 release"),
                          "quote-inexact").empty());
  EXPECT_TRUE(findings_of(with_cite("It\xE2\x80\x99s a \xE2\x80\x9C" "gentle\xE2\x80\x9D squeeze, done "
                                    "slowly."),
                          "quote-inexact").empty())
      << "a space where the article has a no-break space and a line break is no difference";
  EXPECT_TRUE(findings_of(with_cite("Hold the contraction for 50 seconds"), "quote-inexact").empty())
      << "a quote that is not found is quote-not-found's";
}

}  // namespace
}  // namespace contentc
