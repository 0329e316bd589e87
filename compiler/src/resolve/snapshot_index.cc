#include "resolve/snapshot_index.h"

#include <algorithm>

#include "diag/location.h"
#include "resolve/passage_finder.h"
#include "util/edit_distance.h"

namespace contentc {
namespace {

/// A heading line without the footnote mark some pages put after it ("Pelvic circles *",
/// "Side stretch †"): the name an editor writes.
std::string without_footnote_mark(std::string line) {
  auto ends_with = [&](std::string_view mark) {
    return line.size() >= mark.size() && line.compare(line.size() - mark.size(), mark.size(), mark) == 0;
  };
  bool cut = true;
  while (cut && !line.empty()) {
    cut = false;
    for (std::string_view mark : {" ", "*", "\xE2\x80\xA0", "\xE2\x80\xA1"}) {  // space, *, dagger, double dagger
      if (ends_with(mark)) {
        line.resize(line.size() - mark.size());
        cut = true;
      }
    }
  }
  return line;
}

constexpr size_t kContextWords = 6;

/// Splits a quote on '...' and '…' into its normalised, non-empty parts.
std::vector<std::string> quote_parts(std::string_view quote) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= quote.size()) {
    const size_t dots = quote.find("...", start);
    const size_t ellipsis = quote.find("\xE2\x80\xA6", start);
    const size_t cut = std::min(dots, ellipsis);
    const std::string part =
        normalize_quote(quote.substr(start, cut == std::string_view::npos ? quote.npos : cut - start));
    std::string trimmed = part;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(trimmed.begin());
    if (!trimmed.empty()) parts.push_back(trimmed);
    if (cut == std::string_view::npos) break;
    start = cut + 3;
    while (start < quote.size() && quote[start] == '.') ++start;  // "...." is one elision
  }
  return parts;
}

/// Up to `n` words of `s` from `from`, starting at the beginning of the word `from` is in.
std::string words_from(const std::string& s, size_t from, size_t n) {
  size_t start = std::min(from, s.size());
  while (start > 0 && s[start - 1] != ' ') --start;
  size_t end = start;
  for (size_t words = 0; end < s.size() && words < n; ++words) {
    end = s.find(' ', end + 1);
    if (end == std::string::npos) end = s.size();
  }
  return s.substr(start, end - start);
}

}  // namespace

SnapshotIndex::SnapshotIndex(std::string_view text, bool marked)
    : original_(text), norm_(text), line_starts_(compute_line_starts(text)) {
  for (size_t i = 0; i < line_starts_.size(); ++i) {
    const uint32_t begin = line_starts_[i];
    const uint32_t end =
        i + 1 < line_starts_.size() ? line_starts_[i + 1] : static_cast<uint32_t>(text.size());
    std::string_view raw = text.substr(begin, end - begin);
    if (marked) {  // only marked headings, by their names
      const auto name = marked_heading(raw);
      if (!name) continue;
      raw = *name;
      marked_.push_back(static_cast<uint32_t>(i + 1));
    }
    std::string line = normalize_quote(raw);
    while (!line.empty() && line.front() == ' ') line.erase(line.begin());
    if (!line.empty() && line.size() <= 200) {
      lines_[line].push_back(Heading{static_cast<uint32_t>(i + 1), begin});
      // "Pelvic circles *": a heading is named without its footnote mark too.
      if (std::string bare = without_footnote_mark(line); !bare.empty() && bare != line) {
        lines_[bare].push_back(Heading{static_cast<uint32_t>(i + 1), begin});
      }
    }
  }
}

uint32_t SnapshotIndex::line_of(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<uint32_t>(it - line_starts_.begin());
}

QuoteMatch SnapshotIndex::match(std::string_view quote, const std::string_view* section) const {
  const std::vector<std::string> parts = quote_parts(quote);
  // A passage can occur more than once ("Hold this stretch for 30 seconds" under each of three
  // stretches): with a section, the occurrence that follows one of its headings is the one meant.
  if (section) {
    for (uint32_t from : section_offsets(*section)) {
      QuoteMatch m = match_from(parts, norm_start(from));
      if (m.found) {
        find_section(*section, m);
        return m;
      }
    }
  }
  QuoteMatch m = match_from(parts, 0);
  if (m.found && section) find_section(*section, m);
  return m;
}

size_t SnapshotIndex::norm_start(uint32_t offset) const {
  // The first normalised byte whose source is at or after `offset`.
  size_t lo = 0, hi = norm_.text().size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (norm_.begin_of(mid) < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

const std::vector<SnapshotIndex::Heading>* SnapshotIndex::headings_named(std::string_view section) const {
  std::string key = normalize_quote(section);
  while (!key.empty() && key.front() == ' ') key.erase(key.begin());
  auto it = lines_.find(key);
  if (it == lines_.end()) it = lines_.find(without_footnote_mark(key));
  return it == lines_.end() ? nullptr : &it->second;
}

std::vector<uint32_t> SnapshotIndex::section_offsets(std::string_view section) const {
  std::vector<uint32_t> out;
  if (const auto* headings = headings_named(section)) {
    for (const Heading& h : *headings) out.push_back(h.offset);
  }
  return out;
}

std::vector<uint32_t> SnapshotIndex::lines_named(std::string_view section) const {
  std::vector<uint32_t> out;
  if (const auto* headings = headings_named(section)) {
    for (const Heading& h : *headings) out.push_back(h.line);
  }
  return out;
}

QuoteMatch SnapshotIndex::match_from(const std::vector<std::string>& parts, size_t pos) const {
  QuoteMatch m;
  m.checked = true;
  const std::string& hay = norm_.text();
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::string& part = parts[k];
    const size_t at = hay.find(part, pos);
    if (at == std::string::npos) {
      QuoteMiss& miss = m.explain();
      miss.parts = parts.size();
      miss.failed_part = k;
      miss.out_of_order = k > 0 && hay.find(part) != std::string::npos;
      if (!miss.out_of_order) explain_failure(part, pos, miss);
      return m;
    }
    m.spans.push_back(Span{norm_.begin_of(at), norm_.end_of(at + part.size() - 1)});
    pos = at + part.size();
  }
  m.found = !parts.empty();
  return m;
}

void SnapshotIndex::explain_failure(const std::string& part, size_t from,
                                    QuoteMiss& m) const {
  // The longest prefix of the part that occurs after `from`: occurrence is monotone in the
  // prefix length, so a binary search needs only log(length) scans of the snapshot.
  const std::string& hay = norm_.text();
  size_t lo = 0, hi = part.size();  // prefix of length lo occurs; of length hi does not
  size_t lo_at = from;
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    const size_t at = hay.find(std::string_view(part).substr(0, mid), from);
    if (at != std::string::npos) {
      lo = mid;
      lo_at = at;
    } else {
      hi = mid;
    }
  }
  // Report whole words: back up to the start of the word where the two texts part.
  if (lo < part.size()) {
    const size_t space = lo > 0 ? part.rfind(' ', lo - 1) : std::string::npos;
    lo = space == std::string::npos ? 0 : space + 1;
    if (lo > 0) lo_at = hay.find(std::string_view(part).substr(0, lo), from);
  }
  m.matched_text = part.substr(0, lo);
  while (!m.matched_text.empty() && m.matched_text.back() == ' ') m.matched_text.pop_back();
  const size_t diverge = lo_at + lo;
  m.diverge_offset = lo == 0 ? 0 : norm_.begin_of(std::min(diverge, hay.size()));
  m.quote_next = words_from(part, lo, kContextWords);
  m.snapshot_next = lo == 0 ? std::string() : words_from(hay, diverge, kContextWords);
}

void SnapshotIndex::find_section(std::string_view section, QuoteMatch& m) const {
  std::string key = normalize_quote(section);
  while (!key.empty() && key.front() == ' ') key.erase(key.begin());
  auto it = lines_.find(key);
  if (it == lines_.end()) it = lines_.find(without_footnote_mark(key));
  if (it == lines_.end()) {
    std::vector<std::string_view> candidates;
    for (const auto& [line, places] : lines_) {
      if (line.size() <= 100) candidates.push_back(line);
    }
    std::sort(candidates.begin(), candidates.end());  // a stable choice among equals
    if (auto close = closest_match(key, candidates)) {
      const Heading& h = lines_.at(*close).front();
      const uint32_t end = h.line < line_starts_.size() ? line_starts_[h.line]
                                                        : static_cast<uint32_t>(original_.size());
      std::string_view text = original_.substr(h.offset, end - h.offset);
      while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) != text.npos) {
        text.remove_suffix(1);
      }
      while (!text.empty() && std::string_view(" \t").find(text.front()) != text.npos) {
        text.remove_prefix(1);
      }
      if (!marked_.empty()) text = marked_heading(text).value_or(text);  // a heading's name, without '#'
      m.explain().section_suggestion = std::string(text);
    }
    return;
  }
  m.section_line_anywhere = it->second.front().line;
  for (const Heading& h : it->second) {
    if (h.offset <= m.spans.front().begin) m.section_line = h.line;
  }
}

}  // namespace contentc
