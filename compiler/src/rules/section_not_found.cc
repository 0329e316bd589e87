#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/model_rules.h"

namespace contentc {

void check_section_not_found(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) {
    const QuoteMatch& m = c.match;
    if (!m.found || !c.section) return;
    const Article& article = *articles.find(c.article.value);
    const uint32_t file = article.snapshot_file;
    const std::string& snapshot = ctx.files[file].rel_path;  // never absolute
    if (m.section_line != 0) {
      // The named line is above the quote; another heading of the article may lie between.
      if (m.heading_above_start <= m.section_line) return;
      const std::string heading = heading_text(ctx.files, file, m.heading_above_start);
      ctx.report(kSectionNotFound, c.section->loc,
                 fmt::format("section '{}' is not the heading the quote sits under: '{}' comes "
                             "between them in '{}', so name '{}'",
                             c.section->value, heading, snapshot, heading),
                 {{Loc{file, m.heading_above_start, 1}, "the quote sits under this heading"},
                  {Loc{file, m.section_line, 1}, fmt::format("'{}' is here", c.section->value)}},
                 Fix::value(fmt::format("name the section '{}'", heading), c.section->loc, heading,
                            true));
    } else if (m.section_line_anywhere != 0) {
      ctx.report(kSectionNotFound, c.section->loc,
                 fmt::format("section '{}' is a line of '{}', but after the quote: name the "
                             "heading the quote comes under",
                             c.section->value, snapshot),
                 {{Loc{file, m.section_line_anywhere, 1},
                   fmt::format("'{}' is here", c.section->value)}});
    } else {
      const std::string& suggestion = m.details().section_suggestion;
      const std::string did_you_mean =
          suggestion.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", suggestion);
      // A marked snapshot's headings are its '#' lines: any other line, a caption say, is none.
      const std::string message =
          marks_headings(snapshot)
              ? fmt::format("section '{}' is not a heading of '{}'{}: name one of its headings (its lines "
                            "that start with '#', without the '#') that comes before the quote, or leave "
                            "section out",
                            c.section->value, snapshot, did_you_mean)
              : fmt::format("section '{}' is not a line of '{}'{}: name a heading line that comes "
                            "before the quote, or leave section out",
                            c.section->value, snapshot, did_you_mean);
      // The suggestion is certain when it is the very heading the quote sits under (a typo of
      // it: "Seated Ball Squeezex"), as certain as naming the heading between; else a guess,
      // offered in an editor, never applied unasked.
      const bool under_it = !suggestion.empty() && m.heading_above_start != 0 &&
                            heading_text(ctx.files, file, m.heading_above_start) == suggestion;
      if (suggestion.empty()) {
        ctx.report(kSectionNotFound, c.section->loc, message);
      } else {
        ctx.report(kSectionNotFound, c.section->loc, message,
                   under_it ? std::vector<Related>{{Loc{file, m.heading_above_start, 1},
                                                    "the quote sits under this heading"}}
                            : std::vector<Related>{},
                   Fix::value(fmt::format("name the section '{}'", suggestion), c.section->loc,
                              suggestion, under_it));
      }
    }
  });
}

const ModelRule kSectionNotFound{
    {"section-not-found", Level::kWarning, "a cite's section that is not the heading above its quote",
     R"(A cite's section="…" must be a line of the snapshot (compared as quotes are) that comes
before the quoted passage, and the heading the quote actually sits under: when another heading
of the article (a line that some cite of the article names as its section) lies between the
named line and the quote, the quote belongs to that one, which the finding names. In a .md
snapshot (one `contentc snapshot` made from the page), the headings are the page's own: its
lines that start with '#', every one of them, named without the '#'; no other line (a photo's
"STEP 2 STEP 1" caption, say) is a heading there.

Why: the section tells a reviewer where to look; a wrong one sends them to the wrong part of
the article.

Fix: name the heading line the quote falls under, as the snapshot writes it, or drop section.
When another heading lies between, `contentc fix` names it; so it does for a section one
typo away from the heading the quote sits under ("Seated Ball Squeezex"). Any other "did you
mean" is offered as a quick fix in an editor, not applied unasked.
  before:  <cite article="si" section="Seated Ball Squeeze">…
  after:   <cite article="si" section="Seated Ball Squeezes">…)"},
    check_section_not_found};

}  // namespace contentc
