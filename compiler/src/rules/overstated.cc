#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/cited_passages.h"
#include "rules/model_rules.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// The modal verbs that hedge what they carry ("massage may help", "it can spur more pain").
constexpr std::array<std::string_view, 4> kModals = {"may", "might", "could", "can"};

/// After "you", a modal is a hedge only before a word of experience ("you may feel dizzy"); before
/// anything else it offers a choice or permission ("you may want to", "you can do the kneeling
/// squat"), which is politeness, not doubt.
constexpr std::array<std::string_view, 14> kExperienced = {"feel", "experience", "notice", "find", "get", "develop",
                                                            "have", "be", "become", "suffer", "see", "hurt",
                                                            "start", "lose"};

/// Words skipped between a modal and the verb it carries ("may also help", "can just ease").
constexpr std::array<std::string_view, 6> kAdverbs = {"also", "just", "still", "even", "then", "really"};

/// Hedges other than the modals (Hyland's hedges, those exercise articles use).
constexpr std::array<std::string_view, 20> kHedges = {
    "possibly",   "perhaps",       "probably", "likely",    "maybe",   "sometimes", "often",
    "usually",    "generally",     "typically", "seem",     "seems",   "seemed",    "appear",
    "appears",    "suggest",       "suggests",  "tend",     "tends",   "potentially"};

/// Boosters: words that make a statement surer than a plain one.
constexpr std::string_view kBoosters =
    "always|proven|prove|proves|cure|cures|cured|will|definitely|certainly|guaranteed|guarantee|completely|"
    "totally|entirely|eliminate|eliminates|undoubtedly|clearly|instantly|permanently|very effective|highly "
    "effective|extremely effective";

bool in(std::string_view w, const auto& list) { return std::find(list.begin(), list.end(), w) != list.end(); }

/// A stretch of text read by words: a sentence of the editor's text, or a clause of a quote.
struct Span {
  std::vector<ReadWord> words;
  std::vector<std::string> content;  ///< content_stems(words)
  std::string_view text;             ///< as written, for messages
};

/// A hedge: where it is, and how much it takes off: 1 for may, might, can, probably… (a
/// possibility), 2 for helps (a contribution, stated as a fact).
struct Hedge {
  size_t at;
  int strength;
};

/// Words before "help" that make it a noun: "get help", "seek medical help".
constexpr std::array<std::string_view, 10> kHelpNouns = {"get", "seek", "ask", "need", "for", "some",
                                                         "any", "the", "medical", "professional"};

/// The hedge in words[begin, end) that makes what it says least certain, if any.
std::optional<Hedge> hedge_in(const std::vector<ReadWord>& w, size_t begin, size_t end) {
  std::optional<Hedge> best;
  auto found = [&](size_t i, int strength) {
    if (!best || strength < best->strength) best = Hedge{i, strength};
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = w[i].text;
    if (in(t, kModals)) {
      size_t next = i + 1;
      while (next < end && in(w[next].text, kAdverbs)) ++next;
      const std::string_view after = next < end ? std::string_view(w[next].text) : std::string_view();
      const bool you = i > begin && (w[i - 1].text == "you" || w[i - 1].text == "we" || w[i - 1].text == "i");
      if (you && !in(after, kExperienced)) continue;  // "you may want to", "you can try"
      // "can be purchased", "can be done": what is possible to do, not doubt of a fact.
      if (t == "can" && after == "be" && next + 1 < end && w[next + 1].text.size() > 3 &&
          w[next + 1].text.ends_with("ed")) {
        continue;
      }
      found(i, 1);
      continue;
    }
    // "some women report": "some" hedges a clause it begins; "there have been some studies"
    // counts studies.
    if (t == "some" && (i == begin || w[i - 1].clause != w[i].clause || w[i - 1].text == "in" ||
                        w[i - 1].text == "for")) {
      found(i, 1);  // "some women report", "in some cases", "for some women"
      continue;
    }
    if (t == "often" && i > begin && w[i - 1].text == "as") continue;  // "as often as you like"
    if (in(t, kHedges)) found(i, 1);
    // "it helps to relieve back pressure": a part in it, not the whole of it.
    if ((t == "help" || t == "helps" || t == "helped") && (i == begin || !in(w[i - 1].text, kHelpNouns))) found(i, 2);
  }
  return best;
}

/// Whether words[begin, end) say no: "not", "never", "don't", "haven't", ….
bool has_negator(const std::vector<ReadWord>& w, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const std::string& t = w[i].text;
    if (t == "not" || t == "no" || t == "never" || t == "cannot" || t.ends_with("n't")) return true;
  }
  return false;
}

/// The text split at the ends of sentences (. ! ? ; and a colon), each read.
std::vector<Span> sentences(std::string_view text, EnglishStemmer& stemmer) {
  std::vector<Span> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && std::string_view(".!?;:").find(text[i]) == std::string_view::npos) continue;
    // "1.5", "e.g.": a full stop inside a word or number ends nothing.
    if (i < text.size() && text[i] == '.' && i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n') continue;
    Span s;
    s.text = text.substr(start, i - start);
    s.words = read_words(s.text, stemmer);
    s.content = content_stems(s.words);
    if (!s.words.empty()) out.push_back(std::move(s));
    start = i + 1;
  }
  return out;
}

/// How many of `a`'s stems `b` holds.
size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (const std::string& s : a) n += std::find(b.begin(), b.end(), s) != b.end();
  return n;
}

/// A clause of a quote: its words [begin, end) of the quote's words, and the cite it is in.
struct QuoteClause {
  const Cite* cite;
  const std::vector<ReadWord>* words;
  size_t begin, end;
  std::vector<std::string> content;
};

struct Evidence {
  std::vector<std::vector<ReadWord>> quotes;  ///< each cite's words
  std::vector<QuoteClause> clauses;
};

Evidence read_evidence(const std::vector<const Cite*>& cites, EnglishStemmer& stemmer) {
  Evidence e;
  e.quotes.reserve(cites.size());
  for (const Cite* c : cites) e.quotes.push_back(read_words(c->quote.value, stemmer));
  for (size_t q = 0; q < cites.size(); ++q) {
    const std::vector<ReadWord>& w = e.quotes[q];
    for (size_t begin = 0; begin < w.size();) {
      size_t end = begin;
      while (end < w.size() && w[end].clause == w[begin].clause) ++end;
      QuoteClause c{cites[q], &w, begin, end, {}};
      const std::vector<ReadWord> part(w.begin() + begin, w.begin() + end);
      c.content = content_stems(part);
      e.clauses.push_back(std::move(c));
      begin = end;
    }
  }
  return e;
}

/// The quote's words from begin to end, as text.
std::string joined(const std::vector<ReadWord>& w, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + w[i].text;
  return out;
}

void check_text(RuleContext& ctx, const Entry& e, const Text& text, const std::vector<CuePhrase>& boosters,
                EnglishStemmer& stemmer) {
  if (e.cites.empty() || text.value.empty()) return;
  std::vector<const Cite*> cites;
  for (const Cite& c : e.cites) {
    if (!c.match.found) return;  // quote-not-found's: what it says is unknown
    cites.push_back(&c);
  }
  ctx.count_candidate(kOverstated);
  const Evidence evidence = read_evidence(cites, stemmer);
  const std::string_view kind = kind_name(e.kind);
  for (const Span& s : sentences(text.value, stemmer)) {
    // A booster the quotes never use: "very effective" where the article says "effective".
    for (size_t i = 0; i < s.words.size(); ++i) {
      for (const CuePhrase& b : boosters) {
        if (!phrase_at(s.words, i, b) || negated(s.words, i)) continue;
        if (i + 1 < s.words.size() && (s.words[i + 1].text == "not" || s.words[i + 1].text == "never")) continue;
        const bool intensified = b.size() == 2 && b[1] == "effect";  // "very effective": any intensifier will do
        const CuePhrase effective(b.end() - 1, b.end());
        const bool quoted = std::any_of(evidence.quotes.begin(), evidence.quotes.end(), [&](const auto& q) {
          for (size_t j = 0; j < q.size(); ++j) {
            if (!intensified && phrase_at(q, j, b)) return true;
            if (intensified && phrase_at(q, j + 1, effective) &&
                in(q[j].text, std::array<std::string_view, 4>{"very", "highly", "extremely", "most"})) {
              return true;
            }
          }
          return false;
        });
        if (quoted) continue;
        const std::string word = joined(s.words, i, i + b.size());
        ctx.report(kOverstated, text.loc,
                   fmt::format("the {}'s text says '{}' ('{}'), which its {} never {}: say it as surely as the article "
                               "does, or cite the passage that says '{}'",
                               kind, word, utf8_shortened(s.text, 80), cites.size() == 1 ? "quote" : "quotes",
                               cites.size() == 1 ? "says" : "say", word),
                   {{cites[0]->loc, "the quote read"}});
        return;
      }
    }
    // A plain statement of what the quote hedges: "helps" under "may help". The editor's
    // sentence is read whole (a hedge anywhere in it counts), the quote's clause alone.
    if (s.content.size() < 2) continue;
    const std::optional<Hedge> mine = hedge_in(s.words, 0, s.words.size());
    if (mine && mine->strength == 1) continue;  // as hedged as a text can be
    const QuoteClause* best = nullptr;
    size_t best_shared = 0;
    for (const QuoteClause& c : evidence.clauses) {
      const size_t n = shared(s.content, c.content);
      // On a tie, the shorter clause: more of it is the sentence's statement.
      if (n > best_shared || (n == best_shared && best && c.content.size() < best->content.size())) {
        best = &c, best_shared = n;
      }
    }
    // The same statement: at least two of its words, and half of them, in one clause.
    if (!best || best_shared < 2 || best_shared * 2 < s.content.size()) continue;
    // "will not cure" against "can ease": another statement, not a surer one.
    if (has_negator(s.words, 0, s.words.size()) != has_negator(*best->words, best->begin, best->end)) continue;
    // "if you feel numbness …, it is likely sciatica": a condition's hedge is in the clause after it.
    size_t end = best->end;
    const std::vector<ReadWord>& q = *best->words;
    size_t head = best->begin;
    while (head < best->end && (q[head].text == "but" || q[head].text == "and" || q[head].text == "so")) ++head;
    if (head < best->end && (q[head].text == "if" || q[head].text == "when" || q[head].text == "once")) {
      while (end < q.size() && q[end].clause == q[best->end - 1].clause + 1) ++end;
    }
    const std::optional<Hedge> hedge = hedge_in(q, best->begin, end);
    if (!hedge || (mine && mine->strength <= hedge->strength)) continue;
    const std::string& word = q[hedge->at].text;
    const std::string how = mine ? fmt::format("with only '{}'", s.words[mine->at].text) : "plainly";
    ctx.report(kOverstated, text.loc,
               fmt::format("the {}'s text states '{}' {}, where its quote hedges it with '{}' ('{}'): keep the "
                           "article's '{}', or cite a passage that says it as surely",
                           kind, utf8_shortened(s.text, 80), how, word,
                           utf8_shortened(joined(q, best->begin, end), 80), word),
               {{best->cite->loc, "the quote read"}});
    return;
  }
}

}  // namespace

void check_overstated(RuleContext& ctx) {
  EnglishStemmer stemmer;
  const std::vector<CuePhrase> boosters = cue_phrases(kBoosters, stemmer);
  for (const Claim& c : ctx.model.claims) check_text(ctx, c, c.text, boosters, stemmer);
  for (const Advice& a : ctx.model.advice) check_text(ctx, a, a.text, boosters, stemmer);
}

const ModelRule kOverstated{
    {"overstated", Level::kWarning, "an advice or claim text surer than its quotes",
     R"(Compares how sure a claim's or an advice's text is with how sure its quotes are, on a
scale of hedges and boosters. Hedges: may, might, could and can (before a verb of something
happening: "massage may help", "you may feel dizzy"; not "you may want to" or "you can try",
which offer a choice, nor "can be purchased"), and possibly, perhaps, probably, likely, maybe,
sometimes, often, usually, generally, typically, seem, appear, suggest, tend, potentially, and
"some" at the head of a clause ("some women report"); and, weaker, "helps" ("it helps to
relieve the pressure"; not "get help"), which a text that says "relieves" overstates and a
text that says "helps" under "may help" overstates too. Boosters: always, proven, cure(s), will,
definitely, certainly, guaranteed, completely, totally, entirely, eliminate(s), undoubtedly,
clearly, instantly, permanently, and very/highly/extremely effective.

Two things are reported, once per entry:
- a booster in the text that none of its quotes uses ("very effective" under "effective");
- a sentence of the text that says plainly what its quote hedges: the quote's clause that
  shares the most of the sentence's content words (at least two, and half of them) holds a
  hedge, and the sentence holds none or only a weaker one ("helps" under "may help",
  "relieves" under "helps to relieve"). Possibilities are one strength: "may ease" under "can
  ease" is not reported, nor "can ease" under "may ease".
Words are compared by their Snowball stems; a negated booster ("will not cure") is no
booster. An entry with a quote not found in its article is left to quote-not-found.

Why: apps show the text, not the quote. A claim surer than its evidence tells a pregnant woman
that something works when the article only says it might.

Fix: keep the article's hedge, or drop the booster; or cite the passage that says it as surely.
  before:  <text>The weight of the uterus places stress on the pelvis.</text>
           <cite article="a">The weight of the uterus can place stress on the pelvis.</cite>
  after:   <text>The weight of the uterus can place stress on the pelvis.</text>)"},
    check_overstated};

}  // namespace contentc
