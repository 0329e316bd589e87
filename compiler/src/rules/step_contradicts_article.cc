#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/cited_passages.h"
#include "rules/model_rules.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// What a house step says not to do: each negated content word with the content word after it
/// in its clause ("do not lie flat": lie flat), as stems, and the words as written.
struct Negated {
  std::vector<std::string> stems;
  std::string words;
};

std::vector<Negated> negated_phrases(const std::vector<ReadWord>& words) {
  std::vector<Negated> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!is_content_word(words[i].text) || !negated(words, i)) continue;
    Negated n{{words[i].stem}, words[i].text};
    for (size_t k = i + 1; k < words.size() && words[k].clause == words[i].clause; ++k) {
      if (!is_content_word(words[k].text)) continue;
      n.stems.push_back(words[k].stem);
      n.words += " " + words[k].text;
      break;
    }
    out.push_back(std::move(n));
  }
  return out;
}

/// Whether `quote` says the phrase, not negated: its stems in order, stop words allowed between.
bool says(const std::vector<ReadWord>& quote, const Negated& phrase) {
  for (size_t i = 0; i < quote.size(); ++i) {
    if (quote[i].stem != phrase.stems[0] || negated(quote, i)) continue;
    size_t k = i + 1, matched = 1;
    while (matched < phrase.stems.size() && k < quote.size() && quote[k].clause == quote[i].clause) {
      if (quote[k].stem == phrase.stems[matched]) {
        ++matched;
      } else if (!is_stop_word(quote[k].text)) {
        break;
      }
      ++k;
    }
    if (matched == phrase.stems.size()) return true;
  }
  return false;
}

}  // namespace

void check_step_contradicts_article(RuleContext& ctx) {
  EnglishStemmer stemmer;
  for (const Movement& m : ctx.model.movements) {
    std::vector<const Cite*> cites;
    for (const Cite& c : m.cites) cites.push_back(&c);
    for (const Dose& d : m.doses)
      for (const Cite& c : d.cites) cites.push_back(&c);
    for (size_t i = 0; i < m.steps.size(); ++i) {
      const Step& step = m.steps[i];
      if (!step.house) continue;
      const std::vector<Negated> phrases = negated_phrases(read_words(step.value, stemmer));
      if (phrases.empty()) continue;
      ctx.count_candidate(kStepContradictsArticle);
      for (const Cite* c : cites) {
        const std::vector<ReadWord> quote = read_words(c->quote.value, stemmer);
        const Negated* hit = nullptr;
        for (const Negated& p : phrases) {
          if (says(quote, p)) hit = &p;
        }
        if (!hit) continue;
        ctx.report(kStepContradictsArticle, step.loc,
                   fmt::format("house step {} '{}' says not to '{}', which the {}'s cited quote '{}' says to do: "
                               "the bundle shows both; have a reviewer decide, then change the step or the "
                               "cite, or suppress this with the reason the house differs",
                               i + 1, utf8_shortened(step.value, 80), hit->words, kind_name(m.kind),
                               utf8_shortened(c->quote.value, 80)),
                   {{c->loc, "the article's instruction"}});
        break;
      }
    }
  }
}

const ModelRule kStepContradictsArticle{
    {"step-contradicts-article", Level::kWarning, "a house step that negates its entry's cited instruction",
     R"(A step marked source="house" that says not to do what a quote of its own entry says to do:
each negated word of the step ("do not lie flat", "never arch", "without bending") with the
content word after it is looked for, by Snowball stem and not negated, in the quotes of the
entry and its doses ("Lie flat on your back").

Why: house advice may rightly differ from an article (lying flat late in pregnancy can press on
the vena cava), but an app then shows the article's instruction and the house's opposite side
by side; a reviewer must decide which stands and say why.

Fix: change the step or the cite so that they agree, or keep both and suppress this finding
with the reason the house differs.
  before:  <step source="house">Rest your head on a pillow, so that you do not lie flat.</step>
           <cite article="a">Lie flat on your back.</cite>
  after:   <suppress rule="step-contradicts-article" reason="Lying flat after the first
           trimester can press on the vena cava: the house raises the head."/>)"},
    check_step_contradicts_article};

}  // namespace contentc
