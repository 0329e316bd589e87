#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/model_rules.h"

namespace contentc {
namespace {

/// "…the last few words" of what matched, for the message.
std::string tail_words(const std::string& s, size_t words) {
  size_t start = s.size();
  for (size_t n = 0; start > 0 && n < words; ++n) {
    start = s.rfind(' ', start - 1);
    if (start == std::string::npos) {
      start = 0;
      break;
    }
  }
  return start == 0 ? s : "…" + s.substr(start + 1);
}

}  // namespace

void check_quote_not_found(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) {
    if (!c.match.checked || c.match.found) return;
    const QuoteMiss& m = c.match.details();
    const Article& article = *articles.find(c.article.value);
    const std::string snapshot = ctx.files[article.snapshot_file].rel_path;  // never absolute
    const std::string part =
        m.parts > 1 ? fmt::format("part {} of {} of the quote", m.failed_part + 1, m.parts)
                    : std::string("the quote");
    if (m.parts == 0) {
      ctx.report(kQuoteNotFound, c.quote.loc,
                 "the quote is only an elision ('...'): quote the passage itself");
    } else if (m.out_of_order) {
      ctx.report(kQuoteNotFound, c.quote.loc,
                 fmt::format("{} is in '{}', but before part {}: elided parts must follow the "
                             "article's order",
                             part, snapshot, m.failed_part));
    } else if (m.matched_text.empty()) {
      ctx.report(kQuoteNotFound, c.quote.loc,
                 fmt::format("{} is not in '{}': not even its start ('{}') appears{}; copy the "
                             "passage verbatim from the snapshot",
                             part, snapshot, m.quote_next,
                             m.failed_part > 0 ? " after the previous part" : ""));
    } else {
      ctx.report(kQuoteNotFound, c.quote.loc,
                 fmt::format("{} is not in '{}': it matches up to '{}', then has '{}' where the "
                             "article has '{}'; copy the passage verbatim from the snapshot",
                             part, snapshot, tail_words(m.matched_text, 5), m.quote_next,
                             m.snapshot_next),
                 {{ctx.files.locate(article.snapshot_file, m.diverge_offset),
                   "the article's text diverges from the quote here"}});
    }
  });
}

const ModelRule kQuoteNotFound{
    {"quote-not-found", Level::kError, "a quote that is not in its article's snapshot",
     R"(A cite's text must occur in the article's snapshot. Matching forgives only runs of white
space, curly versus straight quotes and apostrophes, en and em dashes versus '-', and letter
case. '...' or '…' inside a quote elides text: each part must appear, in order, after the
previous one. The message says how far the quote matched, what it has where the article
differs, and points at that place in the snapshot.

Why: a reviewer must be able to trust that every statement is the article's own words; a
paraphrase or a typo in a quote hides what the source really says.

Fix: copy the passage verbatim from the snapshot (typos included), or elide with '...'.
  before:  <cite article="si">Hold for 5 seconds and repeat 8-10 times.</cite>
  after:   <cite article="si">Hold the contraction for 5 seconds, release, and repeat for
           8-10 repetitions.</cite>)"},
    check_quote_not_found};

}  // namespace contentc
