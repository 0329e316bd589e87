#include "tables/sqlite_writer.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(SqliteWriter, TheContentVersionFitsUserVersionAsOneNumber) {
  EXPECT_EQ(content_version_number("1.4.2"), 1004002);
  EXPECT_EQ(content_version_number("1.0.0"), 1000000);
  EXPECT_EQ(content_version_number("2146.999.999"), 2146999999);
  // Near misses: a part too large for its three digits, a major past 31 bits, not a version.
  EXPECT_EQ(content_version_number("1.1000.0"), std::nullopt);
  EXPECT_EQ(content_version_number("1.0.1000"), std::nullopt);
  EXPECT_EQ(content_version_number("2147.0.0"), std::nullopt);
  EXPECT_EQ(content_version_number("1.4"), std::nullopt);
  EXPECT_EQ(content_version_number("1.4.2-rc1"), std::nullopt);
  EXPECT_EQ(content_version_number(""), std::nullopt);
}

}  // namespace
}  // namespace contentc
