#include <gtest/gtest.h>

#include "rules/word_cues.h"
#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

const char* const kPolicy = R"(<policy>
  <vocabulary kind="warning-category"><term>stop-if-pain</term><term>see-provider</term><term>coning</term></vocabulary>
  <warning-cues category="stop-if-pain" about="stopping when it hurts" words="stop|discontinue|pain|hurt"/>
  <warning-cues category="see-provider" words="doctor|midwife|physical therapist"/>
  <warning-cues category="coning" words="cone|coning"/>
</policy>)";

const char* const kArticle =
    "This is a small movement. Don't stress your back.\n"
    "If it hurts, stop.\n"
    "You do not need to stop between rounds.\n"
    "Don't push through the pain.\n"
    "Ask your physical therapist first.\n"
    "Keep your belly flat with no coning.\n"
    "Stopping early is fine.\n";

/// The warning-unsupported messages on an exercise with `warning` (its own cite inside) and the
/// entry cite `entry_quote`.
std::vector<std::string> unsupported(std::string_view warning, std::string_view entry_quote = "This is a small movement.") {
  TempSources s;
  add_article(s, "art", kArticle);
  s.write("policy.xml", kPolicy);
  s.write("a.xml", content("<exercise id=\"e\"><name>E</name><step>S</step>" + std::string(warning) +
                           "<cite article=\"art\">" + std::string(entry_quote) + "</cite></exercise>"));
  std::vector<std::string> out;
  for (const Finding& f : findings_of(s.compile(), "warning-unsupported")) out.push_back(f.message);
  return out;
}

TEST(WarningUnsupported, FiresWhenTheQuoteSaysNothingOfTheCategory) {
  const auto found = unsupported(
      R"(<warning category="stop-if-pain">Stop if it hurts.<cite article="art">This is a small movement. Don't stress your back.</cite></warning>)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0],
            "the 'stop-if-pain' warning cites 'This is a small movement. Don't stress your back.', which says "
            "nothing of stopping when it hurts (no 'stop', 'discontinue', 'pain' or 'hurt'): cite the passage "
            "that says so, or mark the warning source=\"house\" if it is the house's own advice");
}

TEST(WarningUnsupported, ANegatedCueDoesNotCount) {
  const auto found = unsupported(
      R"(<warning category="stop-if-pain">Stop if it hurts.<cite article="art">You do not need to stop between rounds.</cite></warning>)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("which says 'stop', 'discontinue', 'pain' or 'hurt' only negated"), std::string::npos)
      << found[0];
}

TEST(WarningUnsupported, AWarningWithNoCiteIsReadAgainstItsEntrysCites) {
  const auto found = unsupported(R"(<warning category="see-provider">Ask your doctor first.</warning>)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("has no cite of its own, and its exercise's quote ('This is a small movement.') says nothing"),
            std::string::npos)
      << found[0];
  EXPECT_TRUE(unsupported(R"(<warning category="see-provider">Ask your doctor first.</warning>)",
                          "Ask your physical therapist first.")
                  .empty())
      << "the entry's cite names the therapist (a two-word cue)";
}

TEST(WarningUnsupported, SilentOnNearMisses) {
  // A cue in another form (stemmed), a cue after "don't push through", "no coning" (what to stay
  // clear of), a house warning, and a category the policy gives no words for.
  EXPECT_TRUE(unsupported(R"(<warning category="stop-if-pain">Stop.<cite article="art">Stopping early is fine.</cite></warning>)").empty());
  EXPECT_TRUE(unsupported(R"(<warning category="stop-if-pain">Stop.<cite article="art">Don't push through the pain.</cite></warning>)").empty());
  EXPECT_TRUE(unsupported(R"(<warning category="coning">Watch for coning.<cite article="art">Keep your belly flat with no coning.</cite></warning>)").empty());
  EXPECT_TRUE(unsupported(R"(<warning category="stop-if-pain" source="house">Stop if it hurts.</warning>)").empty());
  EXPECT_TRUE(unsupported(R"(<warning category="stop-if-pain">Stop.<cite article="art">If it hurts, stop.</cite></warning>)").empty());
}

TEST(WordCues, ReadsStemsClausesAndNegation) {
  EnglishStemmer stemmer;
  const auto words = read_words("You don’t need to stop, but if it HURTS, stop.", stemmer);
  ASSERT_EQ(words.size(), 10u);
  EXPECT_EQ(words[1].text, "don't") << "a curly apostrophe is one";
  EXPECT_TRUE(negated(words, 4)) << "don't need to stop";
  EXPECT_FALSE(negated(words, 9)) << "the second stop, in another clause";
  EXPECT_EQ(words[8].stem, stemmer.stem("hurt"));
  const auto cues = cue_phrases("stop | physical therapist|", stemmer);
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[1].size(), 2u);
  bool negated_only = false;
  EXPECT_EQ(find_cue(words, cues, &negated_only), std::optional<size_t>(9));
  EXPECT_FALSE(find_cue(read_words("No need to stop.", stemmer), cues, &negated_only));
  EXPECT_TRUE(negated_only);
}

}  // namespace
}  // namespace contentc
