#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kArticle =
    "Seated Ball Squeezes\n"
    "Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.\n"
    "Now, it\xE2\x80\x99s important that you consult with them \xE2\x80\x93 always.\n";

Compilation with_cite(std::string_view quote) { return compile_cite(kArticle, quote); }

TEST(QuoteNotFound, SaysWhereTheQuoteDiverges) {
  const Compilation l = with_cite("Hold the contraction for 50 seconds, release");
  const auto f = findings_of(l, "quote-not-found");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(where(l, f[0].loc), "src/a.xml:3:21");
  EXPECT_EQ(f[0].message,
            "the quote is not in 'art.txt': it matches up to 'hold the contraction for', then has "
            "'50 seconds, release' where the article has '5 seconds, release, and repeat for'; "
            "copy the passage verbatim from the snapshot");
  EXPECT_EQ(where(l, f[0].related[0].loc), "src/art.txt:2:26");
}

TEST(QuoteNotFound, ReportsElisionsOutOfOrderAndMissingStarts) {
  auto message = [](std::string_view quote) {
    const auto f = findings_of(with_cite(quote), "quote-not-found");
    return f.size() == 1 ? f[0].message : std::string("no single finding");
  };
  EXPECT_EQ(message("8-10 repetitions ... Hold the contraction"),
            "part 2 of 2 of the quote is in 'art.txt', but before part 1: elided parts must "
            "follow the article's order");
  EXPECT_EQ(message("Squeeze harder"),
            "the quote is not in 'art.txt': not even its start ('squeeze harder') appears; "
            "copy the passage verbatim from the snapshot");
  EXPECT_EQ(message("..."), "the quote is only an elision ('...'): quote the passage itself");
}

TEST(QuoteNotFound, SilentOnNearMisses) {
  for (const char* quote : {"hold the CONTRACTION   for 5 seconds",
                            "Now, it's important that you consult with them - always.",
                            "Now, it\xE2\x80\x99s important \xE2\x80\xA6 always.",
                            "Hold the contraction...8-10 repetitions."}) {
    EXPECT_TRUE(findings_of(with_cite(quote), "quote-not-found").empty()) << quote;
  }
}

TEST(QuoteNotFound, KeepsTheOffsetsOfEveryPart) {
  const Compilation l = with_cite("Hold the contraction ... 8-10 repetitions.");
  const QuoteMatch& m = l.model.conditions[0].cites[0].match;
  ASSERT_TRUE(m.found);
  ASSERT_EQ(m.spans.size(), 2u);
  EXPECT_EQ(std::string_view(kArticle).substr(m.spans[1].begin, m.spans[1].end - m.spans[1].begin),
            "8-10 repetitions.");
}

}  // namespace
}  // namespace contentc
