#include "resolve/normalized_text.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(NormalizedText, FoldsOnlyWhatDesignAllows) {
  const NormalizedText n("It\xE2\x80\x99s  \t\n\xE2\x80\x9C" "Fine\xE2\x80\x9D \xE2\x80\x93 OK\xE2\x80\x94yes");
  EXPECT_EQ(n.text(), "it's \"fine\" - ok-yes");
  EXPECT_EQ(normalize_quote("  Caf\xC3\xA9 "), "caf\xC3\xA9") << "non-ASCII letters are kept";
  EXPECT_EQ(normalize_quote("a.b"), "a.b");
}

TEST(NormalizedText, MapsBackToOriginalBytes) {
  const std::string original = "A\xE2\x80\x99  b";
  const NormalizedText n(original);
  ASSERT_EQ(n.text(), "a' b");
  EXPECT_EQ(n.begin_of(1), 1u);
  EXPECT_EQ(n.end_of(1), 4u) << "the curly apostrophe's three bytes";
  EXPECT_EQ(n.begin_of(2), 4u);
  EXPECT_EQ(n.end_of(2), 6u) << "the folded run of spaces";
  EXPECT_EQ(n.begin_of(4), original.size());
}

}  // namespace
}  // namespace contentc
