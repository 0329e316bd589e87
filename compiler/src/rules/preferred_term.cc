#include <algorithm>

#include <fmt/format.h>

#include "rules/editor_text.h"
#include "rules/model_rules.h"

namespace contentc {
namespace {

/// One occurrence of a form to replace, in a text's value.
struct Occurrence {
  size_t at, length;
  const PreferredTerm* term;
  std::string form;  ///< as the text writes it
};

/// `use` as it should stand at `at` of `value`: capitalised at the start of a sentence.
std::string cased(std::string_view use, std::string_view value, size_t at) {
  size_t before = at;
  while (before > 0 && value[before - 1] == ' ') --before;
  const bool starts_sentence = before == 0 || std::string_view(".!?:").find(value[before - 1]) != std::string_view::npos;
  std::string out(use);
  if (starts_sentence && !out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

void check_preferred_term(RuleContext& ctx) {
  const std::vector<PreferredTerm>& terms = ctx.model.policy.terms;
  if (terms.empty()) return;
  std::vector<std::vector<std::string>> forms;
  for (const PreferredTerm& t : terms) forms.push_back(split_alternatives(t.instead_of.value));
  // Texts are visited once per distinct `in` list, so each text meets the terms that apply to it.
  std::vector<std::vector<std::string>> lists;
  for (const PreferredTerm& t : terms) {
    if (std::find(lists.begin(), lists.end(), t.in) == lists.end()) lists.push_back(t.in);
  }
  for (const std::vector<std::string>& in : lists) {
    for_each_editor_text(ctx.model, in, [&](const Entry&, std::string_view, const Text& text) {
      // Every occurrence of every form; where forms overlap ("pelvic pain" in "pelvic pain
      // syndrome"), the longest one at the earliest place wins.
      std::vector<Occurrence> found;
      for (size_t k = 0; k < terms.size(); ++k) {
        if (terms[k].in != in) continue;
        // A form inside the preferred term itself ("back pain" in "low back pain") is the term,
        // already written as the house wants: not a finding, so the fix is idempotent.
        const std::string_view use = terms[k].use.value;
        const std::vector<size_t> uses = find_whole_words(text.value, use);
        auto inside_use = [&](size_t at, size_t length) {
          return std::any_of(uses.begin(), uses.end(),
                             [&](size_t u) { return u <= at && at + length <= u + use.size(); });
        };
        for (const std::string& form : forms[k]) {
          for (size_t at : find_whole_words(text.value, form)) {
            if (inside_use(at, form.size())) continue;
            found.push_back({at, form.size(), &terms[k], std::string(text.value.substr(at, form.size()))});
          }
        }
      }
      std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
        return a.at != b.at ? a.at < b.at : a.length > b.length;
      });
      size_t covered = 0;
      std::vector<Occurrence> kept;
      for (const Occurrence& o : found) {
        if (o.at < covered) continue;
        kept.push_back(o);
        covered = o.at + o.length;
      }
      for (const Occurrence& o : kept) {
        const std::string use = cased(o.term->use.value, text.value, o.at);
        // The fix replaces the form's own bytes, and only where the source writes it exactly as
        // the value reads (no reference, comment or line break inside it); elsewhere the editor
        // replaces it by hand.
        const TextRange range = locate_text_range(ctx.files, text, o.at, o.at + o.length);
        std::optional<Fix> fix;
        if (const std::optional<std::string> raw = range.raw(use)) {
          fix = Fix{fmt::format("write '{}'", use),
                    {{Replacement::Kind::kRange, range.begin, range.end, *raw, range.exact}}, true};
        }
        ctx.report(kPreferredTerm, range.begin,
                   fmt::format("the house writes '{}', not '{}': replace it", use, o.form),
                   {{o.term->loc, "the preferred term is set here"}}, std::move(fix));
      }
    });
  }
}

const ModelRule kPreferredTerm{
    {"preferred-term", Level::kWarning, "a form the policy replaces with its preferred term",
     R"(The policy's <term use="…" instead-of="A|B"/> names the term the house writes and the
forms to replace with it. In the texts editors write (name, alias, summary, symptom, step,
warning and advice or claim text; `in="…"` narrows them), each form is found as whole words,
letter case ignored; where forms overlap, the longest is reported. Quotes are never checked:
they are the article's words.

Why: one condition under three names confuses readers and splits search; a term the team has
settled on should be the one users see.

Fix: write the preferred term. `contentc fix` does, and capitalises it at the start of a
sentence.
  policy:  <term use="pelvic girdle pain" instead-of="PGP|pelvic pain syndrome"/>
  before:  <step>Stop if your PGP gets worse.</step>
  after:   <step>Stop if your pelvic girdle pain gets worse.</step>)"},
    check_preferred_term};

}  // namespace contentc
