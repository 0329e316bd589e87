#include "util/xml_text_map.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

/// The source bytes behind value bytes [b, e) of `source`'s text.
std::string behind(const XmlTextMap& m, std::string_view source, size_t b, size_t e) {
  const auto [from, to] = m.source_range(b, e);
  return std::string(source.substr(from, to - from));
}

TEST(XmlTextMap, FoldsAsTheModelDoesAndMapsEachByteBack) {
  const std::string s = "Worse <!-- reviewed by Ana --> with PGP\n   daily.</summary>";
  const auto m = map_xml_text(s, 0, 1000);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, "Worse with PGP daily.");
  const size_t at = m->value.find("PGP");
  EXPECT_EQ(behind(*m, s, at, at + 3), "PGP");
  EXPECT_TRUE(m->exact(s, at, at + 3));
  EXPECT_EQ(behind(*m, s, at, at + 9), "PGP\n   daily") << "a run of white space is one space";
  EXPECT_TRUE(m->exact(s, at, at + 9));
  EXPECT_FALSE(m->exact(s, 0, 10)) << "the comment lies inside 'Worse with'";
}

TEST(XmlTextMap, ReferencesAreOneCharacterAndNeverExact) {
  const std::string s = "Line one&#10;then PGP &amp; P&#71;P here.</step>";
  const auto m = map_xml_text(s, 0, 1000);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, "Line one then PGP & PGP here.");
  const size_t first = m->value.find("PGP");
  EXPECT_EQ(behind(*m, s, first, first + 3), "PGP");
  EXPECT_EQ(s.substr(m->from[first]), "PGP &amp; P&#71;P here.</step>");
  const size_t second = m->value.find("PGP", first + 1);
  EXPECT_EQ(behind(*m, s, second, second + 3), "P&#71;P");
  EXPECT_FALSE(m->exact(s, second, second + 3));
  const size_t space = m->value.find(' ', 5);  // the space &#10; became
  EXPECT_FALSE(m->exact(s, space - 3, space + 4));
}

TEST(XmlTextMap, CdataAndProcessingInstructions) {
  const std::string s = "<![CDATA[  Also the PGP]]> and P<?pi x?>GP.</x>";
  const auto m = map_xml_text(s, 11, 1000);  // the text starts at 'A', inside the CDATA section
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, "Also the PGP and PGP.");
  EXPECT_TRUE(m->exact(s, 9, 12));
  EXPECT_TRUE(m->in_cdata[9]);
  EXPECT_FALSE(m->exact(s, 9, 16)) << "across the end of the CDATA section";
  EXPECT_FALSE(m->exact(s, 17, 20)) << "a processing instruction inside";
}

TEST(XmlTextMap, GivesUpOnWhatIsNotPlainText) {
  EXPECT_FALSE(map_xml_text("a <b>c</b> d</x>", 0, 100)) << "a child element";
  EXPECT_FALSE(map_xml_text("a <!-- never closed", 0, 100));
  EXPECT_FALSE(map_xml_text("no end tag", 0, 100));
  EXPECT_FALSE(map_xml_text("bare & here</x>", 0, 100));
  EXPECT_FALSE(map_xml_text(std::string(200, 'a') + "</x>", 0, 100)) << "longer than the value can be";
}

}  // namespace
}  // namespace contentc
