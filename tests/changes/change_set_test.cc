// The change-set engine on hand-made releases: reading bundle.sql's rows back, diffing by
// primary key, the version rule, and the three renderings.

#include <gtest/gtest.h>

#include "changes/change_set.h"
#include "changes/changes_json.h"
#include "changes/changes_sql.h"
#include "changes/changes_text.h"
#include "changes/sql_tuples.h"
#include "tables/bundle_tables.h"
#include "util/worker_pool.h"

namespace contentc {
namespace {

size_t table(std::string_view name) {
  const std::vector<Table> tables = bundle_schemas();
  for (size_t i = 0; i < tables.size(); ++i) {
    if (tables[i].name == name) return i;
  }
  return SIZE_MAX;
}

/// A release holding `rows` (table name → tuples), versioned `version`.
struct Fixture {
  std::vector<std::string> kept;  // the tuples the release's views point into
  Release release;
  Fixture(std::string version, const std::vector<std::pair<std::string, std::string>>& rows) {
    kept.reserve(rows.size());
    release.content_version = std::move(version);
    release.rows.assign(bundle_schemas().size(), {});
    for (const auto& [name, tuple] : rows) {
      kept.push_back(tuple);
      release.rows[table(name)].push_back(kept.back());
    }
  }
};

TEST(SqlTuples, SplitsLiteralsThatHoldCommasParenthesesAndQuotes) {
  const std::string tuple = "('it''s (a), b', NULL, 12, TRUE, 'x')";
  EXPECT_EQ(tuple_end(tuple, 0), tuple.size());
  const auto fields = tuple_fields(tuple);
  ASSERT_EQ(fields.size(), 5u);
  EXPECT_EQ(fields[0], "'it''s (a), b'");
  EXPECT_EQ(unquote_literal(fields[0]), "it's (a), b");
  EXPECT_EQ(fields[1], "NULL");
  EXPECT_EQ(tuple_prefix(tuple, 2), "'it''s (a), b', NULL");
  EXPECT_EQ(tuple_end("('open", 0), std::string_view::npos);
}

TEST(SqlTuples, AcceptsOnlyTheLiteralsBundleSqlWrites) {
  for (std::string_view ok : {"NULL", "TRUE", "FALSE", "12", "-3", "99.5", "'x'", "''", "'it''s'"}) {
    EXPECT_TRUE(is_literal(ok)) << ok;
  }
  for (std::string_view bad : {"", "null", "x", "1e5", "1.", ".5", "--1", "12a"}) EXPECT_FALSE(is_literal(bad)) << bad;
  size_t fields = 0;
  EXPECT_EQ(tuple_end("('a', 2)", 0, &fields), 8u);
  EXPECT_EQ(fields, 2u);
  EXPECT_EQ(tuple_end("('a', word)", 0), std::string_view::npos);
}

TEST(SqlTuples, OrdersKeysByValue) {
  EXPECT_TRUE(key_less({"'a'", "2"}, {"'a'", "10"}));  // numbers as numbers
  EXPECT_FALSE(key_less({"'a'", "10"}, {"'a'", "2"}));
  EXPECT_TRUE(key_less({"'a'"}, {"'a b'"}));  // a text before a longer one it starts
  EXPECT_TRUE(key_less({"'a'"}, {"'b'"}));
}

TEST(ContentVersion, RisesByTheBump) {
  EXPECT_EQ(bumped("1.4.2", Bump::kPatch), "1.4.3");
  EXPECT_EQ(bumped("1.4.2", Bump::kMinor), "1.5.0");
  EXPECT_EQ(bumped("1.4.2", Bump::kMajor), "2.0.0");
  EXPECT_EQ(bumped("1.4.2", Bump::kNone), "1.4.2");
  EXPECT_EQ(bumped("", Bump::kPatch), "1.0.0");
  EXPECT_EQ(bumped("1.04.2", Bump::kPatch), "1.0.0");  // not a version
  EXPECT_EQ(bumped("1.4", Bump::kPatch), "1.0.0");
  EXPECT_EQ(bumped("1.4.2.", Bump::kPatch), "1.0.0");
}

TEST(DiffReleases, FindsRowsAddedRemovedAndModifiedByKey) {
  Fixture old("1.2.3", {{"entries", "('a', 'exercise')"}, {"entries", "('b', 'exercise')"},
                        {"steps", "('a', 1, 'Sit.')"}, {"steps", "('a', 2, 'Stand.')"},
                        {"steps", "('a', 10, 'Rest.')"}});
  Fixture now("", {{"entries", "('a', 'exercise')"}, {"entries", "('b', 'exercise')"},
                   {"steps", "('a', 1, 'Sit.')"}, {"steps", "('a', 2, 'Stand up.')"},
                   {"steps", "('a', 3, 'Walk.')"}});
  const ChangeSet c = diff_releases(old.release, rows_of(now.release));
  const TableChanges& steps = c.tables[table("steps")];
  ASSERT_EQ(steps.modified.size(), 1u);
  EXPECT_EQ(steps.modified[0].key, (std::vector<std::string>{"'a'", "2"}));
  ASSERT_EQ(steps.modified[0].fields.size(), 1u);
  EXPECT_EQ(steps.modified[0].fields[0].before, "'Stand.'");
  EXPECT_EQ(steps.modified[0].fields[0].after, "'Stand up.'");
  ASSERT_EQ(steps.added.size(), 1u);
  EXPECT_EQ(steps.added[0][1], "3");
  ASSERT_EQ(steps.removed.size(), 1u);
  EXPECT_EQ(steps.removed[0][1], "10");
  EXPECT_EQ(c.bump, Bump::kPatch);  // no entry added or removed
  EXPECT_EQ(c.to_version, "1.2.4");
}

TEST(DiffReleases, EntriesAddedAreMinorRemovedOrRetypedAreMajorNoneKeepsTheVersion) {
  Fixture old("1.2.3", {{"entries", "('a', 'exercise')"}});
  EXPECT_EQ(diff_releases(old.release, rows_of(Fixture("", {{"entries", "('a', 'exercise')"}, {"entries", "('b', 'claim')"}}).release)).to_version, "1.3.0");
  EXPECT_EQ(diff_releases(old.release, rows_of(Fixture("", {}).release)).to_version, "2.0.0");
  EXPECT_EQ(diff_releases(old.release, rows_of(Fixture("", {{"entries", "('a', 'stretch')"}}).release)).to_version, "2.0.0");
  const ChangeSet same = diff_releases(old.release, rows_of(Fixture("", {{"entries", "('a', 'exercise')"}}).release));
  EXPECT_TRUE(same.empty());
  EXPECT_EQ(same.to_version, "1.2.3");
}

TEST(DiffReleases, GivesTheSameChangeSetOnThePoolsThreads) {
  std::vector<std::pair<std::string, std::string>> before, after;
  for (int i = 0; i < 300; ++i) {
    const std::string id = "'e" + std::to_string(i) + "'";
    if (i % 7) before.push_back({"entries", "(" + id + ", 'exercise')"});
    if (i % 5) after.push_back({"entries", "(" + id + ", 'exercise')"});
    before.push_back({"steps", "(" + id + ", 1, 'Sit.')"});
    after.push_back({"steps", "(" + id + ", 1, '" + (i % 3 ? "Sit." : "Stand.") + "')"});
  }
  Fixture old("1.0.0", before), now("", after);
  WorkerPool pool(4);
  const ChangeSet serial = diff_releases(old.release, rows_of(now.release));
  const ChangeSet parallel = diff_releases(old.release, rows_of(now.release), &pool);
  EXPECT_FALSE(serial.empty());
  EXPECT_EQ(write_changes_json(parallel), write_changes_json(serial));
}

TEST(DiffReleases, ListsTheCitationsOfAnArticleWhoseSnapshotChanged) {
  const std::string a = "('art', 'T', 'A', NULL, NULL, NULL, NULL, 'articles/art.txt', '" + std::string(64, '1') + "', 10)";
  const std::string b = "('art', 'T', 'A', NULL, NULL, NULL, NULL, 'articles/art.txt', '" + std::string(64, '2') + "', 11)";
  Fixture old("1.0.0", {{"articles", a}});
  Fixture now("", {{"articles", b},
                   {"citations", "('x', 2, 'dose', 1, 'art', NULL, 'Hold it.')"},
                   {"citations", "('x', 1, 'entry', NULL, 'art', NULL, 'It helps.')"},
                   {"citations", "('y', 1, 'entry', NULL, 'other', NULL, 'No.')"}});
  const ChangeSet c = diff_releases(old.release, rows_of(now.release));
  ASSERT_EQ(c.snapshots.size(), 1u);
  EXPECT_EQ(c.snapshots[0].article, "art");
  ASSERT_EQ(c.snapshots[0].citations.size(), 2u);
  // Both are new (the old release had no citations): a dose's first.
  EXPECT_EQ(c.snapshots[0].citations[0].context, "dose");
  EXPECT_EQ(c.snapshots[0].citations[0].status, Relocation::kQuoteChanged);
  EXPECT_EQ(c.snapshots[0].citations[0].before_quote, "");
  EXPECT_EQ(c.snapshots[0].citations[1].ordinal, 1);
}

TEST(DiffReleases, SortsAChangedArticlesCitationsWorstFirst) {
  const std::string a = "('art', 'T', 'A', NULL, NULL, NULL, NULL, 'articles/art.txt', '" + std::string(64, '1') + "', 10)";
  const std::string b = "('art', 'T', 'A', NULL, NULL, NULL, NULL, 'articles/art.txt', '" + std::string(64, '2') + "', 11)";
  // x 1: the same; x 2: moved; x 3: a warning's quote that lost its 'not'; y 1: a dose 5 → 10.
  Fixture old("1.0.0", {{"articles", a},
                        {"citations", "('x', 1, 'entry', NULL, 'art', NULL, 'It helps.')"},
                        {"citations", "('x', 2, 'entry', NULL, 'art', NULL, 'Lie down.')"},
                        {"citations", "('x', 3, 'warning', 1, 'art', NULL, 'Do not lie flat.')"},
                        {"citations", "('y', 1, 'dose', 1, 'art', NULL, 'Hold 5 seconds.')"},
                        {"citation_spans", "('x', 2, 1, 10, 19)"}});
  Fixture now("", {{"articles", b},
                   {"citations", "('x', 1, 'entry', NULL, 'art', NULL, 'It helps.')"},
                   {"citations", "('x', 2, 'entry', NULL, 'art', NULL, 'Lie down.')"},
                   {"citations", "('x', 3, 'warning', 1, 'art', NULL, 'Do lie flat.')"},
                   {"citations", "('y', 1, 'dose', 1, 'art', NULL, 'Hold 10 seconds.')"},
                   {"citation_spans", "('x', 2, 1, 40, 49)"}});
  const ChangeSet c = diff_releases(old.release, rows_of(now.release));
  ASSERT_EQ(c.snapshots.size(), 1u);
  const auto& cites = c.snapshots[0].citations;
  ASSERT_EQ(cites.size(), 4u);
  EXPECT_EQ(cites[0].entry_id, "y");
  EXPECT_EQ(cites[0].risk.risk, ClinicalRisk::kDose);
  EXPECT_EQ(cites[0].risk.detail, "5 → 10");
  EXPECT_EQ(cites[0].before_quote, "Hold 5 seconds.");
  EXPECT_EQ(cites[1].ordinal, 3);
  EXPECT_EQ(cites[1].risk.risk, ClinicalRisk::kNegation);
  EXPECT_EQ(cites[2].ordinal, 2);
  EXPECT_EQ(cites[2].status, Relocation::kMoved);
  EXPECT_EQ(cites[3].ordinal, 1);
  EXPECT_EQ(cites[3].status, Relocation::kUnchanged);
  // changes.json carries it, and reads it back.
  const std::string json = write_changes_json(c);
  EXPECT_NE(json.find("\"risk_detail\":\"5 → 10\""), std::string::npos) << json;
  const std::optional<ChangeSet> back = read_changes_json(json);
  ASSERT_TRUE(back);
  EXPECT_EQ(write_changes_json(*back), json);
}

TEST(ChangeFiles, SqlAddsParentsFirstAndRemovesChildrenFirst) {
  Fixture old("1.0.0", {{"entries", "('gone', 'exercise')"}, {"exercises", "('gone', 'Gone', NULL)"},
                        {"steps", "('gone', 1, 'It''s done.')"}});
  Fixture now("", {{"entries", "('new', 'exercise')"}, {"exercises", "('new', 'New', NULL)"}});
  const ChangeSet c = diff_releases(old.release, rows_of(now.release));
  const std::string sql = write_changes_sql(c);
  const size_t insert_entry = sql.find("INSERT INTO entries"), insert_exercise = sql.find("INSERT INTO exercises");
  const size_t delete_step = sql.find("DELETE FROM steps WHERE entry_id = 'gone' AND ordinal = 1;");
  const size_t delete_exercise = sql.find("DELETE FROM exercises WHERE id = 'gone';");
  const size_t delete_entry = sql.find("DELETE FROM entries WHERE id = 'gone';");
  ASSERT_NE(delete_step, std::string::npos);
  EXPECT_LT(insert_entry, insert_exercise);
  EXPECT_LT(insert_exercise, delete_step);
  EXPECT_LT(delete_step, delete_exercise);
  EXPECT_LT(delete_exercise, delete_entry);
  EXPECT_NE(sql.find("BEGIN;"), std::string::npos);
  EXPECT_NE(sql.find("COMMIT;"), std::string::npos);
}

TEST(ChangeFiles, JsonReadsBackToTheSameChangeSet) {
  Fixture old("1.0.0", {{"entries", "('a', 'exercise')"}, {"doses", "('a', 1, 8, 10, NULL, 5, 5, 's', NULL, NULL, NULL, NULL, NULL, NULL, NULL)"},
                        {"steps", "('a', 1, 'Quote \"this\" and ''that''', NULL)"}});
  Fixture now("", {{"entries", "('a', 'exercise')"}, {"doses", "('a', 1, 10, 12, NULL, 5, 5, 's', NULL, NULL, NULL, NULL, NULL, NULL, NULL)"},
                   {"entries", "('b', 'exercise')"}});
  const ChangeSet c = diff_releases(old.release, rows_of(now.release));
  const std::string json = write_changes_json(c);
  const auto back = read_changes_json(json);
  ASSERT_TRUE(back);
  EXPECT_EQ(write_changes_json(*back), json);
  EXPECT_EQ(back->tables[table("steps")].removed[0][2], "'Quote \"this\" and ''that'''");
  // The text a release note needs.
  const std::string text = render_changes_text(c);
  EXPECT_NE(text.find("content 1.0.0 → 1.1.0 (minor)"), std::string::npos) << text;
  EXPECT_NE(text.find("1 exercise added: b"), std::string::npos) << text;
  EXPECT_NE(text.find("dose 1: reps 8-10 → 10-12"), std::string::npos) << text;
  EXPECT_NE(text.find("step 1 removed: \"Quote \"this\" and 'that'\""), std::string::npos) << text;
  EXPECT_EQ(changes_one_line(c), "1 exercise added, 1 step removed, 1 dose changed; content version 1.0.0 → 1.1.0 (minor)");
}

TEST(ContentVersion, TheContentVersionFitsUserVersionAsOneNumber) {
  EXPECT_EQ(content_version_number("1.4.2"), 1004002);
  EXPECT_EQ(content_version_number("1.0.0"), 1000000);
  EXPECT_EQ(content_version_number("2146.999.999"), 2146999999);
  // Near misses: a part too large for its three digits, a major past 31 bits, not a version.
  EXPECT_EQ(content_version_number("1.1000.0"), std::nullopt);
  EXPECT_EQ(content_version_number("1.0.1000"), std::nullopt);
  EXPECT_EQ(content_version_number("2147.0.0"), std::nullopt);
  EXPECT_EQ(content_version_number("1.4"), std::nullopt);
  EXPECT_EQ(content_version_number("1.4.2-rc1"), std::nullopt);
  EXPECT_EQ(content_version_number(""), std::nullopt);
}

}  // namespace
}  // namespace contentc
