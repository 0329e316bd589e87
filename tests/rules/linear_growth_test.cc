// The cross-entry rules go through indexes: the entry pairs they examine grow with the corpus,
// not with its square. Counted, not timed.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

/// A deterministic corpus of about `n` entries in which every cross-entry rule has work: a
/// condition per 20 entries, related in a chain; movements recommended for conditions, with
/// patterns; avoid and recommend advice on those patterns; claims with opposite effects; names
/// that sometimes collide; ids that sometimes repeat.
void write_corpus(const TempSources& s, size_t n) {
  uint64_t state = 42;
  auto next = [&state](size_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % bound);
  };
  const size_t conditions = std::max<size_t>(2, n / 20);
  const char* stances[] = {"avoid", "recommend", "caution"};
  const char* phases[] = {"any", "pregnancy", "postpartum"};
  std::string body;
  size_t file = 0;
  auto flush = [&] {
    s.write(fmt::format("f{:03}.xml", file++), content(body));
    body.clear();
  };
  for (size_t c = 0; c < conditions; ++c) {
    body += fmt::format(R"(<condition id="c{}"><name>Condition {}</name><related to="c{}"/></condition>)",
                        c, c, (c + 1) % conditions);
    body += '\n';
  }
  for (size_t i = conditions; i < n; ++i) {
    const size_t cond = next(conditions);
    switch (i % 5) {
      case 0:
      case 1:
        body += fmt::format(
            R"(<exercise id="m{}"><name>Move {}</name><pattern>p{}</pattern><pattern>p{}</pattern><for condition="c{}" phase="{}"/><step>S</step></exercise>)",
            i, next(n / 2), next(20), next(20), cond, phases[next(3)]);
        break;
      case 2:
      case 3:
        body += fmt::format(
            R"(<advice id="a{}" stance="{}" condition="c{}" phase="{}"><pattern>p{}</pattern><text>T</text></advice>)",
            i, stances[next(3)], cond, phases[next(3)], next(20));
        break;
      case 4:
        body += fmt::format(
            R"(<claim id="k{}" about="c{}" topic="cause"><text>T</text><effect factor="f{}" direction="{}"/></claim>)",
            next(20) == 0 ? i - 5 : i, cond, next(10), next(2) ? "improves" : "worsens");
        break;
    }
    body += '\n';
    if (body.size() > 200000) flush();
  }
  flush();
}

std::map<std::string, size_t> candidates(size_t n) {
  TempSources s;
  write_corpus(s, n);
  return s.compile().candidates;
}

TEST(LinearGrowth, CrossEntryRulesExamineAboutTenTimesThePairsForTenTimesTheEntries) {
  const auto small = candidates(1000);
  const auto large = candidates(10000);
  for (const char* rule : {"advice-conflict", "advice-contradiction", "claim-contradiction",
                           "alias-collision", "duplicate-id"}) {
    ASSERT_TRUE(small.contains(rule) && small.at(rule) > 0) << rule << " examined nothing";
    const double ratio = double(large.at(rule)) / double(small.at(rule));
    EXPECT_GT(ratio, 8.0) << rule;
    EXPECT_LT(ratio, 12.5) << rule << ": " << small.at(rule) << " pairs for 1,000 entries, "
                           << large.at(rule) << " for 10,000 (quadratic would be ~100x)";
  }
}

}  // namespace
}  // namespace contentc
