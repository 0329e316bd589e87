// The cross-entry rules go through indexes: the entry pairs they examine grow with the corpus,
// not with its square. Counted, not timed.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cstdio>

#include "test_support.h"

namespace contentc {
namespace {

using namespace contentc::testing;

/// A deterministic corpus of `n` entries in which every cross-entry rule has work: a condition
/// per 20 entries, related in a chain, and for each condition the same 19 entries: movements
/// recommended for it with patterns, avoid and recommend advice on those patterns, claims with
/// opposite effects, names that collide in threes, and an id repeated once per 100 entries.
/// Every condition gets the same structure, so what the rules examine grows exactly with the
/// corpus when it is linear: no sampling noise to allow for.
/// A number in letters ("b", "ba", …): words that only entries of the same number share.
std::string letters(size_t n) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  } while (n > 0);
  return "w" + out;
}

void write_corpus(TempSources& s, size_t n) {
  s.write("policy.xml", R"(<policy><oppose category="w0" against="w1"/><relate pattern="p1" factor="f0"/></policy>)");
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
    body += fmt::format(R"(<condition id="c{}"><name>Condition {}</name><related to="c{}"/><warning category="w0">W</warning></condition>)",
                        c, c, (c + 1) % conditions);
    body += '\n';
  }
  for (size_t c = 0; c < conditions; ++c) {
    for (size_t k = 1; k < 20; ++k) {
      const size_t i = c * 20 + k;  // unique, and the same k means the same role everywhere
      switch (k % 5) {
        case 0:
        case 1:
          // Supine, each from its own article, with steps in words of their condition's own
          // (possible-duplicate compares the condition's eight movements with one another).
          body += fmt::format(
              R"(<exercise id="m{}"><name>Move {}</name><position>supine</position><pattern>p{}</pattern><pattern>p{}</pattern><for condition="c{}" phase="{}"/><step>Rock the {} gently and rest.</step><warning category="w1">W</warning><cite article="art{}">Q</cite></exercise>)",
              i, i / 3, k % 7, (k + 3) % 7, c, phases[k % 3], letters(c), i);
          break;
        case 2:
        case 3:
          body += fmt::format(
              R"(<advice id="a{}" stance="{}" condition="c{}" phase="{}"><pattern>p{}</pattern><text>T</text></advice>)",
              i, stances[k % 3], c, phases[(k / 2) % 3], k % 4);
          break;
        case 4:
          body += fmt::format(
              R"(<claim id="k{}" about="c{}" topic="cause"><text>T</text><effect factor="f{}" direction="{}"/></claim>)",
              i % 100 == 4 ? i - 20 : i, c, k % 2, (k / 10) % 2 ? "improves" : "worsens");
          break;
      }
      body += '\n';
      if (body.size() > 200000) flush();
    }
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
                           "alias-collision", "duplicate-id", "warning-conflict",
                           "advice-claim-conflict", "possible-duplicate"}) {
    ASSERT_TRUE(small.contains(rule) && small.at(rule) > 0) << rule << " examined nothing";
    std::printf("%s: %zu pairs for 1,000 entries, %zu for 10,000\n", rule, small.at(rule), large.at(rule));
    const double ratio = double(large.at(rule)) / double(small.at(rule));
    EXPECT_GT(ratio, 8.0) << rule;
    EXPECT_LT(ratio, 12.5) << rule << ": " << small.at(rule) << " pairs for 1,000 entries, "
                           << large.at(rule) << " for 10,000 (quadratic would be ~100x)";
  }
}

/// 50 house rules over every kind of node the corpus has, each passing.
std::string fifty_house_rules() {
  const char* contexts[] = {"/content/exercise", "//pattern", "/content/advice/@stance", "//claim/effect",
                            "//condition[related]"};
  const char* asserts[] = {"name", "string-length(.) &gt; 0", "string-length(.) &gt; 0", "@factor",
                           "count(related) &lt; 100"};
  std::string rules;
  for (int i = 0; i < 50; ++i) {
    rules += fmt::format(R"(<rule id="house-r{}" level="note" context="{}" assert="{}" message="m"/>)", i,
                         contexts[i % 5], asserts[i % 5]);
  }
  return "<policy>" + rules + "</policy>";
}

size_t house_evaluations(size_t n) {
  TempSources s;
  write_corpus(s, n);
  s.write("policy.xml", fifty_house_rules());
  const Compilation c = s.compile();
  EXPECT_EQ(c.house_rules.size(), 50u);
  size_t total = 0;
  for (const auto& [rule, count] : c.candidates) {
    if (rule.starts_with("house-")) total += count;
  }
  return total;
}

TEST(LinearGrowth, FiftyHouseRulesEvaluateAboutTenTimesTheNodesForTenTimesTheEntries) {
  const size_t small = house_evaluations(1000), large = house_evaluations(10000);
  std::printf("50 house rules: %zu evaluations for 1,000 entries, %zu for 10,000\n", small, large);
  ASSERT_GT(small, 0u);
  const double ratio = double(large) / double(small);
  EXPECT_GT(ratio, 8.0);
  EXPECT_LT(ratio, 12.5);
}

}  // namespace
}  // namespace contentc
