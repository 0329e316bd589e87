#include "rules/cited_passages.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace contentc {
namespace {

constexpr std::array<std::string_view, 94> kStopWords = {
    "a",      "about", "after",  "again",   "all",   "also",  "an",     "and",   "any",   "are",   "as",
    "at",     "be",    "been",   "before",  "being", "both",  "but",    "by",    "can",   "could", "did",
    "do",     "does",  "doing",  "don't",   "down",  "each",  "for",    "from",  "get",   "has",   "have",
    "having", "here",  "how",    "if",      "in",    "into",  "is",     "it",    "it's",  "its",   "just",
    "keep",   "make",  "may",    "more",    "most",  "much",  "must",   "no",    "not",   "now",   "of",
    "off",    "on",    "one",    "only",    "or",    "other", "out",    "over",  "same",  "should", "so",
    "some",   "such",  "than",   "that",    "the",   "their", "them",   "then",  "there", "these", "they",
    "this",   "those", "through", "to",     "too",   "up",    "very",   "was",   "way",   "what",  "when",
    "which",  "while", "will",   "with",    "you",   "your"};


/// What word_stem_ids_ holds for a word that carries no content ("the", "a").
constexpr uint32_t kNotContent = UINT32_MAX;

}  // namespace

std::pair<size_t, size_t> paragraph_around(std::string_view text, size_t begin, size_t end) {
  size_t from = text.rfind("\n\n", begin);
  from = from == std::string_view::npos ? 0 : from + 2;
  size_t to = text.find("\n\n", end);
  return {from, to == std::string_view::npos ? text.size() : to};
}

bool is_stop_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet(kStopWords.begin(), kStopWords.end());
  return kSet.contains(word);
}

std::vector<std::string> content_stems(const std::vector<ReadWord>& words) {
  std::vector<std::string> out;
  for (const ReadWord& w : words) {
    if (is_content_word(w.text)) out.push_back(w.stem);
  }
  return out;
}

CitedPassages::CitedPassages(const Model& model, const SourceFiles& files, EnglishStemmer& stemmer)
    : files_(files), stemmer_(stemmer), articles_(model) {}

const CitedPassages::Stems& CitedPassages::passage_stems(const Cite& c) {
  static const Stems kNone;
  const Article* article = articles_.find(c.article.value);
  if (!article || article->snapshot_file == Loc::kNoFile || !c.match.found || c.match.spans.empty()) return kNone;
  const SourceFile& snapshot = files_[article->snapshot_file];
  const std::string_view text = snapshot.text;
  const QuoteMatch& m = c.match;
  auto line_start = [&](uint32_t line) -> size_t {
    return line >= 1 && line <= snapshot.line_starts.size() ? snapshot.line_starts[line - 1] : text.size();
  };
  // The paragraph is looked for only when no heading bounds the passage: a search for a blank
  // line may cross the whole snapshot.
  std::pair<size_t, size_t> para{0, text.size()};
  if (!m.heading_above_start) para = paragraph_around(text, m.spans.front().begin, m.spans.back().end);
  const size_t begin = m.heading_above_start ? line_start(m.heading_above_start) : para.first;
  const size_t end = m.heading_below_end ? line_start(m.heading_below_end)
                     : m.heading_above_start ? text.size()
                                             : para.second;
  const auto placed = cache_.try_emplace({article->snapshot_file, {begin, end}});
  Stems& stems = placed.first->second;  // a named reference: clang's lambdas cannot capture a binding
  if (placed.second) {
    for_each_word(text.substr(begin, end - begin), [&](std::string_view w, size_t) {
      auto known = word_stem_ids_.find(w);
      if (known == word_stem_ids_.end()) {
        uint32_t id = kNotContent;
        if (is_content_word(w)) {
          id = stem_ids_.try_emplace(stemmer_.stem(w), static_cast<uint32_t>(stem_ids_.size())).first->second;
        }
        known = word_stem_ids_.emplace(w, id).first;
      }
      if (known->second != kNotContent) stems.push_back(known->second);
    });
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    stems.shrink_to_fit();
  }
  return stems;
}

bool CitedPassages::contains(const Stems& stems, std::string_view stem) const {
  const auto id = stem_ids_.find(stem);
  return id != stem_ids_.end() && std::binary_search(stems.begin(), stems.end(), id->second);
}

std::vector<const CitedPassages::Stems*> CitedPassages::of(const Entry& e) {
  std::vector<const Stems*> out;
  auto add = [&](const std::vector<Cite>& cites) {
    for (const Cite& c : cites) {
      const Stems* s = &passage_stems(c);
      if (!s->empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  };
  add(e.cites);
  for (const Dose& d : doses_of(e)) add(d.cites);
  for (const Warning& w : warnings_of(e)) add(w.cites);
  return out;
}

}  // namespace contentc
