#include "load/xml_precheck.h"

#include <gtest/gtest.h>

#include <string>

namespace contentc {
namespace {

TEST(XmlPrecheck, AcceptsOrdinaryXml) {
  EXPECT_FALSE(precheck_xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<content>\n"
                            "<!-- <a> --><![CDATA[<b>]]><x a=\">\"/></content>",
                            64)
                   .has_value());
}

TEST(XmlPrecheck, RejectsDoctypeAtItsOffset) {
  const auto p = precheck_xml("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]><x/>", 64);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->offset, 22u);
  EXPECT_NE(p->message.find("DOCTYPE"), std::string::npos);
}

TEST(XmlPrecheck, RejectsBytesXmlCannotHold) {
  EXPECT_EQ(precheck_xml(std::string("<a>x\0</a>", 9), 64)->offset, 4u);
  EXPECT_EQ(precheck_xml("<a>\x01</a>", 64)->offset, 3u);
  EXPECT_EQ(precheck_xml("<a>\xC3(</a>", 64)->offset, 3u);
  EXPECT_NE(precheck_xml("\xFF\xFE<\0a\0", 64)->message.find("UTF-16"), std::string::npos);
  EXPECT_NE(precheck_xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 64)
                ->message.find("ISO-8859-1"),
            std::string::npos);
}

TEST(XmlPrecheck, EveryAmpersandStartsAReferenceWhereverItIs) {
  // Between elements and in attributes the model never reads, too (xmllint rejects both).
  EXPECT_EQ(precheck_xml("<content>&amp$\n<x/></content>", 64)->offset, 9u);
  EXPECT_EQ(precheck_xml("<content><x note=\"a & b\"/></content>", 64)->offset, 20u);
  EXPECT_FALSE(precheck_xml("<content>&amp; &#10; &#x41; <x a=\"&lt;\"/></content>", 64).has_value());
  EXPECT_EQ(precheck_xml("<content><x a=\"<?pi?>\"/></content>", 64)->offset, 15u) << "'<' in a value";
}

TEST(XmlPrecheck, ASecondByteOrderMarkIsAProblem) {
  const auto p = precheck_xml("\xEF\xBB\xBF\xEF\xBB\xBF<content/>", 64);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->offset, 3u);
  EXPECT_FALSE(precheck_xml("\xEF\xBB\xBF<content/>", 64).has_value());
}

TEST(XmlPrecheck, LimitsNestingButNotSiblings) {
  std::string deep, wide = "<r>";
  for (int i = 0; i < 65; ++i) deep += "<a>";
  for (int i = 0; i < 1000; ++i) wide += "<a><b/></a>";
  const auto p = precheck_xml(deep, 64);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->offset, 64u * 3);
  EXPECT_FALSE(precheck_xml(wide + "</r>", 64).has_value());
  std::string exactly;
  for (int i = 0; i < 64; ++i) exactly += "<a>";
  EXPECT_FALSE(precheck_xml(exactly, 64).has_value());
}

}  // namespace
}  // namespace contentc
