#include "diag/renderers.h"

#include <gtest/gtest.h>

#include "load/load_rules.h"
#include "rules/registry.h"

namespace contentc {
namespace {

struct Fixture {
  SourceFiles files;
  Findings findings;
  Fixture() {
    files.add("src/a.xml", "a.xml", "<content>\n\t<exercise id=\"Caf\xC3\xA9\">\n</content>\n");
    files.add("src/b c%.xml", "b c%.xml", "<x/>\n");
    findings.add(kBadId, Level::kError, Loc{0, 2, 16}, "id 'Caf\xC3\xA9' is bad, \"quoted\"",
                 {{Loc{1, 1, 1}, "see: here, too"}});
    findings.add(kUnusedArticle, Level::kNote, Loc{1, 1, 1}, "100% unused\nreally");
    Finding silenced{"alias-collision", Level::kWarning, Loc{0, 1, 1}, "hidden", {}, "Reviewed", {}};
    findings.add(silenced);
  }
};

TEST(TextRenderer, PrintsLocationLineAndCaret) {
  Fixture f;
  EXPECT_EQ(render_text(f.findings, f.files, false),
            "src/a.xml:2:16: error: id 'Caf\xC3\xA9' is bad, \"quoted\" [bad-id]\n"
            "    2 | \t<exercise id=\"Caf\xC3\xA9\">\n"
            "      | \t              ^\n"
            "src/b c%.xml:1:1: note: see: here, too\n"
            "    1 | <x/>\n"
            "      | ^\n"
            "src/b c%.xml:1:1: note: 100% unused\nreally [unused-article]\n"
            "    1 | <x/>\n"
            "      | ^\n");
}

TEST(TextRenderer, ColoursOnlyWhenAsked) {
  Fixture f;
  EXPECT_NE(render_text(f.findings, f.files, true).find("\x1b[1;31merror:"), std::string::npos);
  EXPECT_EQ(render_text(f.findings, f.files, false).find('\x1b'), std::string::npos);
}

TEST(TextRenderer, ShowsAWindowOfALongLineAndHidesControlBytes) {
  SourceFiles files;
  files.add("x", "x", std::string(500, 'a') + "\x01" + "<here>" + std::string(500, 'b'));
  Findings findings;
  findings.add(kXmlMalformed, Level::kError, Loc{0, 1, 502}, "m");
  const std::string out = render_text(findings, files, false);
  EXPECT_LT(out.size(), 600u);
  EXPECT_NE(out.find("…" + std::string(59, 'a') + "?<here>"), std::string::npos) << out;
  EXPECT_NE(out.find(std::string(61, ' ') + "^"), std::string::npos) << out;
}

TEST(TextRenderer, NeutralisesBidirectionalControls) {
  SourceFiles files;
  files.add("x", "x", "<name>a\xE2\x80\xAE" "cba\xE2\x81\xA6" "z</name>");
  Findings findings;
  findings.add(kBadId, Level::kError, Loc{0, 1, 7}, "m");
  const std::string out = render_text(findings, files, false);
  EXPECT_NE(out.find("<name>a?cba?z</name>"), std::string::npos) << out;
}

TEST(JsonRenderer, WritesEveryFieldAndKeepsSuppressed) {
  Fixture f;
  const std::string out = render_json(f.findings, f.files);
  EXPECT_EQ(out.find("[\n  {\n    \"rule\": \"bad-id\",\n    \"level\": \"error\",\n"
                     "    \"file\": \"src/a.xml\",\n    \"line\": 2,\n    \"column\": 16,\n"
                     "    \"message\": \"id 'Caf\xC3\xA9' is bad, \\\"quoted\\\"\","),
            0u);
  EXPECT_NE(out.find("\"related\": [\n      {\n        \"file\": \"src/b c%.xml\""), std::string::npos);
  EXPECT_NE(out.find("\"message\": \"100% unused\\nreally\""), std::string::npos);
  EXPECT_NE(out.find("\"suppressed\": \"Reviewed\""), std::string::npos);
}

TEST(GithubRenderer, EscapesPropertiesAndData) {
  Fixture f;
  EXPECT_EQ(render_github(f.findings, f.files),
            "::error file=src/a.xml,line=2,col=16,title=bad-id::id 'Caf\xC3\xA9' is bad, \"quoted\""
            "%0Asrc/b c%25.xml:1:1: see: here, too\n"
            "::notice file=src/b c%25.xml,line=1,col=1,title=unused-article::100%25 unused%0Areally\n");
}

TEST(SarifRenderer, DescribesRulesResultsAndSuppressions) {
  Fixture f;
  const std::string out = render_sarif(f.findings, f.files, builtin_rules());
  EXPECT_NE(out.find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(out.find("\"name\": \"BadId\""), std::string::npos);
  EXPECT_NE(out.find("\"uri\": \"src/b%20c%25.xml\""), std::string::npos);
  EXPECT_NE(out.find("\"relatedLocations\""), std::string::npos);
  EXPECT_NE(out.find("\"justification\": \"Reviewed\""), std::string::npos);
  EXPECT_NE(out.find("\"columnKind\": \"unicodeCodePoints\""), std::string::npos);
  EXPECT_NE(out.find("\"contentcFingerprint/v1\""), std::string::npos);
  EXPECT_NE(out.find("\"uriBaseId\": \"SRCROOT\""), std::string::npos);
  EXPECT_NE(out.find("\"originalUriBaseIds\""), std::string::npos);
}

TEST(SarifRenderer, GivesAbsolutePathsAsFileUris) {
  SourceFiles files;
  files.add("/tmp/my sources/a:b.xml", "a:b.xml", "<x/>\n");
  Findings findings;
  findings.add(kBadId, Loc{0, 1, 1}, "m");
  const std::string out = render_sarif(findings, files, builtin_rules());
  EXPECT_NE(out.find("\"uri\": \"file:///tmp/my%20sources/a%3Ab.xml\""), std::string::npos) << out;
  EXPECT_EQ(out.find("uriBaseId"), std::string::npos) << "an absolute URI takes no base";
}

TEST(SarifRenderer, FingerprintsIgnoreLineNumbers) {
  auto fingerprint = [](uint32_t line) {
    SourceFiles files;
    std::string text(line - 1, '\n');
    files.add("a.xml", "a.xml", text + "<x id=\"A\"/>\n");
    Findings findings;
    findings.add(kBadId, Level::kError, Loc{0, line, 8}, "m");
    const std::string out = render_sarif(findings, files, builtin_rules());
    const size_t at = out.find("contentcFingerprint/v1");
    return out.substr(at, 60);
  };
  EXPECT_EQ(fingerprint(3), fingerprint(40));
}

}  // namespace
}  // namespace contentc
