#include "util/json_writer.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(JsonString, EscapesEverythingThatCouldBreakOut) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\x01\x7F</script>\xE2\x80\xA8\xE2\x80\xA9");
  EXPECT_EQ(out, R"("a\"b\\c\nd\u0001\u007f</script>\u2028\u2029")");
}

TEST(JsonWriter, WritesIndentedStableJson) {
  JsonWriter w;
  w.begin_object().key("a").value(1).key("b").begin_array().value("x").value(true).end_array();
  w.key("c").begin_object().end_object().key("d").begin_array().end_array().end_object();
  EXPECT_EQ(w.take(), "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    true\n  ],\n  \"c\": {},\n"
                      "  \"d\": []\n}\n");
}

}  // namespace
}  // namespace contentc
