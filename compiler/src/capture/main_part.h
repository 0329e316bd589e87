#pragma once

// Which part of a saved page is its article: scoring blocks by their paragraphs, as a reader
// view does. main_text() writes the lines of what this finds.

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "capture/html_document.h"

namespace contentc::capture {

/// The text of each element (scripts and what is left out aside) and how much of it is in
/// links, computed bottom-up once for the whole page.
struct TextStats {
  size_t text = 0, links = 0, own = 0;  ///< own: in the element's own text nodes
};
using StatsMap = std::unordered_map<const GumboNode*, TextStats>;
/// The elements that have the page's own mark of its article (names_the_article) inside them.
using ArticleHolders = std::unordered_set<const GumboNode*>;

ArticleHolders article_holders(const HtmlDocument& doc);
/// Every element's TextStats, what is left out (left_out) not counted; no recursion.
StatsMap text_stats(const GumboNode* root, const ArticleHolders& holders);
/// The share of an element's text that is in links.
double link_density(const TextStats& s);

/// The elements the main text is taken from, in document order: the best-scoring block (each
/// paragraph of 25 characters or more gives its parent a point, a point a comma and a point
/// per 100 characters up to three, half that to the grandparent and a third to the next), made
/// the ancestor that holds its peers or scores more than it (see README, "Snapshots from saved
/// pages"), or the page's own <article>/<main> around it; else with its sibling blocks scoring
/// a fifth as much. <body> when no block scores.
std::vector<const GumboNode*> main_roots(const HtmlDocument& doc, const StatsMap& stats);

}  // namespace contentc::capture
