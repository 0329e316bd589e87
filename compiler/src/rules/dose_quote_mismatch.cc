#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "rules/dose_fields.h"
#include "rules/quote_quantities.h"

namespace contentc {
namespace {

/// What the dose's quotes say about one field: the range they allow, and the words.
struct Stated {
  double min = 0, max = 0;
  std::string unit;  ///< the comparable unit ("s", "breaths", "per week", "")
  std::string words;
  bool any = false;
};

}  // namespace

void check_dose_quote_mismatch(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    for (const Dose& d : m.doses) {
      std::vector<QuoteQuantity> quantities;
      std::string side_cue;
      for (const Cite& c : d.cites) {
        for (QuoteQuantity& q : extract_quantities(c.quote.value)) quantities.push_back(q);
        if (side_cue.empty()) side_cue = find_side_cue(c.quote.value);
      }
      for (const DoseFieldView& f : dose_fields(d)) {
        const auto have = comparable(f.field, f.value);
        if (!have) continue;
        const std::string_view have_unit = comparable_unit(f.field, f.value);
        Stated stated;
        for (const QuoteQuantity& q : quantities) {
          if (q.field != f.field) continue;
          const auto range = comparable(q.field, q.value);
          const double lo = q.upper_bound ? 0 : range->first;
          stated.min = stated.any ? std::min(stated.min, lo) : lo;
          stated.max = stated.any ? std::max(stated.max, range->second) : range->second;
          stated.unit = std::string(comparable_unit(q.field, q.value));
          stated.words += (stated.any ? "', '" : "") + q.words;
          stated.any = true;
        }
        if (!stated.any) continue;
        const bool same_scale = stated.unit == have_unit;
        if (same_scale && have->first >= stated.min && have->second <= stated.max) continue;
        ctx.report(kDoseQuoteMismatch, f.text->loc,
                   fmt::format("{} {} disagrees with its quote, which says '{}': make the dose "
                               "say what the quote says",
                               dose_field_name(f.field), f.text->value, stated.words));
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
     R"(The numbers of a dose are read from the dose's own cited quotes, with their units:
digits and ranges ('8-10', '8 to 10', 'twice, three times'), number words (one to twenty,
once, twice), and units (seconds/secs/s, minutes/min, breaths/breath cycles,
repetitions/reps/times, sets, a day/per day, a week/per week; 'no more than', 'up to' make an
upper bound). Each dose field the quote contradicts is reported, naming both values.

Why: a dose is only as good as its source; a mistyped number (5 for 50, s for min) is exactly
the mistake that can hurt someone.

Fix: make the dose say what the quote says.
  before:  <hold>30 s</hold> <cite …>Hold the contraction for 5 seconds …</cite>
  after:   <hold>5 s</hold>)"},
    check_dose_quote_mismatch};

}  // namespace contentc
