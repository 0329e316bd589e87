#include "capture/main_part.h"

#include <algorithm>

#include "capture/page_filters.h"

namespace contentc::capture {
namespace {

size_t visible_length(const GumboNode* t) {
  size_t n = 0;
  bool space = true;
  for (const char* c = t->v.text.text; *c; ++c) {
    const bool s = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
    if (!s || !space) ++n;
    space = s;
  }
  return n;
}

/// Whether `a` is `d` or one of its ancestors.
bool holds(const GumboNode* a, const GumboNode* d) {
  for (; is_element(d); d = d->parent) {
    if (d == a) return true;
  }
  return false;
}

/// When the best block is one of several (a how-to's steps, each a block of its own with one
/// paragraph): the nearest ancestor of `top` below <body> under which two other branches hold
/// blocks scoring a quarter of the best or more; else `top` itself.
const GumboNode* common_ancestor_of_peers(const GumboNode* top, double best, const std::vector<const GumboNode*>& order,
                                          std::unordered_map<const GumboNode*, double>& score, const StatsMap& stats) {
  std::vector<const GumboNode*> peers;
  for (const GumboNode* c : order) {
    if (score[c] * (1 - link_density(stats.at(c))) >= best / 4 && !holds(c, top) && !holds(top, c)) peers.push_back(c);
  }
  for (const GumboNode* up = top->parent; is_element(up) && tag_of(up) != GUMBO_TAG_BODY; up = up->parent) {
    std::unordered_set<const GumboNode*> branches;  // children of `up` that hold a peer
    for (const GumboNode* p : peers) {
      const GumboNode* branch = p;
      while (is_element(branch) && branch->parent != up) branch = branch->parent;
      if (is_element(branch) && !holds(branch, top)) branches.insert(branch);
    }
    if (branches.size() >= 2) return up;
  }
  return top;
}

/// Going up from `top` while the scores hold up (no ancestor below a third of `top`'s): the first
/// ancestor that scores more than the one below it holds more of the article (an intro and the
/// first paragraphs around a "read more" block that holds the rest), and is taken instead.
const GumboNode* better_ancestor(const GumboNode* top, std::unordered_map<const GumboNode*, double>& score) {
  const double floor = score[top] / 3;
  double last = score[top];
  for (const GumboNode* up = top->parent; is_element(up) && tag_of(up) != GUMBO_TAG_BODY; up = up->parent) {
    const auto it = score.find(up);
    if (it == score.end()) continue;
    if (it->second < floor) break;
    if (it->second > last) return up;
    last = it->second;
  }
  return top;
}

}  // namespace

ArticleHolders article_holders(const HtmlDocument& doc) {
  ArticleHolders holders;
  for (const GumboNode* e : elements_under(doc.root())) {
    if (!names_the_article(e)) continue;
    for (const GumboNode* up = e->parent; is_element(up) && holders.insert(up).second; up = up->parent) {
    }
  }
  return holders;
}

StatsMap text_stats(const GumboNode* root, const ArticleHolders& holders) {
  StatsMap stats;
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [e, done] = stack.back();
    stack.pop_back();
    if (!done) {
      if (!is_element(e) || left_out(e, /*scoring=*/true, holders.contains(e))) continue;
      stack.push_back({e, true});
      for (const GumboNode* c : children(e)) {
        if (is_element(c)) stack.push_back({c, false});
      }
      continue;
    }
    TextStats& s = stats[e];
    for (const GumboNode* c : children(e)) {
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        const size_t n = visible_length(c);
        s.text += n, s.own += n;
      } else if (auto it = stats.find(c); it != stats.end()) {
        s.text += it->second.text;
        s.links += tag_of(c) == GUMBO_TAG_A ? it->second.text : it->second.links;
      }
    }
  }
  return stats;
}

double link_density(const TextStats& s) { return s.text == 0 ? 0 : double(s.links) / double(s.text); }

/// The elements the main text is taken from, in document order.
std::vector<const GumboNode*> main_roots(const HtmlDocument& doc, const StatsMap& stats) {
  std::unordered_map<const GumboNode*, double> score;
  std::vector<const GumboNode*> order;  // candidates in the order first scored: ties go to the first
  for (const GumboNode* e : elements_under(doc.root())) {
    auto it = stats.find(e);
    if (it == stats.end()) continue;
    const GumboTag t = tag_of(e);
    const bool block = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
                       t == GUMBO_TAG_DD;
    const bool text_div = (t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION) && it->second.own >= 25;
    if (!(block && it->second.text >= 25) && !text_div) continue;
    const std::string text = text_content(e);
    const double points = 1 + double(std::count(text.begin(), text.end(), ',')) +
                          std::min(3.0, double(it->second.text) / 100.0);
    const GumboNode* up = e->parent;
    for (double share : {1.0, 0.5, 1.0 / 3}) {
      if (!is_element(up) || tag_of(up) == GUMBO_TAG_HTML) break;
      if (!score.contains(up)) order.push_back(up);
      score[up] += points * share;
      up = up->parent;
    }
  }
  const GumboNode* top = nullptr;
  double best = 0;
  for (const GumboNode* c : order) {
    const double s = score[c] * (1 - link_density(stats.at(c)));
    if (s > best) best = s, top = c;
  }
  const std::vector<const GumboNode*> body = [&] {
    for (const GumboNode* c : children(doc.root())) {
      if (tag_of(c) == GUMBO_TAG_BODY) return std::vector<const GumboNode*>{c};
    }
    return std::vector<const GumboNode*>{doc.root()};
  }();
  if (!top) return body;
  top = common_ancestor_of_peers(top, best, order, score, stats);
  top = better_ancestor(top, score);
  for (const GumboNode* up = top; is_element(up); up = up->parent) {
    if (names_the_article(up)) return {up};
  }
  std::vector<const GumboNode*> roots;
  for (const GumboNode* sib : children(top->parent)) {
    if (sib == top) {
      roots.push_back(sib);
      continue;
    }
    auto it = stats.find(sib);
    if (it == stats.end()) continue;
    const double s = score.contains(sib) ? score[sib] * (1 - link_density(it->second)) : 0;
    const bool paragraph = tag_of(sib) == GUMBO_TAG_P && it->second.text > 80 && link_density(it->second) < 0.25;
    if (s >= std::max(10.0, best * 0.2) || paragraph) roots.push_back(sib);
  }
  return roots;
}

}  // namespace contentc::capture
