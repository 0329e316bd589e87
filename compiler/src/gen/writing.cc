// The generator's files: the content files, the snapshots, the articles, policy.xml and the expected findings.

#include "gen/generator.h"

#include <fstream>

#include <fmt/format.h>

#include "util/json_writer.h"

namespace contentc::corpus_gen {

std::string Generator::sentence_words(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i ? " " : "") + std::string(kWords[rng_.below(kWords.size())]);
  return s;
}

namespace {
constexpr std::array<const char*, 16> kSyllables = {"ba", "de", "ki", "lo", "mu", "na", "pe", "ri",
                                                    "so", "tu", "va", "ze", "go", "fi", "ha", "jo"};
}  // namespace

std::string Generator::step_words(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += (i ? " " : "") + std::string(kSyllables[rng_.below(16)]) + kSyllables[rng_.below(16)];
  }
  return s;
}

std::string Generator::capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Generator::current_file() const {
  // Planted files sort after the clean ones, so a planted duplicate id is the second one seen.
  return defect_mode_ ? fmt::format("content/planted-{:04}.xml", file_number_)
                      : fmt::format("content/part-{:04}.xml", file_number_);
}

size_t Generator::add(std::vector<std::string> entry) {
  if (lines_.empty()) lines_.push_back("<content>");
  last_file_ = current_file();
  size_t first = lines_.size() + 1;
  for (std::string& l : entry) {
    // An element written across lines counts each line.
    size_t start = 0;
    for (size_t nl; (nl = l.find('\n', start)) != std::string::npos; start = nl + 1) {
      lines_.push_back(l.substr(start, nl - start));
    }
    lines_.push_back(l.substr(start));
  }
  if (++entries_in_file_ >= 200) flush_content();
  return first;
}

void Generator::flush_content() {
  if (lines_.empty()) return;
  lines_.push_back("</content>");
  std::string text;
  for (const std::string& l : lines_) text += l + "\n";
  write_file(current_file(), text);
  lines_.clear();
  entries_in_file_ = 0;
  ++file_number_;
}

void Generator::write_file(const std::string& rel, const std::string& text) {
  std::ofstream f(dir_ / rel, std::ios::binary);
  f << text;
  if (!f && error_.empty()) error_ = fmt::format("cannot write '{}'", (dir_ / rel).string());
}

void Generator::write_snapshot(Article& a) {
  std::string text = fmt::format("Article {}\n\nThis guide is about movement in pregnancy. {} See your provider "
                                 "before you start.\n\n",
                                 a.id, kStopSentence);
  const size_t target = 10000 + rng_.below(20000);
  const size_t per_section = target / a.headings.size();
  for (size_t s = 0; s < a.headings.size(); ++s) {
    text += a.headings[s] + "\n\n";
    const size_t section_start = text.size();
    size_t q = 0;
    while (text.size() - section_start < per_section || q < a.quotes[s].size()) {
      std::string paragraph;
      for (int i = 0; i < 4; ++i) {
        paragraph += capitalised(sentence_words(6 + rng_.below(8))) + ". ";
        if (q < a.quotes[s].size() && rng_.below(2) == 0) paragraph += a.quotes[s][q++] + " ";
      }
      text += paragraph + "\n\n";
    }
  }
  write_file("articles/" + a.file, text);
}

void Generator::write_articles() {
  std::string text = "<content>\n";
  for (const Article& a : articles_) {
    // Every field an article can have, so that the bundles and the data package carry them.
    text += fmt::format("  <article id=\"{0}\">\n    <title>Movement in pregnancy, part {1}</title>\n"
                        "    <author>Generated</author>\n    <publisher>Generated Press</publisher>\n"
                        "    <url>https://example.org/articles/{0}</url>\n    <retrieved>2026-01-15</retrieved>\n"
                        "    <license>CC-BY-4.0</license>\n    <snapshot>{2}</snapshot>\n  </article>\n",
                        a.id, a.id.substr(8), a.file);
  }
  write_file("articles/articles.xml", text + "</content>\n");
}

std::string Generator::unique_word(size_t k) {
  const size_t n = kSyllables.size();
  std::string w = std::string(kSyllables[k % n]) + kSyllables[k / n % n] + kSyllables[k / n / n % n];
  accepted_words_.push_back(w);
  return w;
}

void Generator::write_policy() {
  std::string terms;
  auto vocabulary = [&terms](const char* kind, std::vector<std::string> list) {
    terms += fmt::format("  <vocabulary kind=\"{}\">\n", kind);
    for (const std::string& t : list) terms += fmt::format("    <term>{}</term>\n", t);
    terms += "  </vocabulary>\n";
  };
  std::vector<std::string> patterns(kPatterns.begin(), kPatterns.end());
  patterns.insert(patterns.end(), kAvoidPatterns.begin(), kAvoidPatterns.end());
  patterns.insert(patterns.end(), patterns_.begin(), patterns_.end());
  patterns.push_back("single-leg-stance");
  vocabulary("pattern", patterns);
  vocabulary("equipment", std::vector<std::string>(kEquipment.begin(), kEquipment.end()));
  vocabulary("target", std::vector<std::string>(kTargets.begin(), kTargets.end()));
  vocabulary("warning-category", {"stop-if-pain", "see-provider", "supine-position", "fall-risk", "work-into-pain"});
  std::vector<std::string> factors(kImproves.begin(), kImproves.end());
  factors.insert(factors.end(), kWorsens.begin(), kWorsens.end());
  factors.insert(factors.end(), factors_.begin(), factors_.end());
  vocabulary("factor", factors);
  std::string relates;
  for (const std::string& r : relates_) relates += r;
  // The planted house rules come last, one line each: their lines are known once the rest is.
  const std::string reviews = reviews_policy();
  // The made-up words of the steps are the house's own: accepted, so that spelling reads the rest.
  std::string made_up;
  for (const char* a : kSyllables) {
    for (const char* b : kSyllables) made_up += fmt::format("<accept>{}{}</accept>", a, b);
  }
  for (const std::string& w : accepted_words_) made_up += fmt::format("<accept>{}</accept>", w);
  std::string drops;
  for (size_t i = 0; i < empty_drops_.size(); ++i) {
    drops += empty_drops_[i];
    expected_.push_back({"policy-include", "policy.xml", 2 + i});
  }
  const size_t house_first_line = 1 + empty_drops_.size() + static_cast<size_t>(std::count(terms.begin(), terms.end(), '\n')) + 6 +
                                  relates_.size() + 3 + 3 + 3 +
                                  static_cast<size_t>(std::count(reviews.begin(), reviews.end(), '\n')) +
                                  1;  // the licence
  std::string house_rules;
  for (size_t i = 0; i < broken_house_rules_.size(); ++i) {
    house_rules += broken_house_rules_[i];
    expected_.push_back({"bad-house-rule", "policy.xml", house_first_line + i});
  }
  write_file("policy.xml",
             "<policy>\n" + drops + terms +
                 "  <require-warning category=\"stop-if-pain\" on=\"exercise stretch\"/>\n"
                 "  <require-warning category=\"see-provider\" on=\"condition\"/>\n"
                 "  <require-warning category=\"supine-position\" when-position=\"supine\"/>\n"
                 "  <require-warning category=\"fall-risk\" when-pattern=\"single-leg-stance\"/>\n"
                 "  <oppose category=\"stop-if-pain\" against=\"work-into-pain\"/>\n"
                 "  <warning-cues category=\"stop-if-pain\" words=\"stop|pain|hurt\"/>\n" +
                 relates +
                 "  <limit what=\"reps\" max=\"30\"/>\n"
                 "  <limit what=\"hold\" kind=\"exercise\" max=\"60 s\"/>\n"
                 "  <limit what=\"hold\" kind=\"stretch\" min=\"10 s\" max=\"3 min\"/>\n"
                 "  <term use=\"pelvic girdle pain\" instead-of=\"PGP\"/>\n"
                 "  <avoid phrase=\"guaranteed cure\" reason=\"no exercise can promise that\"/>\n"
                 // Clean steps score at most about grade 15 (two sentences, nine long words).
                 "  <readability in=\"step\" max-grade=\"16\"/>\n"
                 "  <spelling dictionaries=\"en_US en_med_glut\">" + made_up + "</spelling>\n" +
                 reviews +
                 "  <license name=\"CC-BY-4.0\" path=\"https://creativecommons.org/licenses/by/4.0/\" "
                 "title=\"Creative Commons Attribution 4.0\"/>\n" +
                 // A house rule every clean movement passes, run on every content file.
                 "  <rule id=\"house-named\" level=\"error\" context=\"/content/exercise | /content/stretch\" "
                 "assert=\"normalize-space(name) != ''\" message=\"{@id} has no name\"/>\n" +
                 house_rules + "</policy>\n");
}

void Generator::write_expected() {
  JsonWriter w;
  w.begin_array();
  for (const Expected& e : expected_) {
    w.begin_object().key("rule").value(e.rule).key("file").value(e.file).key("line").value(static_cast<uint64_t>(e.line)).end_object();
  }
  w.end_array();
  write_file("expected-findings.json", w.take());
}

}  // namespace contentc::corpus_gen
