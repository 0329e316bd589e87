#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_fields.h"
#include "rules/dose_reader.h"

namespace contentc {
namespace {

/// What the dose's quotes say about one field in numbers: each reading's range, and the words.
struct Stated {
  struct Reading {
    double lo, hi;     ///< the range, comparable
    std::string unit;  ///< the comparable unit ("s", "breaths", "per week", "")
  };
  std::string words;
  std::vector<Reading> readings;

  bool any() const { return !readings.empty(); }

  /// Whether [lo, hi] in `unit` is what the quote says: within one reading ("8-10" for "8 to
  /// 10"), or from one reading to another ("5-10 s" for "5 seconds" and "10 seconds"); never a
  /// value between two alternatives ("45 s" for "30 or 60 seconds").
  bool says(double lo, double hi, std::string_view unit) const {
    bool from = false, to = false;
    for (const auto& [a, b, u] : readings) {
      if (u != unit) continue;
      if (lo >= a && hi <= b) return true;
      from = from || lo == a;
      to = to || hi == b;
    }
    return from && to;
  }
};

/// For a hold the quote gives no number for ("a few seconds"): what to write instead, when the
/// dose syntax has the quote's word ("several minutes" has none).
std::string word_advice(const QuoteQuantity& q) {
  if (parse_dose_value(DoseField::kHold, q.value.word).kind == DoseValue::Kind::kWord) {
    return fmt::format("write '{}'", q.value.word);
  }
  return fmt::format("write a hold in {}", q.value.unit);
}

/// The fix that writes the quote's value in the dose's syntax (with how exact it is: "about 40",
/// "up to 10"), when the quote gives exactly one reading of the field and the dose syntax has it.
/// It is certain only when nothing else in the quote could be that field: no number the reader
/// left unread, and not a weak reading (a bare "once" or "twice", "two more times", a bare
/// "daily"); otherwise it is offered, never applied unasked.
std::optional<Fix> quote_value_fix(const DoseFieldView& f, const QuoteQuantity* only, bool others_unread) {
  if (!only) return std::nullopt;
  const bool certain = !others_unread && !only->weak;
  const std::string value = only->value.kind == DoseValue::Kind::kWord
                                ? only->value.word.str()
                                : format_dose_value(only->value);
  const DoseValue reparsed = parse_dose_value(f.field, value);
  if (reparsed.kind != only->value.kind) return std::nullopt;
  return Fix::value(fmt::format("write {} '{}', as the quote says", dose_field_name(f.field), value),
                    f.text->loc, value, certain);
}

/// Reports a field that disagrees with its quote, with the fix when there is a sure one: an
/// error; or, when `doubt` says why the reading may be wrong (every reading of the field weak, a
/// bare "once" or "two more times"; an end of the dose's range among the numbers the reader
/// cannot place), a warning with that reason, whose fix (if any) is only offered.
void report(RuleContext& ctx, const DoseFieldView& f, const QuoteQuantity* only, bool others_unread,
            std::string message, std::string_view doubt = "") {
  if (!doubt.empty()) {
    ctx.report(kDoseQuoteMismatch, Level::kWarning, f.text->loc, std::move(message) + " (" + std::string(doubt) + ")",
               {}, quote_value_fix(f, only, /*others_unread=*/true));
    return;
  }
  if (auto fix = quote_value_fix(f, only, others_unread)) {
    ctx.report(kDoseQuoteMismatch, f.text->loc, std::move(message), {}, std::move(*fix));
  } else {
    ctx.report(kDoseQuoteMismatch, f.text->loc, std::move(message));
  }
}

}  // namespace

void check_dose_quote_mismatch(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      const QuoteNumbers numbers = dose_numbers(d);
      const std::vector<QuoteQuantity>& quantities = numbers.quantities;
      const bool unread = numbers.unread > 0;
      std::string side_cue;
      for (const Cite& c : d.cites) {
        if (side_cue.empty()) side_cue = find_side_cue(c.quote.value);
      }
      for (const DoseFieldView& f : dose_fields(d)) {
        if (f.value.kind != DoseValue::Kind::kRange && f.value.kind != DoseValue::Kind::kWord) continue;
        const std::string_view have_unit = comparable_unit(f.field, f.value);
        Stated stated;
        const QuoteQuantity* word = nullptr;  // "a few seconds": no number
        const QuoteQuantity* same_unit_word = nullptr;
        const QuoteQuantity* only = nullptr;  // the quote's one reading of the field, if one
        size_t readings = 0;
        bool all_weak = true;
        bool numbers_weak = true;  // every reading with a number is weak
        for (const QuoteQuantity& q : quantities) {
          if (q.field != f.field) continue;
          only = ++readings == 1 ? &q : nullptr;
          all_weak = all_weak && q.weak;
          if (q.value.kind == DoseValue::Kind::kWord) {
            if (!word) word = &q;
            if (!same_unit_word && comparable_unit(q.field, q.value) == have_unit) same_unit_word = &q;
            continue;
          }
          numbers_weak = numbers_weak && q.weak;
          // "up to 10" says anything from none to 10; "at least once a day" and "about 40" say
          // their number (a dose of twice a day is not what "at least once a day" says).
          const auto range = comparable(q.field, q.value);
          const double lo = q.value.approx == "up to" ? 0 : range->first;
          // Two readings of the same words ("two more times": two, or three in all) name them once.
          if (!stated.any() || stated.words.size() < q.words.size() ||
              stated.words.compare(stated.words.size() - q.words.size(), q.words.size(), q.words) != 0) {
            stated.words += (stated.any() ? "', '" : "") + q.words;
          }
          stated.readings.push_back({lo, range->second, std::string(comparable_unit(q.field, q.value))});
        }
        // Whether the quotes give the progression's target ("build up to 10 seconds").
        const bool has_target = f.amount.to() && f.amount.target().is_range();
        auto says_target = [&] {
          const auto target = comparable(f.field, f.amount.target());
          return stated.says(target->first, target->second, comparable_unit(f.field, f.amount.target()));
        };
        if (f.value.kind == DoseValue::Kind::kWord) {
          // A word dose ("few breaths") whose quote counts in another unit, or gives a number.
          // "a couple of seconds": "few s", or weakly two; a word dose in the quote's unit stands.
          if (same_unit_word && (!stated.any() || numbers_weak)) continue;
          // "start with just a few seconds and build up to 10": the number is the progression's
          // target, which the dose has.
          if (same_unit_word && has_target && says_target()) continue;
          if (stated.any()) {
            report(ctx, f, only, unread,
                   fmt::format("{} '{}' disagrees with its quote, which says '{}': write the "
                               "quote's value",
                               dose_field_name(f.field), f.text->value, stated.words));
          } else if (word) {
            report(ctx, f, only, unread,
                   fmt::format("{} '{}' disagrees with its quote, which says '{}': {}",
                               dose_field_name(f.field), f.text->value, word->words,
                               word_advice(*word)));
          }
          continue;
        }
        const auto have = comparable(f.field, f.value);
        if (!stated.any()) {
          // The quote names the field without a number: the dose's number is not in the source.
          if (word) {
            report(ctx, f, only, unread,
                   fmt::format("{} {} is not what its quote says: '{}' gives no number; {}",
                               dose_field_name(f.field), f.text->value, word->words,
                               word_advice(*word)));
          }
          continue;
        }
        const bool says = stated.says(have->first, have->second, have_unit);
        if (!says &&
            numbers.unplaced_number(f.value.min, f.value.max)) {
          // The quote has the dose's very number in words the reader cannot place: say less.
          ctx.report(kDoseQuoteMismatch, Level::kNote, f.text->loc,
                     fmt::format("{} {} is not what the dose reader reads in its quote ('{}'), but the quote "
                                 "also has that number in words it cannot place: check which the quote gives",
                                 dose_field_name(f.field), f.text->value, stated.words));
        } else if (!says) {
          // A weak reading, or a quote with one end of the dose's range among the numbers the
          // reader cannot place ("for a minute to two" read as a minute): say less.
          const std::optional<double> bound = numbers.unplaced_bound(f.value.min, f.value.max);
          const std::string unread_word = numbers.unread_word(f.field);
          const std::string doubt =
              all_weak ? "the quote's words can be read more than one way: check which it means"
              : bound  ? fmt::format("the quote also has {} in words the dose reader cannot place: check which "
                                     "it gives",
                                     *bound)
              : !unread_word.empty()
                  ? fmt::format("the quote also has '{}' in words the dose reader cannot place: check which it gives",
                                unread_word)
                  : "";
          report(ctx, f, only, unread,
                 fmt::format("{} {} disagrees with its quote, which says '{}': make the dose "
                             "say what the quote says",
                             dose_field_name(f.field), f.text->value, stated.words),
                 doubt);
        }
        // A progression's target must be what the quote says to work up to, too.
        if (has_target && !says_target()) {
          ctx.report(kDoseQuoteMismatch, f.amount.to()->loc,
                     fmt::format("{} target {} disagrees with its quote, which says '{}': make the "
                                 "progression say what the quote says",
                                 dose_field_name(f.field), f.amount.to()->value, stated.words));
        }
      }
      if (d.side && d.side->value == "both" && !side_cue.empty() && side_cue.find("both") == std::string::npos) {
        ctx.report(kDoseQuoteMismatch, d.side->loc,
                   fmt::format("side 'both' disagrees with its quote, which says '{}': use "
                               "'each' or 'alternate'",
                               side_cue));
      }
    }
  }
}

const ModelRule kDoseQuoteMismatch{
    {"dose-quote-mismatch", Level::kError, "a dose whose numbers disagree with its own quote",
     R"(The numbers of a dose are read from the dose's own cited quotes by a reader of dose
language: tokens (words, numbers in digits or words from one to ninety-nine, 'a dozen', once,
twice, 2x; '3seconds', '3xday' and 'a 5-second hold' come apart into number and unit), then
constructions, each reading a number phrase as a field:
  ranges ('8-10', '8 to 10', 'between 8 and 10', '30- to 60-second'); alternatives ('30 or 60
  seconds', 'twice, three times': two readings, and a dose must be one of them or span from
  one to the other, never a value between them); how exact ('about 40', 'up to 10', 'no more
  than twice a week', 'a maximum of 10 seconds', 'at least once a day', '20 seconds or more');
  holds (seconds, minutes, breaths, breath cycles, a count: 'count to 5', 'a count of 20
  seconds' is seconds; a pause at the top is a hold, a rest, a wait or an increment is none);
  reps (repetitions, reps, times, cycles, '10 of these', 'sets of 10', 'in batches of 6', 'a
  total of 75', 'another 10', 'do 10 chin tucks', '3 x 15 seconds'; 'two more times' and
  'repeat once' are one more, or that many in all: both readings, neither certain); sets
  ('3 sets', 'a set of 10', 'Sets: 3'); frequency ('3 times a day', 'twice daily', '3 days a
  week', '3 sessions ... daily', 'every other day' (3-4 a week), 'every morning' (once a day),
  a bare 'daily' (at least once a day)); progressions ('work up to about 40', 'increase to
  8-10 seconds': the target a dose's to="…" is checked against).
Numbers that are no dose are passed over: step and list numbers ('step 2', '5. Do …'),
footnote numbers, weeks, lengths, weights, degrees, hours, percentages, a count of exercises
('these 3 stretches'). 'A few seconds', 'a moment or two', 'several minutes', 'a few breaths'
are holds with no number. Each dose field the quote contradicts is reported, naming both
values: another number, another unit (seconds against minutes, breaths or a count), a number
where the quote gives none ('5 s' for 'a few seconds'), a word hold in the wrong unit ('few
breaths' for 'a few seconds'), or a progression's target the quote does not give.
The figures of the reader on real sentences it was not tuned on are in the README.

Why: a dose is only as good as its source; a mistyped number (5 for 50, s for min) is exactly
the mistake that can hurt someone.

When the quote holds the dose's very number in words the reader cannot place, a disagreement
is a note, not an error: the reader may have missed the construction. When it holds one end of
the dose's range so ('Hold it 10 seconds, 20 if you can' for 10-20 s), or a word of the field
no construction read ('20 slow, deep, calm breaths'), it is a warning whose fix is only
offered. A reading right after a word of comparison no construction read ('over 30 seconds',
'beyond 10') is weak: never fixed from unasked.

A bare "once" or "twice" followed by when it is done ("once before you go to bed", "twice in
the morning") is timing, not a count: write it as <timing>.

Fix: make the dose say what the quote says. When the quote gives exactly one reading of the
field, the fix writes it, with how exact it is ('about 40'); `contentc fix` applies it unasked
only when nothing else in the quote could be that field (no number the reader leaves unread,
and not a weak reading: a bare "once" or "twice", "two more times", a bare "daily") and the
value it replaces is not where another finding points (a dose over a house limit). Otherwise
the fix is offered in an editor. When every reading of the field is weak, the finding is a
warning, not an error: those words can be read more than one way.
  before:  <hold>30 s</hold> <cite …>Hold the contraction for 5 seconds …</cite>
  after:   <hold>5 s</hold>)"},
    check_dose_quote_mismatch};

}  // namespace contentc
