#include "gen/corpus_generator.h"

#include <array>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "rules/registry.h"
#include "rules/suppressions.h"
#include "util/json_writer.h"

namespace contentc {

namespace fs = std::filesystem;

namespace {

/// SplitMix64: the same numbers on every platform (std:: distributions are not portable).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<size_t>(hi - lo + 1))); }
  template <typename T, size_t N>
  const T& pick(const std::array<T, N>& a) { return a[below(N)]; }

 private:
  uint64_t state_;
};

constexpr std::array<const char*, 10> kNameFirst = {"Gentle", "Pelvic", "Deep", "Slow", "Supported",
                                                    "Rolling", "Steady", "Soft", "Open", "Easy"};
constexpr std::array<const char*, 10> kNameSecond = {"tilt", "rock", "reach", "press", "lift",
                                                     "sway", "glide", "hold", "curl", "circle"};
constexpr std::array<const char*, 5> kConditionPrefix = {"Pelvic", "Hip", "Lower back", "Buttock", "Thigh"};
constexpr std::array<const char*, 5> kPositions = {"standing", "seated", "quadruped", "kneeling", "side-lying"};
constexpr std::array<const char*, 6> kPatterns = {"hip-extension", "posterior-pelvic-tilt", "spinal-flexion",
                                                  "breathing", "rocking", "hip-abduction"};
constexpr std::array<const char*, 4> kAvoidPatterns = {"impact", "cardio-machine", "lunge", "heavy-lifting"};
constexpr std::array<const char*, 6> kTargets = {"glutes", "core", "hip-adductors", "hamstrings",
                                                 "lower-back", "transverse-abdominis"};
constexpr std::array<const char*, 4> kEquipment = {"ball", "resistance-band", "chair", "yoga-mat"};
constexpr std::array<const char*, 3> kImproves = {"warm-compress", "stability-belt", "walking-breaks"};
constexpr std::array<const char*, 3> kWorsens = {"prolonged-sitting", "uterus-weight", "joint-laxity"};
constexpr std::array<const char*, 3> kPhases = {"any", "pregnancy", "postpartum"};
constexpr std::array<const char*, 8> kTopics = {"definition", "cause", "symptom", "prevalence",
                                                "prognosis", "risk", "diagnosis", "treatment"};
constexpr std::array<const char*, 16> kWords = {
    "pelvis", "gently", "muscles", "pregnancy", "support", "breathing", "comfortable", "balance",
    "posture", "slowly", "relief", "hips", "strength", "provider", "movement", "rest"};
constexpr std::array<const char*, 12> kHeadings = {"Why it happens", "What helps", "How to start", "Daily habits",
                                                   "When to stop", "Warming up", "Building strength", "Stretching",
                                                   "Sleep and rest", "After the birth", "Common questions", "Getting help"};

const char* kStopSentence = "Stop at once if it causes you any pain.";

struct Article {
  std::string id;
  std::string file;  ///< snapshot file name, inside articles/
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> quotes;  ///< per section
};

/// One entry to write: its lines and, for planted defects, what contentc must report.
struct Expected {
  std::string rule, file;
  size_t line;
};

class Generator {
 public:
  Generator(fs::path dir, const CorpusOptions& o) : dir_(std::move(dir)), o_(o), rng_(o.seed) {}

  std::string run() {
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
    if (o_.defect_rate > 0) write_expected();
    return error_;
  }

 private:
  // --- planning: who cites which article, under which heading ---------------------------------

  void plan() {
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

  /// A sentence for entry `n` in article `a`, under a random heading; returns the heading.
  std::string place(size_t a, const std::string& sentence) { return place_at(a, rng_.below(articles_[a].headings.size()), sentence); }
  /// Places `sentence` under heading `s` of article `a`; returns the heading.
  std::string place_at(size_t a, size_t s, const std::string& sentence) {
    Article& art = articles_[a];
    art.quotes[s].push_back(sentence);
    return art.headings[s];
  }
  size_t next_article() { return cursor_++ % articles_.size(); }

  std::string condition_id(size_t c) const { return fmt::format("condition-{:05}", c + 1); }

  // --- entries -----------------------------------------------------------------------------------

  /// A <cite> of `sentence`, which is placed in article `a`; `section` overrides the heading.
  std::string cite_element(size_t a, const std::string& sentence, bool with_section,
                           const std::string& section = "", std::optional<size_t> under = std::nullopt) {
    const std::string heading = under ? place_at(a, *under, sentence) : place(a, sentence);
    return with_section ? fmt::format("<cite article=\"{}\" section=\"{}\">{}</cite>", articles_[a].id,
                                      section.empty() ? heading : section, sentence)
                        : fmt::format("<cite article=\"{}\">{}</cite>", articles_[a].id, sentence);
  }
  std::string cite_line(size_t a, const std::string& sentence, bool with_section) {
    return "    " + cite_element(a, sentence, with_section);
  }

  void condition(size_t c) {
    const size_t a = next_article();
    const std::string id = condition_id(c);
    const std::string name = fmt::format("{} pain {}", kConditionPrefix[c % kConditionPrefix.size()], c + 1);
    std::vector<std::string> e{fmt::format("  <condition id=\"{}\">", id), fmt::format("    <name>{}</name>", name),
                               fmt::format("    <alias>{} ache {}</alias>", kConditionPrefix[c % kConditionPrefix.size()], c + 1)};
    if (c % 2 == 0 && c + 1 < conditions_) e.push_back(fmt::format("    <related to=\"{}\"/>", condition_id(c + 1)));
    e.push_back(fmt::format("    <summary>A common {} complaint in pregnancy.</summary>", sentence_words(3)));
    e.push_back(fmt::format("    <symptom>{}</symptom>", capitalised(sentence_words(5))));
    e.push_back("    <warning category=\"see-provider\">See your provider before you start exercising.</warning>");
    e.push_back(cite_line(a, fmt::format("{} is often felt as a dull ache in the {} region, case {}.", name,
                                         kWords[rng_.below(kWords.size())], c + 1), true));
    e.push_back("  </condition>");
    add(std::move(e));
  }

  struct MovementSpec {
    std::string kind, id, name, position;
    std::vector<std::string> patterns, extra;  ///< extra: lines inserted after the name
    std::string for_condition, phase;
    bool dose = true, warning = true, cite = true, side_in_quote = false, side = true;
    std::string reps, hold;  ///< override values (and their quote) when set
    std::string sets;        ///< a sets field, which no quote states
    bool spanning_quote = false;  ///< a quote eliding from one heading of its article into the next
    bool work_into_pain = false;  ///< a warning to work into the pain, beside the stop-if-pain one
    std::string warning_quote;    ///< the stop-if-pain warning's quote, instead of the stop sentence
    std::string quote_reps, quote_hold;
    std::string alias;
    std::string section_override, quote_override;
    bool lower_case_quote = false;  ///< the cite writes the sentence's first letter in lower case
    std::vector<std::string> suppress;
    std::string second_dose;  ///< a conflicting dose from another article
    std::string first_step;   ///< the first step's text, instead of random words
    bool step_from_article = true;  ///< false: the first step is in no article (step-unsupported)
    std::string house_step;   ///< a step marked source="house", after the others
    std::string cite_sentence;  ///< the entry cite's sentence, instead of random words
    std::string target;         ///< the target, instead of a random one
  };

  MovementSpec clean_movement(size_t i, const std::string& kind) {
    MovementSpec m;
    m.kind = kind;
    m.id = fmt::format("{}-{:06}", kind == "exercise" ? "ex" : "st", i + 1);
    m.name = fmt::format("{} {} {}", kNameFirst[i % 10], kNameSecond[(i / 10) % 10], i + 1);
    m.position = kPositions[rng_.below(kPositions.size())];
    m.patterns = {kPatterns[rng_.below(kPatterns.size())]};
    m.for_condition = condition_id(rng_.below(conditions_));
    m.phase = kPhases[rng_.below(kPhases.size())];
    return m;
  }

  void movement(size_t i, const std::string& kind) { write_movement(clean_movement(i, kind)); }

  /// Writes a movement; returns the line numbers of its parts (relative: index in the file).
  std::map<std::string, size_t> write_movement(const MovementSpec& m) {
    std::map<std::string, size_t> at;
    const size_t a = next_article();
    std::vector<std::string> e{fmt::format("  <{} id=\"{}\">", m.kind, m.id)};
    at["start"] = 0;
    at["name"] = e.size();
    e.push_back(fmt::format("    <name>{}</name>", m.name));
    for (const std::string& x : m.extra) {
      at["extra"] = e.size();
      e.push_back(x);
    }
    if (!m.alias.empty()) {
      at["alias"] = e.size();
      e.push_back(fmt::format("    <alias>{}</alias>", m.alias));
    }
    // The steps are made-up words, unless the cites name other sections than the one the steps
    // are placed in (or there is no entry cite): then the corpus's common words, which every
    // passage holds (step-unsupported). Such a movement names no position, so that
    // possible-duplicate does not take two of them, sharing those few words, for one movement.
    const bool elsewhere = m.spanning_quote || !m.section_override.empty() || !m.quote_override.empty() || !m.cite;
    const std::string position = elsewhere ? "" : m.position;
    if (!position.empty()) e.push_back(fmt::format("    <position>{}</position>", position));
    e.push_back(fmt::format("    <equipment>{}</equipment>", kEquipment[rng_.below(kEquipment.size())]));
    const std::string target = kTargets[rng_.below(kTargets.size())];
    e.push_back(fmt::format("    <target>{}</target>", m.target.empty() ? target : m.target));
    for (const std::string& p : m.patterns) {
      at["pattern"] = e.size();
      e.push_back(fmt::format("    <pattern>{}</pattern>", p));
    }
    at["for"] = e.size();
    e.push_back(fmt::format("    <for condition=\"{}\" phase=\"{}\"/>", m.for_condition, m.phase));
    // The entry's cite and its steps go under one heading, so that the steps are in the cited
    // passage (step-unsupported).
    const size_t section = rng_.below(articles_[a].headings.size());
    const std::string random_step = capitalised(elsewhere ? sentence_words(7) : step_words(7)) + ".";
    const std::string first_step = m.first_step.empty() ? random_step : m.first_step;
    if (m.step_from_article) place_at(a, section, first_step);
    at["step"] = e.size();
    e.push_back(fmt::format("    <step>{}</step>", first_step));
    // One draw per statement: the order in which a call's arguments are evaluated is left to
    // the compiler, and the corpus must be the same whichever built the generator.
    const std::string_view verb = kNameSecond[rng_.below(10)];
    const std::string_view word = kWords[rng_.below(kWords.size())];
    const std::string second_step = fmt::format("Breathe out as you {} and keep your {} relaxed.", verb, word);
    place_at(a, section, second_step);
    e.push_back(fmt::format("    <step>{}</step>", second_step));
    if (!m.house_step.empty()) {
      at["house-step"] = e.size();
      e.push_back(fmt::format("    <step source=\"house\">{}</step>", m.house_step));
    }
    const bool stretch = m.kind == "stretch";
    if (m.dose) {
      const int h = stretch ? rng_.between(10, 60) : rng_.between(3, 10);
      const int lo = rng_.between(5, 10), hi = lo + rng_.between(0, 5);
      const std::string reps = m.reps.empty() ? fmt::format("{}-{}", lo, hi) : m.reps;
      const std::string hold = m.hold.empty() ? fmt::format("{} s", h) : m.hold;
      const std::string q_reps = m.quote_reps.empty() ? reps : m.quote_reps;
      const std::string q_hold = m.quote_hold.empty() ? std::to_string(h) : m.quote_hold;
      const std::string quote =
          stretch ? fmt::format("Hold the {} stretch for {} seconds on each side.", m.name, q_hold)
                  : fmt::format("Hold the {} for {} seconds and repeat {} times{}.", m.name, q_hold, q_reps,
                                m.side_in_quote ? " on each side" : "");
      at["dose"] = e.size();
      e.push_back("    <dose>");
      if (!stretch) {
        at["reps"] = e.size();
        e.push_back(fmt::format("      <reps>{}</reps>", reps));
      }
      at["hold"] = e.size();
      e.push_back(fmt::format("      <hold>{}</hold>", hold));
      if (!m.sets.empty()) {
        at["sets"] = e.size();
        e.push_back(fmt::format("      <sets>{}</sets>", m.sets));
      }
      if (stretch && m.side) e.push_back("      <side>each</side>");
      e.push_back("      " + cite_element(a, quote, false));
      e.push_back("    </dose>");
      if (!m.second_dose.empty()) {
        const size_t b = (a + 1) % articles_.size();
        e.push_back("    <dose>");
        at["hold2"] = e.size();
        e.push_back(fmt::format("      <hold>{} s</hold>", m.second_dose));
        e.push_back("      " + cite_element(b, fmt::format("The {} can also be held for {} seconds.", m.name,
                                                           m.second_dose), false));
        e.push_back("    </dose>");
      }
    }
    if (m.warning) {
      at["warning"] = e.size();
      e.push_back(fmt::format("    <warning category=\"stop-if-pain\">Stop if it hurts. {}</warning>",
                              cite_element(a, m.warning_quote.empty() ? kStopSentence : m.warning_quote, false)));
    }
    if (m.work_into_pain) {
      at["work-into-pain"] = e.size();
      e.push_back("    <warning category=\"work-into-pain\">Push gently into the pain.</warning>");
    }
    for (const std::string& p : m.patterns) {
      if (p == "single-leg-stance") e.push_back("    <warning category=\"fall-risk\">Hold on to a wall.</warning>");
    }
    if (position == "supine") {
      e.push_back("    <warning category=\"supine-position\">Keep time on your back short.</warning>");
    }
    if (m.cite) {
      at["cite"] = e.size();
      const std::string_view cite_verb = kNameSecond[rng_.below(10)];
      const std::string_view cite_word = kWords[rng_.below(kWords.size())];
      const std::string words = sentence_words(4);
      const std::string sentence = m.cite_sentence.empty()
                                       ? fmt::format("The {} {} your {} {}.", m.name, cite_verb, cite_word, words)
                                       : m.cite_sentence;
      std::string line = "    " + cite_element(a, sentence, true, m.section_override, section);
      if (!m.quote_override.empty()) {
        line = fmt::format("    <cite article=\"{}\">{}</cite>", articles_[a].id, m.quote_override);
      }
      if (m.lower_case_quote) {
        const size_t at_quote = line.find(">The ");
        if (at_quote != std::string::npos) line[at_quote + 1] = 't';
      }
      if (m.spanning_quote) {
        // A sentence under each of the article's first two headings, each cited with its
        // section (so both lines are headings), and a quote eliding from one into the other.
        Article& art = articles_[a];
        const std::string opening = fmt::format("The {} opens {}.", m.name, sentence_words(3));
        const std::string closing = fmt::format("The {} closes {}.", m.name, sentence_words(3));
        art.quotes[0].push_back(opening);
        art.quotes[1].push_back(closing);
        e.push_back(fmt::format("    <cite article=\"{}\" section=\"{}\">{}</cite>", art.id, art.headings[0], opening));
        e.push_back(fmt::format("    <cite article=\"{}\" section=\"{}\">{}</cite>", art.id, art.headings[1], closing));
        at["cite"] = e.size();
        line = fmt::format("    <cite article=\"{}\">{} ... {}</cite>", art.id, opening, closing);
      }
      e.push_back(line);
    }
    for (const std::string& s : m.suppress) {
      at["suppress"] = e.size();
      e.push_back(s);
    }
    e.push_back(fmt::format("  </{}>", m.kind));
    const size_t first = add(std::move(e));
    for (auto& [k, v] : at) v += first;
    return at;
  }

  std::map<std::string, size_t> advice_entry(size_t i, std::string stance = "", std::string pattern = "",
                                             std::string condition = "", std::string phase = "") {
    std::map<std::string, size_t> at;
    const size_t a = next_article();
    if (stance.empty()) stance = i % 3 == 0 ? "recommend" : (i % 3 == 1 ? "avoid" : "caution");
    if (pattern.empty()) {
      pattern = stance == "recommend" ? kPatterns[rng_.below(kPatterns.size())] : kAvoidPatterns[rng_.below(kAvoidPatterns.size())];
    }
    if (condition.empty()) condition = condition_id(rng_.below(conditions_));
    const std::string id = fmt::format("advice-{:06}", ++advice_count_);
    std::vector<std::string> e{fmt::format("  <advice id=\"{}\" stance=\"{}\" condition=\"{}\" phase=\"{}\">", id, stance,
                                           condition, phase.empty() ? kPhases[rng_.below(kPhases.size())] : phase)};
    at["pattern"] = e.size();
    e.push_back(fmt::format("    <pattern>{}</pattern>", pattern));
    e.push_back(fmt::format("    <text>{}.</text>", capitalised(sentence_words(8))));
    e.push_back(cite_line(a, fmt::format("Advice {}: {} {} is {} for most women.", advice_count_, pattern,
                                         kWords[rng_.below(kWords.size())], stance == "recommend" ? "helpful" : "best limited"),
                          true));
    e.push_back("  </advice>");
    const size_t first = add(std::move(e));
    for (auto& [k, v] : at) v += first;
    return at;
  }

  std::map<std::string, size_t> claim(size_t i, std::string factor = "", std::string direction = "",
                                      std::string condition = "", bool cite = true, std::string text = "",
                                      std::string quote = "") {
    std::map<std::string, size_t> at;
    const size_t a = next_article();
    if (condition.empty()) condition = condition_id(rng_.below(conditions_));
    const std::string id = fmt::format("claim-{:06}", ++claim_count_);
    std::vector<std::string> e{fmt::format("  <claim id=\"{}\" about=\"{}\" topic=\"{}\">", id, condition,
                                           kTopics[rng_.below(kTopics.size())])};
    at["text"] = e.size();
    e.push_back(fmt::format("    <text>{}</text>", text.empty() ? capitalised(sentence_words(9)) + "." : text));
    if (factor.empty() && i % 2 == 0) {
      const bool improves = rng_.below(2) == 0;
      factor = improves ? kImproves[rng_.below(3)] : kWorsens[rng_.below(3)];
      direction = improves ? "improves" : "worsens";
    }
    if (!factor.empty()) {
      at["effect"] = e.size();
      e.push_back(fmt::format("    <effect factor=\"{}\" direction=\"{}\"/>", factor, direction));
    }
    if (i % 3 == 0) {
      const int value = rng_.between(5, 95);
      const int sample = rng_.between(50, 2000);
      e.push_back(fmt::format("    <figure value=\"{}\" unit=\"%\" sample=\"{}\">women who reported it</figure>",
                              value, sample));
    }
    if (cite) {
      const std::string_view word = kWords[rng_.below(kWords.size())];
      const std::string words = sentence_words(3);
      e.push_back(cite_line(a, quote.empty() ? fmt::format("Claim {}: the {} {} in many pregnancies.", claim_count_, word, words)
                                             : fmt::format("Claim {}: {}", claim_count_, quote),
                            true));
    }
    e.push_back("  </claim>");
    const size_t first = add(std::move(e));
    for (auto& [k, v] : at) v += first;
    return at;
  }

  // --- planted defects -----------------------------------------------------------------------------

  void expect(const std::string& rule, size_t line) { expected_.push_back({rule, last_file_, line}); }

  void plant_defects() {
    flush_content();
    const size_t count = std::max<size_t>(1, static_cast<size_t>(o_.entries * o_.defect_rate + 0.5));
    defect_mode_ = true;
    for (size_t k = 0; k < count; ++k) plant(k);
    flush_content();
    defect_mode_ = false;
  }

  /// Every rule a corpus can carry a defect of: all but those about the folder as a whole (a
  /// corpus always has content and a policy).
  static RuleCatalogue plantable_rules() {
    RuleCatalogue out;
    for (const Rule* r : builtin_rules()) {
      if (r != &kNoContent && r != &kPolicyMissing) out.push_back(r);
    }
    return out;
  }

  /// Plants defect number k: one of each plantable rule in turn, in catalogue order.
  void plant(size_t k) {
    static const RuleCatalogue rules = plantable_rules();
    const Rule* rule = rules[k % rules.size()];
    const size_t n = 900000 + k;  // numbers no clean entry uses
    MovementSpec m = clean_movement(n, "exercise");
    m.id = fmt::format("defect-{:06}", k + 1);
    m.name = fmt::format("Planted drill {}", k + 1);
    m.patterns = {"breathing"};
    const std::string planted = fmt::format("planted-{}", k + 1);
    std::map<std::string, size_t> at;
    if (rule == &kHouseRuleInvalid) {  // a house rule in the policy whose context is not XPath
      broken_house_rules_.push_back(fmt::format(
          "  <rule id=\"house-planted-{}\" level=\"error\" context=\"//exercise[\" assert=\"name\" "
          "message=\"m\"/>\n",
          k + 1));
      return;
    } else if (rule == &kPreferredTerm) {  // the policy prefers "pelvic girdle pain" to "PGP"
      m.name = fmt::format("PGP drill {}", k + 1);
      at = write_movement(m);
      expect("preferred-term", at["name"]);
      return;
    } else if (rule == &kAvoidedPhrase) {  // the policy avoids "guaranteed cure"
      m.name = fmt::format("Guaranteed cure drill {}", k + 1);
      at = write_movement(m);
      expect("avoided-phrase", at["name"]);
      return;
    } else if (rule == &kReadingLevel) {  // a step of long words, above the policy's grade 16
      m.first_step =
          "Maintain abdominal activation, particularly throughout every repetition, individualising "
          "intensity, prioritising comfortable alignment, avoiding unnecessary discomfort, and "
          "reconsidering positioning immediately.";
      at = write_movement(m);
      expect("reading-level", at["step"]);
      return;
    } else if (rule == &kXmlMalformed) {  // xml-malformed: a file of its own
      flush_content();
      const std::string file = fmt::format("content/broken-{:04}.xml", k + 1);
      write_file(file, "<content>\n  <condition id=\"broken\">\n</content>\n");
      expected_.push_back({"xml-malformed", file, 3});
      return;
    } else if (rule == &kSchemaViolation) {
      m.extra = {"    <colour>red</colour>"};
      at = write_movement(m);
      expect("schema-violation", at["extra"]);
      return;
    } else if (rule == &kBadId) {
      m.id = fmt::format("Defect_{}", k + 1);
      at = write_movement(m);
      expect("bad-id", at["start"]);
      return;
    } else if (rule == &kDuplicateId) {
      m.id = "ex-000001";
      at = write_movement(m);
      expect("duplicate-id", at["start"]);
      return;
    } else if (rule == &kUnknownReference) {
      m.for_condition = fmt::format("no-such-condition-{}", k + 1);
      at = write_movement(m);
      expect("unknown-reference", at["for"]);
      return;
    } else if (rule == &kUnknownTerm) {
      m.patterns = {fmt::format("no-such-pattern-{}", k + 1)};
      at = write_movement(m);
      expect("unknown-term", at["pattern"]);
      return;
    } else if (rule == &kAliasCollision) {
      m.alias = clean_movement(0, "exercise").name;
      at = write_movement(m);
      expect("alias-collision", at["alias"]);
      return;
    } else if (rule == &kMissingCitation) {
      m.cite = false;
      at = write_movement(m);
      expect("missing-citation", at["start"]);
      return;
    } else if (rule == &kQuoteNotFound) {
      m.quote_override = fmt::format("Zzyzx planted quote {} is in no article.", k + 1);
      at = write_movement(m);
      expect("quote-not-found", at["cite"]);
      return;
    } else if (rule == &kQuoteInexact) {
      m.lower_case_quote = true;
      at = write_movement(m);
      expect("quote-inexact", at["cite"]);
      return;
    } else if (rule == &kSectionNotFound) {
      m.section_override = fmt::format("No such heading {}", k + 1);
      at = write_movement(m);
      expect("section-not-found", at["cite"]);
      return;
    } else if (rule == &kDoseRange) {
      m.reps = "10-8";
      at = write_movement(m);
      expect("dose-range", at["reps"]);
      return;
    } else if (rule == &kDoseLimit) {
      m.reps = "40-45";
      at = write_movement(m);
      expect("dose-limit", at["reps"]);
      return;
    } else if (rule == &kDoseImprecise) {
      m.reps = "several";
      at = write_movement(m);
      expect("dose-imprecise", at["reps"]);
      return;
    } else if (rule == &kDoseQuoteMismatch) {
      m.hold = "30 s";
      m.quote_hold = "5";
      at = write_movement(m);
      expect("dose-quote-mismatch", at["hold"]);
      return;
    } else if (rule == &kSideMissing) {
      m.side_in_quote = true;
      at = write_movement(m);
      expect("side-missing", at["dose"]);
      return;
    } else if (rule == &kDoseConflict) {
      m.hold = "5 s";
      m.quote_hold = "5";
      m.second_dose = "40";
      at = write_movement(m);
      expect("dose-conflict", at["hold2"]);
      return;
    } else if (rule == &kDoseMissing) {
      m.dose = false;
      at = write_movement(m);
      expect("dose-missing", at["start"]);
      return;
    } else if (rule == &kMissingWarning) {
      m.warning = false;
      at = write_movement(m);
      expect("missing-warning", at["start"]);
      return;
    } else if (rule == &kAdviceConflict) {
      patterns_.push_back(planted);
      m.patterns = {planted};
      m.phase = "any";
      at = write_movement(m);
      expect("advice-conflict", at["for"]);
      advice_entry(0, "avoid", planted, m.for_condition, "any");
      return;
    } else if (rule == &kAdviceContradiction) {
      patterns_.push_back(planted);
      const std::string condition = condition_id(k % conditions_);
      at = advice_entry(0, "recommend", planted, condition, "any");
      expect("advice-contradiction", at["pattern"]);
      advice_entry(0, "avoid", planted, condition, "pregnancy");
      return;
    } else if (rule == &kClaimContradiction) {
      const std::string factor = fmt::format("planted-factor-{}", k + 1);
      factors_.push_back(factor);
      const std::string condition = condition_id(k % conditions_);
      claim(1, factor, "worsens", condition);
      at = claim(1, factor, "improves", condition);
      expect("claim-contradiction", at["effect"]);
      return;
    } else if (rule == &kAdviceClaimConflict) {
      const std::string factor = fmt::format("planted-strain-{}", k + 1);
      factors_.push_back(factor);
      patterns_.push_back(planted);
      relates_.push_back(fmt::format("  <relate pattern=\"{}\" factor=\"{}\"/>\n", planted, factor));
      m.patterns = {planted};
      at = write_movement(m);
      expect("advice-claim-conflict", at["pattern"]);
      claim(1, factor, "worsens", m.for_condition);
      return;
    } else if (rule == &kNameMismatch) {
      m.name = fmt::format("Seated drill {}", k + 1);
      m.position = "standing";
      at = write_movement(m);
      expect("name-mismatch", at["name"]);
      return;
    } else if (rule == &kSuppressionWithoutReason) {
      m.suppress = {"    <suppress rule=\"dose-limit\" reason=\"\"/>"};
      at = write_movement(m);
      expect("suppression-without-reason", at["suppress"]);
      return;
    } else if (rule == &kUnusedSuppression) {
      m.suppress = {"    <suppress rule=\"dose-limit\" reason=\"Reviewed with the author\"/>"};
      at = write_movement(m);
      expect("unused-suppression", at["suppress"]);
      return;
    } else if (rule == &kSuppressionTooBroad) {
      // Two findings of one rule on the entry, and one suppress on the entry for both.
      m.extra = {fmt::format("    <alias>PGP drill {}</alias>", k + 1), fmt::format("    <alias>PGP routine {}</alias>", k + 1)};
      m.suppress = {"    <suppress rule=\"preferred-term\" reason=\"The article's own abbreviation\"/>"};
      at = write_movement(m);
      expect("suppression-too-broad", at["suppress"]);
      return;
    } else if (rule == &kSuppressionExpired) {
      m.suppress = {"    <suppress rule=\"dose-limit\" reason=\"Reviewed\" until=\"2000-01-01\"/>"};
      at = write_movement(m);
      expect("suppression-expired", at["suppress"]);
      return;
    } else if (rule == &kUnusedArticle) {
      const size_t line = add({fmt::format("  <article id=\"unused-{}\"><title>Unused</title><author>A</author>", k + 1),
                               fmt::format("    <snapshot>../articles/{}</snapshot></article>", articles_[0].file)});
      expect("unused-article", line);
      return;
    } else if (rule == &kSnapshotMissing) {  // unused too: nothing cites it
      const size_t line = add({fmt::format("  <article id=\"missing-{}\"><title>Missing</title><author>A</author>", k + 1),
                               fmt::format("    <snapshot>../articles/missing-{}.txt</snapshot></article>", k + 1)});
      expect("unused-article", line);
      expect("snapshot-missing", line + 1);
      return;
    } else if (rule == &kQuoteSpansSections) {
      m.spanning_quote = true;
      at = write_movement(m);
      expect("quote-spans-sections", at["cite"]);
      return;
    } else if (rule == &kWarningUnsupported) {  // a stop-if-pain warning whose quote never says stop
      m.warning_quote = fmt::format("The {} is a small movement, so keep it slow.", m.name);
      at = write_movement(m);
      expect("warning-unsupported", at["warning"]);
      return;
    } else if (rule == &kStepUnsupported) {  // a step the article never says
      m.first_step = fmt::format("Balance a teacup upon your forehead, drill {}.", k + 1);
      m.step_from_article = false;
      at = write_movement(m);
      expect("step-unsupported", at["step"]);
      return;
    } else if (rule == &kStepContradictsArticle) {  // a house step against the entry's own quote
      m.cite_sentence = fmt::format("Lie flat on your back for the {}.", m.name);
      m.house_step = "Rest your head on a pillow, so that you do not lie flat.";
      at = write_movement(m);
      expect("step-contradicts-article", at["house-step"]);
      return;
    } else if (rule == &kOverstated) {  // a claim sure of what its quote hedges
      at = claim(1, "", "", "", true, fmt::format("Drill {} eases the planted ache of pregnancy.", k + 1),
                 fmt::format("drill {} may ease the planted ache of pregnancy.", k + 1));
      expect("overstated", at["text"]);
      return;
    } else if (rule == &kPossibleDuplicate) {  // one movement under two names, from two articles
      m.first_step = capitalised(step_words(7)) + ".";
      m.target = kTargets[0];
      write_movement(m);
      MovementSpec twin = m;
      twin.id = fmt::format("defect-{:06}-twin", k + 1);
      twin.name = fmt::format("Planted twin {}", k + 1);
      at = write_movement(twin);
      expect("possible-duplicate", at["start"]);
      return;
    } else if (rule == &kWarningConflict) {
      m.work_into_pain = true;
      at = write_movement(m);
      expect("warning-conflict", at["work-into-pain"]);
      return;
    } else if (rule == &kDoseUnsupported) {
      m.sets = "3";
      at = write_movement(m);
      expect("dose-unsupported", at["sets"]);
      return;
    } else {
      throw std::logic_error(fmt::format("contentc-gen cannot plant a defect of '{}' yet", rule->id));
    }
  }

  // --- writing ---------------------------------------------------------------------------------

  std::string sentence_words(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += (i ? " " : "") + std::string(kWords[rng_.below(kWords.size())]);
    return s;
  }
  /// Made-up words of two syllables (256 of them), so that two movements' steps share a word
  /// only by chance, as two articles' steps do (possible-duplicate).
  std::string step_words(size_t n) {
    static constexpr std::array<const char*, 16> kSyllables = {"ba", "de", "ki", "lo", "mu", "na", "pe", "ri",
                                                               "so", "tu", "va", "ze", "go", "fi", "ha", "jo"};
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      s += (i ? " " : "") + std::string(kSyllables[rng_.below(16)]) + kSyllables[rng_.below(16)];
    }
    return s;
  }
  static std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }

  std::string current_file() const {
    // Planted files sort after the clean ones, so a planted duplicate id is the second one seen.
    return defect_mode_ ? fmt::format("content/planted-{:04}.xml", file_number_)
                        : fmt::format("content/part-{:04}.xml", file_number_);
  }

  /// Adds an entry's lines to the current file; returns the 1-based line of its first line.
  size_t add(std::vector<std::string> entry) {
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

  void flush_content() {
    if (lines_.empty()) return;
    lines_.push_back("</content>");
    std::string text;
    for (const std::string& l : lines_) text += l + "\n";
    write_file(current_file(), text);
    lines_.clear();
    entries_in_file_ = 0;
    ++file_number_;
  }

  void write_file(const std::string& rel, const std::string& text) {
    std::ofstream f(dir_ / rel, std::ios::binary);
    f << text;
    if (!f && error_.empty()) error_ = fmt::format("cannot write '{}'", (dir_ / rel).string());
  }

  void write_snapshot(Article& a) {
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

  void write_articles() {
    std::string text = "<content>\n";
    for (const Article& a : articles_) {
      text += fmt::format("  <article id=\"{}\">\n    <title>Movement in pregnancy, part {}</title>\n    <author>Generated</author>\n"
                          "    <snapshot>{}</snapshot>\n  </article>\n",
                          a.id, a.id.substr(8), a.file);
    }
    write_file("articles/articles.xml", text + "</content>\n");
  }

  void write_policy() {
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
    const size_t house_first_line = 1 + static_cast<size_t>(std::count(terms.begin(), terms.end(), '\n')) + 6 +
                                    relates_.size() + 3 + 3 + 2;
    std::string house_rules;
    for (size_t i = 0; i < broken_house_rules_.size(); ++i) {
      house_rules += broken_house_rules_[i];
      expected_.push_back({"bad-house-rule", "policy.xml", house_first_line + i});
    }
    write_file("policy.xml",
               "<policy>\n" + terms +
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
                   // A house rule every clean movement passes, run on every content file.
                   "  <rule id=\"house-named\" level=\"error\" context=\"/content/exercise | /content/stretch\" "
                   "assert=\"normalize-space(name) != ''\" message=\"{@id} has no name\"/>\n" +
                   house_rules + "</policy>\n");
  }

  void write_expected() {
    JsonWriter w;
    w.begin_array();
    for (const Expected& e : expected_) {
      w.begin_object().key("rule").value(e.rule).key("file").value(e.file).key("line").value(static_cast<uint64_t>(e.line)).end_object();
    }
    w.end_array();
    write_file("expected-findings.json", w.take());
  }

  fs::path dir_;
  CorpusOptions o_;
  Rng rng_;
  std::vector<Article> articles_;
  size_t conditions_ = 0, cursor_ = 0, advice_count_ = 0, claim_count_ = 0;
  std::vector<std::string> lines_;
  size_t entries_in_file_ = 0, file_number_ = 1;
  bool defect_mode_ = false;
  std::vector<std::string> patterns_, factors_;
  std::vector<std::string> relates_;  ///< <relate> lines of the policy
  std::vector<std::string> broken_house_rules_;  ///< planted bad-house-rule defects, a line each
  std::vector<Expected> expected_;
  std::string last_file_;
  std::string error_;
};

}  // namespace

std::string generate_corpus(const fs::path& dir, const CorpusOptions& options) {
  return Generator(dir, options).run();
}

}  // namespace contentc
