#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include <fmt/format.h>

#include "rules/dose_fields.h"
#include "rules/model_rules.h"
#include "resolve/normalized_text.h"
#include "rules/dose_reader.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// The quote named in a message: whole when short, else its start.
std::string shown_quote(std::string_view quote) { return utf8_shortened(quote, 80); }

/// The first word of `timing` (of four letters or more: "through the day, whenever you feel the
/// need") that none of the dose's quotes holds, or "" when they hold them all.
std::string timing_word_not_quoted(const Text& timing, const Dose& d) {
  std::string quotes;
  for (const Cite& c : d.cites) quotes += " " + normalize_quote(c.quote.value) + " ";
  const std::string t = normalize_quote(timing.value);
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && !std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    size_t j = i;
    while (j < t.size() && (std::isalpha(static_cast<unsigned char>(t[j])) || t[j] == '\'')) ++j;
    const std::string word = t.substr(i, j - i);
    if (word.size() >= 4 && quotes.find(word) == std::string::npos) return word;
    i = j;
  }
  return "";
}

/// "3" for one number, "8-10" for a range.
std::string number_text(const DoseValue& v) {
  return v.min == v.max ? fmt::format("{}", v.min) : fmt::format("{}-{}", v.min, v.max);
}

/// A reading of another field with the same number as `f` ("3 times" read as reps for sets 3),
/// or none.
const QuoteQuantity* read_as_other_field(const QuoteNumbers& numbers, const DoseFieldView& f) {
  if (!f.value.is_range()) return nullptr;
  for (const QuoteQuantity& q : numbers.quantities) {
    if (q.field != f.field && q.value.is_range() && q.value.min == f.value.min && q.value.max == f.value.max) return &q;
  }
  return nullptr;
}

}  // namespace

void check_dose_unsupported(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      // An uncited dose, or a quote that is not in its article, is for other rules to report
      // first (missing-citation, quote-not-found): what such a quote states proves nothing.
      if (d.cites.empty() ||
          std::any_of(d.cites.begin(), d.cites.end(), [](const Cite& c) { return !c.match.found; })) {
        continue;
      }
      std::set<DoseField> stated;
      const QuoteNumbers numbers = dose_numbers(d);
      for (const QuoteQuantity& q : numbers.quantities) stated.insert(q.field);
      bool side_stated = false;
      for (const Cite& c : d.cites) side_stated = side_stated || !find_side_cue(c.quote.value).empty();
      const std::string quotes =
          d.cites.size() == 1 ? fmt::format("its quote '{}'", shown_quote(d.cites[0].quote.value))
                              : fmt::format("any of its {} quotes (first: '{}')", d.cites.size(),
                                            shown_quote(d.cites[0].quote.value));
      for (const DoseFieldView& f : dose_fields(d)) {
        if (!f.text || f.value.kind == DoseValue::Kind::kInvalid || stated.contains(f.field)) continue;
        // The quote has the very number, in words the reader cannot place ("Ten movements
        // each…"): it may well say it; a note asks the editor to check, no warning.
        if (f.value.is_range() && numbers.unplaced_number(f.value.min, f.value.max)) {
          ctx.report(kDoseUnsupported, Level::kNote, f.text->loc,
                     fmt::format("{} {}: {} has the number {}, in words the dose reader cannot place; "
                                 "check that it gives the {}",
                                 dose_field_name(f.field), f.text->value, quotes, number_text(f.value),
                                 dose_field_name(f.field)));
          continue;
        }
        // The quote has the very number, read as another field ("Do 15 reps, 3 times" read as
        // three repetitions, not three sets): the reader may have given it the wrong field, so a
        // note asks the editor to check. (A number it read as no dose, a rest say, keeps the
        // warning: copying a rest into the hold is a mistake editors make.)
        if (const QuoteQuantity* other = read_as_other_field(numbers, f)) {
          ctx.report(kDoseUnsupported, Level::kNote, f.text->loc,
                     fmt::format("{} {}: {} has {} as the {} ('{}'), which may be the dose reader's mistake; "
                                 "check that it gives the {}",
                                 dose_field_name(f.field), f.text->value, quotes, number_text(f.value),
                                 dose_field_name(other->field), other->words, dose_field_name(f.field)));
          continue;
        }
        // The quote has a word of the field ("do a set 5 times a day", "3-4x per week") that the
        // reader used for nothing: it may say it in a way the reader does not know.
        if (const std::string word = numbers.unread_word(f.field); !word.empty()) {
          ctx.report(kDoseUnsupported, Level::kNote, f.text->loc,
                     fmt::format("{} {}: {} has '{}', in words the dose reader cannot place; check "
                                 "that it gives the {}",
                                 dose_field_name(f.field), f.text->value, quotes, word, dose_field_name(f.field)));
          continue;
        }
        ctx.report(kDoseUnsupported, f.text->loc,
                   fmt::format("{} {} is not stated by {}: cite the passage that gives it, or "
                               "remove the field",
                               dose_field_name(f.field), f.text->value, quotes));
      }
      if (d.timing) {
        if (const std::string word = timing_word_not_quoted(*d.timing, d); !word.empty()) {
          ctx.report(kDoseUnsupported, d.timing->loc,
                     fmt::format("timing '{}' is not stated by {} (it has no '{}'): cite the passage "
                                 "that says when, or remove the timing",
                                 d.timing->value, quotes, word));
        }
      }
      if (d.side && !side_stated && !numbers.side_words.empty()) {
        ctx.report(kDoseUnsupported, Level::kNote, d.side->loc,
                   fmt::format("side '{}': {} names {}, in words the side cues do not know; check "
                               "that it says each side",
                               d.side->value, quotes, numbers.side_words));
      } else if (d.side && !side_stated) {
        ctx.report(kDoseUnsupported, d.side->loc,
                   fmt::format("side '{}' is not stated by {}: cite the passage that says so "
                               "(\"each side\", \"switch legs\"), or remove the field",
                               d.side->value, quotes));
      }
    }
  }
}

const ModelRule kDoseUnsupported{
    {"dose-unsupported", Level::kWarning, "a dose field that none of the dose's quotes states",
     R"(A dose field (reps, hold, sets, side, frequency, timing) that none of the dose's own cited
quotes states (a note, not a warning, when the quote holds the field's very number, or a word of
the field, in words the reader cannot place: "Ten movements each for two to three sets"; when
the reader read the field's very number as another field, "Repeat 3 times" for sets 3, which may
be the reader's mistake (a number it read as no dose, a rest's 30 seconds, keeps the warning); a word
of the field's family no construction read ("sets", "rounds", "seconds", "a count or two",
"everyday", "weekdays"); the left and the right, or a side or limb with a word of repeating,
turning or sharing out, named in no side cue). Quotes are read as
dose-quote-mismatch reads them: numbers with their units ('8
to 10 repetitions', 'a 5-10 count', 'twice a day', 'a few seconds') and side cues ('each
side', 'switch legs', 'repeat with your right arm'). A timing is stated when the quotes hold
each of its words of four letters or more ('through the day, whenever you feel the need'). A
field stated by any cite of the same dose is supported.

Why: every number an app shows must come from a source. A field no quote gives was guessed,
remembered from another article, or copied from a neighbouring entry: the kind of mistake that
can hurt someone.

Fix: cite the passage that gives the field (a dose may carry several cites), or remove it.
  before:  <dose><reps>8-10</reps><sets>3</sets><cite …>repeat 8 to 10 times</cite></dose>
  after:   <dose><reps>8-10</reps><cite …>repeat 8 to 10 times</cite></dose>)"},
    check_dose_unsupported};

}  // namespace contentc
