#include "util/edit_distance.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(EditDistance, CountsEditsAndTranspositions) {
  EXPECT_EQ(edit_distance("kitten", "sitting", 10), 3u);
  EXPECT_EQ(edit_distance("nmae", "name", 5), 1u);
  EXPECT_EQ(edit_distance("", "abc", 5), 3u);
  EXPECT_EQ(edit_distance("same", "same", 0), 0u);
}

TEST(EditDistance, GivesUpPastTheLimit) {
  EXPECT_EQ(edit_distance("abcdef", "uvwxyz", 2), 3u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 3), 4u);
}

TEST(ClosestMatch, SuggestsOnlyLikelyTypos) {
  const std::vector<std::string_view> ids = {"sciatica", "sacroiliitis", "si-joint-pain"};
  EXPECT_EQ(closest_match("sciatca", ids), "sciatica");
  EXPECT_EQ(closest_match("si-joint-pian", ids), "si-joint-pain");
  EXPECT_FALSE(closest_match("knee", ids).has_value());
  EXPECT_FALSE(closest_match("sciatica", ids).has_value()) << "an exact match is no typo";
  EXPECT_EQ(did_you_mean("sciatca", ids), "; did you mean 'sciatica'?");
  EXPECT_EQ(did_you_mean("zzz", ids), "");
}

}  // namespace
}  // namespace contentc
