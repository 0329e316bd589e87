#include "load/content_loader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace contentc {
namespace {

using testing::add_article;
using testing::content;
using testing::findings_of;
using testing::TempSources;
using testing::where;

TEST(ContentLoader, KeepsExactLocations) {
  TempSources s{testing::Storage::kDisk};
  add_article(s, "art", "Head\nHold it.\nRepeat 8-10 times.");
  s.write("ex.xml", content(R"(<exercise id="ball-squeeze">
  <name>
     Ball   squeeze</name>
  <step>Squeeze.</step>
  <dose><reps>8-10</reps><cite article="art">Repeat 8-10 times.</cite></dose>
  <cite article="art" section="Head">Hold it.</cite>
</exercise>)"));
  const LoadedSources l = s.compile();
  ASSERT_EQ(l.model.movements.size(), 1u);
  const Movement& m = l.model.movements[0];
  EXPECT_EQ(where(l, m.loc), "src/ex.xml:2:1");
  EXPECT_EQ(where(l, m.id.loc), "src/ex.xml:2:15");
  EXPECT_EQ(m.name.value, "Ball squeeze") << "text is trimmed and folded";
  EXPECT_EQ(where(l, m.name.loc), "src/ex.xml:4:6");
  EXPECT_EQ(where(l, m.doses[0].reps->text->loc), "src/ex.xml:6:15");
  EXPECT_EQ(where(l, m.doses[0].cites[0].article.loc), "src/ex.xml:6:41");
  EXPECT_EQ(where(l, m.cites[0].section->loc), "src/ex.xml:7:32");
  EXPECT_EQ(l.model.articles[0].snapshot_path, "art.txt");
  EXPECT_TRUE(l.findings.items().empty()) << l.findings.items()[0].message;
}

TEST(ContentLoader, ReadsBuffersFromMemoryOverTheDisk) {
  TempSources s{testing::Storage::kDisk};
  add_article(s, "art", "Head\nHold it.\n");
  s.write("c.xml", content(R"(<condition id="on-disk"><name>D</name></condition>)"));
  // An editor's unsaved buffer replaces the file on disk, a new buffer adds a file, and a
  // snapshot can come from memory too; nothing is written.
  s.tree.put("c.xml", content(R"(<condition id="in-memory"><name>M</name>
<cite article="mem" section="Head">Kept.</cite></condition>)"));
  s.tree.put("new/mem.xml", content(R"(<article id="mem"><title>T</title><author>A</author>
<snapshot>mem.txt</snapshot></article>)"));
  s.tree.put("new/mem.txt", "Head\nKept.\n");
  const LoadedSources l = s.compile();
  ASSERT_EQ(l.model.conditions.size(), 1u);
  EXPECT_EQ(l.model.conditions[0].id.value, "in-memory");
  EXPECT_EQ(where(l, l.model.conditions[0].id.loc), "src/c.xml:2:16");
  ASSERT_EQ(l.model.articles.size(), 2u);
  EXPECT_EQ(l.model.articles[1].snapshot_path, "new/mem.txt");
  EXPECT_TRUE(l.model.conditions[0].cites[0].match.found);
  EXPECT_FALSE(std::filesystem::exists(s.root / "new"));
  EXPECT_EQ(l.files[l.model.conditions[0].loc.file].text.empty(), false)
      << "a buffer has no file to read its lines from again, so its text is kept";
}

TEST(ContentLoader, CountsColumnsInCodePointsAndDecodesEntities) {
  TempSources s{testing::Storage::kDisk};
  s.write("c.xml", content("<condition id=\"x\"><name>caf\xC3\xA9 &amp; &#x2014; &lt;b&gt;"
                           "</name><bogus/></condition>"));
  const LoadedSources l = s.compile();
  EXPECT_EQ(l.model.conditions[0].name.value, "caf\xC3\xA9 & \xE2\x80\x94 <b>");
  const auto v = findings_of(l, "schema-violation");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(where(l, v[0].loc), "src/c.xml:2:61");
}

TEST(ContentLoader, ReportsMalformedXmlWithTheParsersPlaceAndLoadsTheRest) {
  TempSources s{testing::Storage::kDisk};
  s.write("a.xml", content("<condition id=\"a\"><name>A</name>\n</conditon>"));
  s.write("b.xml", content("<condition id=\"b\"><name>B</name></condition>"));
  const LoadedSources l = s.compile();
  const auto m = findings_of(l, "xml-malformed");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(where(l, m[0].loc), "src/a.xml:3:3");
  EXPECT_NE(m[0].message.find("does not match"), std::string::npos);
  ASSERT_EQ(l.model.conditions.size(), 1u);
  EXPECT_EQ(l.model.conditions[0].id.value, "b");
}

TEST(ContentLoader, EveryBadInputIsAFindingWithALocation) {
  TempSources s{testing::Storage::kDisk};
  s.write("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE content [<!ENTITY x \"y\">]>\n"
                         "<content/>");
  s.write("utf8.xml", "<content>\n<!-- caf\xE9 --></content>");
  s.write("nul.xml", std::string("<content>\n  \0</content>", 22));
  s.write("entity.xml", "<content>\n<condition id=\"a\"><name>a &nbsp; b</name></condition>\n"
                        "</content>");
  s.write("bare-amp.xml", "<content><condition id=\"b\"><name>a & b</name></condition></content>");
  std::string deep = "<content>";
  for (int i = 0; i < 70; ++i) deep += "<x>";
  s.write("deep.xml", deep);
  s.write("big.xml", "<content>" + std::string(2000, ' ') + "</content>");
  s.write("two-roots.xml", "<content/>\n<content/>");
  s.write("empty.xml", "");
  std::filesystem::create_directories(s.root / "folder.xml");  // a folder is no file: skipped
  std::filesystem::create_symlink("gone.txt", s.root / "dangling.xml");
  LoadOptions options;
  options.max_file_size = 1024;
  const LoadedSources l = s.compile(options);
  std::map<std::string, std::string> by_file;
  for (const Finding& f : findings_of(l, "xml-malformed")) {
    by_file[l.files[f.loc.file].rel_path] = where(l, f.loc) + " " + f.message;
  }
  EXPECT_EQ(by_file.size(), 10u);
  EXPECT_EQ(by_file["doctype.xml"].substr(0, 21), "src/doctype.xml:2:1 a");
  EXPECT_NE(by_file["utf8.xml"].find("src/utf8.xml:2:9 invalid UTF-8 (byte 0xE9 at offset 18)"),
            std::string::npos)
      << by_file["utf8.xml"];
  EXPECT_EQ(by_file["nul.xml"].substr(0, 19), "src/nul.xml:2:3 NUL");
  EXPECT_NE(by_file["entity.xml"].find("src/entity.xml:2:27 unknown entity '&nbsp;'"),
            std::string::npos)
      << by_file["entity.xml"];
  EXPECT_NE(by_file["bare-amp.xml"].find(":1:36 a bare '&'"), std::string::npos)
      << by_file["bare-amp.xml"];
  EXPECT_NE(by_file["deep.xml"].find("src/deep.xml:1:199 elements nest deeper than 64"),
            std::string::npos)
      << by_file["deep.xml"];
  EXPECT_NE(by_file["big.xml"].find("over the 1024-byte limit"), std::string::npos);
  EXPECT_NE(by_file["two-roots.xml"].find(":2:1 a second root element"), std::string::npos);
  EXPECT_NE(by_file["empty.xml"].find("no root element"), std::string::npos);
  EXPECT_NE(by_file["dangling.xml"].find("cannot read the file"), std::string::npos);
}

TEST(ContentLoader, ListsXmlFilesRecursivelyInPathOrder) {
  TempSources s{testing::Storage::kDisk};
  s.write("b.xml", "<content/>");
  s.write("a/z.xml", "<content/>");
  s.write("a/notes.txt", "x");
  s.write("A.xml", "<content/>");
  std::filesystem::create_directory_symlink(s.root, s.root / "a" / "loop");
  std::vector<WalkError> errors;
  EXPECT_EQ(list_xml_files(s.root, errors), (std::vector<std::string>{"A.xml", "a/z.xml", "b.xml", "policy.xml"}));
  EXPECT_TRUE(errors.empty());
}

TEST(ContentLoader, AWalkThatCannotOpenAFolderSaysSoAndGoesOn) {
  TempSources s{testing::Storage::kDisk};
  s.write("a.xml", "<content/>");
  s.write("z/b.xml", "<content/>");
  std::vector<WalkError> errors;
  // A root that is not there is one error, not an empty listing.
  EXPECT_TRUE(list_xml_files(s.root / "gone", errors).empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("No such file"), std::string::npos) << errors[0].message;
}

TEST(ContentLoader, LoadsTheSameModelWhateverTheJobCount) {
  TempSources s{testing::Storage::kDisk};
  for (int i = 0; i < 20; ++i) {
    s.write(fmt::format("f{}.xml", i),
            content(fmt::format(R"(<condition id="c{0}"><name>C{0}</name><cite article="nope">x</cite></condition>)", i)));
  }
  LoadOptions one, many;
  one.jobs = 1;
  many.jobs = 4;
  const LoadedSources a = s.compile(one), b = s.compile(many);
  ASSERT_EQ(a.model.conditions.size(), 20u);
  ASSERT_EQ(a.findings.items().size(), b.findings.items().size());
  for (size_t i = 0; i < a.model.conditions.size(); ++i) {
    EXPECT_EQ(a.model.conditions[i].id.value, b.model.conditions[i].id.value);
    EXPECT_EQ(a.findings.items()[i].message, b.findings.items()[i].message);
    EXPECT_EQ(a.findings.items()[i].loc, b.findings.items()[i].loc);
  }
}

TEST(ContentLoader, ReadsThePolicyOnlyFromTheRootPolicyXml) {
  TempSources s{testing::Storage::kDisk};
  s.write("policy.xml", testing::kSmallPolicy);
  s.write("sub/policy.xml", "<policy/>");
  const LoadedSources l = s.compile();
  EXPECT_TRUE(l.model.policy.present);
  EXPECT_EQ(l.model.policy.vocabularies.at("pattern").size(), 2u);
  const auto v = findings_of(l, "schema-violation");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(where(l, v[0].loc), "src/sub/policy.xml:1:1");
  EXPECT_NE(v[0].message.find("policy.xml at the root"), std::string::npos);
}

TEST(NoContent, FiresOnTheFolderWhenOnlyThePolicyIsThere) {
  TempSources s{testing::Storage::kDisk};
  const LoadedSources l = s.compile();
  const auto hits = findings_of(l, "no-content");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(l.files[hits[0].loc.file].path, "src");
  EXPECT_EQ(hits[0].loc.line, 0u) << "the folder as a whole";
  EXPECT_EQ(hits[0].level, Level::kError);
  EXPECT_NE(hits[0].message.find("holds no *.xml file besides policy.xml"), std::string::npos);
}

TEST(NoContent, FiresWhenTheFilesDefineNoEntry) {
  TempSources s{testing::Storage::kDisk};
  s.write("a.xml", "<content/>");
  s.write("b.xml", "<content>\n</content>");
  const auto hits = findings_of(s.compile(), "no-content");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].message.find("the 2 content files in 'src' define no entry"), std::string::npos);
}

TEST(NoContent, SilentOnOneEntryAndWhenAFileFailedToLoad) {
  TempSources one{testing::Storage::kDisk}, broken{testing::Storage::kDisk};
  add_article(one, "lonely", "Text.");
  EXPECT_TRUE(findings_of(one.compile(), "no-content").empty());
  broken.write("a.xml", "<content>");  // xml-malformed says why nothing loaded
  const LoadedSources l = broken.compile();
  EXPECT_EQ(findings_of(l, "xml-malformed").size(), 1u);
  EXPECT_TRUE(findings_of(l, "no-content").empty());
}

TEST(PolicyMissing, FiresWhereThePolicyBelongs) {
  TempSources s{testing::Storage::kDisk};
  std::filesystem::remove(s.root / "policy.xml");
  add_article(s, "lonely", "Text.");
  s.write("sub/policy.xml", "<policy/>");  // only the root's counts (this one is content)
  const LoadedSources l = s.compile();
  const auto hits = findings_of(l, "policy-missing");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(l.files[hits[0].loc.file].path, "src/policy.xml");
  EXPECT_EQ(hits[0].loc.line, 0u);
  EXPECT_EQ(hits[0].level, Level::kError);
}

TEST(PolicyMissing, SilentWhenThePolicyIsThereEvenIfBroken) {
  TempSources empty_policy{testing::Storage::kDisk}, broken_policy{testing::Storage::kDisk};
  add_article(empty_policy, "lonely", "Text.");
  EXPECT_TRUE(findings_of(empty_policy.compile(), "policy-missing").empty());
  add_article(broken_policy, "lonely", "Text.");
  broken_policy.write("policy.xml", "<policy>");
  const LoadedSources l = broken_policy.compile();
  EXPECT_TRUE(findings_of(l, "policy-missing").empty());
  EXPECT_EQ(findings_of(l, "xml-malformed").size(), 1u);
}

TEST(ContentLoader, RefusesASourceFileThatLinksOutOfTheFolderUnread) {
  TempSources s{testing::Storage::kDisk}, outside{testing::Storage::kDisk};
  add_article(s, "lonely", "Text.");
  outside.write("secret.xml", "<content>\n<condition id=\"password-hunter2\"/>\n</content>");
  std::filesystem::create_symlink(outside.root / "secret.xml", s.root / "linked.xml");
  s.write("inner.xml", content(R"(<condition id="fine"><name>Fine</name><cite article="lonely">Text.</cite></condition>)"));
  std::filesystem::create_symlink(s.root / "inner.xml", s.root / "alias.xml");  // inside: read
  const LoadedSources l = s.compile();
  const auto hits = findings_of(l, "xml-malformed");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(testing::where(l, hits[0].loc), "src/linked.xml:1:1");
  EXPECT_NE(hits[0].message.find("leads out of the sources folder"), std::string::npos);
  for (uint32_t i = 0; i < l.files.size(); ++i) {
    EXPECT_EQ(l.files[i].text.find("hunter2"), std::string::npos) << l.files[i].path;
  }
  EXPECT_EQ(l.model.conditions.size(), 1u + 1u) << "inner.xml and its alias inside the folder";
}

}  // namespace
}  // namespace contentc
