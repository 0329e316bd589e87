#pragma once

// Which elements of a saved page are not the article: see main_text() for the list.

#include "capture/html_document.h"

namespace contentc::capture {

/// Whether element `e` and all under it are left out of the main text. `scoring`: while
/// finding the main part, when a <form> still counts (some sites wrap the whole page in one);
/// once it is found, forms inside it are left out.
bool left_out(const GumboNode* e, bool scoring);

/// Whether `e` is the page's own mark of its article: <article>, <main>, role="main",
/// itemprop="articleBody".
bool names_the_article(const GumboNode* e);

/// Whether an element of tag `t` starts a new block of text.
bool is_block(GumboTag t);

}  // namespace contentc::capture
