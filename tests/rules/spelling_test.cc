// spelling, with the real Hunspell dictionaries Debian installs (hunspell-en-us, hunspell-en-med).

#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

Compilation compile(std::string_view body, std::string_view spelling = R"(<spelling dictionaries="en_US en_med_glut"><accept>McKenzie</accept></spelling>)") {
  TempSources s;
  s.write("policy.xml", "<policy>\n<vocabulary kind=\"pattern\"><term>hip-hinge</term></vocabulary>\n" + std::string(spelling) +
                            "\n</policy>\n");
  add_article(s, "art", "Lie supine and do the clamshel slowly. Sacroiliitis eases.");
  s.write("a.xml", content(body));
  return s.compile();
}

TEST(Spelling, FiresOnAWordTheDictionariesLackWithAnOfferedSuggestion) {
  const Compilation c = compile(R"(<condition id="c"><name>C</name>
<summary>Stretch the hamstirng gently.</summary></condition>)");
  const auto found = findings_of(c, "spelling");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:3:22");
  EXPECT_EQ(found[0].level, Level::kWarning);
  EXPECT_NE(found[0].message.find("'hamstirng' is not in the dictionaries (en_US, en_med_glut)"), std::string::npos);
  EXPECT_NE(found[0].message.find("did you mean 'hamstring'"), std::string::npos) << found[0].message;
  ASSERT_TRUE(found[0].fix);
  EXPECT_FALSE(found[0].fix->certain) << "a suggestion is a guess";
  EXPECT_EQ(found[0].fix->replacements.at(0).text, "hamstring");
}

TEST(Spelling, KnowsMedicalWordsAndTheSourcesOwnWords) {
  // Medical words (en_med_glut), the articles' words in quotes, ids and vocabulary terms, the
  // accept list, a name's words in other texts, capitals, words by a digit, apostrophes.
  const Compilation c = compile(R"(<condition id="piriformis-syndrome"><name>Clamshel relief</name>
<summary>Sacroiliitis and sciatica; piriformis syndrome. Try the clamshel, the McKenzie way, a hip-hinge,
SIJ care on the 3rd day. Don't rush; it’s fine.</summary>
<cite article="art">Lie supine and do the clamshel slowly.</cite></condition>)");
  EXPECT_TRUE(findings_of(c, "spelling").empty()) << findings_of(c, "spelling")[0].message;
}

TEST(Spelling, ChecksNamesWithoutTheirOwnWordsAndNeverQuotes) {
  const Compilation c = compile(R"(<condition id="c"><name>Hamstirng stretch</name>
<alias>Hamstirng pull</alias>
<cite article="art">Lie supine and do the clamshel slowly.</cite></condition>)");
  const auto found = findings_of(c, "spelling");
  ASSERT_EQ(found.size(), 2u) << "a misspelt name is not made right by itself (nor by its alias)";
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:2:25");
  EXPECT_EQ(where(c, found[1].loc), "src/a.xml:3:8");
}

TEST(Spelling, SilentWithoutASpellingPolicyAndSaysSoWhenADictionaryIsMissing) {
  EXPECT_TRUE(findings_of(compile(R"(<condition id="c"><name>C</name><summary>hamstirng</summary></condition>)", ""), "spelling").empty());
  const Compilation c = compile(R"(<condition id="c"><name>C</name><summary>hamstirng</summary></condition>)",
                                R"(<spelling dictionaries="en_US xx_YY"/>)");
  const auto found = findings_of(c, "spelling");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(where(c, found[0].loc), "src/policy.xml:3:25");
  EXPECT_NE(found[0].message.find("there is no Hunspell dictionary 'xx_YY' (installed: "), std::string::npos) << found[0].message;
  EXPECT_NE(found[0].message.find("en_US"), std::string::npos);
}

}  // namespace
}  // namespace contentc
