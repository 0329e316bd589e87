// contentc quote: finds where words are in an article's snapshot and prints a ready cite.

#include <algorithm>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cli/command.h"
#include "resolve/normalized_text.h"
#include "resolve/passage_finder.h"
#include "util/decimal.h"
#include "util/edit_distance.h"
#include "util/plural.h"
#include "util/utf8.h"
#include "util/xml_text.h"

namespace contentc {

namespace po = boost::program_options;

namespace {

/// ", 2 spelt differently" when some words matched only one typo away.
std::string spelt_differently(const Passage& p) {
  return p.words_misspelt ? fmt::format(" ({} spelt differently)", p.words_misspelt) : std::string();
}

/// One passage as `quote` prints it: where it is and under which heading, the text, a cite.
std::string quote_listing(const Passage& p, size_t words_asked, const PassageFinder& finder,
                          const SourceFile& snapshot, const std::string& article) {
  const Loc at = locate_in(snapshot, 0, p.begin);
  const std::string heading = p.heading_line ? std::string(finder.headings().heading_name(p.heading_line)) : std::string();
  const std::string text = fold_space(std::string_view(snapshot.text).substr(p.begin, p.end - p.begin));
  std::string where = fmt::format("{}:{}:{}:", snapshot.path, at.line, at.column);
  where += heading.empty() ? std::string(" no heading above it")
                           : fmt::format(" under '{}' (line {})", heading, p.heading_line);
  if (!p.exact) where += fmt::format(", {} of the {} words{}", p.words_matched, words_asked, spelt_differently(p));
  const std::string section =
      heading.empty() ? std::string() : fmt::format(" section=\"{}\"", escape_xml_attribute(heading));
  return fmt::format("{}\n  {}\n  <cite article=\"{}\"{}>{}</cite>\n", where, text,
                     escape_xml_attribute(article), section, escape_xml_text(text));
}

/// More words than an editor remembers; the word alignment's cost grows with them.
constexpr size_t kMostQuoteWords = 200;

}  // namespace

int run_quote(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string sources = "sources", section, max = "5";
  std::vector<std::string> positional;
  desc.add_options()("sources,s", po::value(&sources))("section", po::value(&section))("max", po::value(&max))(
      "words", po::value(&positional)->multitoken());
  const po::variables_map vm = parse_command_line(args, desc, "words");
  if (positional.size() < 2) {
    throw UsageError{"'quote' takes an article id and the words to look for, e.g. contentc quote "
                     "si-joint-pain-in-pregnancy hold for 5 seconds"};
  }
  const auto most = parse_decimal(max, 1000);
  if (!most || *most == 0) throw UsageError{fmt::format("--max: '{}' is not a number from 1 to 1000", max)};
  std::string words;
  for (size_t i = 1; i < positional.size(); ++i) words += (i > 1 ? " " : "") + positional[i];
  if (fold_space(words).empty()) throw UsageError{"'quote' needs words to look for, not only spaces"};
  if (const size_t n = static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1; n > kMostQuoteWords) {
    throw UsageError{fmt::format("'quote' looks for {} words at most (got {}): a passage's first words find it",
                                 kMostQuoteWords, n)};
  }

  CheckOptions o;
  o.sources = sources;
  o.sources_display = sources;
  enter_repository(o.sources, o.sources_display);
  if (!sources_folder_exists(o)) return kExitUsage;
  const Compilation c = compile_sources(o.sources, o.sources_display, o.compile);
  const std::string& id = positional[0];
  const Article* article = nullptr;
  std::vector<std::string_view> ids;
  for (const Article& a : c.model.articles) {
    ids.push_back(a.id.value);
    if (a.id.value == id && !article) article = &a;
  }
  if (!article) {
    std::string known;
    if (ids.size() <= 10) {
      for (std::string_view a : ids) known += fmt::format("{}{}", known.empty() ? " (its articles: " : ", ", a);
      if (!known.empty()) known += ")";
    }
    std::cerr << fmt::format("contentc: error: no article '{}' in {}{}{}\n", id, o.sources_display,
                             did_you_mean(id, ids), known);
    return kExitUsage;
  }
  if (article->snapshot_file == Loc::kNoFile) {
    std::cerr << fmt::format("contentc: error: article '{}' has no snapshot to search ('contentc check {}' "
                             "says why)\n", id, o.sources_display);
    return kExitUsage;
  }
  std::vector<std::string> sections;
  c.model.for_each_cite([&](const Entry&, const Cite& cite) {
    if (cite.article.value == id && cite.section) sections.push_back(cite.section->value.str());
  });
  const SourceFile& snapshot = c.files[article->snapshot_file];
  const PassageFinder finder(snapshot.text, sections, marks_headings(snapshot.rel_path));
  if (vm.count("section")) {
    std::vector<std::string_view> headings;
    for (uint32_t line : finder.headings().lines()) headings.push_back(finder.headings().heading_name(line));
    const std::string wanted = normalize_quote(section);
    if (std::none_of(headings.begin(), headings.end(), [&](std::string_view h) { return normalize_quote(h) == wanted; })) {
      std::cerr << fmt::format("contentc: error: --section: '{}' is not a heading of {}{}\n", section,
                               snapshot.path, did_you_mean(section, headings));
      return kExitUsage;
    }
  }
  const std::string_view section_view = section;
  const PassageSearch found = finder.find(words, *most, vm.count("section") ? &section_view : nullptr);
  const std::string under = vm.count("section") ? fmt::format(" under '{}'", section) : std::string();
  if (found.passages.empty() || found.nothing_close) {
    std::string asked = fold_space(words);
    if (utf8_count_code_points(asked) > 60) asked = fmt::format("{}…", asked.substr(0, asked.rfind(' ', 60)));
    std::string message = fmt::format("nothing in {}{} is close to '{}'", snapshot.path, under, asked);
    if (!found.passages.empty()) {
      const Passage& best = found.passages.front();
      message += fmt::format(": the closest passage (line {}) has only {} of the {} words", best.line,
                             best.words_matched, found.words_asked);
    }
    std::cerr << "contentc: " << message << "; try fewer words, as the article writes them\n";
    return kExitFindings;
  }
  std::string listing;
  for (const Passage& p : found.passages) {
    listing += (listing.empty() ? "" : "\n") + quote_listing(p, found.words_asked, finder, snapshot, article->id.value.str());
  }
  write_stdout(listing);
  const Passage& best = found.passages.front();
  std::string summary;
  if (best.exact) {
    summary = fmt::format("{} {} these words{}", plural(found.found, "passage", "passages"),
                          found.found == 1 ? "has" : "have", under);
  } else {
    summary = fmt::format("no passage{} has these words as written; ", under);
    summary += found.passages.size() == 1
                   ? fmt::format("the closest has {} of the {} words{}", best.words_matched, found.words_asked,
                                 spelt_differently(best))
                   : fmt::format("{} come about equally close ({} of the {} words)", found.passages.size(),
                                 best.words_matched, found.words_asked);
  }
  if (found.found > found.passages.size()) summary += fmt::format(" (the first {} shown; --max shows more)", found.passages.size());
  if (found.ambiguous) summary += ": add words, or name the heading with --section, to choose one";
  std::cerr << summary << "\n";
  return kExitClean;
}

}  // namespace contentc
