#include <gtest/gtest.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

constexpr std::string_view kBody = "<content><condition id=\"c\"><name>C</name></condition></content>\n";

std::string with_model(std::string_view pi) { return std::string(pi) + "\n" + std::string(kBody); }

TEST(XmlModelBroken, FiresAtAnHrefThatNamesNoFile) {
  TempSources s{Storage::kDisk};
  s.write("a.xml", with_model(R"(<?xml-model href="../schema/content.xsd" type="application/xml"?>)"));
  s.write("sub/b.xml", "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n" +
                           with_model(R"(<?xml-model type="application/xml" href = 'content.xsd'?>)"));
  s.write("policy.xml", "<?xml-model href=\"file:///no/such/policy.xsd\"?>\n<policy/>\n");
  const Compilation c = s.compile();
  const auto found = findings_of(c, "xml-model-broken");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(where(c, found[0].loc), "src/a.xml:1:19");
  EXPECT_EQ(found[0].level, Level::kNote);
  EXPECT_NE(found[0].message.find("the xml-model href '../schema/content.xsd' leads nowhere (no file is there, relative to "
                                  "this file)"),
            std::string::npos)
      << found[0].message;
  EXPECT_NE(found[0].message.find("content.xsd"), std::string::npos);
  EXPECT_EQ(where(c, found[1].loc), "src/policy.xml:1:19");
  EXPECT_NE(found[1].message.find("policy.xsd (schema/"), std::string::npos) << found[1].message;
  EXPECT_EQ(where(c, found[2].loc), "src/sub/b.xml:3:44");
}

TEST(XmlModelBroken, SilentOnAFileThatIsThereAWebAddressAndALateInstruction) {
  TempSources s{Storage::kDisk};
  s.write("schema/content.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>\n");
  s.write("a.xml", with_model(R"(<?xml-model href="schema/content.xsd"?>)"));
  s.write("sub/b.xml", with_model(R"(<?xml-model href="../schema/content.xsd"?>)"));
  s.write("c.xml", with_model(R"(<?xml-model href="https://example.org/content.xsd"?>)"));
  s.write("d.xml", "<content><?xml-model href=\"nowhere.xsd\"?></content>\n");  // after the root: not one
  s.write("e.xml", with_model(R"(<?xml-modelling href="nowhere.xsd"?>)"));      // another instruction
  s.write("f.xml", with_model("<?xml-model href=\"file://" + (s.root / "schema/content.xsd").string() + "\"?>"));
  const Compilation c = s.compile();
  EXPECT_TRUE(findings_of(c, "xml-model-broken").empty()) << findings_of(c, "xml-model-broken")[0].message;
}

}  // namespace
}  // namespace contentc
