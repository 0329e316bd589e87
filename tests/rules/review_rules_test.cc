// The review rules on records made in the test: unsigned ones in memory, signed ones on disk
// with a key the real ssh-keygen makes. tests/review/review_test.py drives the same through the
// command line.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "load/review_records.h"
#include "rules/review_content.h"
#include "rules/review_status.h"
#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

constexpr const char* kPolicy = R"(<policy>
  <reviews repository="test" every="1y" warn="30d">
    <reviewer id="ann" name="Ann Lee, PT" roles="clinical"/>
    <require on="exercise" role="clinical"/>
  </reviews>
</policy>
)";

constexpr const char* kEntries = R"(<exercise id="squeeze"><name>Squeeze</name><step source="house">Squeeze.</step>
  <dose><hold>5 s</hold><cite article="art">Hold for 5 seconds.</cite></dose><cite article="art">Hold for 5 seconds.</cite></exercise>
<stretch id="reach"><name>Reach</name><step source="house">Reach.</step><dose><hold>5 s</hold><cite article="art">Hold for 5 seconds.</cite></dose><cite article="art">Hold for 5 seconds.</cite></stretch>
)";

void write_sources(TempSources& s, std::string_view policy = kPolicy, std::string_view snapshot = "Hold for 5 seconds.\n\nElsewhere.\n") {
  s.write("policy.xml", policy);
  add_article(s, "art", snapshot);
  s.write("a.xml", content(kEntries));
}

TEST(ReviewDates, MoveByDaysWeeksMonthsAndYears) {
  EXPECT_EQ(add_duration("2024-02-29", "3y"), "2027-02-28");
  EXPECT_EQ(add_duration("2026-01-31", "1m"), "2026-02-28");
  EXPECT_EQ(add_duration("2026-01-31", "18m"), "2027-07-31");
  EXPECT_EQ(add_duration("2026-12-25", "6w"), "2027-02-05");
  EXPECT_EQ(add_duration("2026-03-01", "1d", true), "2026-02-28");
  EXPECT_EQ(add_duration("2027-07-01", "60d", true), "2027-05-02");
  EXPECT_FALSE(add_duration("2026-02-30", "1d"));
  EXPECT_FALSE(add_duration("2026-01-01", "1q"));
}

TEST(ReviewRecord, RoundTripsItsFieldsEscapesIncluded) {
  const std::string text = format_review_record({"repo", "exercise", "squeeze", "clinical", "ann", "2026-05-01"},
                                                {{"name", "Squeeze", {}}, {"passage 1", "art: a\\b\nc", {}}});
  EXPECT_EQ(text,
            "contentc-review 1\nrepository repo\nentry exercise squeeze\nrole clinical\nreviewer ann\ndate 2026-05-01\n\n"
            "name: Squeeze\npassage 1: art: a\\\\b\\nc\n");
  SourceFiles files;
  const uint32_t f = files.add("r", "r", text);
  ReviewRecord r;
  Loc where;
  EXPECT_EQ(parse_review_record(text, f, files, r, where), "");
  EXPECT_EQ(r.entry, "squeeze");
  ASSERT_EQ(r.fields.size(), 2u);
  EXPECT_EQ(r.fields[1].value, "art: a\\b\nc");
  EXPECT_NE(parse_review_record(text.substr(0, text.size() - 1), f, files, r, where), "") << "cut short";
}

TEST(ReviewChanges, NameEachFieldBeforeAndAfter) {
  const std::vector<ReviewField> before = {{"name", "A", {}}, {"dose 1 hold", "5 s", {}}, {"alias 1", "B", {}}};
  const std::vector<ReviewField> after = {{"name", "A", {}}, {"dose 1 hold", "8 s", {}}, {"step 1", "Go.", {}}};
  EXPECT_EQ(review_changes(before, after),
            (std::vector<std::string>{"dose 1 hold: '5 s' → '8 s'", "alias 1: 'B' (gone)", "step 1: (new) 'Go.'"}));
  EXPECT_TRUE(review_changes(before, before).empty());
}

TEST(ReviewMissing, FiresOnTheKindsThePolicyNamesOnly) {
  TempSources s;
  write_sources(s);
  const Compilation c = s.compile();
  const auto f = findings_of(c, "review-missing");
  ASSERT_EQ(f.size(), 1u) << "the stretch is not required";
  EXPECT_EQ(f[0].level, Level::kNote);
  EXPECT_EQ(where(c, f[0].loc), "src/a.xml:2:1");
  EXPECT_EQ(where(c, f[0].related[0].loc), "src/policy.xml:4:5");
  TempSources without;
  write_sources(without, "<policy/>");
  EXPECT_TRUE(findings_of(without.compile(), "review-missing").empty()) << "no <reviews>, no review asked";
}

TEST(ReviewInvalid, AnUnsignedRecordOrOneForAnEntryThatIsGone) {
  TempSources s;
  write_sources(s);
  s.write("reviews/squeeze.clinical.review",
          format_review_record({"test", "exercise", "squeeze", "clinical", "ann", "2026-05-01"}, {}));
  s.write("reviews/gone.clinical.review",
          format_review_record({"test", "exercise", "gone", "clinical", "ann", "2026-05-01"}, {}));
  s.write("reviews/.editor-backup.review", "anything");  // hidden: not a record
  const Compilation c = s.compile();
  const auto f = findings_of(c, "review-invalid");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[0].message.find("'gone' is not valid: it is not signed"), std::string::npos) << f[0].message;
  EXPECT_EQ(findings_of(c, "review-missing").size(), 1u) << "an invalid record approves nothing";
}

// A sources folder on disk whose records are signed by a key ssh-keygen makes.
class SignedReviews : public ::testing::Test {
 protected:
  void SetUp() override {
    write_sources(s_);
    key_ = s_.root.parent_path() / (s_.root.filename().string() + "-key");
    ASSERT_EQ(std::system(("ssh-keygen -q -t ed25519 -N '' -C ann -f " + key_.string() + " >/dev/null").c_str()), 0);
    std::ifstream pub(key_.string() + ".pub");
    std::string type, b64;
    pub >> type >> b64;
    s_.write("reviews/allowed_signers", "ann " + type + " " + b64 + "\n");
  }
  void TearDown() override {
    std::filesystem::remove(key_);
    std::filesystem::remove(key_.string() + ".pub");
  }
  // Records the squeeze's review as the sources are now, dated `date`, and signs it.
  void review(const std::string& date) {
    const Compilation c = s_.compile();
    const Entry& e = c.model.movements[0];
    const std::string rel = review_record_path("squeeze", "clinical");
    s_.write(rel, format_review_record({"test", "exercise", "squeeze", "clinical", "ann", date},
                                       review_fields(c.model, c.files, e)));
    std::filesystem::remove(s_.root / (rel + ".sig"));
    ASSERT_EQ(std::system(("ssh-keygen -q -Y sign -n contentc-review -f " + key_.string() + " " + (s_.root / rel).string() +
                           " >/dev/null 2>&1").c_str()),
              0);
  }
  std::vector<std::string> rules() {
    std::vector<std::string> out;
    const Compilation c = s_.compile();
    for (const Finding& f : c.findings.items()) {
      if (f.rule.rfind("review-", 0) == 0) out.push_back(f.rule);
    }
    return out;
  }
  TempSources s_{Storage::kDisk};
  std::filesystem::path key_;
};

TEST_F(SignedReviews, AValidReviewSilencesReviewMissing) {
  review("2026-05-01");
  EXPECT_TRUE(rules().empty());
}

TEST_F(SignedReviews, StaleOnAnEditOfTheEntryOrItsPassageNotElsewhere) {
  review("2026-05-01");
  write_sources(s_, kPolicy, "Hold for 5 seconds.\n\nElsewhere, changed.\n");
  EXPECT_TRUE(rules().empty()) << "another paragraph of the article";
  write_sources(s_, kPolicy, "Now: Hold for 5 seconds.\n\nElsewhere, changed.\n");
  EXPECT_EQ(rules(), std::vector<std::string>{"review-stale"}) << "the quote's paragraph";
  write_sources(s_, kPolicy);
  s_.write("a.xml", content(std::string(kEntries).replace(std::string(kEntries).find("Squeeze.</step>"), 8, "Press.")));
  EXPECT_EQ(rules(), std::vector<std::string>{"review-stale"}) << "a step";
}

TEST_F(SignedReviews, DueWithinTheWindowThenOverdue) {
  review("2025-07-01");  // due 2026-07-01, warned from 2026-06-01: the tests' day
  EXPECT_EQ(rules(), std::vector<std::string>{"review-due"});
  review("2025-07-02");
  EXPECT_TRUE(rules().empty()) << "a day before the window";
  review("2025-06-01");
  EXPECT_EQ(rules(), std::vector<std::string>{"review-overdue"}) << "due on the day itself";
}

}  // namespace
}  // namespace contentc
