#pragma once

// Which elements of a saved page are not the article: see main_text() for the list.

#include <string>
#include <unordered_set>

#include "capture/html_document.h"

namespace contentc::capture {

/// Whether element `e` and all under it are left out of the main text. `scoring`: while
/// finding the main part, when a <form> still counts (some sites wrap the whole page in one);
/// once it is found, forms inside it are left out.
/// `holds_article`: `e` has the page's own mark of its article inside it (names_the_article),
/// so it is no notice, menu or header whatever its class, id or role say (a wrapper named
/// "site_header" around the <article>); only what its tag says leaves it out.
bool left_out(const GumboNode* e, bool scoring, bool holds_article = false);

/// Whether `e` is the page's own mark of its article: <article>, <main>, role="main",
/// itemprop="articleBody".
bool names_the_article(const GumboNode* e);

/// The words of the links in the page's navigation (<nav>, role="navigation"): a short line of
/// the main text that only repeats one ("US & Canada" over a news story) is the site's section
/// label, not the article's.
std::unordered_set<std::string> navigation_links(const HtmlDocument& doc);

/// Whether an element of tag `t` starts a new block of text.
bool is_block(GumboTag t);

}  // namespace contentc::capture
