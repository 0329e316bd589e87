#include "emit/audit/audit_pages.h"

#include <gtest/gtest.h>


#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

std::vector<std::pair<std::string, std::string>> pages(const TempSources& s, AuditOptions options = {}) {
  const Compilation c = s.compile();
  const CitationIndex citations(c.model, c.files);
  return write_audit_pages(c.model, c.files, c.findings, citations, nullptr, options);
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(AuditPage, OverlappingQuotesBecomeSegmentsListingEveryCitation) {
  TempSources s;
  add_article(s, "art", "One two three four five.");
  s.write("a.xml", content(R"(<condition id="c"><name>C</name><cite article="art">One two three</cite><cite article="art">three four</cite></condition>)"));
  const std::string index = pages(s).front().second;
  EXPECT_NE(index.find(R"(<a class="anchor" id="cite-1"></a><mark class="hl n1" tabindex="0" data-cites="1">One two </mark>)"
                       R"(<a class="anchor" id="cite-2"></a><mark class="hl n2" tabindex="0" data-cites="1 2">three</mark>)"
                       R"(<mark class="hl n1" tabindex="0" data-cites="2"> four</mark> five.)"),
            std::string::npos)
      << index;
}

TEST(AuditPage, EscapesEverythingFromTheContent) {
  TempSources s;
  add_article(s, "art", "<script>alert(1)</script> & \"x\"");
  s.write("a.xml", content(R"(<condition id="c"><name>&lt;img src=x onerror=alert(1)&gt;</name><cite article="art">&lt;script&gt;alert(1)</cite></condition>)"));
  const std::string index = pages(s).front().second;
  EXPECT_EQ(index.find("<script>alert"), std::string::npos);
  EXPECT_EQ(index.find("<img"), std::string::npos);
  // The entry's name is data for audit.js, which puts it in a text node; in the article's
  // text, the page's own markup, it is escaped.
  EXPECT_NE(index.find(R"("name":"\u003cimg src=x onerror=alert(1)>")"), std::string::npos) << index;
  EXPECT_NE(index.find("&lt;/script&gt; &amp; &quot;x&quot;"), std::string::npos);
  EXPECT_EQ(count(index, "<script"), 2u) << "the data island and the page's own code";
  EXPECT_NE(index.find("script-src 'self';"), std::string::npos) << "only audit.js could run anyway";
}

TEST(AuditPage, LargeCorporaAreSplitIntoPagesThatLinkToEachOther) {
  TempSources s;
  add_article(s, "art", "Alpha. Beta. Gamma.");
  std::string body;
  for (int i = 0; i < 5; ++i) {
    body += "<condition id=\"c" + std::to_string(i) + "\"><name>C" + std::to_string(i) +
            "</name><cite article=\"art\">Beta.</cite></condition>\n";
  }
  s.write("a.xml", content(body));
  AuditOptions options;
  options.single_page_entries = 2;
  options.entries_per_page = 2;
  const auto out = pages(s, options);
  std::vector<std::string> names;
  for (const auto& [name, html] : out) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"index.html", "article-art.html", "entries-1.html",
                                             "entries-2.html", "entries-3.html", "audit.css", "audit.js"}));
  EXPECT_NE(out[0].second.find("\"index\":["), std::string::npos) << "search runs over an index";
  EXPECT_NE(out[1].second.find(R"("5":[["c4","C4","entries-3.html"]])"), std::string::npos) << "highlight → entry page";
  // The last entries page's data: its one entry, citing passage 5 of the article (its first).
  EXPECT_NE(out[4].second.find(R"("entries":[{"id":"c4")"), std::string::npos) << out[4].second;
  EXPECT_NE(out[4].second.find(R"("cites":[[0,5,"")"), std::string::npos) << "entry → passage";
  EXPECT_NE(out[4].second.find(R"("articles":[["art","T","article-art.html",)"), std::string::npos) << "entry → passage";
}

}  // namespace
}  // namespace contentc
