#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/model_rules.h"

namespace contentc {

void check_quote_spans_sections(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) {
    const QuoteMatch& m = c.match;
    if (!m.found || m.heading_above_start == m.heading_above_end) return;
    const uint32_t file = articles.find(c.article.value)->snapshot_file;
    auto heading = [&](uint32_t line) { return heading_text(ctx.files, file, line); };
    const std::string end_heading = heading(m.heading_above_end);
    ctx.report(kQuoteSpansSections, c.quote.loc,
               fmt::format("the quote runs from {} into '{}'{}: cite each part under its own "
                           "heading, or quote only the part this entry rests on",
                           m.heading_above_start == 0
                               ? std::string("before the article's first heading")
                               : fmt::format("'{}'", heading(m.heading_above_start)),
                           end_heading, m.spans.size() > 1 ? " across its '...'" : ""),
               {{Loc{file, m.heading_above_end, 1}, fmt::format("'{}' begins here", end_heading)}});
  });
}

const ModelRule kQuoteSpansSections{
    {"quote-spans-sections", Level::kWarning, "a quote whose parts lie under different headings",
     R"(A quote (usually one elided with '...') begins under one heading of its article and ends
under another, where the article's headings are the lines that some cite of it names as its
section.

Why: an elided quote can join the start of one exercise's instructions to the end of the next
one's ("Lift the top knee ... hold for 30 seconds"), and so credit the article with a dose it
gives for another movement.

Fix: quote each part in a cite of its own, under its own section, or quote only the part the
entry rests on.
  before:  <cite article="a">Lift the top knee ... Hold for 30 seconds.</cite>
  after:   <cite article="a" section="2. Clam Shell">Lift the top knee</cite>)"},
    check_quote_spans_sections};

}  // namespace contentc
