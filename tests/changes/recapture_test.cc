#include "changes/recapture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace contentc {
namespace {

TEST(RecaptureRisk, ANumberOrAUnitChangedIsADose) {
  RiskAssessment r = assess_risk("Hold for 5 seconds, then relax.", "Hold for 10 seconds, then relax.", false);
  EXPECT_EQ(r.risk, ClinicalRisk::kDose);
  EXPECT_EQ(r.detail, "5 → 10");
  EXPECT_EQ(assess_risk("Do 8-10 repetitions.", "Do 10-12 repetitions.", false).detail, "8-10 → 10-12");
  EXPECT_EQ(assess_risk("Hold for 30 seconds.", "Hold for 30 minutes.", false).detail, "second → minute");
  EXPECT_EQ(assess_risk("up to twenty five times", "up to fifteen times", false).detail, "twenty five → fifteen");
  EXPECT_EQ(assess_risk("Repeat twice a day.", "Repeat a day.", false).detail, "'twice' removed");
  // A warning whose number changed is a dose first: the number is what a reader acts on.
  EXPECT_EQ(assess_risk("Stop after 20 weeks.", "Stop after 16 weeks.", true).risk, ClinicalRisk::kDose);
}

TEST(RecaptureRisk, ANegationOrAStopWordAddedOrRemoved) {
  RiskAssessment r = assess_risk("This is true for standing on one leg.", "This is not true for standing on one leg.", false);
  EXPECT_EQ(r.risk, ClinicalRisk::kNegation);
  EXPECT_EQ(r.detail, "'not' added");
  EXPECT_EQ(assess_risk("Stop if it hurts.", "Carry on if it hurts.", false).detail, "'stop' removed");
  EXPECT_EQ(assess_risk("Avoid lying flat.", "Try lying flat.", false).detail, "'avoid' removed");
  EXPECT_EQ(assess_risk("Don’t hold your breath.", "Hold your breath.", false).detail, "'don't' removed");
  // The same words in another form or order are no change of meaning.
  EXPECT_EQ(assess_risk("You should avoid lifting.", "Avoiding lifting is wise.", false).risk, ClinicalRisk::kOther);
  EXPECT_EQ(assess_risk("Hold it for 5 seconds.", "For 5 seconds, hold it.", false).risk, ClinicalRisk::kOther);
}

TEST(RecaptureRisk, AWarningsPassageAndTheRest) {
  EXPECT_EQ(assess_risk("Talk to your midwife first.", "Ask your midwife first.", true).risk, ClinicalRisk::kWarning);
  EXPECT_EQ(assess_risk("Talk to your midwife first.", "Ask your midwife first.", false).risk, ClinicalRisk::kOther);
  // A passage gone takes its numbers and negations with it.
  EXPECT_EQ(assess_risk("Do not lie flat after 16 weeks.", "", true).detail, "'16 week' removed");
  EXPECT_EQ(assess_risk("Never bounce.", "", false).detail, "'never' removed");
}

TEST(RecaptureOrder, ChangedByRiskThenMovedThenUnchanged) {
  std::vector<RankKey> keys = {
      {Relocation::kUnchanged, ClinicalRisk::kNone, 0},    {Relocation::kMoved, ClinicalRisk::kNone, 1},
      {Relocation::kContextChanged, ClinicalRisk::kOther, 2}, {Relocation::kGone, ClinicalRisk::kWarning, 3},
      {Relocation::kContextChanged, ClinicalRisk::kDose, 4},  {Relocation::kQuoteChanged, ClinicalRisk::kDose, 5},
      {Relocation::kQuoteChanged, ClinicalRisk::kNegation, 6}, {Relocation::kUnchanged, ClinicalRisk::kNone, 7},
  };
  std::sort(keys.begin(), keys.end(), worse_first);
  std::vector<size_t> order;
  for (const RankKey& k : keys) order.push_back(k.order);
  // Dose first (quote changed before context changed), then negation, warning, other; then moved, unchanged.
  EXPECT_EQ(order, (std::vector<size_t>{5, 4, 6, 3, 2, 1, 0, 7}));
}

TEST(RecaptureOrder, NamesAsTheReportPrintsThem) {
  EXPECT_EQ(relocation_name(Relocation::kContextChanged), "context-changed");
  EXPECT_EQ(relocation_name(Relocation::kGone), "gone");
  EXPECT_EQ(risk_name(ClinicalRisk::kNegation), "negation");
}

}  // namespace
}  // namespace contentc
