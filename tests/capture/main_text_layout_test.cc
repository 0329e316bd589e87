// The page layouts the comparison with Mozilla's Readability found contentc missing or
// over-keeping (tests/capture/readability_test.mjs), each as the construction it is, with its
// near miss.
#include "capture/main_text.h"

#include <gtest/gtest.h>

#include <string>

namespace contentc::capture {
namespace {

std::string snapshot_of(std::string_view html) {
  const HtmlDocument doc(html);
  return snapshot_text(main_text(doc, ""));
}

std::string paragraph(int n) {
  return "<p>Paragraph " + std::to_string(n) +
         " of the article says enough, with commas, clauses, and words, to count as real prose here.</p>";
}

TEST(MainTextLayout, AWrapperNamedLikeAHeaderThatHoldsTheArticleIsKept) {
  // medicalnewstoday.com: <div class="site_header"> wraps the whole <article>.
  const std::string page = "<body><div class=\"row site_header\"><article><h1>T</h1>" + paragraph(1) + paragraph(2) +
                           "</article></div></body>";
  EXPECT_NE(snapshot_of(page).find("Paragraph 2"), std::string::npos);
  // Near miss: a header-named block that holds no article is still left out.
  const std::string near = "<body><div class=\"site_header\"><p>Sign in to read the rest of this section of the site now.</p></div>"
                           "<article><h1>T</h1>" + paragraph(1) + "</article></body>";
  EXPECT_EQ(snapshot_of(near).find("Sign in"), std::string::npos);
}

TEST(MainTextLayout, AStandfirstInAHeaderIsKeptABylineIsNot) {
  const std::string page =
      "<body><article><header><h1>T</h1><p>By Jane Doe</p><p>New research looks at when the moment of insight happens "
      "in the brain, and how it compares with other processes.</p></header>" + paragraph(1) + "</article></body>";
  const std::string text = snapshot_of(page);
  EXPECT_NE(text.find("New research looks"), std::string::npos) << text;
  EXPECT_EQ(text.find("Jane Doe"), std::string::npos) << text;
}

TEST(MainTextLayout, StepsThatAreEachABlockOfTheirOwnAreAllKept) {
  // ehow.com: a lead block, then each step a block of one paragraph, side by side.
  std::string page = "<body><div class=\"col-main\"><h1>How to build it</h1><div class=\"step\"><div class=\"content lead\">"
                     "<p>The lead says a lot, with many commas, clauses, asides, lists, and examples, so that it scores "
                     "the highest of all the blocks on the page by some way, and more, and more, and more.</p></div></div>";
  for (int i = 1; i <= 5; ++i) {
    page += "<div class=\"step\"><div class=\"content\"><span>Step " + std::to_string(i) + "</span><p>Step " + std::to_string(i) +
            " tells you what to do next, and how, in one paragraph of its own.</p></div></div>";
  }
  page += "</div><div class=\"other\"><p>Unrelated text elsewhere on the page, short.</p></div></body>";
  const std::string text = snapshot_of(page);
  for (int i = 1; i <= 5; ++i) EXPECT_NE(text.find("Step " + std::to_string(i) + " tells"), std::string::npos) << text;
  // Near miss: one long article beside a few small blocks stays the article alone.
  std::string single = "<body><div class=\"story\">";
  for (int i = 1; i <= 8; ++i) single += paragraph(i);
  single += "</div><div class=\"teaser\"><p>A teaser for another story, a line long.</p></div></body>";
  EXPECT_EQ(snapshot_of(single).find("teaser for another"), std::string::npos);
}

TEST(MainTextLayout, TheIntroAroundAReadMoreBlockIsKept) {
  // heraldsun.com.au: the intro and first paragraphs, then a "read more" block with the rest.
  std::string page = "<body><div class=\"story-body\"><div class=\"story-intro\"><p><strong>The intro of the story, "
                     "which says what happened, to whom, and why it matters.</strong></p></div>" + paragraph(1) + paragraph(2) +
                     "<div id=\"read-more\"><div id=\"read-more-content\">";
  for (int i = 3; i <= 9; ++i) page += paragraph(i);
  page += "</div></div></div></body>";
  const std::string text = snapshot_of(page);
  EXPECT_NE(text.find("The intro of the story"), std::string::npos) << text;
  EXPECT_NE(text.find("Paragraph 1 "), std::string::npos) << text;
  EXPECT_NE(text.find("Paragraph 9 "), std::string::npos) << text;
}

TEST(MainTextLayout, ASectionLabelThatRepeatsANavigationLinkIsLeftOut) {
  const std::string page = "<body><nav><a href=\"/world\">World</a><a href=\"/us\">US &amp; Canada</a></nav>"
                           "<div class=\"story\"><p>US &amp; Canada</p><h1>T</h1>" + paragraph(1) + paragraph(2) +
                           "<p>World</p><p>US &amp; Canada trade rose, the report says, for a third year running.</p></div></body>";
  const std::string text = snapshot_of(page);
  EXPECT_EQ(text.find("\nUS & Canada\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\nWorld\n"), std::string::npos) << text;
  // Near miss: a sentence that starts with the same words stays.
  EXPECT_NE(text.find("US & Canada trade rose"), std::string::npos) << text;
}

TEST(MainTextLayout, AdvertsAreLeftOutByTheirNamesButNotWordsThatOnlyContainAd) {
  const std::string page = "<body><article><h1>T</h1>" + paragraph(1) +
                           "<div class=\"ad-container\"><div class=\"ad-label\">Advertising</div></div>"
                           "<div class=\"native-ad-article\"><p>Sponsored words from a brand, sold as an article here.</p></div>" +
                           paragraph(2) + "<div class=\"thread-head\"><p>Thread head text that is part of the article itself.</p></div>"
                           "</article></body>";
  const std::string text = snapshot_of(page);
  EXPECT_EQ(text.find("Advertising"), std::string::npos) << text;
  EXPECT_EQ(text.find("Sponsored words"), std::string::npos) << text;
  EXPECT_NE(text.find("Thread head text"), std::string::npos) << text;
}

}  // namespace
}  // namespace contentc::capture
