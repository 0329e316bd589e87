#pragma once

// The corpus generator's parts: the vocabulary it writes with, and the Generator, whose
// planning and running are in corpus_generator.cc, its entries in entries.cc, its planted
// defects in defects.cc and its files in writing.cc. Internal to gen/.

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gen/corpus_generator.h"
#include "rules/registry.h"

namespace contentc::corpus_gen {

namespace fs = std::filesystem;


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

constexpr const char* kStopSentence = "Stop at once if it causes you any pain.";

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

  std::string run();

 private:
  // --- planning: who cites which article, under which heading ---------------------------------

  void plan();

  /// A sentence for entry `n` in article `a`, under a random heading; returns the heading.
  std::string place(size_t a, const std::string& sentence);
  /// Places `sentence` under heading `s` of article `a`; returns the heading.
  std::string place_at(size_t a, size_t s, const std::string& sentence);
  size_t next_article();

  std::string condition_id(size_t c) const;

  // --- entries -----------------------------------------------------------------------------------

  /// A <cite> of `sentence`, which is placed in article `a`; `section` overrides the heading.
  std::string cite_element(size_t a, const std::string& sentence, bool with_section,
                           const std::string& section = "", std::optional<size_t> under = std::nullopt);
  std::string cite_line(size_t a, const std::string& sentence, bool with_section);

  /// Writes condition c; returns the line it starts on.
  size_t condition(size_t c);

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
    // What clean exercises carry in turn, so that the corpus has every field a dose can have.
    bool frequency = false;    ///< "…, twice a day." and <frequency>2 per day</frequency>
    bool timing = false;       ///< "Do this in the morning." and <timing>in the morning</timing>
    bool progression = false;  ///< a second dose that works up: <reps to="…">
  };

  MovementSpec clean_movement(size_t i, const std::string& kind);

  void movement(size_t i, const std::string& kind);

  /// Writes a movement; returns the line numbers of its parts (relative: index in the file).
  std::map<std::string, size_t> write_movement(const MovementSpec& m);

  std::map<std::string, size_t> advice_entry(size_t i, std::string stance = "", std::string pattern = "",
                                             std::string condition = "", std::string phase = "");

  std::map<std::string, size_t> claim(size_t i, std::string factor = "", std::string direction = "",
                                      std::string condition = "", bool cite = true, std::string text = "",
                                      std::string quote = "");

  // --- planted defects -----------------------------------------------------------------------------

  void expect(const std::string& rule, size_t line);

  void plant_defects();

  /// Every rule a corpus can carry a defect of: all but those about the folder as a whole (a
  /// corpus always has content and a policy).
  static RuleCatalogue plantable_rules();

  /// Plants defect number k: one of each plantable rule in turn, in catalogue order.
  void plant(size_t k);

  // --- signed review (reviews.cc) ---------------------------------------------------------------

  /// Plants a defect of one of the review rules: a condition nobody reviewed (review-missing:
  /// the policy then asks a clinical review of every condition, which the others get), or an
  /// exercise whose record is stale, due, overdue or signed by a key the allowed signers do not
  /// give its reviewer.
  void plant_review(size_t k, const Rule* rule);
  /// The policy's <reviews> block ("" when no review defect was planted).
  std::string reviews_policy() const;
  /// After every other file: reads the corpus back, and writes and signs the review records.
  void write_reviews();
  struct PlannedReview {
    std::string entry, rule;
  };
  std::vector<PlannedReview> planned_reviews_;
  std::vector<std::string> unreviewed_conditions_;
  /// Made-up words of the plants' own, each used by one plant: the policy's spelling accepts them.
  std::vector<std::string> accepted_words_;
  /// A made-up word of three syllables that no other k gives (k below 4,096), accepted by the policy.
  std::string unique_word(size_t k);

  // --- writing ---------------------------------------------------------------------------------

  std::string sentence_words(size_t n);
  /// Made-up words of two syllables (256 of them), so that two movements' steps share a word
  /// only by chance, as two articles' steps do (possible-duplicate).
  std::string step_words(size_t n);
  static std::string capitalised(std::string s);

  std::string current_file() const;

  /// Adds an entry's lines to the current file; returns the 1-based line of its first line.
  size_t add(std::vector<std::string> entry);

  void flush_content();

  void write_file(const std::string& rel, const std::string& text);

  void write_snapshot(Article& a);

  void write_articles();

  void write_policy();

  void write_expected();

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
  std::vector<std::string> empty_drops_;         ///< planted policy-include defects, a line each
  std::vector<Expected> expected_;
  std::string last_file_;
  std::string error_;
};

}  // namespace contentc::corpus_gen
