#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/model_rules.h"

namespace contentc {

void check_section_not_found(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) {
    const QuoteMatch& m = c.match;
    if (!m.found || !c.section || m.section_line != 0) return;
    const Article& article = *articles.find(c.article.value);
    const std::string snapshot = ctx.files[article.snapshot_file].path;
    if (m.section_line_anywhere != 0) {
      ctx.report(kSectionNotFound, c.section->loc,
                 fmt::format("section '{}' is a line of '{}', but after the quote: name the "
                             "heading the quote comes under",
                             c.section->value, snapshot),
                 {{Loc{article.snapshot_file, m.section_line_anywhere, 1},
                   fmt::format("'{}' is here", c.section->value)}});
    } else {
      ctx.report(kSectionNotFound, c.section->loc,
                 fmt::format("section '{}' is not a line of '{}'{}; name a heading line that "
                             "comes before the quote, or leave section out",
                             c.section->value, snapshot,
                             m.section_suggestion.empty()
                                 ? std::string()
                                 : fmt::format("; did you mean '{}'?", m.section_suggestion)));
    }
  });
}

const ModelRule kSectionNotFound{
    {"section-not-found", Level::kWarning, "a cite's section that is not a heading before it",
     R"(A cite's section="…" must be a line of the snapshot (compared as quotes are) that comes
before the quoted passage.

Why: the section tells a reviewer where to look; a wrong one sends them to the wrong part of
the article.

Fix: name the heading line the quote falls under, as the snapshot writes it, or drop section.
  before:  <cite article="si" section="Seated Ball Squeeze">…
  after:   <cite article="si" section="Seated Ball Squeezes">…)"},
    check_section_not_found};

}  // namespace contentc
