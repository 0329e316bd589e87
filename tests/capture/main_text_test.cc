#include "capture/main_text.h"

#include <gtest/gtest.h>

#include "capture/charset.h"
#include "capture/page_meta.h"
#include "capture/saved_page.h"

namespace contentc::capture {
namespace {

std::string snapshot_of(std::string_view html, const std::string& title = "") {
  const HtmlDocument doc(html);
  return snapshot_text(main_text(doc, title));
}

const char* const kPage = R"(<!DOCTYPE html>
<html><head><title>Pelvic tilts in pregnancy | Example Physio</title>
<script>var s = "script text";</script></head>
<body>
<div id="cookie-notice">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a href="/">Example Physio</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<main><article>
<header class="entry-header"><h1>Pelvic tilts in pregnancy</h1><p>By Jane Doe</p></header>
<p>Pelvic tilts ease back pain in pregnancy, and they are safe in every trimester for most women.</p>
<h2>How to do a pelvic tilt</h2>
<ol><li>Stand with your back against a wall, knees soft.</li>
<li>Flatten your lower back against the wall, hold for 5&nbsp;seconds, then release.</li></ol>
<figure><img src="a.jpg" alt="one"><figcaption>STEP 2 STEP 1</figcaption></figure>
<h2>When to <em>stop</em></h2>
<p>Stop if you feel pain,<br>and call your midwife.</p>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<form><input type="email"><button>Subscribe</button></form>
</article></main>
<aside class="sidebar"><h3>Related posts</h3><ul><li><a href="/x">Ten yoga poses</a></li></ul></aside>
<footer><p>Copyright 2026 Example Physio.</p></footer>
</body></html>)";

TEST(MainText, KeepsTheArticleWithItsHeadingsMarked) {
  EXPECT_EQ(snapshot_of(kPage),
            "# Pelvic tilts in pregnancy\n\n"
            "Pelvic tilts ease back pain in pregnancy, and they are safe in every trimester for most women.\n\n"
            "## How to do a pelvic tilt\n\n"
            "1. Stand with your back against a wall, knees soft.\n"
            "2. Flatten your lower back against the wall, hold for 5 seconds, then release.\n\n"
            "STEP 2 STEP 1\n\n"
            "## When to stop\n\n"
            "Stop if you feel pain,\nand call your midwife.\n");
}

TEST(MainText, LeavesOutWhatIsNotTheArticle) {
  const std::string s = snapshot_of(kPage);
  for (const char* gone : {"cookies", "Accept", "Home", "Blog", "script text", "Facebook", "Subscribe",
                           "Related posts", "Ten yoga poses", "Copyright", "By Jane Doe"}) {
    EXPECT_EQ(s.find(gone), std::string::npos) << gone;
  }
}

TEST(MainText, FindsTheArticleByItsParagraphsWithoutArticleMarks) {
  // No <article> or <main>: the block with the most paragraph text wins; the menu and the
  // footer's link lists score nothing.
  const std::string html =
      "<body><div class=menu><a href=/>Home</a> <a href=/a>About</a></div>"
      "<div class=wrap><div class=text>"
      "<p>Bird dog is a gentle core exercise, and it suits the second trimester well.</p>"
      "<p>Kneel on all fours, hands under shoulders, knees under hips, back flat.</p>"
      "<p>Reach one arm forward and the other leg back, hold for 5 seconds, then switch.</p>"
      "</div><div class=links><a href=/1>Next article</a></div></div>"
      "<div id=bottom><p>Call us on 555 0100 to book, or write to us.</p></div></body>";
  const std::string s = snapshot_of(html, "Bird dog");
  EXPECT_EQ(s, "# Bird dog\n\n"
               "Bird dog is a gentle core exercise, and it suits the second trimester well.\n\n"
               "Kneel on all fours, hands under shoulders, knees under hips, back flat.\n\n"
               "Reach one arm forward and the other leg back, hold for 5 seconds, then switch.\n");
}

TEST(MainText, HiddenElementsAndRolesAreLeftOut) {
  const std::string html =
      "<main><p>Hold the stretch for thirty seconds, breathing slowly.</p>"
      "<p hidden>Hidden paragraph text here, long enough.</p>"
      "<p style='display: none'>Invisible paragraph text here too.</p>"
      "<div role=navigation><p>Navigation paragraph text here.</p></div>"
      "<div aria-hidden=true><p>Aria hidden paragraph text.</p></div></main>";
  EXPECT_EQ(snapshot_of(html), "Hold the stretch for thirty seconds, breathing slowly.\n");
}

TEST(MainText, TablesListsAndPreformattedText) {
  const std::string html =
      "<article><table><tr><th>Exercise</th><th>Reps</th></tr><tr><td>Pelvic tilt</td><td>10</td></tr></table>"
      "<ul><li>One</li><li>Two<br>more of two</li></ul><ol start=4><li>Four</li></ol>"
      "<pre>line one\nline two</pre></article>";
  EXPECT_EQ(snapshot_of(html),
            "Exercise | Reps\nPelvic tilt | 10\n\n- One\n- Two\nmore of two\n\n4. Four\n\nline one\nline two\n");
}

TEST(MainText, DeepNestingIsWalkedWithoutRecursionOrRefused) {
  std::string html = "<body>";
  for (int i = 0; i < 500; ++i) html += "<div><span>";
  html += "<p>Deep inside, a paragraph of enough length to count.</p>";
  EXPECT_EQ(count_tags(html).depth, 1000u);
  EXPECT_NE(capture_html(html, "").error.find("more than 512 deep"), std::string::npos);
  std::string fine = "<body>";
  for (int i = 0; i < 500; ++i) fine += "<div>";
  fine += "<p>Deep inside, a paragraph of enough length to count.</p>";
  EXPECT_EQ(capture_html(fine, "").snapshot, "Deep inside, a paragraph of enough length to count.\n");
  // Unclosed paragraphs and list items, void elements, scripts and comments add no depth.
  EXPECT_EQ(count_tags("<p>a<p>b<li>c<br><img src=x><!-- <div><div> --><script>'<div>'</script><div/>").depth, 1u);
}

TEST(PageMeta, ReadsTitleAuthorPublisherAndWhereItWasSavedFrom) {
  const HtmlDocument doc(
      "<!-- saved from url=(0030)https://example.org/pelvic-tilt -->\n<html><!--\n Page saved with SingleFile \n "
      "url: https://example.org/pelvic-tilt?x=1 \n saved date: Thu Dec 03 2026 09:15:02 GMT+0100 (Central European "
      "Standard Time)\n--><head><title>Pelvic tilts | Example</title>"
      "<meta property='og:site_name' content='Example Physio'><meta name=author content='Jane Doe'>"
      "<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":{\"name\":\"JSON Author\"},"
      "\"publisher\":{\"name\":\"JSON Publisher\"}}</script></head><body><h1>Pelvic tilts</h1></body></html>");
  const PageMeta m = page_meta(doc);
  EXPECT_EQ(m.title, "Pelvic tilts");
  EXPECT_EQ(m.author, "Jane Doe");
  EXPECT_EQ(m.publisher, "Example Physio");
  EXPECT_EQ(m.saved_url, "https://example.org/pelvic-tilt");
  EXPECT_EQ(m.saved_at, "2026-12-03T08:15:02Z");
  EXPECT_EQ(m.url, "https://example.org/pelvic-tilt");
  const PageMeta json = page_meta(HtmlDocument("<script type='application/ld+json'>{\"@graph\":[{\"author\":"
                                               "[{\"name\":\"A\"},{\"name\":\"B\"}],\"publisher\":\"P\"}]}</script>"));
  EXPECT_EQ(json.author, "A, B");
  EXPECT_EQ(json.publisher, "P");
}

TEST(PageMeta, JavaScriptDates) {
  EXPECT_EQ(js_date_to_rfc3339("Sat Jan 01 2022 00:30:00 GMT+0100 (CET)"), "2021-12-31T23:30:00Z");
  EXPECT_EQ(js_date_to_rfc3339("Mon Feb 28 2028 23:00:00 GMT-0230"), "2028-02-29T01:30:00Z");
  EXPECT_EQ(js_date_to_rfc3339("yesterday"), "");
  EXPECT_EQ(js_date_to_rfc3339("Thu Xyz 03 2026 09:15:02 GMT+0100"), "");
}

TEST(Charset, DecidesTheEncodingAsABrowserDoes) {
  std::string out, enc, error;
  ASSERT_TRUE(decode_to_utf8("<meta charset=\"iso-8859-1\"><p>caf\xE9</p>", "", out, enc, error));
  EXPECT_EQ(out, "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>");
  EXPECT_EQ(enc, "WINDOWS-1252");
  ASSERT_TRUE(decode_to_utf8("<p>\x93quoted\x94</p>", "", out, enc, error)) << "not UTF-8, no label: windows-1252";
  EXPECT_EQ(out, "<p>\xE2\x80\x9Cquoted\xE2\x80\x9D</p>");
  ASSERT_TRUE(decode_to_utf8("<p>caf\xC3\xA9</p>", "", out, enc, error));
  EXPECT_EQ(enc, "UTF-8");
  ASSERT_TRUE(decode_to_utf8(std::string("\xFF\xFE<\0p\0>\0", 8), "", out, enc, error));
  EXPECT_EQ(out, "<p>");
  ASSERT_TRUE(decode_to_utf8("<p>caf\xE9</p>", charset_parameter("text/html; charset=UTF-8"), out, enc, error));
  EXPECT_EQ(out, "<p>caf\xEF\xBF\xBD</p>") << "the header wins; a byte it cannot read is U+FFFD";
  EXPECT_FALSE(decode_to_utf8("<p>x</p>", "x-no-such-encoding", out, enc, error));
  EXPECT_NE(error.find("x-no-such-encoding"), std::string::npos);
}

TEST(CapturePage, RefusesWhatIsNoPage) {
  EXPECT_FALSE(capture_page("", "", CaptureLimits{}).error.empty());
  CaptureLimits small;
  small.max_page = 10;
  EXPECT_NE(capture_page("<p>more than ten bytes</p>", "", small).error.find("over the 10"), std::string::npos);
}

}  // namespace
}  // namespace contentc::capture
