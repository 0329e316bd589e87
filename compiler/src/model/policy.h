#pragma once

// policy.xml as loaded: vocabularies, required warnings, dose limits, rule levels, terms,
// readability, house rules.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/location.h"
#include "diag/rule.h"
#include "model/values.h"

namespace contentc {

struct RequireWarning {
  Text category;
  std::vector<Text> on;  ///< entry kinds
  std::optional<Text> when_position, when_pattern;
  Loc loc;
};

/// `<oppose category=… against=…/>`: two warning categories that tell users opposite things.
struct Opposition {
  Text category, against;
  Loc loc;
};

/// `<warning-cues category=… words="stop|discontinue|pain" about="stopping when it hurts"/>`: the
/// words that carry a warning category, which a warning's quotes must hold.
struct WarningCues {
  Text category, words;
  std::optional<Text> about;  ///< what the category says, for messages ("stopping when it hurts")
  Loc loc;
};

/// `<relate pattern=… factor=…/>`: doing a movement pattern exposes the user to an effect factor.
struct PatternFactor {
  Text pattern, factor;
  Loc loc;
};

struct Limit {
  Text what;  ///< reps | hold | sets | frequency
  std::optional<Text> kind;
  std::optional<Text> min, max;
  Loc loc;
  DoseValue min_value, max_value;  ///< parsed by resolve/
};

struct SeverityOverride {
  Text rule;
  Text level;
  Loc loc;
};

/// `<term use="pelvic girdle pain" instead-of="PGP|pelvic pain syndrome" in="…"/>`: the term the
/// house uses, and the forms to replace with it.
struct PreferredTerm {
  Text use, instead_of;
  std::vector<std::string> in;  ///< element names (empty: every editor-written text)
  Loc loc;
};

/// `<avoid phrase="cure|guaranteed" reason="…" in="…"/>`: words the house does not write.
struct AvoidedPhrase {
  Text phrase, reason;
  std::vector<std::string> in;
  Loc loc;
};

/// `<readability in="step warning text" max-grade="8" formula="smog|flesch-kincaid"/>`.
struct ReadingLevel {
  std::vector<std::string> in;
  Text max_grade;
  std::optional<Text> formula;  ///< smog (default) | flesch-kincaid
  Loc loc;
};

/// `<spelling dictionaries="en_US en_med_glut"><accept>sacroiliitis</accept>…</spelling>`: the
/// Hunspell dictionaries the spelling rule reads, and words it takes as spelt right.
struct SpellingPolicy {
  std::optional<Text> dictionaries;  ///< names of Hunspell dictionaries, the first with its affixes
  std::vector<Text> accept;
  Loc loc;
};

/// `<reviewer id="ann" name="Ann Lee, PT" roles="clinical" revoked="2026-10-01"/>`: who may sign
/// reviews; `id` is their principal in reviews/allowed_signers.
struct Reviewer {
  Text id, name;
  std::vector<std::string> roles;
  std::optional<Text> revoked;
  Loc loc;
};

/// `<require on="exercise stretch" role="clinical"/>`: entries of these kinds need a review in
/// this role.
struct ReviewRequirement {
  std::vector<std::string> on;
  Text role;
  Loc loc;
};

/// `<reviews repository="…" every="3y" warn="60d">`: signed review.
struct ReviewPolicy {
  Text repository;
  std::optional<Text> every, warn;  ///< as written; 3y and 60d when absent
  std::vector<Reviewer> reviewers;
  std::vector<ReviewRequirement> requirements;
  Loc loc;

  const Reviewer* reviewer(std::string_view id) const {
    for (const Reviewer& r : reviewers) {
      if (r.id.value == id) return &r;
    }
    return nullptr;
  }
};

/// `<license name="CC-BY-4.0" path="https://…" title="…"/>`: a licence the house publishes its
/// content under, for the data package (never guessed: none when the policy names none).
struct License {
  Text name;
  std::optional<Text> path, title;
  Loc loc;
};

/// `<example expect="fires|passes">`: entries a house rule must fire on, or pass.
struct HouseExample {
  bool expect_fires = true;
  std::string xml;  ///< the example's children, as written (entries, checked as content is)
  Loc loc;
};

/// `<rule id="house-…" level=… context=XPATH assert=XPATH message=…>`: a team's own rule,
/// written in the policy. `rule` is what the catalogue lists; its views point into the strings
/// here, so a HouseRule does not move once made (the policy holds it by pointer).
struct HouseRule {
  Text id, level, context, assertion, message;
  std::optional<Text> description;
  std::vector<HouseExample> examples;
  Loc loc;
  std::string summary, explain;  ///< what `rules` and `explain` print
  Rule rule{};
};

/// `<include href="prenatal-movement"/>` or `<include href="../shared/house.xml"/>`: a policy
/// read first, under this one.
struct PolicyInclude {
  Text href;
  Loc loc;
};

/// `<drop rule="house-…"/>`, `<drop limit="hold" kind="stretch"/>`, `<drop term="…"/>`: an
/// element of an included policy this one does without. `what` is the attribute that names the
/// kind of element (rule, limit, term, avoid, require-warning, warning-cues, oppose, relate,
/// severity, readability), `key` its value.
struct PolicyDrop {
  Text what, key;
  std::optional<Text> kind;  ///< limit: the movement kind; relate: the factor
  Loc loc;
  int named = 0;  ///< how many naming attributes it has (one is right)
};

/// policy.xml: vocabularies, required warnings, dose limits, rule levels, house rules; after
/// loading, merged with every policy it includes (each element keeps the location it was
/// written at, so findings and `policy show` name the file it came from).
struct Policy {
  bool present = false;
  Loc loc;
  std::vector<PolicyInclude> includes;
  std::vector<PolicyDrop> drops;
  std::map<std::string, std::vector<Text>, std::less<>> vocabularies;  ///< kind → terms
  std::vector<RequireWarning> require_warnings;
  std::vector<Opposition> oppositions;
  std::vector<WarningCues> warning_cues;
  std::vector<PatternFactor> pattern_factors;
  std::vector<Limit> limits;
  std::vector<SeverityOverride> severities;
  std::vector<PreferredTerm> terms;
  std::vector<AvoidedPhrase> avoids;
  std::vector<ReadingLevel> reading_levels;
  std::optional<SpellingPolicy> spelling;
  std::optional<ReviewPolicy> reviews;
  std::vector<License> licenses;
  std::vector<std::shared_ptr<const HouseRule>> house_rules;
};

}  // namespace contentc
