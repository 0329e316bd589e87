#include "util/base64.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(Base64, RoundTripsEveryLength) {
  std::string bytes;
  for (int n = 0; n < 40; ++n) {
    EXPECT_EQ(base64_decode(base64_encode(bytes)), bytes) << n;
    bytes.push_back(static_cast<char>(n * 37 + 200));
  }
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_decode("Zm9vYmFy"), "foobar");
}

TEST(Base64, RefusesWhatIsNotStrictBase64) {
  EXPECT_FALSE(base64_decode("Zm9vYg="));     // not a multiple of four
  EXPECT_FALSE(base64_decode("Zm9v Yg=="));   // a space
  EXPECT_FALSE(base64_decode("Zm9vYh=="));    // leftover bits not zero
  EXPECT_FALSE(base64_decode("Zm=vYg=="));    // padding inside
  EXPECT_FALSE(base64_decode("Zg==="));       // three padding characters
  EXPECT_FALSE(base64_decode("Zm9v-_=="));    // the URL alphabet
  EXPECT_EQ(base64_decode(""), "");
}

}  // namespace
}  // namespace contentc
