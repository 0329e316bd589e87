#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/cited_passages.h"
#include "rules/model_rules.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// A step is judged only when it has this many content words: "Relax." says too little to trace.
constexpr size_t kMinContentWords = 3;

}  // namespace

void check_step_unsupported(RuleContext& ctx) {
  EnglishStemmer stemmer;
  CitedPassages passages(ctx.model, ctx.files, stemmer);
  for (const Movement& m : ctx.model.movements) {
    // A cite not found in its article is quote-not-found's: what it stands for is unknown.
    auto found = [](const std::vector<Cite>& cites) {
      return std::all_of(cites.begin(), cites.end(), [](const Cite& c) { return c.match.found; });
    };
    bool all_found = found(m.cites);
    for (const Dose& d : m.doses) all_found = all_found && found(d.cites);
    for (const Warning& w : m.warnings) all_found = all_found && found(w.cites);
    if (!all_found) continue;
    std::vector<const CitedPassages::Stems*> cited;
    bool read = false;
    for (size_t i = 0; i < m.steps.size(); ++i) {
      const Step& step = m.steps[i];
      if (step.house) continue;  // the house's own advice: no article has to say it
      const std::vector<ReadWord> words = read_words(step.value, stemmer);
      std::vector<std::string> missing;
      size_t content = 0;
      std::set<std::string> seen;
      for (const ReadWord& w : words) {
        if (!is_content_word(w.text) || !seen.insert(w.stem).second) continue;
        ++content;
        if (!read) cited = passages.of(m), read = true;
        if (std::none_of(cited.begin(), cited.end(), [&](const CitedPassages::Stems* p) { return passages.contains(*p, w.stem); })) {
          missing.push_back(w.text);
        }
      }
      if (content < kMinContentWords || cited.empty()) continue;
      ctx.count_candidate(kStepUnsupported);
      // Most of its words must be there: a paraphrase keeps the article's words.
      if (missing.size() * 2 <= content) continue;
      std::string shown;
      for (size_t k = 0; k < missing.size() && k < 6; ++k) shown += (k ? ", '" : "'") + missing[k] + "'";
      if (missing.size() > 6) shown += ", …";
      ctx.report(kStepUnsupported, step.loc,
                 fmt::format("step {} '{}' is in none of the {}'s cited passages ({} of its {} words are not: {}): "
                             "cite the passage it comes from, or mark it source=\"house\" if it is the house's "
                             "own advice",
                             i + 1, utf8_shortened(step.value, 80), kind_name(m.kind), missing.size(), content, shown));
    }
  }
}

const ModelRule kStepUnsupported{
    {"step-unsupported", Level::kWarning, "a step in none of its entry's cited passages",
     R"(Every step of an exercise or stretch that is not marked source="house" must be traceable
to the passages its entry cites: most of its content words (stop words aside, compared by
their Snowball stems) appear in them. A cite stands for its passage: its section of the
article (from the heading above the quote to the next heading, the headings being the lines
the article's cites name as sections) or, when the article names no heading, the paragraph
around the quote. The entry's own cites, its doses' and its warnings' all count. A step of
fewer than three content words is too short to judge; an entry with a quote not found in its
article is left to quote-not-found.

Why: the bundle presents every step as the article's instruction. A step the house added
("Rest your head and shoulders on a pillow") that no cited passage says is the house's advice
shown as the article's, and it may contradict the article ("Lie flat on your back").

Fix: cite the passage the step comes from; or mark it <step source="house"> when it is the
house's own advice, so that apps and reviewers can tell it apart.
  before:  <step>Rest your head and shoulders on a pillow.</step>
  after:   <step source="house">Rest your head and shoulders on a pillow.</step>)"},
    check_step_unsupported};

}  // namespace contentc
