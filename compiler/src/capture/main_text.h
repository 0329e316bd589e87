#pragma once

// An article's main text from a saved page: the part a reader came for, without the
// navigation, header and footer, asides, forms, scripts and cookie notices around it.

#include <string>
#include <vector>

#include "capture/html_document.h"

namespace contentc::capture {

/// One line of a snapshot.
struct TextLine {
  enum class Kind { kHeading, kParagraph, kItem };
  Kind kind = Kind::kParagraph;
  int level = 0;        ///< a heading's level, 1-6
  std::string marker;   ///< an item's "-" or "3."
  std::string text;
  bool joined = false;  ///< continues the block before it (a <br>, the next item of a list)
};

/// The main text of `doc`, as lines: headings from the page's h1-h6 (and elements marked
/// role="heading" with aria-level), list items, paragraphs, table rows (cells joined by " | "),
/// a <br> as a new line of the same block.
///
/// How the main part is found: every paragraph-like block (p, pre, td, blockquote, and a div
/// holding text of its own) of 25 characters or more scores 1, plus 1 a comma, plus 1 per 100
/// characters up to 3; its parent gets the score, its grandparent half, the next a third.
/// The container with the highest score times (1 - the share of its text inside links) wins;
/// its siblings with a fifth of that score or more join it. When the winner sits inside an
/// <article>, <main>, role="main" or itemprop="articleBody", that whole element is taken.
/// Left out wherever they are: script, style, template, svg, forms and their controls, nav,
/// aside, footer, dialogs, iframes; a header's text but its headings; hidden elements (hidden,
/// aria-hidden, display:none); elements whose role is navigation, banner, contentinfo,
/// complementary, dialog, menu or search; elements whose class or id names a cookie notice,
/// a menu, comments, sharing, related links, a sidebar, an advert or a newsletter form (unless
/// it also names the article, content, main part, post or entry); and lists or blocks whose
/// text is mostly links. `title` is put first as a heading when the main part has no <h1>.
std::vector<TextLine> main_text(const HtmlDocument& doc, const std::string& title);

/// The snapshot text of `lines`: headings as "# Title", "## Section" (one '#' a level), items
/// as "- text" or "3. text", a blank line between blocks, one newline at the end.
std::string snapshot_text(const std::vector<TextLine>& lines);

}  // namespace contentc::capture
