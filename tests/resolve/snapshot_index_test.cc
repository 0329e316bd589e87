#include "resolve/snapshot_index.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

const char* const kSnapshot =
    "Seated Ball Squeezes\n\n"
    "  \xE2\x80\xA2 Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.\n"
    "Kneeling hip flexor stretch:\n"
    "Hold this stretch for 30 seconds before switching sides.\n"
    "Side lying quad stretch:\n"
    "Hold this stretch for 30 seconds before switching sides.\n"
    "Now, it\xE2\x80\x99s important that you consult with them.\n";

std::string_view at(const QuoteMatch& m, size_t i) {
  return std::string_view(kSnapshot).substr(m.spans[i].begin, m.spans[i].end - m.spans[i].begin);
}

TEST(SnapshotIndex, FindsQuotesUnderTheAllowedNormalisation) {
  const SnapshotIndex index(kSnapshot);
  const QuoteMatch m = index.match("hold THE contraction for 5 seconds,\n   release", nullptr);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(at(m, 0), "Hold the contraction for 5 seconds, release");
  EXPECT_TRUE(index.match("Now, it's important", nullptr).found) << "straight for curly";
}

TEST(SnapshotIndex, ElidedPartsMustBeInOrder) {
  const SnapshotIndex index(kSnapshot);
  const QuoteMatch in_order = index.match("Hold the contraction ... 8-10 repetitions.", nullptr);
  ASSERT_TRUE(in_order.found);
  ASSERT_EQ(in_order.spans.size(), 2u);
  EXPECT_EQ(at(in_order, 1), "8-10 repetitions.");
  const QuoteMatch reversed = index.match("8-10 repetitions \xE2\x80\xA6 Hold the contraction", nullptr);
  EXPECT_FALSE(reversed.found);
  EXPECT_TRUE(reversed.details().out_of_order);
  EXPECT_EQ(reversed.details().failed_part, 1u);
}

TEST(SnapshotIndex, SaysWhereAQuoteDiverges) {
  const SnapshotIndex index(kSnapshot);
  const QuoteMatch m = index.match("Hold the contraction for 50 seconds, release", nullptr);
  ASSERT_FALSE(m.found);
  EXPECT_EQ(m.details().matched_text, "hold the contraction for") << "whole words";
  EXPECT_EQ(m.details().quote_next, "50 seconds, release");
  EXPECT_EQ(m.details().snapshot_next, "5 seconds, release, and repeat for");
  EXPECT_EQ(index.line_of(m.details().diverge_offset), 3u);
  const QuoteMatch none = index.match("Nothing like it", nullptr);
  EXPECT_TRUE(none.details().matched_text.empty());
}

TEST(SnapshotIndex, PrefersTheOccurrenceUnderTheSection) {
  const SnapshotIndex index(kSnapshot);
  const std::string_view section = "Side lying quad stretch:";
  const QuoteMatch m = index.match("Hold this stretch for 30 seconds", &section);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(m.section_line, 6u);
  EXPECT_EQ(index.line_of(m.spans[0].begin), 7u);
  const std::string_view late = "Side lying quad stretch:";
  EXPECT_EQ(index.match("Hold the contraction", &late).section_line, 0u);
  EXPECT_EQ(index.match("Hold the contraction", &late).section_line_anywhere, 6u);
  const std::string_view typo = "Seated Ball Squeeze";
  EXPECT_EQ(index.match("Hold the contraction", &typo).details().section_suggestion, "Seated Ball Squeezes");
}

}  // namespace
}  // namespace contentc
