#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

std::string article(const std::string& id, const std::string& snapshot) {
  return "<article id=\"" + id + "\"><title>T</title><author>A</author><snapshot>" + snapshot +
         "</snapshot></article>\n";
}

TEST(SnapshotMissing, FiresOnMissingOutsideAndUnreadableSnapshots) {
  TempSources s{testing::Storage::kDisk};
  s.write("../outside-contentc-test.txt", "x");
  s.write("dir.txt/keep", "x");
  s.write("latin1.txt", "caf\xE9");
  std::filesystem::create_symlink("/etc/hostname", s.root / "link.txt");
  s.write("sub/a.xml", content(article("missing", "nope.txt") + article("dotdot", "../../x.txt") +
                               article("absolute", "/etc/hostname") + article("link", "../link.txt") +
                               article("dir", "../dir.txt") + article("latin", "../latin1.txt")));
  const LoadedSources l = s.compile();
  const auto f = findings_of(l, "snapshot-missing");
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(where(l, f[0].loc), "src/sub/a.xml:2:67");
  EXPECT_EQ(f[0].message, "snapshot 'nope.txt' of article 'missing' cannot be used: no file "
                          "'sub/nope.txt' in the sources folder; its quotes cannot be checked");
  EXPECT_NE(f[1].message.find("leaves the sources folder"), std::string::npos);
  EXPECT_NE(f[2].message.find("is absolute"), std::string::npos);
  EXPECT_NE(f[3].message.find("through a symlink"), std::string::npos);
  EXPECT_NE(f[4].message.find("not a regular file"), std::string::npos);
  EXPECT_NE(f[5].message.find("not UTF-8"), std::string::npos);
  std::filesystem::remove(s.root / "../outside-contentc-test.txt");
}

TEST(SnapshotMissing, SilentOnSnapshotsInsideTheFolder) {
  TempSources s{testing::Storage::kDisk};
  s.write("texts/a.txt", "Text.");
  std::filesystem::create_symlink("texts/a.txt", s.root / "alias.txt");
  s.write("xml/a.xml", content(article("a", "../texts/a.txt") + article("b", "../alias.txt")));
  const LoadedSources l = s.compile();
  EXPECT_TRUE(findings_of(l, "snapshot-missing").empty());
  EXPECT_EQ(l.model.articles[0].snapshot_path, "texts/a.txt");
  EXPECT_EQ(l.model.articles[0].snapshot_file, l.model.articles[1].snapshot_file)
      << "one file, read once";
}

}  // namespace
}  // namespace contentc
