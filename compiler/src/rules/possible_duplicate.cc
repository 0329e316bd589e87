#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "rules/cited_passages.h"
#include "rules/dose_fields.h"
#include "rules/model_rules.h"

namespace contentc {
namespace {

/// A word shared by more movements of one position than this says little about which of them
/// are one movement ("knee", "back"); pairs are drawn only from rarer words, so the pairs
/// examined grow with the corpus, not with its square.
constexpr size_t kMaxSharing = 24;

/// Two movements are compared when they share this many words of their steps.
constexpr size_t kMinShared = 4;

/// Words that set up a position or a pace, which most movements of a position share ("lie on
/// your back, knees bent", "breathe", "slowly"): they say nothing of which movement it is.
constexpr std::string_view kSetupWords =
    "lie lying lay back knee knees bent bend flat floor mat stand standing sit sitting seated chair wall "
    "hand hands foot feet hip-width apart start starting position breathe breath breathing relax relaxed "
    "slowly gently repeat hold return rest times side sides your";

struct Read {
  const Movement* m;
  std::vector<std::string> stems;  ///< sorted, unique: the content words of its steps (house steps aside)
  std::set<std::string_view> articles;
};

std::set<std::string_view> articles_of(const Movement& m) {
  std::set<std::string_view> out;
  for (const Cite& c : m.cites) out.insert(c.article.value);
  for (const Dose& d : m.doses) {
    for (const Cite& c : d.cites) out.insert(c.article.value);
  }
  return out;
}

bool share_any(const std::vector<Text>& a, const std::vector<Text>& b) {
  return std::any_of(a.begin(), a.end(), [&](const Text& x) {
    return std::any_of(b.begin(), b.end(), [&](const Text& y) { return x.value == y.value; });
  });
}

/// "10 reps to about 40, 3-4 per day": a dose as one line, or "no dose".
std::string dose_line(const Movement& m) {
  std::vector<std::string> doses;
  for (const Dose& d : m.doses) {
    std::vector<std::string> parts;
    for (const DoseFieldView& f : dose_fields(d)) {
      if (!f.text) continue;
      std::string part = fmt::format("{} {}", dose_field_name(f.field), f.text->value);
      if (f.amount.to()) part += " to " + f.amount.to()->value;
      parts.push_back(std::move(part));
    }
    if (d.side) parts.push_back("side " + d.side->value);
    std::string line;
    for (size_t i = 0; i < parts.size(); ++i) line += (i ? ", " : "") + parts[i];
    if (!line.empty()) doses.push_back(std::move(line));
  }
  std::string out;
  for (size_t i = 0; i < doses.size(); ++i) out += (i ? "; " : "") + doses[i];
  return out.empty() ? "no dose" : out;
}

/// The editor's answers: pairs of ids already said to be one movement, or two.
std::set<std::pair<std::string_view, std::string_view>> answered(const Model& model) {
  std::set<std::pair<std::string_view, std::string_view>> out;
  for (const Movement& m : model.movements) {
    for (const auto* links : {&m.same_as, &m.distinct_from}) {
      for (const MovementLink& l : *links) {
        out.insert({m.id.value, l.ref.value});
        out.insert({l.ref.value, m.id.value});
      }
    }
  }
  return out;
}

}  // namespace

void check_possible_duplicate(RuleContext& ctx) {
  const Model& model = ctx.model;
  EnglishStemmer stemmer;
  std::unordered_set<std::string> setup;
  for (const ReadWord& w : read_words(kSetupWords, stemmer)) setup.insert(w.stem);
  std::vector<Read> reads;
  for (const Movement& m : model.movements) {
    if (!m.position || m.patterns.empty()) continue;  // nothing to say they are one
    Read r{&m, {}, articles_of(m)};
    if (r.articles.empty()) continue;
    std::string text;  // names differ across articles ("pelvic tilt", "pelvic rock"): the steps say what is done
    for (const Step& s : m.steps) {
      if (!s.house) text += s.value + "\n";  // the house's own words say nothing of the article's movement
    }
    r.stems = content_stems(read_words(text, stemmer));
    std::erase_if(r.stems, [&](const std::string& s) { return setup.contains(s); });
    std::sort(r.stems.begin(), r.stems.end());
    r.stems.erase(std::unique(r.stems.begin(), r.stems.end()), r.stems.end());
    reads.push_back(std::move(r));
  }
  // Movements by position and word: pairs come only from words few movements share.
  std::unordered_map<std::string, std::vector<uint32_t>> by_word;
  for (uint32_t i = 0; i < reads.size(); ++i) {
    for (const std::string& s : reads[i].stems) by_word[reads[i].m->position->value + '\x1f' + s].push_back(i);
  }
  std::unordered_set<uint64_t> shared_words;  // (i, j), i < j: a rare word in common
  for (const auto& [word, list] : by_word) {
    if (list.size() < 2 || list.size() > kMaxSharing) continue;
    for (size_t a = 0; a < list.size(); ++a) {
      for (size_t b = a + 1; b < list.size(); ++b) shared_words.insert((uint64_t(list[a]) << 32) | list[b]);
    }
  }
  const auto answers = answered(model);
  std::vector<uint64_t> pairs;
  pairs.assign(shared_words.begin(), shared_words.end());
  std::sort(pairs.begin(), pairs.end());  // reports in the sources' order, whatever the hash
  for (uint64_t pair : pairs) {
    const Read& a = reads[pair >> 32];
    const Read& b = reads[pair & 0xffffffffu];
    ctx.count_candidate(kPossibleDuplicate);
    if (std::any_of(a.articles.begin(), a.articles.end(), [&](std::string_view x) { return b.articles.contains(x); })) {
      continue;  // one article's two movements: it tells them apart itself
    }
    if (!share_any(a.m->patterns, b.m->patterns)) continue;
    if (!a.m->targets.empty() && !b.m->targets.empty() && !share_any(a.m->targets, b.m->targets)) continue;
    std::vector<std::string> common;
    std::set_intersection(a.stems.begin(), a.stems.end(), b.stems.begin(), b.stems.end(), std::back_inserter(common));
    const size_t smaller = std::min(a.stems.size(), b.stems.size());
    if (common.size() < kMinShared || common.size() * 3 < smaller * 2) continue;  // two thirds at least
    if (answers.contains({a.m->id.value, b.m->id.value})) continue;
    std::string patterns;
    for (const Text& p : b.m->patterns) {
      if (share_any({p}, a.m->patterns)) patterns += (patterns.empty() ? "" : ", ") + p.value;
    }
    ctx.report(kPossibleDuplicate, b.m->loc,
               fmt::format("{} '{}' ({}) may be the same movement as {} '{}' ({}): both {}, with {}, and {} of the "
                           "{} words of the shorter's steps in both. Doses: {} against {}. If they are one "
                           "movement, add <same-as ref=\"{}\"/> (dose-conflict then compares their doses); if "
                           "not, <distinct-from ref=\"{}\" reason=\"…\"/>",
                           kind_name(b.m->kind), b.m->id.value, *b.articles.begin(), kind_name(a.m->kind),
                           a.m->id.value, *a.articles.begin(), b.m->position->value, patterns, common.size(),
                           smaller, dose_line(*b.m), dose_line(*a.m), a.m->id.value, a.m->id.value),
               {{a.m->loc, fmt::format("{} '{}'", kind_name(a.m->kind), a.m->id.value)}});
  }
}

const ModelRule kPossibleDuplicate{
    {"possible-duplicate", Level::kNote, "two articles' movements that may be one movement",
     R"(Two exercises or stretches citing different articles, in the same position, sharing a
pattern (and a target, when both name targets), whose steps share most of their content
words (at least four, and two thirds of the shorter's, compared by Snowball stems; stop
words, house steps and the words that set up a position or a pace aside: lie, back, knees,
bent, floor, stand, sit, hands, feet, breathe, relax, slowly, gently, repeat, hold…). Both doses are shown side by side. Pairs are drawn only
from words that few movements of the position share, so the work grows with the corpus.

Why: one movement under two names ("pelvic tilt" in one article, "pelvic rock" in another)
never meets itself: its doses, warnings and advice are not compared.

Fix: when they are one movement, say so on one of them, and dose-conflict compares their
doses as if they were one entry's:
  <same-as ref="pelvic-tilt"/>
When they are two, say why; the bundle carries the reason:
  <distinct-from ref="pelvic-tilt" reason="the rock is done standing against a wall"/>
Both go after <for>, before the steps.)"},
    check_possible_duplicate};

}  // namespace contentc
