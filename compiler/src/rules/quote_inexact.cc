#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/article_index.h"
#include "resolve/normalized_text.h"
#include "rules/model_rules.h"

namespace contentc {
namespace {

/// The quote as the article writes it: each part between elisions ('...', '…') replaced by the
/// snapshot's text of its span, the elisions and the space around them kept. Empty when the
/// parts and the spans do not pair up.
std::string exact_quote(std::string_view quote, const std::vector<Span>& spans,
                        std::string_view snapshot) {
  std::string out;
  size_t part = 0, start = 0;
  while (start <= quote.size()) {
    const size_t cut = std::min(quote.find("...", start), quote.find("\xE2\x80\xA6", start));
    const std::string_view segment =
        quote.substr(start, cut == std::string_view::npos ? quote.npos : cut - start);
    const size_t first = segment.find_first_not_of(' ');
    if (first == std::string_view::npos) {
      out += segment;
    } else {
      if (part == spans.size()) return {};
      const size_t last = segment.find_last_not_of(" ");
      const Span& s = spans[part++];
      out += segment.substr(0, first);
      out += fold_space(snapshot.substr(s.begin, s.end - s.begin));
      out += segment.substr(last + 1);
    }
    if (cut == std::string_view::npos) break;
    size_t next = cut + 3;
    while (next < quote.size() && quote[next] == '.') ++next;  // "...." is one elision
    out += quote.substr(cut, next - cut);
    start = next;
  }
  return part == spans.size() ? out : std::string();
}

/// The word of `s` around byte `at`.
std::string_view word_at(std::string_view s, size_t at) {
  size_t begin = std::min(at, s.size()), end = begin;
  while (begin > 0 && s[begin - 1] != ' ') --begin;
  while (end < s.size() && s[end] != ' ') ++end;
  return s.substr(begin, end - begin);
}

}  // namespace

void check_quote_inexact(RuleContext& ctx) {
  const ArticleIndex articles(ctx.model);
  ctx.model.for_each_cite([&](const Entry&, const Cite& c) {
    if (!c.match.found) return;
    const Article& article = *articles.find(c.article.value);
    const std::string exact =
        exact_quote(c.quote.value, c.match.spans, ctx.files[article.snapshot_file].text);
    const std::string quote = fold_space(c.quote.value);
    if (exact.empty() || exact == quote) return;
    size_t at = 0;
    while (at < exact.size() && at < quote.size() && exact[at] == quote[at]) ++at;
    ctx.report(kQuoteInexact, c.quote.loc,
               fmt::format("the quote writes '{}' where '{}' has '{}' (letter case, quote marks "
                           "or dashes differ); copy the article's exact text",
                           word_at(quote, at), ctx.files[article.snapshot_file].rel_path,
                           word_at(exact, at)),
               {{ctx.files.locate(article.snapshot_file, c.match.spans.front().begin),
                 "the passage in the article"}},
               Fix::value("copy the article's exact text", c.quote.loc, exact, true));
  });
}

const ModelRule kQuoteInexact{
    {"quote-inexact", Level::kNote, "a quote found only by forgiving case, quote marks or dashes",
     R"(A quote is matched forgiving letter case, curly versus straight quotes and apostrophes,
and en and em dashes versus '-' (white space is folded in both, and is not a difference). When
the matched passage differs from the quote in any of these, this note names the first word that
differs and points at the passage.

Why: bundles and the audit page show the quote as the entry writes it; a reviewer comparing it
with the article should see the article's own text, character for character.

Fix: copy the article's exact text; `contentc fix` does it, keeping any elisions ('...').
  before:  <cite article="si">hold for 5 seconds - then release</cite>
  after:   <cite article="si">Hold for 5 seconds – then release</cite>)"},
    check_quote_inexact};

}  // namespace contentc
