#include "resolve/passage_finder.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "diag/location.h"
#include "util/edit_distance.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// A passage is whole sentences unless they would be longer than this; then just the words.
constexpr uint32_t kLongestPassage = 600;

// Word alignment scores: a word as written, a word one typo away, and the cost of a word
// that differs or that one side has and the other has not.
constexpr int kExactWord = 3;
constexpr int kNearWord = 2;
constexpr int kDifferentWord = -2;
constexpr int kSkippedWord = -1;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// A word without the punctuation around it ("(adductors)." → "adductors"); "8-10" and "it's"
/// keep what is inside.
std::string_view word_key(std::string_view w) {
  constexpr std::string_view kPunctuation = ".,;:!?\"'()[]{}<>*-";
  while (!w.empty() && kPunctuation.find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  while (!w.empty() && kPunctuation.find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

/// How close a query word is to a snapshot word: as written, one typo away (two for long
/// words; never for short ones, where "5" and "8" must stay apart), or not at all.
int word_score(std::string_view asked, std::string_view found) {
  if (asked == found) return kExactWord;
  const size_t shorter = std::min(asked.size(), found.size());
  if (shorter < 4) return 0;
  const size_t allowed = shorter >= 8 ? 2 : 1;
  const size_t longer = std::max(asked.size(), found.size());
  if (longer - shorter > allowed) return 0;
  return edit_distance(asked, found, allowed) <= allowed ? kNearWord : 0;
}

/// Closing marks that may follow a sentence's last character: ASCII quotes and brackets, and
/// the curly closing quotes.
size_t closing_mark_length(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  if (s[at] == '"' || s[at] == '\'' || s[at] == ')') return 1;
  if (s.substr(at, 3) == "\xE2\x80\x9D" || s.substr(at, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

}  // namespace

namespace {

/// Whether `line` holds only the words of a picture's caption ("STEP 2 STEP 1", "Figure 3",
/// "Photo 1 of 4"): numbers, and the words step, photo, figure, image, picture, video, of.
bool is_caption(std::string_view line) {
  size_t words = 0;
  for (size_t i = 0; i < line.size();) {
    if (!std::isalnum(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < line.size() && std::isalnum(static_cast<unsigned char>(line[end]))) ++end;
    std::string word(line.substr(i, end - i));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool number = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    static const std::unordered_set<std::string> kCaptionWords = {
        "step", "steps", "photo", "photos", "figure", "fig", "image", "images", "picture", "video", "of"};
    if (!number && !kCaptionWords.contains(word)) return false;
    ++words;
    i = end;
  }
  return words > 0;
}

}  // namespace

bool looks_like_heading(std::string_view line) {
  line = trim_space(line);
  if (line.empty() || utf8_count_code_points(line) > 80) return false;
  if (std::string_view(".,;:").find(line.back()) != std::string_view::npos) return false;
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\xA6", "\xE2\x96\xAA", "- ", "* "}) {
    if (line.starts_with(bullet)) return false;
  }
  if (is_caption(line)) return false;  // a picture's caption, not a heading
  // A numbered list item ("1. Alleviate pressure …", "3) Banded hip abductions"): part of a
  // list under a heading, unless a cite names it as a section.
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ') {
    return false;
  }
  return std::any_of(line.begin(), line.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::optional<std::string_view> marked_heading(std::string_view line) {
  line = trim_space(line);
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes >= line.size() || line[hashes] != ' ') return std::nullopt;
  const std::string_view name = trim_space(line.substr(hashes + 1));
  return name.empty() ? std::nullopt : std::optional<std::string_view>(name);
}

SnapshotHeadings::SnapshotHeadings(std::string_view snapshot, const std::vector<std::string>& cited_sections,
                                   bool marked)
    : text_(snapshot), line_starts_(compute_line_starts(snapshot)) {
  std::unordered_set<std::string> cited;
  for (const std::string& section : cited_sections) cited.insert(normalize_quote(trim_space(section)));
  heading_.assign(line_starts_.size() + 1, false);
  cited_.assign(line_starts_.size() + 1, false);
  for (uint32_t line = 1; line <= line_starts_.size(); ++line) {
    const std::string_view text = line_text(line);
    if (marked) {  // structure, not guesses: only the marked lines are headings
      const auto name = marked_heading(text);
      heading_[line] = name.has_value();
      cited_[line] = name && cited.contains(normalize_quote(*name));
      continue;
    }
    cited_[line] = !text.empty() && cited.contains(normalize_quote(text));
    heading_[line] = cited_[line] || looks_like_heading(text);
  }
}

uint32_t SnapshotHeadings::line_of(uint32_t offset) const {
  return static_cast<uint32_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                               line_starts_.begin());
}

std::string_view SnapshotHeadings::line_text(uint32_t line) const {
  const uint32_t begin = line_starts_[line - 1];
  const uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  return trim_space(text_.substr(begin, end - begin));
}

std::string_view SnapshotHeadings::heading_name(uint32_t line) const {
  const std::string_view text = line_text(line);
  return marked_heading(text).value_or(text);
}

std::vector<uint32_t> SnapshotHeadings::lines() const {
  std::vector<uint32_t> out;
  for (uint32_t line = 1; line < heading_.size(); ++line) {
    if (heading_[line]) out.push_back(line);
  }
  return out;
}

uint32_t SnapshotHeadings::heading_above(uint32_t offset) const {
  const uint32_t line = line_of(offset);
  if (cited_[line]) return line;
  for (uint32_t l = line; l-- > 1;) {
    if (heading_[l]) return l;
  }
  return 0;
}

PassageFinder::PassageFinder(std::string_view snapshot, const std::vector<std::string>& cited_sections, bool marked)
    : text_(snapshot), norm_(snapshot), headings_(snapshot, cited_sections, marked) {
  const std::string& t = norm_.text();
  for (size_t at = 0; at < t.size();) {
    size_t end = t.find(' ', at);
    if (end == std::string::npos) end = t.size();
    const std::string_view key = word_key(std::string_view(t).substr(at, end - at));
    if (!key.empty()) {
      words_.push_back(Word{std::string(key), static_cast<uint32_t>(at), static_cast<uint32_t>(end)});
    }
    at = end + 1;
  }
}

Passage PassageFinder::passage(uint32_t match_begin, uint32_t match_end) const {
  Passage p;
  p.match_begin = match_begin;
  p.match_end = match_end;
  const std::string_view t = text_;
  const uint32_t line_begin = headings_.line_start(headings_.line_of(match_begin));
  size_t line_end = t.find('\n', match_end);
  if (line_end == std::string_view::npos) line_end = t.size();
  // The end of a sentence that closes at `at` ('.', '?' or '!', any closing marks, then white
  // space, the line's end, or a capital as in text run together: "standing.Sacroiliitis").
  auto sentence_end = [&](size_t at) -> size_t {
    if (std::string_view(".?!").find(t[at]) == std::string_view::npos) return 0;
    size_t end = at + 1;
    while (const size_t n = closing_mark_length(t, end)) end += n;
    if (end >= line_end || is_space(t[end]) || (t[end] >= 'A' && t[end] <= 'Z')) return end;
    return 0;
  };
  size_t begin = line_begin;
  for (size_t i = match_begin; i-- > line_begin;) {
    const size_t end = sentence_end(i);
    if (end != 0 && end <= match_begin) {
      begin = end;
      break;
    }
  }
  while (begin < match_begin && is_space(t[begin])) ++begin;
  for (std::string_view bullet : {"\xE2\x80\xA2 ", "- ", "* "}) {
    if (begin + bullet.size() <= match_begin && t.substr(begin, bullet.size()) == bullet) begin += bullet.size();
  }
  while (begin < match_begin && is_space(t[begin])) ++begin;
  size_t end = line_end;
  for (size_t i = match_end > 0 ? match_end - 1 : 0; i < line_end; ++i) {
    if (const size_t e = sentence_end(i); e != 0 && e >= match_end) {
      end = e;
      break;
    }
  }
  while (end > match_end && is_space(t[end - 1])) --end;
  if (end - begin > kLongestPassage) begin = match_begin, end = match_end;
  p.begin = static_cast<uint32_t>(begin);
  p.end = static_cast<uint32_t>(end);
  p.line = headings_.line_of(p.begin);
  p.heading_line = headings_.heading_above(p.begin);
  return p;
}

bool PassageFinder::under(const Passage& p, const std::string_view* section) const {
  return !section || (p.heading_line != 0 &&
                      normalize_quote(headings_.heading_name(p.heading_line)) == normalize_quote(trim_space(*section)));
}

PassageSearch PassageFinder::find(std::string_view words, size_t max, const std::string_view* section) const {
  std::string quote = normalize_quote(words);
  while (!quote.empty() && quote.front() == ' ') quote.erase(quote.begin());
  std::vector<Word> query;
  for (size_t at = 0; at < quote.size();) {
    size_t end = quote.find(' ', at);
    if (end == std::string::npos) end = quote.size();
    const std::string_view key = word_key(std::string_view(quote).substr(at, end - at));
    if (!key.empty()) query.push_back(Word{std::string(key), 0, 0});
    at = end + 1;
  }
  PassageSearch exact = find_exact(quote, query.size(), max, section);
  if (!exact.passages.empty() || query.empty()) return exact;
  return find_aligned(query, max, section);
}

PassageSearch PassageFinder::find_exact(const std::string& quote, size_t words_asked, size_t max,
                                        const std::string_view* section) const {
  PassageSearch s;
  s.words_asked = words_asked;
  if (quote.empty()) return s;
  const std::string& hay = norm_.text();
  size_t found = 0;
  for (size_t at = hay.find(quote); at != std::string::npos; at = hay.find(quote, at + quote.size())) {
    Passage p = passage(norm_.begin_of(at), norm_.end_of(at + quote.size() - 1));
    if (!under(p, section) || ++found > max) continue;
    p.words_matched = words_asked;
    p.exact = true;
    s.passages.push_back(p);
  }
  s.found = found;
  s.ambiguous = found > 1;
  return s;
}

PassageSearch PassageFinder::find_aligned(const std::vector<Word>& query, size_t max,
                                          const std::string_view* section) const {
  PassageSearch s;
  s.words_asked = query.size();
  const size_t n = query.size();
  // Each distinct snapshot word is scored against each query word once.
  std::unordered_map<std::string_view, uint32_t> ids;
  std::vector<uint32_t> word_id(words_.size());
  for (size_t j = 0; j < words_.size(); ++j) {
    word_id[j] = ids.try_emplace(words_[j].key, static_cast<uint32_t>(ids.size())).first->second;
  }
  std::vector<std::vector<int8_t>> score(n, std::vector<int8_t>(ids.size()));
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [key, id] : ids) score[i][id] = static_cast<int8_t>(word_score(query[i].key, key));
  }
  // Smith-Waterman over words, one column per snapshot word; each cell carries where its
  // alignment starts and how many query words it has matched.
  struct Cell {
    int score = 0;
    uint32_t start = 0;
    uint32_t matched = 0;
    uint32_t near = 0;  ///< of the matched, words one typo away
  };
  struct Ending {
    int score;
    uint32_t start, end, matched, near;  ///< words [start, end]
  };
  std::vector<Cell> prev(n + 1), cur(n + 1);
  std::vector<Ending> endings;
  for (uint32_t j = 0; j < words_.size(); ++j) {
    cur[0] = Cell{};
    Cell best{};  // the best alignment that ends by matching word j
    for (size_t i = 1; i <= n; ++i) {
      Cell c{};
      const Cell& diag = prev[i - 1];
      const int w = score[i - 1][word_id[j]];
      if (w > 0) {
        const Cell from = diag.score > 0 ? diag : Cell{0, j, 0, 0};
        c = Cell{from.score + w, from.start, from.matched + 1, from.near + (w == kNearWord)};
        if (c.score > best.score || (c.score == best.score && c.matched > best.matched)) best = c;
      } else if (diag.score + kDifferentWord > 0) {
        c = diag;
        c.score += kDifferentWord;
      }
      for (const Cell& skip : {cur[i - 1], prev[i]}) {
        if (skip.score + kSkippedWord > c.score) c = skip, c.score += kSkippedWord;
      }
      cur[i] = c;
    }
    if (best.score > 0) endings.push_back(Ending{best.score, best.start, j, best.matched, best.near});
    std::swap(prev, cur);
  }
  std::vector<size_t> order(endings.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Ending &x = endings[a], &y = endings[b];
    if (x.score != y.score) return x.score > y.score;
    if (x.matched != y.matched) return x.matched > y.matched;
    if (x.end - x.start != y.end - y.start) return x.end - x.start < y.end - y.start;
    return x.start < y.start;
  });
  // A passage is close when it has at least 60% of the words asked.
  auto close = [&](const Ending& e) { return e.matched * 10 >= n * 6; };
  std::vector<const Ending*> chosen;
  for (size_t k : order) {
    const Ending& e = endings[k];
    if (!chosen.empty() && (!close(e) || e.score * 5 < chosen.front()->score * 4)) break;
    const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Ending* c) {
      return e.start <= c->end && c->start <= e.end;
    });
    if (overlaps) continue;
    Passage p = passage(norm_.begin_of(words_[e.start].begin), norm_.end_of(words_[e.end].end - 1));
    if (!under(p, section)) continue;
    p.words_matched = e.matched;
    p.words_misspelt = e.near;
    s.passages.push_back(p);
    chosen.push_back(&e);
    if (chosen.size() == max) break;
  }
  s.nothing_close = chosen.empty() || !close(*chosen.front());
  if (s.nothing_close && s.passages.size() > 1) s.passages.resize(1);
  s.ambiguous = s.passages.size() > 1;
  s.found = s.passages.size();
  return s;
}

}  // namespace contentc
