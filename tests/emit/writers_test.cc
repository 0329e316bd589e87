// The emitters' escaping and formats, on tables built in memory.
#include <gtest/gtest.h>

#include "tables/bundle_tables.h"
#include "tables/csv_writer.h"
#include "tables/sql_writer.h"
#include "util/sha256.h"

namespace contentc {
namespace {

Table sample() {
  Table t{"things", "", {{"id", ColumnType::kString, true, ""}, {"n", ColumnType::kInteger, false, ""},
                         {"ok", ColumnType::kBoolean, true, ""}, {"x", ColumnType::kNumber, false, ""}},
          {"id"}, {}, {}};
  t.rows.push_back({CellText("a,\"b\"\r\nc"), int64_t{-3}, true, Decimal{"2.5"}});
  t.rows.push_back({CellText("=1+1"), Cell{}, false, Cell{}});
  t.rows.push_back({CellText("O'Brien\\n --; DROP"), int64_t{7}, false, Decimal{"99"}});
  return t;
}

TEST(CsvWriter, QuotesPerRfc4180WithCrlf) {
  EXPECT_EQ(write_csv(sample(), {}),
            "id,n,ok,x\r\n\"a,\"\"b\"\"\r\nc\",-3,true,2.5\r\n=1+1,,false,\r\n"
            "O'Brien\\n --; DROP,7,false,99\r\n");
}

TEST(CsvWriter, SpreadsheetSafePrefixesOnlyText) {
  const std::string csv = write_csv(sample(), {true});
  EXPECT_NE(csv.find("\r\n'=1+1,"), std::string::npos);
  EXPECT_NE(csv.find(",-3,"), std::string::npos) << "a number is not a formula";
}

TEST(SqlWriter, UsesStandardLiteralsOnly) {
  const std::string sql = write_sql({sample()});
  EXPECT_NE(sql.find("('a,\"b\"\r\nc', -3, TRUE, 2.5)"), std::string::npos) << sql;
  EXPECT_NE(sql.find("('O''Brien\\n --; DROP', 7, FALSE, 99)"), std::string::npos);
  EXPECT_NE(sql.find("('=1+1', NULL, FALSE, NULL)"), std::string::npos);
  EXPECT_EQ(sql.find("E'"), std::string::npos);
  EXPECT_NE(sql.find("CREATE TABLE things (\n  id TEXT NOT NULL,\n  n BIGINT,\n  ok BOOLEAN NOT NULL,\n"
                     "  x NUMERIC,\n  PRIMARY KEY (id)\n);"),
            std::string::npos);
  EXPECT_LT(sql.find("BEGIN;"), sql.find("CREATE TABLE"));
  EXPECT_EQ(sql.substr(sql.size() - 8), "COMMIT;\n");
}

TEST(CanonicalDecimal, WritesOneSpellingPerNumber) {
  EXPECT_EQ(canonical_decimal("+099.50"), "99.5");
  EXPECT_EQ(canonical_decimal("-0.0"), "0");
  EXPECT_EQ(canonical_decimal(".5"), "0.5");
  EXPECT_EQ(canonical_decimal("12."), "12");
  EXPECT_EQ(canonical_decimal("-3"), "-3");
}

TEST(Sha256, MatchesTheStandardVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // FIPS 180-2 appendix B.2: a two-block message.
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 pieces;
  pieces.update("ab");
  pieces.update("");
  pieces.update("c");
  EXPECT_EQ(pieces.hex(), sha256_hex("abc"));
  const Sha256Digest bytes = sha256("abc");
  EXPECT_EQ(bytes[0], 0xba);
  EXPECT_EQ(bytes[31], 0xad);
  EXPECT_EQ(to_hex(bytes), sha256_hex("abc"));
}

}  // namespace
}  // namespace contentc
