#include <fmt/format.h>

#include "rules/editor_text.h"
#include "rules/model_rules.h"

namespace contentc {

void check_avoided_phrase(RuleContext& ctx) {
  for (const AvoidedPhrase& a : ctx.model.policy.avoids) {
    const std::vector<std::string> phrases = split_alternatives(a.phrase.value);
    for_each_editor_text(ctx.model, a.in, [&](const Entry&, std::string_view, const Text& text) {
      for (const std::string& phrase : phrases) {
        for (size_t at : find_whole_words(text.value, phrase)) {
          ctx.report(kAvoidedPhrase, locate_in_text(ctx.files, text, at),
                     fmt::format("'{}' is a phrase the house avoids: {}; reword it",
                                 text.value.substr(at, phrase.size()), a.reason.value),
                     {{a.loc, "the phrase is avoided here"}});
        }
      }
    });
  }
}

const ModelRule kAvoidedPhrase{
    {"avoided-phrase", Level::kWarning, "a phrase the policy says to avoid, with its reason",
     R"(The policy's <avoid phrase="A|B" reason="…"/> names words the house does not write, and
why. In the texts editors write (name, alias, summary, symptom, step, warning and advice or
claim text; `in="…"` narrows them), each phrase is found as whole words, letter case ignored,
and reported with the policy's reason. Quotes are never checked: they are the article's words.

Why: health content must not promise what no exercise can ("cure", "guaranteed"), and a team
learns other words to keep out; a list in the policy keeps them out of every entry.

Fix: reword the text; there is no automatic fix, as the right words depend on the sentence.
  policy:  <avoid phrase="cure|guaranteed" reason="no exercise cures pelvic pain"/>
  before:  <text>This stretch will cure sciatica.</text>
  after:   <text>This stretch may ease sciatica.</text>)"},
    check_avoided_phrase};

}  // namespace contentc
