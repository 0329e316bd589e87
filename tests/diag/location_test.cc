#include "diag/location.h"

#include <gtest/gtest.h>

#include "util/utf8.h"

namespace contentc {
namespace {

TEST(SourceFiles, LocatesLinesAndColumnsInCodePoints) {
  SourceFiles files;
  const uint32_t f = files.add("a", "a", "ab\ncaf\xC3\xA9 x\r\nlast");
  EXPECT_EQ(files.locate(f, 0), (Loc{f, 1, 1}));
  EXPECT_EQ(files.locate(f, 3), (Loc{f, 2, 1}));
  EXPECT_EQ(files.locate(f, 9), (Loc{f, 2, 6})) << "é is one column";
  EXPECT_EQ(files.locate(f, 100), (Loc{f, 3, 5})) << "clamped to the end";
  EXPECT_EQ(files.line_text(f, 2), "caf\xC3\xA9 x");
}

TEST(SourceFiles, ColumnsOnVeryLongLinesMatchACount) {
  std::string text = "first line\n";
  for (int i = 0; i < 5000; ++i) text += i % 7 ? "a" : "\xE2\x80\x94";
  text += "\nend";
  SourceFiles files;
  const uint32_t f = files.add("a", "a", text);
  for (size_t offset : {size_t{11}, size_t{1000}, size_t{1024}, size_t{1030}, size_t{4097}, size_t{6000}}) {
    while ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
    const Loc loc = files.locate(f, offset);
    EXPECT_EQ(loc.line, 2u);
    EXPECT_EQ(loc.column, utf8_count_code_points(std::string_view(text).substr(11, offset - 11)) + 1) << offset;
  }
}

}  // namespace
}  // namespace contentc
