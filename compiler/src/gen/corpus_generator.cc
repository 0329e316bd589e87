// Plans the corpus (which entry cites which article, under which heading) and runs the generator.

#include "gen/generator.h"

#include <fmt/format.h>

namespace contentc::corpus_gen {

std::string Generator::run() {
  std::error_code ec;
  if (fs::exists(dir_, ec) && !fs::is_empty(dir_, ec)) return fmt::format("'{}' is not empty", dir_.string());
  fs::create_directories(dir_ / "articles", ec);
  fs::create_directories(dir_ / "content", ec);
  if (ec) return fmt::format("cannot create '{}': {}", dir_.string(), ec.message());
  plan();
  if (o_.defect_rate > 0) plant_defects();
  for (Article& a : articles_) write_snapshot(a);
  write_articles();
  flush_content();
  write_policy();
  write_reviews();
  if (o_.defect_rate > 0) write_expected();
  return error_;
}

void Generator::plan() {
  const size_t n = std::max<size_t>(o_.entries, 10);
  const size_t articles = std::max<size_t>(1, (n + 49) / 50);
  for (size_t a = 0; a < articles; ++a) {
    Article art{fmt::format("article-{:05}", a + 1), fmt::format("article-{:05}.txt", a + 1), {}, {}};
    const size_t sections = 6 + rng_.below(7);
    for (size_t s = 0; s < sections; ++s) {
      art.headings.push_back(fmt::format("{} ({})", kHeadings[(a + s) % kHeadings.size()], s + 1));
      art.quotes.emplace_back();
    }
    articles_.push_back(std::move(art));
  }
  conditions_ = std::max<size_t>(4, n / 20);
  for (size_t c = 0; c < conditions_; ++c) condition(c);
  const size_t movements = n / 2, advice = n / 5;
  for (size_t i = 0; i < movements; ++i) movement(i, i % 5 < 3 ? "exercise" : "stretch");
  for (size_t i = 0; i < advice; ++i) advice_entry(i);
  for (size_t i = conditions_ + movements + advice; i < n; ++i) claim(i);
}

std::string Generator::place(size_t a, const std::string& sentence) { return place_at(a, rng_.below(articles_[a].headings.size()), sentence); }

std::string Generator::place_at(size_t a, size_t s, const std::string& sentence) {
  Article& art = articles_[a];
  art.quotes[s].push_back(sentence);
  return art.headings[s];
}

size_t Generator::next_article() { return cursor_++ % articles_.size(); }

std::string Generator::condition_id(size_t c) const { return fmt::format("condition-{:05}", c + 1); }

}  // namespace contentc::corpus_gen

namespace contentc {

std::string generate_corpus(const std::filesystem::path& dir, const CorpusOptions& options) {
  return corpus_gen::Generator(dir, options).run();
}

}  // namespace contentc
