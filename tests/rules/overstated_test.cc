#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

/// The messages of overstated on one claim with `text`, citing `quote` (the article is the
/// quote itself, so that it is found).
std::vector<std::string> on_claim(std::string_view text, std::string_view quote) {
  TempSources s;
  add_article(s, "art", std::string(quote) + "\n");
  s.write("a.xml", content("<condition id=\"sciatica\"><name>Sciatica</name>"
                           "<cite article=\"art\">" + std::string(quote) + "</cite></condition>"
                           "<claim id=\"c\" about=\"sciatica\" topic=\"treatment\"><text>" + std::string(text) +
                           "</text><cite article=\"art\">" + std::string(quote) + "</cite></claim>"));
  std::vector<std::string> out;
  for (const Finding& f : findings_of(s.compile(), "overstated")) out.push_back(f.message);
  return out;
}

TEST(Overstated, FiresOnAPlainStatementOfWhatTheQuoteHedges) {
  const auto found = on_claim("Rocking helps the baby get into a good position.",
                              "Rocking may help the baby get into a good position.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0],
            "the claim's text states 'Rocking helps the baby get into a good position' with only 'helps', where its quote "
            "hedges it with 'may' ('rocking may help the baby get into a good position'): keep the article's 'may', "
            "or cite a passage that says it as surely");
  // A hedge in the condition's main clause: "if …, it is likely sciatica".
  EXPECT_EQ(on_claim("Pain radiating down the leg points to sciatica.",
                     "Sciatica is confused with other pain, but if you feel pain radiating down your leg, it is "
                     "likely sciatica.")
                .size(),
            1u);
}

TEST(Overstated, FiresOnAFactWhereTheQuoteOnlyHelps) {
  const auto found = on_claim("Rocking relieves back pressure.", "It helps to relieve back pressure, they say.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("states 'Rocking relieves back pressure' plainly, where its quote hedges it with 'helps'"),
            std::string::npos)
      << found[0];
}

TEST(Overstated, FiresOnABoosterTheQuoteLacks) {
  const auto found = on_claim("The pelvic rock is very effective for back pain.",
                              "The pelvic rock is effective for back pain.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0],
            "the claim's text says 'very effective' ('The pelvic rock is very effective for back pain'), which its "
            "quote never says: say it as surely as the article does, or cite the passage that says 'very effective'");
  EXPECT_EQ(on_claim("Stretching always eases the pain.", "Stretching eases the pain.").size(), 1u);
  EXPECT_EQ(on_claim("Stretching will cure sciatica.", "Stretching can ease sciatica.").size(), 1u);
}

TEST(Overstated, SilentOnNearMisses) {
  // A hedge of another strength; the text less sure than its quote; the quote's booster kept.
  EXPECT_TRUE(on_claim("Massage may ease the pain.", "Massage can ease the pain.").empty());
  EXPECT_TRUE(on_claim("Massage can help ease the pain.", "Massage eases the pain.").empty());
  EXPECT_TRUE(on_claim("Massage can ease the pain.", "Massage may ease the pain.").empty());
  EXPECT_TRUE(on_claim("Rocking helps to relieve back pressure.", "Rocking helps to relieve back pressure.").empty());
  EXPECT_TRUE(on_claim("Rest and get help from your midwife.", "Rest, and seek help from your midwife.").empty());
  EXPECT_TRUE(on_claim("The pelvic rock is highly effective.", "The pelvic rock is very effective.").empty());
  EXPECT_TRUE(on_claim("Stretching will not cure sciatica.", "Stretching can ease sciatica.").empty());
  // Politeness and permission are no hedges: "you may want to", "you can try", "can be bought".
  EXPECT_TRUE(on_claim("Limit long walks when the pain is severe.",
                       "You may just want to limit long walks when the pain is severe.")
                  .empty());
  EXPECT_TRUE(on_claim("Belts are sold over the counter.", "Belts can be purchased over the counter.").empty());
  // "some" counting studies, not hedging the clause; and a hedge in a clause the text does not say.
  EXPECT_TRUE(on_claim("Studies of massage have not given promising results.",
                       "There have been some studies of massage and the results have not been promising.")
                  .empty());
  EXPECT_TRUE(on_claim("Notice which activities trigger your pain, and avoid those.",
                       "Sometimes the triggers differ for everyone, so pay attention to the activities that trigger "
                       "your pain, and avoid those.")
                  .empty());
  // The hedge scoped over the whole editor's sentence counts wherever it stands.
  EXPECT_TRUE(on_claim("In some cases, rocking helps the baby turn.", "Rocking may help the baby turn.").empty());
}

TEST(Overstated, ReadsAdviceToo) {
  TempSources s;
  add_article(s, "art", "A warm bath could ease the pain for a while.\n");
  s.write("a.xml", content("<condition id=\"sciatica\"><name>Sciatica</name>"
                           "<cite article=\"art\">A warm bath could ease the pain for a while.</cite></condition>"
                           "<advice id=\"bath\" stance=\"recommend\" condition=\"sciatica\" phase=\"any\">"
                           "<text>A warm bath eases the pain.</text>"
                           "<cite article=\"art\">A warm bath could ease the pain for a while.</cite></advice>"));
  EXPECT_EQ(findings_of(s.compile(), "overstated").size(), 1u);
}

}  // namespace
}  // namespace contentc
