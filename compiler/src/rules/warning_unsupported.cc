#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/word_cues.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// A category's cues, ready to look for.
struct Category {
  const WarningCues* policy;
  std::vector<CuePhrase> phrases;
};

/// "'stop', 'discontinue', 'pain' or 'hurt'": the words as the policy writes them.
std::string cue_list(std::string_view words) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= words.size()) {
    size_t bar = words.find('|', start);
    if (bar == std::string_view::npos) bar = words.size();
    std::string part(words.substr(start, bar - start));
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.push_back("'" + part + "'");
    start = bar + 1;
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    out += i == 0 ? "" : i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

/// The quotes a warning is read against: its own cites', or, with none, its entry's own. Empty
/// when there are none, or when one was not found in its article (quote-not-found comes first).
std::vector<const Cite*> evidence(const Warning& w, const Entry& e) {
  const std::vector<Cite>& cites = w.cites.empty() ? e.cites : w.cites;
  std::vector<const Cite*> out;
  for (const Cite& c : cites) {
    if (!c.match.found) return {};
    out.push_back(&c);
  }
  return out;
}

void check_warnings(RuleContext& ctx, const Entry& e, const std::vector<Warning>& warnings,
                    const std::vector<Category>& categories, EnglishStemmer& stemmer) {
  for (const Warning& w : warnings) {
    if (w.house) continue;  // the house's own advice: no article has to say it
    const Category* category = nullptr;
    for (const Category& c : categories) {
      if (c.policy->category.value == w.category.value) category = &c;
    }
    if (!category || category->phrases.empty()) continue;
    const std::vector<const Cite*> quotes = evidence(w, e);
    if (quotes.empty()) continue;
    ctx.count_candidate(kWarningUnsupported);
    bool only_negated = false;
    bool supported = false;
    for (const Cite* c : quotes) {
      bool negated_here = false;
      if (find_cue(read_words(c->quote.value, stemmer), category->phrases, &negated_here)) supported = true;
      only_negated = only_negated || negated_here;
    }
    if (supported) continue;
    const WarningCues& cues = *category->policy;
    const std::string about = cues.about ? cues.about->value.str() : "what a '" + w.category.value + "' warning says";
    const std::string first = utf8_shortened(quotes[0]->quote.value, 80);
    const bool one = quotes.size() == 1;
    const std::string which =
        w.cites.empty()
            ? fmt::format("has no cite of its own, and its {}'s {} ('{}'{}) {}", kind_name(e.kind),
                          one ? "quote" : "quotes", first, one ? "" : ", …", one ? "says" : "say")
            : fmt::format("cites '{}'{}, which {}", first, one ? "" : fmt::format(" and {} more", quotes.size() - 1),
                          one ? "says" : "say");
    const std::string says = only_negated
                                 ? fmt::format("{} only negated", cue_list(cues.words.value))
                                 : fmt::format("nothing of {} (no {})", about, cue_list(cues.words.value));
    std::vector<Related> related{{quotes[0]->loc, "the quote read"}, {cues.loc, "the category's words are set here"}};
    ctx.report(kWarningUnsupported, w.loc,
               fmt::format("the '{}' warning {} {}: cite the passage that says so, or mark the warning "
                           "source=\"house\" if it is the house's own advice",
                           w.category.value, which, says),
               std::move(related));
  }
}

}  // namespace

void check_warning_unsupported(RuleContext& ctx) {
  if (ctx.model.policy.warning_cues.empty()) return;
  EnglishStemmer stemmer;
  std::vector<Category> categories;
  for (const WarningCues& w : ctx.model.policy.warning_cues) {
    categories.push_back(Category{&w, cue_phrases(w.words.value, stemmer)});
  }
  for (const Condition& c : ctx.model.conditions) check_warnings(ctx, c, c.warnings, categories, stemmer);
  for (const Movement& m : ctx.model.movements) check_warnings(ctx, m, m.warnings, categories, stemmer);
}

const ModelRule kWarningUnsupported{
    {"warning-unsupported", Level::kWarning, "a warning whose quotes say nothing of its category",
     R"(policy.xml's <warning-cues category="stop-if-pain" words="stop|discontinue|pain|hurt"
about="stopping when it hurts"/> gives the words that carry a warning category. A warning
whose own cites hold none of them is reported; a warning with no cite of its own is read
against its entry's cites. Words are compared by their Snowball stems ("stop" finds
"stopping", "hurt" finds "hurts"), and a word that is negated does not count: "you do not
need to stop" and "no need to stop" do not support stop-if-pain, while "don't push through
the pain" still names the pain. Warnings marked source="house" are the house's own advice and
are not read against the articles; categories with no <warning-cues> are not checked.

Why: the category is what apps filter and warn by; a stop-if-pain warning resting on "This is
a small movement. Don't stress your back." tells users the article says to stop when it never
does.

Fix: cite the passage that says it; or, when the warning is the house's own advice, mark it
source="house" (and drop the cite that does not say it).
  before:  <warning category="stop-if-pain">Stop if it hurts.
             <cite article="a">This is a small movement. Don't stress your back.</cite></warning>
  after:   <warning category="stop-if-pain">Stop if it hurts.
             <cite article="a">If it hurts, stop.</cite></warning>)"},
    check_warning_unsupported};

}  // namespace contentc
