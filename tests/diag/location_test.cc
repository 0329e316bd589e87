#include "diag/location.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "util/sha256.h"
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

TEST(SourceFiles, AReleasedFileIsReadAgainForTheLinesDiagnosticsPrint) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("contentc-location-" + std::to_string(::getpid()) + ".xml");
  const std::string text = "<content>\r\n  <bad/>\r\n</content>";
  std::ofstream(path, std::ios::binary) << text;
  SourceFiles files;
  SourceFile file{"shown.xml", "shown.xml", text, {}, {}, path.string(), {}, 0};
  index_lines(file);
  const uint32_t f = files.add(std::move(file));
  files[f].release_text();
  EXPECT_TRUE(files[f].text.empty());
  EXPECT_EQ(files[f].size, text.size());
  EXPECT_EQ(files[f].sha256, sha256_hex(text));
  EXPECT_EQ(files.line_text(f, 2), "  <bad/>") << "read from the disk, line break and CR dropped";
  EXPECT_EQ(files.line_text(f, 3), "</content>");
  EXPECT_EQ(files.line_text(f, 4), "") << "no such line";
  std::ofstream(path, std::ios::binary) << "<content/>";  // changed since it was loaded
  EXPECT_EQ(files.line_text(f, 2), "") << "a file that changed shows no line rather than a wrong one";
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace contentc
