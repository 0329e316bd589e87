#include "load/schema_checker.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using testing::content;
using testing::findings_of;
using testing::TempSources;
using testing::where;

std::vector<std::string> violations(std::string_view body) {
  TempSources s;
  s.write("x.xml", content(body));
  const LoadedSources l = s.compile();
  std::vector<std::string> out;
  for (const Finding& f : findings_of(l, "schema-violation")) {
    out.push_back(where(l, f.loc).substr(10) + " " + f.message);
  }
  return out;
}

TEST(SchemaChecker, AcceptsACompleteEntry) {
  EXPECT_TRUE(violations(R"(<exercise id="a"><name>A</name><alias>B</alias><position>seated</position>
<for condition="c" phase="pregnancy"/><step>S</step>
<dose><reps>8</reps><hold>5 s</hold><side>each</side><cite article="x">q</cite></dose>
<warning category="w">Careful. <cite article="x">q</cite></warning>
<cite article="x" section="H">q</cite><suppress rule="bad-id" reason="r" until="2027-02-28"/>
</exercise>)")
                  .empty());
}

TEST(SchemaChecker, ReportsUnknownAndMissingParts) {
  EXPECT_EQ(violations(R"(<exercise id="a"><nmae>A</nmae><step>S</step></exercise>)"),
            (std::vector<std::string>{"2:1 <exercise> needs a <name>",
                                      "2:18 <exercise> cannot hold <nmae>; did you mean 'name'?"}));
  EXPECT_EQ(violations(R"(<claim about="c" topic="cause" colour="red"><text>T</text></claim>)"),
            (std::vector<std::string>{"2:1 <claim> needs the attribute 'id'",
                                      "2:32 <claim> has no attribute 'colour'"}));
}

TEST(SchemaChecker, ReportsOrderCountAndText) {
  EXPECT_EQ(violations(R"(<condition id="a"><cite article="x">q</cite><name>A</name><name>B</name>stray</condition>)"),
            (std::vector<std::string>{
                "2:45 <name> must come before <cite> in <condition>",
                "2:59 <condition> holds more than one <name>",
                "2:73 <condition> holds no text of its own"}));
  EXPECT_EQ(violations(R"(<condition id="a"><name><b>A</b></name><summary>  </summary></condition>)"),
            (std::vector<std::string>{"2:19 <name> needs text", "2:25 <name> holds text only, not <b>",
                                      "2:40 <summary> needs text"}));
}

TEST(SchemaChecker, ChecksValues) {
  EXPECT_EQ(
      violations(R"(<advice id="a" stance="avoidd" condition="c" phase="later"><text>T</text></advice>
<article id="b"><title>T</title><author>A</author><retrieved>2023-02-29</retrieved><snapshot>s</snapshot></article>
<claim id="c" about="c" topic="cause"><text>T</text><figure value="12,5" sample="0">f</figure></claim>)"),
      (std::vector<std::string>{
          "2:24 stance=\"avoidd\" on <advice>: expected recommend, caution or avoid",
          "2:53 phase=\"later\" on <advice>: expected any, pregnancy or postpartum",
          "3:62 <retrieved>2023-02-29</retrieved>: expected a date as YYYY-MM-DD",
          "4:68 value=\"12,5\" on <figure>: expected a number such as 12 or 12.5",
          "4:82 sample=\"0\" on <figure>: expected a whole number from 1 (at most 18 digits)"}));
}

TEST(SchemaChecker, RejectsANamespaceButAllowsSchemaHints) {
  TempSources s;
  s.write("a.xml", R"(<content xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="../schema/content.xsd"/>)");
  s.write("b.xml", R"(<content xmlns="urn:x"/>)");
  s.write("c.xml", R"(<contents/>)");
  const LoadedSources l = s.compile();
  const auto v = findings_of(l, "schema-violation");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(where(l, v[0].loc), "src/b.xml:1:10");
  EXPECT_EQ(where(l, v[1].loc), "src/c.xml:1:1");
  EXPECT_NE(v[1].message.find("root element <content>, not <contents>"), std::string::npos);
}

}  // namespace
}  // namespace contentc
