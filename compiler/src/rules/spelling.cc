// spelling: words of the texts editors write that the policy's Hunspell dictionaries do not know.

#include <map>
#include <set>

#include <fmt/format.h>

#include "rules/editor_text.h"
#include "rules/model_rules.h"
#include "rules/spell_checker.h"
#include "util/split_words.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// A letter of a word: ASCII letters, and the letters of the Latin, Greek and Cyrillic blocks.
bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x370 && c <= 0x4FF);
}

struct Word {
  size_t at, length;
};

/// The words of `text`: runs of letters, with an apostrophe (' or ’) between two letters kept
/// inside ("don't"). A run touching a digit ("3rd", "10x") is no word to spell, nor is one letter.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    auto [c, n] = utf8_decode(text, i);
    if (!is_letter(c)) {
      i += n;
      continue;
    }
    const size_t start = i;
    size_t end = i;
    while (end < text.size()) {
      auto [d, m] = utf8_decode(text, end);
      if (is_letter(d)) {
        end += m;
      } else if ((d == '\'' || d == U'\u2019') && end + m < text.size() && is_letter(utf8_decode(text, end + m).first)) {
        end += m;
      } else {
        break;
      }
    }
    const bool by_digit = (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') ||
                          (end < text.size() && text[end] >= '0' && text[end] <= '9');
    if (!by_digit && end - start > 1) out.push_back({start, end - start});
    i = end;
  }
  return out;
}

/// An abbreviation in capitals ("SIJ", "PGP"): not a word to spell.
bool all_capitals(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

void add_words(std::set<std::string, std::less<>>& to, std::string_view text) {
  for (const Word& w : words_of(text)) to.insert(ascii_lower(text.substr(w.at, w.length)));
}

}  // namespace

void check_spelling(RuleContext& ctx) {
  const std::optional<SpellingPolicy>& policy = ctx.model.policy.spelling;
  if (!policy) return;
  const std::vector<std::string> names =
      policy->dictionaries ? split_words(policy->dictionaries->value) : std::vector<std::string>{"en_US"};
  std::string error;
  const std::shared_ptr<SpellChecker> checker = SpellChecker::open(names, error);
  if (!checker) {
    ctx.report(kSpelling, policy->dictionaries ? policy->dictionaries->loc : policy->loc,
               fmt::format("spelling cannot be checked: {}; name an installed dictionary", error));
    return;
  }
  // Words that are right whatever the dictionaries say: the accept list, the words of ids,
  // vocabularies and the house's terms, and the articles' own words in every quote. A name's
  // and an alias's words too, for every other text (a name is checked without its own kind).
  std::set<std::string, std::less<>> known, named;
  for (const Text& w : policy->accept) add_words(known, w.value);
  ctx.model.for_each_entry([&](const Entry& e) { add_words(known, e.id.value); });
  for (const auto& [kind, terms] : ctx.model.policy.vocabularies) {
    for (const Text& t : terms) add_words(known, t.value);
  }
  for (const PreferredTerm& t : ctx.model.policy.terms) add_words(known, t.use.value + " " + t.instead_of.value);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) { add_words(known, c.quote.value); });
  for (const Article& a : ctx.model.articles) add_words(known, a.title.value + " " + a.author.value);
  for_each_editor_text(ctx.model, {"name", "alias"}, [&](const Entry&, std::string_view, const Text& t) { add_words(named, t.value); });

  // Hunspell's suggestions cost milliseconds a word: each word is asked once, and only the first
  // kSuggested distinct words get them (a folder of made-up words stays quick).
  constexpr size_t kSuggested = 64;
  std::map<std::string, std::vector<std::string>, std::less<>> suggested;
  for_each_editor_text(ctx.model, {}, [&](const Entry&, std::string_view element, const Text& text) {
    const bool is_name = element == "name" || element == "alias";
    for (const Word& w : words_of(text.value)) {
      const std::string_view word = std::string_view(text.value).substr(w.at, w.length);
      if (all_capitals(word)) continue;
      const std::string lower = ascii_lower(word);
      if (known.contains(lower) || (!is_name && named.contains(lower)) || checker->knows(word)) continue;
      auto it = suggested.find(word);
      if (it == suggested.end()) {
        it = suggested.emplace(std::string(word), suggested.size() < kSuggested ? checker->suggest(word) : std::vector<std::string>{}).first;
      }
      const std::vector<std::string>& suggestions = it->second;
      const TextRange range = locate_text_range(ctx.files, text, w.at, w.at + w.length);
      std::optional<Fix> fix;  // a guess: offered in an editor, never applied unasked
      if (!suggestions.empty()) {
        if (const std::optional<std::string> raw = range.raw(suggestions[0])) {
          fix = Fix{fmt::format("write '{}'", suggestions[0]),
                    {{Replacement::Kind::kRange, range.begin, range.end, *raw, range.exact}}, false};
        }
      }
      ctx.report(kSpelling, Level::kWarning, range.begin,
                 fmt::format("'{}' is not in the dictionaries ({}): correct it{}, or add it to <spelling><accept> in "
                             "policy.xml if it is right",
                             word, fmt::join(names, ", "),
                             suggestions.empty() ? "" : fmt::format(" (did you mean '{}'?)", fmt::join(suggestions, "', '"))),
                 {}, std::move(fix));
    }
  });
}

const ModelRule kSpelling{
    {"spelling", Level::kWarning, "a word the policy's dictionaries do not know, in a text an app shows",
     R"(With <spelling dictionaries="en_US en_med_glut"> in the policy, every word of the texts
editors write (name, alias, summary, symptom, step, warning, advice and claim text) must be known
to those Hunspell dictionaries (the first with its affix rules, the rest as word lists; looked
up in $DICPATH, then /usr/share/hunspell), or be one of the words contentc knows from the
sources: the policy's <accept> words, the words of ids, vocabulary terms and the house's terms,
the articles' words in every quote and their titles and authors, and (for every text but a
name or alias) the words of names and aliases. Quotes are never checked: they keep the article's
spelling. Words in capitals (SIJ, PGP), words touching a digit (3rd) and single letters are
skipped. Reported at the word, with Hunspell's suggestions (for the first 64 distinct words of a
run: they cost milliseconds each); the first is offered as a quick fix
in an editor, never applied by `contentc fix` (a suggestion is a guess). A dictionary that is
not installed is one finding at the policy's <spelling>.

Why: an app shows these texts to pregnant readers as they are; a misspelt step ("hamstirng")
reads as careless, and a misspelt warning may not be understood. Ids and terms catch a mistyped
reference, but not a typo in prose.

Fix: correct the word (the editor's quick fix offers the suggestion), or, if it is right (a
brand, a clinician's term the dictionaries lack), add it to the accept list; the language
server's code action "add to the accept list" writes it into policy.xml.
  before:  <step>Stretch the hamstirng gently.</step>
  after:   <step>Stretch the hamstring gently.</step>
  or:      <spelling dictionaries="en_US en_med_glut"><accept>sacroiliitis</accept></spelling>)"},
    check_spelling};

}  // namespace contentc
