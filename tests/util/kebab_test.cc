#include "util/kebab.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(Kebab, RecognisesKebabCase) {
  EXPECT_TRUE(is_kebab_case("bird-dog"));
  EXPECT_TRUE(is_kebab_case("360-breathing"));
  EXPECT_FALSE(is_kebab_case(""));
  EXPECT_FALSE(is_kebab_case("Bird-dog"));
  EXPECT_FALSE(is_kebab_case("bird--dog"));
  EXPECT_FALSE(is_kebab_case("-bird"));
  EXPECT_FALSE(is_kebab_case("bird_dog"));
}

TEST(Kebab, SuggestsASpelling) {
  EXPECT_EQ(to_kebab_case("Seated Ball_Squeeze"), "seated-ball-squeeze");
  EXPECT_EQ(to_kebab_case("--x--"), "x");
  EXPECT_EQ(to_kebab_case("***"), "");
}

}  // namespace
}  // namespace contentc
