#include "cli/cli.h"

#include <gtest/gtest.h>

#include <vector>

#include "test_support.h"

namespace contentc {
namespace {

int run(std::vector<const char*> args) {
  args.insert(args.begin(), "contentc");
  return run_cli(static_cast<int>(args.size()), args.data());
}

TEST(Cli, ExitCodes) {
  testing::TempSources clean, broken;
  clean.write("a.xml", "<content/>");
  broken.write("a.xml", "<content>");
  const std::string c = clean.root.string(), b = broken.root.string();
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(run({"check", c.c_str()}), kExitClean);
  EXPECT_EQ(run({"check", b.c_str(), "--format", "json"}), kExitFindings);
  EXPECT_EQ(run({"check", "/nonexistent/folder"}), kExitUsage);
  EXPECT_EQ(run({"check", c.c_str(), "--format", "xml"}), kExitUsage);
  EXPECT_EQ(run({"check", c.c_str(), "--bogus"}), kExitUsage);
  EXPECT_EQ(run({"check", c.c_str(), c.c_str()}), kExitUsage);
  EXPECT_EQ(run({"check", c.c_str(), "-j", "x"}), kExitUsage);
  EXPECT_EQ(run({"check", c.c_str(), "--max-file-size", "12Q"}), kExitUsage);
  EXPECT_EQ(run({"frobnicate"}), kExitUsage);
  EXPECT_EQ(run({}), kExitUsage);
  EXPECT_EQ(run({"explain", "no-such-rule"}), kExitUsage);
  EXPECT_EQ(run({"explain", "bad-id"}), kExitClean);
  EXPECT_EQ(run({"rules"}), kExitClean);
  EXPECT_EQ(run({"--version"}), kExitClean);
  EXPECT_EQ(run({"--help"}), kExitClean);
  const std::string out = ::testing::internal::GetCapturedStdout();
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("contentc: error: sources folder '/nonexistent/folder' does not exist"),
            std::string::npos);
  EXPECT_NE(err.find("unknown command 'frobnicate'"), std::string::npos);
  EXPECT_NE(err.find("no rule 'no-such-rule'"), std::string::npos);
  EXPECT_NE(err.find("checked 0 entries in 1 file: 0 errors, 0 warnings"), std::string::npos);
  EXPECT_NE(out.find("\"rule\": \"xml-malformed\""), std::string::npos);
  EXPECT_NE(out.find("bad-id (error by default)"), std::string::npos);
}

TEST(Cli, WerrorMakesWarningsFail) {
  testing::TempSources s;
  testing::add_article(s, "lonely", "Text.");
  const std::string root = s.root.string();
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(run({"check", root.c_str()}), kExitClean);
  EXPECT_EQ(run({"check", root.c_str(), "--werror"}), kExitFindings);
  ::testing::internal::GetCapturedStdout();
  EXPECT_NE(::testing::internal::GetCapturedStderr().find("(--werror: warnings fail)"),
            std::string::npos);
}

TEST(Cli, RulesListsEveryRegisteredRule) {
  ::testing::internal::CaptureStdout();
  run({"rules"});
  const std::string out = ::testing::internal::GetCapturedStdout();
  for (const char* id : {"xml-malformed", "schema-violation", "bad-id", "duplicate-id",
                         "unknown-reference", "unknown-term", "alias-collision",
                         "missing-citation", "snapshot-missing", "unused-article"}) {
    EXPECT_NE(out.find(id), std::string::npos) << id;
  }
}

}  // namespace
}  // namespace contentc
