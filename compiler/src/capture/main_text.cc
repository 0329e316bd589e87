#include "capture/main_text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "capture/main_part.h"
#include "capture/page_filters.h"

namespace contentc::capture {
namespace {

constexpr size_t kSectionLabel = 40;  ///< the longest line that can be a site's section label

/// Writes lines from the main roots.
class LineWriter {
 public:
  LineWriter(const StatsMap& stats, const ArticleHolders& holders) : stats_(stats), holders_(holders) {}

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
  const ArticleHolders& holders_;
  std::vector<TextLine> lines_;
  std::string cur_;
  bool space_ = false;       ///< white space is due before the next word
  TextLine pending_;         ///< what the line being written will be
  bool join_next_ = false;   ///< the next line continues the block (after a <br>)
  int headers_ = 0;          ///< inside <header> elements: only their headings and standfirsts are kept
  int headings_ = 0;         ///< inside heading elements
  int pre_ = 0;
  std::vector<int> list_numbers_;  ///< per open list: the next number, or -1 for bullets
  std::vector<int> rows_;          ///< per open table: the rows written

  bool skipped(const GumboNode* e) const {
    if (left_out(e, /*scoring=*/false, holders_.contains(e))) return true;
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
    if (t == GUMBO_TAG_HEADER) flush(), --headers_;
    if (t == GUMBO_TAG_PRE) --pre_;
    if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && !list_numbers_.empty()) list_numbers_.pop_back();
    if (t == GUMBO_TAG_TABLE && !rows_.empty()) rows_.pop_back();
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) return;
    if (is_block(t) || t == GUMBO_TAG_LI || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) flush();
  }

  void text(std::string_view raw) {
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
    // In a <header>, a byline, a date or a category line is left out; a heading stays, and so
    // does a standfirst (a block of 80 characters or more: a sentence that opens the article).
    if (headers_ > 0 && headings_ == 0 && cur_.size() < kStandfirst) cur_.clear();
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
  static constexpr size_t kStandfirst = 80;
};

}  // namespace

std::vector<TextLine> main_text(const HtmlDocument& doc, const std::string& title) {
  const ArticleHolders holders = article_holders(doc);
  const StatsMap stats = text_stats(doc.root(), holders);
  LineWriter writer(stats, holders);
  for (const GumboNode* root : main_roots(doc, stats)) writer.write(root);
  std::vector<TextLine> lines = writer.take();
  const std::unordered_set<std::string> nav = navigation_links(doc);
  std::erase_if(lines, [&](const TextLine& l) {
    return l.kind == TextLine::Kind::kParagraph && l.text.size() < kSectionLabel && nav.contains(l.text);
  });
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
