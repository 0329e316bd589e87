#include "util/utf8.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(utf8_first_invalid("plain ascii").has_value());
  EXPECT_FALSE(utf8_first_invalid("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x99\x82").has_value());
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(utf8_first_invalid("ab\xFF"), 2u);
  EXPECT_EQ(utf8_first_invalid("a\xC3"), 1u) << "truncated sequence";
  EXPECT_EQ(utf8_first_invalid("\xC0\xAF"), 0u) << "overlong";
  EXPECT_EQ(utf8_first_invalid("x\xED\xA0\x80"), 1u) << "surrogate";
  EXPECT_EQ(utf8_first_invalid("\xF4\x90\x80\x80"), 0u) << "past U+10FFFF";
}

TEST(Utf8, CountsCodePointsAndEncodes) {
  EXPECT_EQ(utf8_count_code_points("caf\xC3\xA9"), 4u);
  std::string out;
  utf8_append(out, U'\u00E9');
  utf8_append(out, U'\U0001F642');
  EXPECT_EQ(out, "\xC3\xA9\xF0\x9F\x99\x82");
}

}  // namespace
}  // namespace contentc
