#include "tables/text_fragment.h"

#include <algorithm>
#include <array>

namespace contentc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
/// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
bool is_word(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || is_digit(c) || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

size_t snapshot_marker_length(std::string_view line) {
  size_t i = 0;
  if (line.starts_with('#')) {
    while (i < line.size() && line[i] == '#') ++i;
  } else if (line.starts_with("- ")) {
    i = 1;
  } else {
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i == 0 || i >= line.size() || line[i] != '.') return 0;
    ++i;
  }
  return i < line.size() && line[i] == ' ' ? i + 1 : 0;
}

namespace {

// The most words a passage may have to be its own directive, and the most words taken from
// each end of a longer one, or from around it as context.
constexpr size_t kWholeWords = 10;
constexpr size_t kFirstEdgeWords = 3, kLastEdgeWords = 8;
constexpr size_t kContextWords = 3;

/// The four bytes of `folded` from `at` as one number (zeros past its end): starts_'s key.
uint32_t key_at(std::string_view folded, size_t at) {
  uint32_t key = 0;
  for (size_t i = 0; i < 4; ++i) key = key << 8 | (at + i < folded.size() ? static_cast<unsigned char>(folded[at + i]) : 0);
  return key;
}

/// Sorts (key, offset) pairs by key, keeping the order of equal keys: a radix sort, a byte of
/// the key a pass (a pass whose byte is the same in every pair is skipped). Pairs added in
/// offset order come out sorted by key, then offset, as std::sort would leave them, in a few
/// linear passes.
void sort_by_key(std::vector<std::pair<uint32_t, uint32_t>>& pairs) {
  std::array<std::array<uint32_t, 256>, 4> counts{};
  for (const auto& p : pairs) {
    for (size_t b = 0; b < 4; ++b) ++counts[b][(p.first >> (8 * b)) & 0xFF];
  }
  std::vector<std::pair<uint32_t, uint32_t>> other(pairs.size());
  for (size_t b = 0; b < 4; ++b) {
    if (std::find(counts[b].begin(), counts[b].end(), pairs.size()) != counts[b].end()) continue;  // one value
    std::array<uint32_t, 256> at{};
    for (size_t v = 1; v < 256; ++v) at[v] = at[v - 1] + counts[b][v - 1];
    for (const auto& p : pairs) other[at[(p.first >> (8 * b)) & 0xFF]++] = p;
    pairs.swap(other);
  }
}

}  // namespace

TextDirectiveFinder::TextDirectiveFinder(std::string_view snapshot, bool marked) {
  auto add = [this](char c, size_t from) {
    text_.push_back(c);
    source_.push_back(static_cast<uint32_t>(from));  // a snapshot is far below 4 GiB (--max-file-size)
  };
  auto end_block = [&](size_t at) {
    while (!text_.empty() && text_.back() == ' ') {
      text_.pop_back();
      source_.pop_back();
    }
    if (!text_.empty() && text_.back() != '\n') add('\n', at);
  };
  text_.reserve(snapshot.size());
  source_.reserve(snapshot.size());
  size_t line_start = 0;
  while (line_start <= snapshot.size()) {
    size_t line_end = snapshot.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = snapshot.size();
    const std::string_view line = snapshot.substr(line_start, line_end - line_start);
    size_t i = marked ? snapshot_marker_length(line) : 0;
    for (; i < line.size(); ++i) {
      const char c = line[i];
      if (marked && c == '|' && i > 0 && is_space(line[i - 1]) && (i + 1 == line.size() || is_space(line[i + 1]))) {
        end_block(line_start + i);  // a table's cells are blocks of their own
      } else if (is_space(c)) {
        if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') add(' ', line_start + i);
      } else {
        add(c, line_start + i);
      }
    }
    end_block(line_end);
    line_start = line_end + 1;
  }
  folded_.resize(text_.size());
  std::transform(text_.begin(), text_.end(), folded_.begin(), fold);
  for (size_t at = 0; at < folded_.size(); ++at) {
    if (boundary(at)) starts_.emplace_back(key_at(folded_, at), static_cast<uint32_t>(at));
  }
  sort_by_key(starts_);
}

bool TextDirectiveFinder::boundary(size_t at) const {
  return at == 0 || at >= text_.size() || !is_word(text_[at - 1]) || !is_word(text_[at]);
}

size_t TextDirectiveFinder::search(std::string_view term, size_t from) const {
  if (term.size() < 4) {  // too short for the index's keys: read the text
    for (size_t at = folded_.find(term, from); at != std::string::npos; at = folded_.find(term, at + 1)) {
      if (boundary(at) && boundary(at + term.size())) return at;
    }
    return std::string::npos;
  }
  const uint32_t key = key_at(term, 0);
  const auto first = std::lower_bound(starts_.begin(), starts_.end(), std::pair(key, static_cast<uint32_t>(std::min<size_t>(from, UINT32_MAX))));
  for (auto it = first; it != starts_.end() && it->first == key; ++it) {
    if (folded_.compare(it->second, term.size(), term) == 0 && boundary(it->second + term.size())) return it->second;
  }
  return std::string::npos;
}

std::optional<TextDirectiveFinder::Range> TextDirectiveFinder::resolve(const TextDirective& d) const {
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), fold);
    return s;
  };
  const std::string prefix = lower(d.prefix), start = lower(d.start), end = lower(d.end), suffix = lower(d.suffix);
  auto skip_space = [this](size_t at) {
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\n')) ++at;
    return at;
  };
  auto matches_at = [&](const std::string& term, size_t at) {
    return folded_.compare(at, term.size(), term) == 0 && boundary(at) && boundary(at + term.size());
  };
  for (size_t from = 0;;) {
    size_t begin;
    if (!prefix.empty()) {
      const size_t p = search(prefix, from);
      if (p == std::string::npos) return std::nullopt;
      from = p + 1;
      begin = skip_space(p + prefix.size());
      if (!matches_at(start, begin)) continue;
    } else {
      begin = search(start, from);
      if (begin == std::string::npos) return std::nullopt;
      from = begin + 1;
    }
    size_t stop = begin + start.size();
    if (end.empty()) {
      if (suffix.empty() || matches_at(suffix, skip_space(stop))) return Range{begin, stop};
      continue;
    }
    for (size_t e = search(end, stop); e != std::string::npos; e = search(end, e + 1)) {
      if (suffix.empty() || matches_at(suffix, skip_space(e + end.size()))) return Range{begin, e + end.size()};
    }
    return std::nullopt;  // no end after this start: none after a later one either
  }
}

TextDirective TextDirectiveFinder::find(size_t begin, size_t end) const {
  // The passage in the flattened text, trimmed and widened to whole words.
  size_t b = std::lower_bound(source_.begin(), source_.end(), begin) - source_.begin();
  size_t e = std::lower_bound(source_.begin(), source_.end(), end) - source_.begin();
  while (b < e && (text_[b] == ' ' || text_[b] == '\n')) ++b;
  while (e > b && (text_[e - 1] == ' ' || text_[e - 1] == '\n')) --e;
  if (b >= e) return {};
  while (b > 0 && is_word(text_[b - 1]) && is_word(text_[b])) --b;
  while (e < text_.size() && is_word(text_[e - 1]) && is_word(text_[e])) ++e;

  struct Word {
    size_t begin, end;
  };
  auto words_in = [this](size_t from, size_t to) {
    std::vector<Word> words;
    for (size_t i = from; i < to;) {
      if (text_[i] == ' ' || text_[i] == '\n') {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < to && text_[j] != ' ' && text_[j] != '\n') ++j;
      words.push_back({i, j});
      i = j;
    }
    return words;
  };
  const std::vector<Word> words = words_in(b, e);
  const size_t first_block_end = std::min(e, text_.find('\n', b));
  const size_t last_block_begin = std::max(b, text_.rfind('\n', e - 1) == std::string::npos ? 0 : text_.rfind('\n', e - 1) + 1);
  const bool one_block = first_block_end >= e;
  auto span = [this](const std::vector<Word>& w, size_t from, size_t to) {
    return text_.substr(w[from].begin, w[to - 1].end - w[from].begin);
  };
  // The words of the passage's own block before and after it: the context to offer.
  const size_t block_begin = b == 0 || text_.rfind('\n', b - 1) == std::string::npos ? 0 : text_.rfind('\n', b - 1) + 1;
  const size_t block_end = std::min(text_.size(), text_.find('\n', e));
  const std::vector<Word> before = words_in(block_begin, b), after = words_in(e, block_end);

  std::vector<TextDirective> bases;
  if (one_block && words.size() <= kWholeWords) {
    bases.push_back({"", text_.substr(b, e - b), "", ""});
  } else {
    const size_t in_first = words_in(b, first_block_end).size(), in_last = words_in(last_block_begin, e).size();
    for (size_t k = kFirstEdgeWords; k <= kLastEdgeWords; ++k) {
      const size_t head = std::min(k, in_first), tail = std::min(k, in_last);
      if (one_block && head + tail >= words.size()) {  // the edges meet: the whole line it is
        bases.push_back({"", text_.substr(b, e - b), "", ""});
        break;
      }
      bases.push_back({"", span(words, 0, head), span(words, words.size() - tail, words.size()), ""});
      if (head < k && tail < k) break;  // no more words to add at either end
    }
    if (one_block && !bases.back().end.empty()) bases.push_back({"", text_.substr(b, e - b), "", ""});
  }
  static constexpr std::array<std::pair<size_t, size_t>, 10> kContexts{
      {{0, 0}, {1, 0}, {0, 1}, {2, 0}, {0, 2}, {kContextWords, 0}, {0, kContextWords}, {1, 1}, {2, 2},
       {kContextWords, kContextWords}}};
  for (const TextDirective& base : bases) {
    for (const auto& [want_before, want_after] : kContexts) {
      if (want_before > before.size() || want_after > after.size()) continue;
      TextDirective d = base;
      if (want_before) d.prefix = span(before, before.size() - want_before, before.size());
      if (want_after) d.suffix = span(after, 0, want_after);
      const std::optional<Range> found = resolve(d);
      if (found && found->begin == b && found->end == e) return d;
    }
  }
  return {};
}

std::string text_fragment_url(std::string_view url, const TextDirective& directive) {
  if (url.empty() || directive.empty()) return "";
  std::string out(url);
  out += url.find('#') == std::string_view::npos ? "#:~:text=" : ":~:text=";
  auto encode = [&out](std::string_view part) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : part) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && (is_word(c) || c == '.' || c == '_' || c == '~')) {
        out += c;
      } else {
        out += '%';
        out += kHex[u >> 4];
        out += kHex[u & 15];
      }
    }
  };
  if (!directive.prefix.empty()) {
    encode(directive.prefix);
    out += "-,";
  }
  encode(directive.start);
  if (!directive.end.empty()) {
    out += ',';
    encode(directive.end);
  }
  if (!directive.suffix.empty()) {
    out += ",-";
    encode(directive.suffix);
  }
  return out;
}

}  // namespace contentc
