#include "capture/main_text.h"

#include <algorithm>
#include <unordered_map>

#include "capture/page_filters.h"

namespace contentc::capture {
namespace {

/// The text of each element (scripts and what is left out aside) and how much of it is in
/// links, computed bottom-up once for the whole page.
struct TextStats {
  size_t text = 0, links = 0, own = 0;  ///< own: in the element's own text nodes
};
using StatsMap = std::unordered_map<const GumboNode*, TextStats>;

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

StatsMap text_stats(const GumboNode* root) {
  StatsMap stats;
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [e, done] = stack.back();
    stack.pop_back();
    if (!done) {
      if (!is_element(e) || left_out(e, /*scoring=*/true)) continue;
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

/// Writes lines from the main roots.
class LineWriter {
 public:
  explicit LineWriter(const StatsMap& stats) : stats_(stats) {}

  void write(const GumboNode* root) {
    struct Step {
      const GumboNode* node;
      bool exit;
    };
    std::vector<Step> stack{{root, false}};
    while (!stack.empty()) {
      const Step step = stack.back();
      stack.pop_back();
      const GumboNode* n = step.node;
      if (step.exit) {
        leave(n);
        continue;
      }
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
        text(n->v.text.text);
        continue;
      }
      if (!is_element(n) || (n != root && skipped(n))) continue;
      enter(n);
      stack.push_back({n, true});
      const std::vector<const GumboNode*> kids = children(n);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, false});
    }
    flush();
  }

  std::vector<TextLine> take() { return std::move(lines_); }

 private:
  const StatsMap& stats_;
  std::vector<TextLine> lines_;
  std::string cur_;
  bool space_ = false;       ///< white space is due before the next word
  TextLine pending_;         ///< what the line being written will be
  bool join_next_ = false;   ///< the next line continues the block (after a <br>)
  int headers_ = 0;          ///< inside <header> elements: only their headings are kept
  int headings_ = 0;         ///< inside heading elements
  int pre_ = 0;
  std::vector<int> list_numbers_;  ///< per open list: the next number, or -1 for bullets
  std::vector<int> rows_;          ///< per open table: the rows written

  bool skipped(const GumboNode* e) const {
    if (left_out(e, /*scoring=*/false)) return true;
    auto it = stats_.find(e);
    if (it == stats_.end()) return true;
    // A block that is mostly links (a list of related articles, a share bar).
    const GumboTag t = tag_of(e);
    const bool container = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION ||
                           t == GUMBO_TAG_TABLE;
    return container && it->second.text > 0 && link_density(it->second) > 0.5 &&
           it->second.text - it->second.links < 200;
  }

  static int heading_level(const GumboNode* e) {
    switch (tag_of(e)) {
      case GUMBO_TAG_H1: return 1;
      case GUMBO_TAG_H2: return 2;
      case GUMBO_TAG_H3: return 3;
      case GUMBO_TAG_H4: return 4;
      case GUMBO_TAG_H5: return 5;
      case GUMBO_TAG_H6: return 6;
      default: break;
    }
    if (attribute(e, "role") == "heading") {
      const std::string_view l = attribute(e, "aria-level");
      return l.size() == 1 && l[0] >= '1' && l[0] <= '6' ? l[0] - '0' : 2;
    }
    return 0;
  }

  void enter(const GumboNode* e) {
    const GumboTag t = tag_of(e);
    if (const int level = heading_level(e)) {
      flush();
      ++headings_;
      pending_ = TextLine{TextLine::Kind::kHeading, level, "", "", false};
      return;
    }
    if (t == GUMBO_TAG_BR) {
      if (!cur_.empty()) flush(), join_next_ = true;
      return;
    }
    if (t == GUMBO_TAG_HEADER) ++headers_;
    if (t == GUMBO_TAG_PRE) ++pre_;
    if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) {
      flush();
      int start = 1;
      if (const std::string_view s = attribute(e, "start"); !s.empty() && s.size() < 6) {
        start = std::atoi(std::string(s).c_str());
      }
      list_numbers_.push_back(t == GUMBO_TAG_OL ? start : -1);
      return;
    }
    if (t == GUMBO_TAG_LI) {
      flush();
      int& number = list_numbers_.empty() ? dummy_ : list_numbers_.back();
      pending_ = TextLine{TextLine::Kind::kItem, 0, number < 0 ? "-" : std::to_string(number) + ".", "", true};
      if (number >= 0) ++number;
      return;
    }
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      if (!cur_.empty()) cur_ += " |", space_ = true;
      return;
    }
    if (t == GUMBO_TAG_TABLE) rows_.push_back(0);
    if (t == GUMBO_TAG_TR) {  // a table's rows are one block, a line each
      flush();
      if (!rows_.empty() && rows_.back()++ > 0) join_next_ = true;
      return;
    }
    if (is_block(t)) flush();
  }

  void leave(const GumboNode* e) {
    const GumboTag t = tag_of(e);
    if (heading_level(e)) {
      flush();
      --headings_;
      return;
    }
    if (t == GUMBO_TAG_HEADER) --headers_;
    if (t == GUMBO_TAG_PRE) --pre_;
    if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && !list_numbers_.empty()) list_numbers_.pop_back();
    if (t == GUMBO_TAG_TABLE && !rows_.empty()) rows_.pop_back();
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) return;
    if (is_block(t) || t == GUMBO_TAG_LI || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) flush();
  }

  void text(std::string_view raw) {
    if (headers_ > 0 && headings_ == 0) return;
    if (pre_ > 0) {  // preformatted: its own line breaks stay
      size_t start = 0;
      while (true) {
        const size_t nl = raw.find('\n', start);
        word_run(raw.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) break;
        if (!cur_.empty()) flush(), join_next_ = true;
        start = nl + 1;
      }
      return;
    }
    word_run(raw);
  }

  void word_run(std::string_view raw) {
    if (raw.empty()) return;
    const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; };
    if (is_space(raw.front())) space_ = true;
    const std::string words = collapse_space(raw);
    if (words.empty()) return;
    if (space_ && !cur_.empty()) cur_ += ' ';
    cur_ += words;
    space_ = is_space(raw.back()) || (raw.size() >= 2 && raw.substr(raw.size() - 2) == "\xC2\xA0");
  }

  void flush() {
    if (!cur_.empty()) {
      TextLine line = pending_;
      line.text = std::move(cur_);
      line.joined = line.joined || join_next_;
      lines_.push_back(std::move(line));
      // The rest of an item after a <br> is more of the item, unmarked.
      if (pending_.kind == TextLine::Kind::kItem) pending_ = TextLine{TextLine::Kind::kParagraph, 0, "", "", true};
    }
    cur_.clear();
    space_ = false;
    join_next_ = false;
    if (headings_ == 0 && pending_.kind != TextLine::Kind::kItem) pending_ = TextLine{};
  }

  int dummy_ = -1;
};

}  // namespace

std::vector<TextLine> main_text(const HtmlDocument& doc, const std::string& title) {
  const StatsMap stats = text_stats(doc.root());
  LineWriter writer(stats);
  for (const GumboNode* root : main_roots(doc, stats)) writer.write(root);
  std::vector<TextLine> lines = writer.take();
  const bool has_title = std::any_of(lines.begin(), lines.end(), [](const TextLine& l) {
    return l.kind == TextLine::Kind::kHeading && l.level == 1;
  });
  if (!has_title && !title.empty()) lines.insert(lines.begin(), TextLine{TextLine::Kind::kHeading, 1, "", title, false});
  return lines;
}

std::string snapshot_text(const std::vector<TextLine>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (i > 0) {
      const bool item_after_item = l.kind == TextLine::Kind::kItem && lines[i - 1].kind == TextLine::Kind::kItem;
      out += (l.joined && (item_after_item || l.kind != TextLine::Kind::kItem)) ? "\n" : "\n\n";
    }
    if (l.kind == TextLine::Kind::kHeading) out += std::string(static_cast<size_t>(l.level), '#') + ' ';
    if (l.kind == TextLine::Kind::kItem) out += l.marker + ' ';
    out += l.text;
  }
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace contentc::capture
