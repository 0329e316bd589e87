#include "diag/fix_ranges.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

/// `text` as file 0 of a table, with one finding carrying `fix`, completed and applied.
struct Fixed {
  SourceFiles files;
  Findings findings;
  std::string after;
  bool kept = false;
};

Fixed complete_and_apply(const std::string& text, Fix fix) {
  Fixed out;
  out.files.add("a.xml", "a.xml", text);
  out.findings.add(Finding{"r", Level::kError, Loc{0, 1, 1}, "m", {}, {}, std::move(fix)});
  complete_fixes(out.findings, out.files);
  const Finding& f = out.findings.items()[0];
  out.kept = f.fix.has_value();
  out.after = out.kept ? apply_edits(text, byte_edits(*f.fix, 0, text, out.files[0].line_starts))
                       : text;
  return out;
}

TEST(FixRanges, ReplacesAnAttributeValueEscapedForItsQuotes) {
  const std::string text = "<c>\n  <cite section=\"Old &amp; gone\" x='1'>q</cite>\n</c>\n";
  EXPECT_EQ(complete_and_apply(text, Fix::value("d", Loc{0, 2, 18}, "New \"A\" & B", true)).after,
            "<c>\n  <cite section=\"New &quot;A&quot; &amp; B\" x='1'>q</cite>\n</c>\n");
  EXPECT_EQ(complete_and_apply(text, Fix::value("d", Loc{0, 2, 37}, "it's", true)).after,
            "<c>\n  <cite section=\"Old &amp; gone\" x='it&apos;s'>q</cite>\n</c>\n");
}

TEST(FixRanges, ReplacesElementTextAcrossLinesAndKeepsTheSpaceAroundIt) {
  const std::string text = "<c><hold>\n   30 s\n   and more  </hold></c>";
  const Fixed f = complete_and_apply(text, Fix::value("d", Loc{0, 2, 4}, "5 s <x>", true));
  EXPECT_EQ(f.after, "<c><hold>\n   5 s &lt;x&gt;  </hold></c>");
  const Replacement& r = f.findings.items()[0].fix->replacements[0];
  EXPECT_EQ(r.begin, (Loc{0, 2, 4}));
  EXPECT_EQ(r.end, (Loc{0, 3, 12}));
}

TEST(FixRanges, DropsAValueFixWhenTheTextHoldsAComment) {
  const std::string text = "<c><hold>30 <!-- s --> s</hold></c>";
  EXPECT_FALSE(complete_and_apply(text, Fix::value("d", Loc{0, 1, 10}, "5 s", true)).kept);
}

TEST(FixRanges, ReordersChildrenKeepingCommentsAndFormatting) {
  // A comment before a child moves with it, and so does one after it on its line.
  const std::string text =
      "<content>\n"
      "  <exercise id=\"e\">\n"
      "    <!-- the steps -->\n"
      "    <step>A > b</step>\n"
      "    <name a=\"x>y\">N</name>   <!-- trailing -->\n"
      "    <dose><hold>5 s</hold><![CDATA[<step>]]></dose>\n"
      "    <empty/>\n"
      "  </exercise>\n"
      "</content>\n";
  const Fixed f = complete_and_apply(
      text, Fix{"d", {{Replacement::Kind::kReorder, Loc{0, 2, 3}, {}, "name\nstep\nempty\ndose"}}, true});
  EXPECT_EQ(f.after,
            "<content>\n"
            "  <exercise id=\"e\">\n"
            "    <name a=\"x>y\">N</name>   <!-- trailing -->\n"
            "    <!-- the steps -->\n"
            "    <step>A > b</step>\n"
            "    <empty/>\n"
            "    <dose><hold>5 s</hold><![CDATA[<step>]]></dose>\n"
            "  </exercise>\n"
            "</content>\n");
  // A child the order does not name: no sure order, no fix.
  EXPECT_FALSE(complete_and_apply(
                   text, Fix{"d", {{Replacement::Kind::kReorder, Loc{0, 2, 3}, {}, "name\nstep"}}, true})
                   .kept);
}

TEST(FixRanges, InsertsBeforeTheEndTagIndentedAsTheChildren) {
  const std::string text = "<content>\n  <claim id=\"c\">\n      <text>T</text>\n  </claim>\n</content>\n";
  EXPECT_EQ(complete_and_apply(text, Fix{"d", {{Replacement::Kind::kInsert, Loc{0, 2, 3}, {},
                                               "<suppress rule=\"r\" reason=\"\"/>"}}, false})
                .after,
            "<content>\n  <claim id=\"c\">\n      <text>T</text>\n      <suppress rule=\"r\" "
            "reason=\"\"/>\n  </claim>\n</content>\n");
  const std::string one_line = "<content><claim id=\"c\"><text>T</text></claim></content>";
  EXPECT_EQ(complete_and_apply(one_line, Fix{"d", {{Replacement::Kind::kInsert, Loc{0, 1, 10}, {},
                                                    "<suppress/>"}}, false})
                .after,
            "<content><claim id=\"c\"><text>T</text>\n<suppress/>\n</claim></content>");
}

TEST(FixRanges, ApplyEditsKeepsTheFirstOfOverlappingEdits) {
  std::vector<bool> applied;
  EXPECT_EQ(apply_edits("abcdef", {{1, 3, "X"}, {2, 4, "Y"}, {4, 4, "+"}, {5, 6, "Z"}, {4, 4, "-"}},
                        &applied),
            "aXd+eZ");
  EXPECT_EQ(applied, (std::vector<bool>{true, false, true, true, false}));
}

TEST(FixRanges, FixesFromRulesPointAtExactRanges) {
  TempSources s;
  add_article(s, "art", "Heading\nHold for 5 seconds and repeat 8-10 times.\n");
  s.write("a.xml", content(R"(<exercise id="e"><name>E</name><step>S</step>
  <dose>
    <reps>12</reps>
    <hold>30 s</hold>
    <cite article="art" section="Headin">Hold for 5 seconds and repeat 8-10 times.</cite>
  </dose>
</exercise>)"));
  const Compilation c = s.compile();
  std::vector<std::string> fixes;
  for (const Finding& f : c.findings.items()) {
    if (!f.fix) continue;
    const Replacement& r = f.fix->replacements[0];
    fixes.push_back(fmt::format("{} {}-{} '{}' {}", f.rule, where(c, r.begin), r.end.column, r.text,
                                f.fix->certain ? "certain" : "offered"));
  }
  EXPECT_EQ(fixes, (std::vector<std::string>{
                       "dose-quote-mismatch src/a.xml:4:11-13 '8-10' certain",
                       "dose-quote-mismatch src/a.xml:5:11-15 '5 s' certain",
                       "section-not-found src/a.xml:6:34-40 'Heading' offered",
                   }));
}

}  // namespace
}  // namespace contentc
