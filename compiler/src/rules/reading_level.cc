#include <charconv>

#include <fmt/format.h>

#include "rules/editor_text.h"
#include "rules/model_rules.h"
#include "rules/reading_grade.h"

namespace contentc {
namespace {

/// Texts scored when `in` names none: the ones written as sentences (not names or aliases).
const std::vector<std::string> kSentenceElements = {"summary", "symptom", "step", "warning", "text"};

/// One sentence of an entry, with the text it is in.
struct EntrySentence {
  const Text* text;
  Sentence sentence;
};

/// An entry's sentences in the texts a readability element names, entry by entry.
std::vector<std::pair<const Entry*, std::vector<EntrySentence>>> sentences_by_entry(const Model& model,
                                                                                    const ReadingLevel& r) {
  SyllableCounter& counter = SyllableCounter::instance();
  auto syllables = [&counter](std::string_view word) { return counter.count(word); };
  std::vector<std::pair<const Entry*, std::vector<EntrySentence>>> out;
  for_each_editor_text(model, r.in.empty() ? kSentenceElements : r.in,
                       [&](const Entry& e, std::string_view, const Text& text) {
                         if (out.empty() || out.back().first != &e) out.push_back({&e, {}});
                         for (const Sentence& s : split_sentences(text.value, syllables)) {
                           out.back().second.push_back({&text, s});
                         }
                       });
  return out;
}

void check_one(RuleContext& ctx, const ReadingLevel& r, GradeFormula formula, double max_grade) {
  for (const auto& [entry, sentences] : sentences_by_entry(ctx.model, r)) {
    TextCounts total;
    for (const EntrySentence& s : sentences) total += s.sentence.counts;
    const std::optional<double> grade = reading_grade(formula, total);
    if (!grade || *grade <= max_grade) continue;
    // The hardest sentence scores highest on its own; the first of equals.
    const EntrySentence* hardest = nullptr;
    double hardest_grade = 0;
    for (const EntrySentence& s : sentences) {
      const double g = reading_grade(formula, s.sentence.counts).value_or(0);
      if (hardest == nullptr || g > hardest_grade) hardest = &s, hardest_grade = g;
    }
    const TextCounts& h = hardest->sentence.counts;
    ctx.report(kReadingLevel, locate_in_text(ctx.files, *hardest->text, hardest->sentence.begin),
               fmt::format("{} '{}' reads at grade {:.1f} by {} over {} sentence{}, above the house's {}; its "
                           "hardest sentence starts here ({} words, {} of three syllables or more): split "
                           "long sentences and prefer short words",
                           kind_name(entry->kind), entry->id.value, *grade, formula_name(formula),
                           total.sentences, total.sentences == 1 ? "" : "s", r.max_grade.value, h.words,
                           h.polysyllables),
               {{r.loc, "the reading level is set here"}});
  }
}

}  // namespace

void check_reading_level(RuleContext& ctx) {
  for (const ReadingLevel& r : ctx.model.policy.reading_levels) {
    const std::string_view max = r.max_grade.value;
    double max_grade = 0;
    const auto parsed = std::from_chars(max.data(), max.data() + max.size(), max_grade);
    const auto formula = grade_formula(r.formula ? r.formula->value : "smog");
    if (parsed.ec != std::errc() || parsed.ptr != max.data() + max.size() || !formula) continue;  // schema-violation
    if (const std::string& error = SyllableCounter::instance().error(); !error.empty()) {
      ctx.report(kReadingLevel, r.loc, "reading levels cannot be scored: " + error);
      continue;
    }
    check_one(ctx, r, *formula, max_grade);
  }
}

const ModelRule kReadingLevel{
    {"reading-level", Level::kWarning, "an entry whose texts read above the policy's grade",
     R"(The policy's <readability max-grade="8" formula="smog|flesch-kincaid" in="…"/> sets the
highest school grade an entry's texts may read at. The texts of each entry that `in` names
(summary, symptom, step, warning and advice or claim text when it names none; never quotes,
which are the article's words) are cut into sentences, and scored together:
  SMOG (the default):  1.0430 × √(words of 3+ syllables × 30 / sentences) + 3.1291
  Flesch-Kincaid:      0.39 × words / sentences + 11.8 × syllables / words − 15.59
Syllables are counted as espeak-ng pronounces each word (its US English dictionary, then its
spelling rules), so "sciatica" has four and "30" two. The finding points at the entry's hardest
sentence: the one that scores highest on its own.

Why: health-literacy guidance asks for patient material at grade 6 to 8, and SMOG is the
formula most used for it. Flesch-Kincaid reads the same text some grades lower.

How far to trust it: SMOG was fitted on samples of 30 sentences. On an entry of two or three
sentences one long word moves the score by a grade or more, so read the finding as "this
sentence is hard", not as a measurement.

Fix: split long sentences, and prefer short words where a short word says the same thing.
  before:  <step>Maintain a neutral pelvic alignment throughout the exercise.</step>
  after:   <step>Keep your hips level the whole time.</step>)"},
    check_reading_level};

}  // namespace contentc
