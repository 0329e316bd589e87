#include "changes/recapture.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "resolve/passage_finder.h"
#include "resolve/snapshot_index.h"
#include "resolve/normalized_text.h"
#include "tables/citation_index.h"
#include "tables/text_fragment.h"

namespace contentc {
namespace {

constexpr std::array<std::string_view, 5> kRelocationNames = {"unchanged", "moved", "context-changed", "quote-changed", "gone"};
constexpr std::array<std::string_view, 5> kRiskNames = {"dose", "negation", "warning", "other", "none"};

// Words that carry a dose: numbers written out, and the units and counts doses are given in.
constexpr std::array<std::string_view, 38> kDoseWords = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "once", "twice", "half", "couple", "few",
    "second", "minute", "hour", "rep", "repetition", "time", "set", "breath", "day", "week", "daily", "weekly",
    "side", "count"};
// Words that turn advice round: negations, and the words that tell a reader to stop or keep off.
constexpr std::array<std::string_view, 19> kNegationWords = {
    "not", "no", "never", "don't", "doesn't", "didn't", "cannot", "can't", "shouldn't", "mustn't", "won't", "nor",
    "without", "avoid", "stop", "unless", "except", "contraindicated", "isn't"};

/// The word without a plural or a verb's -s/-ing/-ed, enough to compare "seconds" with "second"
/// and "avoiding" with "avoid".
std::string_view base(std::string_view w) {
  for (std::string_view end : {"ing", "ed", "s"}) {
    if (w.size() > end.size() + 2 && w.ends_with(end)) return w.substr(0, w.size() - end.size());
  }
  return w;
}

/// The dose words and negation words of a text, in order: numbers ("5", "2.5", the range
/// "8-10"), and the words of the lists above, lower-cased.
void cue_words(std::string_view text, std::vector<std::string>& dose, std::vector<std::string>& negation) {
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (word[0] >= '0' && word[0] <= '9') {
      dose.push_back(word);
    } else if (std::find(kNegationWords.begin(), kNegationWords.end(), word) != kNegationWords.end()) {
      negation.push_back(word);
    } else if (std::find(kNegationWords.begin(), kNegationWords.end(), base(word)) != kNegationWords.end()) {
      negation.emplace_back(base(word));  // "avoids", "avoided": avoid
    } else if (std::find(kDoseWords.begin(), kDoseWords.end(), base(word)) != kDoseWords.end() ||
               std::find(kDoseWords.begin(), kDoseWords.end(), word) != kDoseWords.end()) {
      dose.emplace_back(base(word));
    }
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool digit = c >= '0' && c <= '9';
    // A decimal point or a range's hyphen between digits stays in the number: "2.5", "8-10".
    const bool joins_digits = (c == '.' || c == '-') && !word.empty() && word[0] >= '0' && word[0] <= '9' &&
                              i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
    if (digit || joins_digits) {
      if (!word.empty() && !(word[0] >= '0' && word[0] <= '9')) flush();
      word += c;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'') {
      if (!word.empty() && word[0] >= '0' && word[0] <= '9') flush();
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’ as an apostrophe
      word += '\'';
      i += 2;
    } else {
      flush();
    }
  }
  flush();
}

/// What `before` has that `after` lacks, in order (a multiset difference).
std::vector<std::string> minus(const std::vector<std::string>& before, std::vector<std::string> after) {
  std::vector<std::string> out;
  for (const std::string& w : before) {
    auto it = std::find(after.begin(), after.end(), w);
    if (it == after.end()) {
      out.push_back(w);
    } else {
      after.erase(it);
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

/// "5 → 10", "'not' removed", "'avoid' added".
std::string difference(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  const std::vector<std::string> gone = minus(before, after), added = minus(after, before);
  if (!gone.empty() && !added.empty()) return fmt::format("{} → {}", joined(gone), joined(added));
  if (!gone.empty()) return fmt::format("'{}' removed", joined(gone));
  return fmt::format("'{}' added", joined(added));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// One snapshot, for placing passages in it.
class Placer {
 public:
  Placer(std::string_view text, bool marked, const std::vector<std::string>& sections)
      : text_(text), headings_(text, sections, marked) {}

  /// The passage [begin, end): its line, heading and the sentence(s) around it (never past its
  /// line or lines).
  PassagePlace place(uint32_t begin, uint32_t end) const {
    PassagePlace p;
    p.line = headings_.line_of(begin);
    if (const uint32_t h = headings_.heading_above(begin); h && h != p.line) p.section = headings_.heading_name(h);
    size_t from = begin;
    while (from > 0 && text_[from - 1] != '\n' &&
           !(is_space(text_[from - 1]) && from >= 2 && (text_[from - 2] == '.' || text_[from - 2] == '!' || text_[from - 2] == '?'))) {
      --from;
    }
    size_t to = std::max<size_t>(end, begin);
    while (to < text_.size() && text_[to] != '\n' &&
           !(to > begin && (text_[to - 1] == '.' || text_[to - 1] == '!' || text_[to - 1] == '?') && is_space(text_[to]))) {
      ++to;
    }
    std::string_view sentence = text_.substr(from, to - from);
    // A list item's marker is the page's layout, not its words: "• ", "- ", "* ", "12. ".
    if (from == 0 || text_[from - 1] == '\n') {
      sentence = trim_space(sentence);
      for (std::string_view bullet : {"\u2022", "-", "*"}) {
        if (sentence.starts_with(bullet) && sentence.size() > bullet.size() && is_space(sentence[bullet.size()])) {
          sentence.remove_prefix(bullet.size());
        }
      }
      if (const size_t n = snapshot_marker_length(sentence); n && sentence[0] != '#') sentence.remove_prefix(n);
    }
    p.sentence = fold_space(sentence);
    return p;
  }

  uint32_t line_of(uint32_t offset) const { return headings_.line_of(offset); }

 private:
  std::string_view text_;
  SnapshotHeadings headings_;
};

/// Of the passages whose sentence is the same in both texts, those in their old order are the
/// longest run whose new offsets never go back (a longest non-decreasing subsequence, in old
/// order); the others were moved. One paragraph moved above another moves the fewer citations.
template <typename Kept>
void mark_moved(std::vector<Kept> kept, std::vector<RelocatedCitation>& out) {
  std::stable_sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.before < b.before; });
  std::vector<size_t> tails, parent(kept.size(), SIZE_MAX);  // tails[k]: the end of the best run of length k+1
  for (size_t i = 0; i < kept.size(); ++i) {
    const auto at = std::upper_bound(tails.begin(), tails.end(), kept[i].after,
                                     [&](uint32_t v, size_t t) { return v < kept[t].after; });
    if (at != tails.begin()) parent[i] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(i);
    } else {
      *at = i;
    }
  }
  std::vector<bool> stays(kept.size(), false);
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = parent[i]) stays[i] = true;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (!stays[i]) out[kept[i].index].status = Relocation::kMoved;
  }
}

}  // namespace

std::string_view relocation_name(Relocation r) { return kRelocationNames[static_cast<size_t>(r)]; }
std::string_view risk_name(ClinicalRisk r) { return kRiskNames[static_cast<size_t>(r)]; }

RiskAssessment assess_risk(std::string_view before, std::string_view after, bool warning) {
  std::vector<std::string> dose_before, dose_after, no_before, no_after;
  cue_words(before, dose_before, no_before);
  cue_words(after, dose_after, no_after);
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  if (sorted(dose_before) != sorted(dose_after)) return {ClinicalRisk::kDose, difference(dose_before, dose_after)};
  if (sorted(no_before) != sorted(no_after)) return {ClinicalRisk::kNegation, difference(no_before, no_after)};
  if (warning) return {ClinicalRisk::kWarning, "the passage of a warning"};
  return {ClinicalRisk::kOther, "other words"};
}

bool worse_first(const RankKey& a, const RankKey& b) {
  auto changed = [](Relocation r) { return r >= Relocation::kContextChanged; };
  if (changed(a.status) != changed(b.status)) return changed(a.status);
  if (changed(a.status)) {
    if (a.risk != b.risk) return a.risk < b.risk;
    if (a.status != b.status) return a.status > b.status;
  } else if (a.status != b.status) {
    return a.status > b.status;  // moved before unchanged
  }
  return a.order < b.order;
}

std::vector<RelocatedCitation> relocate_citations(const Model& model, const Article& a, std::string_view old_text,
                                                  bool old_marked, std::string_view new_text, bool new_marked) {
  std::vector<RelocatedCitation> out;
  std::vector<std::string> sections;
  model.for_each_cite([&](const Entry&, const Cite& c) {
    if (c.article.value == a.id.value && c.section) sections.push_back(c.section->value.str());
  });
  const Placer old_place(old_text, old_marked, sections), new_place(new_text, new_marked, sections);
  const SnapshotIndex new_index(new_text, new_marked);
  std::optional<PassageFinder> finder;  // made only when a quote is not found as written
  struct Kept {
    uint32_t before, after;  ///< the passage's offset in the old text and in the new
    size_t index;            ///< in `out`
  };
  std::vector<Kept> in_place;  // the citations whose sentence is the same in both texts

  auto relocate = [&](const Entry& e, const Cite& c, std::string_view context, int64_t context_ordinal, int64_t ordinal) {
    if (c.article.value != a.id.value) return;
    RelocatedCitation r{&e, &c, context, context_ordinal, ordinal, Relocation::kUnchanged, {}, {}, {}};
    const bool was_found = c.match.found && !c.match.spans.empty();
    if (was_found) r.before = old_place.place(c.match.spans.front().begin, c.match.spans.back().end);
    // A quote a snapshot holds more than once is the occurrence under the cite's section.
    const std::string_view* section = c.section ? &c.section->value : nullptr;
    const QuoteMatch now = new_index.match(c.quote.value, section);
    if (now.found && !now.spans.empty()) {
      r.after = new_place.place(now.spans.front().begin, now.spans.back().end);
      // Compared as quotes are (white space, quote marks and dashes forgiven): a page saved
      // again may set the same words differently.
      if (!was_found || normalize_quote(r.before.sentence) != normalize_quote(r.after.sentence)) {
        r.status = Relocation::kContextChanged;
      } else {
        // Unchanged for now: whether it kept its place is judged against the others below. A
        // section counts only when both texts mark their headings (a .txt snapshot's are guesses).
        const bool same_section = old_marked != new_marked || r.before.section == r.after.section;
        r.status = same_section ? Relocation::kUnchanged : Relocation::kMoved;
        in_place.push_back({c.match.spans.front().begin, now.spans.front().begin, out.size()});
      }
    } else {
      if (!finder) finder.emplace(new_text, sections, new_marked);
      PassageSearch s = finder->find(c.quote.value, 1, section);
      if (section && (s.passages.empty() || s.nothing_close)) s = finder->find(c.quote.value, 1);
      if (!s.passages.empty() && !s.nothing_close) {
        r.status = Relocation::kQuoteChanged;
        r.after = new_place.place(s.passages.front().begin, s.passages.front().end);
      } else {
        r.status = Relocation::kGone;
      }
    }
    if (r.status >= Relocation::kContextChanged) {
      r.risk = assess_risk(was_found ? r.before.sentence : c.quote.value.str(), r.after.sentence, context == "warning");
    }
    out.push_back(std::move(r));
  };
  auto each = [&](const Entry& e, const std::vector<Dose>* doses, const std::vector<Warning>* warnings) {
    for_each_bundle_cite(e, doses, warnings, [&](const Cite& c, std::string_view context, int64_t co, int64_t o) {
      relocate(e, c, context, co, o);
    });
  };
  for (const Condition& c : model.conditions) each(c, nullptr, &c.warnings);
  for (const Movement& m : model.movements) each(m, &m.doses, &m.warnings);
  for (const Advice& x : model.advice) each(x, nullptr, nullptr);
  for (const Claim& c : model.claims) each(c, nullptr, nullptr);

  mark_moved(in_place, out);

  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return worse_first({out[x].status, out[x].risk.risk, x}, {out[y].status, out[y].risk.risk, y});
  });
  std::vector<RelocatedCitation> sorted;
  for (const size_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace contentc
