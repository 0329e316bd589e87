#include "cli/cli.h"
#include "cli/command.h"
#include "cli/usage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "pipeline/compile.h"
#include "rules/registry.h"
#include "test_support.h"

namespace contentc {
namespace {

int run(std::vector<const char*> args) {
  args.insert(args.begin(), "contentc");
  return run_cli(static_cast<int>(args.size()), args.data());
}

TEST(Cli, ExitCodes) {
  testing::TempSources clean{testing::Storage::kDisk}, broken{testing::Storage::kDisk};
  testing::add_article(clean, "lonely", "Text.");
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
  EXPECT_NE(err.find("checked 1 entry in 2 files: 0 errors, 1 warning"), std::string::npos);
  EXPECT_NE(out.find("\"rule\": \"xml-malformed\""), std::string::npos);
  EXPECT_NE(out.find("bad-id (error by default)"), std::string::npos);
}

TEST(Cli, WerrorMakesWarningsFail) {
  testing::TempSources s{testing::Storage::kDisk};
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

TEST(Cli, NumbersAreParsedStrictlyWithRanges) {
  testing::TempSources s{testing::Storage::kDisk};
  testing::add_article(s, "lonely", "Text.");
  const std::string root = s.root.string();
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  for (const char* jobs : {"0", "-1", "257", "1x", "1e2", " 2"}) {
    EXPECT_EQ(run({"check", root.c_str(), "-j", jobs}), kExitUsage) << jobs;
  }
  for (const char* size : {"0", "-1", "17179869184G", "3G", "2049M", "1.5M", "64MB", ""}) {
    EXPECT_EQ(run({"check", root.c_str(), "--max-file-size", size}), kExitUsage) << size;
  }
  EXPECT_EQ(run({"check", root.c_str(), "-j", "256", "--max-file-size", "2G"}), kExitClean);
  EXPECT_EQ(run({"check", root.c_str(), "-j", "1", "--max-file-size", "1k"}), kExitClean);
  EXPECT_EQ(run({"build", root.c_str(), "-o", ""}), kExitUsage);
  ::testing::internal::GetCapturedStdout();
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("--jobs: '0' is not a number of threads from 1 to 256"), std::string::npos);
  EXPECT_NE(err.find("--max-file-size: '17179869184G' is not a size from 1 to 2G"), std::string::npos);
  EXPECT_NE(err.find("--out: give a folder"), std::string::npos);
}

TEST(Cli, SourceDateEpochIsAWholeNumberOfSeconds) {
  std::string error;
  EXPECT_EQ(decide_today("", "1900000000", error), "2030-03-17");
  EXPECT_EQ(error, "");
  for (const char* bad : {"1e10", "1900000000abc", "-5", " 5", "253402300800", "99999999999999999999"}) {
    error.clear();
    EXPECT_EQ(decide_today("", bad, error), "") << bad;
    EXPECT_NE(error.find("SOURCE_DATE_EPOCH"), std::string::npos) << bad;
  }
  error.clear();
  EXPECT_EQ(decide_today("", "253402300799", error), "9999-12-31");
}

TEST(Cli, CreatedIsSourceDateEpochToTheSecondElseTheBuildsDay) {
  EXPECT_EQ(decide_created("", "1780000000", "2026-05-28"), "2026-05-28T20:26:40Z");
  EXPECT_EQ(decide_created("2026-06-01", "1780000000", "2026-06-01"), "2026-06-01T00:00:00Z")
      << "--today names the build's day";
  EXPECT_EQ(decide_created("", nullptr, "2026-12-04"), "2026-12-04T00:00:00Z");
  EXPECT_EQ(decide_created("", "", "2026-12-04"), "2026-12-04T00:00:00Z");
}

TEST(Cli, RulesListsEveryRegisteredRule) {
  ::testing::internal::CaptureStdout();
  run({"rules"});
  const std::string out = ::testing::internal::GetCapturedStdout();
  for (const Rule* rule : builtin_rules()) {
    EXPECT_NE(out.find(fmt::format("{}  ", rule->id)), std::string::npos) << rule->id;
    ::testing::internal::CaptureStdout();
    EXPECT_EQ(run({"explain", std::string(rule->id).c_str()}), kExitClean) << rule->id;
    const std::string explained = ::testing::internal::GetCapturedStdout();
    EXPECT_NE(explained.find(rule->explain), std::string::npos) << rule->id;
  }
  EXPECT_EQ(static_cast<size_t>(std::count(out.begin(), out.end(), '\n')), builtin_rules().size());
}

TEST(Cli, RulesAndExplainKnowTheHouseRulesOfSources) {
  testing::TempSources s(testing::Storage::kDisk);
  s.write("policy.xml",
          "<policy><rule id=\"house-named\" level=\"note\" context=\"/content/exercise\" assert=\"name\" "
          "message=\"m\"><description>Every exercise has a name. Really.</description></rule></policy>");
  const std::string dir = s.root.string();
  ::testing::internal::CaptureStdout();
  EXPECT_EQ(run({"rules", dir.c_str()}), kExitClean);
  const std::string out = ::testing::internal::GetCapturedStdout();
  EXPECT_EQ(static_cast<size_t>(std::count(out.begin(), out.end(), '\n')), builtin_rules().size() + 1);
  EXPECT_NE(out.find("house-named"), std::string::npos);
  EXPECT_NE(out.find("note     house rule: Every exercise has a name\n"), std::string::npos) << out;
  ::testing::internal::CaptureStdout();
  EXPECT_EQ(run({"explain", "house-named", "-s", dir.c_str()}), kExitClean);
  const std::string explained = ::testing::internal::GetCapturedStdout();
  EXPECT_NE(explained.find("Every exercise has a name. Really.\n\nFor every node that\n  /content/exercise\n"),
            std::string::npos)
      << explained;
  // Without the folder, the house rule is unknown, with a suggestion.
  EXPECT_EQ(run({"explain", "house-named"}), kExitUsage);
}

}  // namespace
}  // namespace contentc

namespace contentc {
namespace {

// The table of commands and usage.cc (which writes --help, the man page and the completion)
// name the same commands, in the same order.
TEST(CommandTable, NamesWhatUsageDescribes) {
  std::vector<std::string_view> table, described;
  for (const Command& c : commands()) table.push_back(c.name);
  for (const CommandDoc& c : usage().commands) described.push_back(c.name);
  EXPECT_EQ(table, described);
}

}  // namespace
}  // namespace contentc
