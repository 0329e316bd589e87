// The generator's planted defects: one of every rule, round robin, with what contentc must report.

#include "gen/generator.h"

#include <stdexcept>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "rules/suppressions.h"

namespace contentc::corpus_gen {

void Generator::expect(const std::string& rule, size_t line) { expected_.push_back({rule, last_file_, line}); }

void Generator::plant_defects() {
  flush_content();
  const size_t count = std::max<size_t>(1, static_cast<size_t>(o_.entries * o_.defect_rate + 0.5));
  defect_mode_ = true;
  for (size_t k = 0; k < count; ++k) plant(k);
  flush_content();
  defect_mode_ = false;
}

RuleCatalogue Generator::plantable_rules() {
  RuleCatalogue out;
  for (const Rule* r : builtin_rules()) {
    if (r != &kNoContent && r != &kPolicyMissing) out.push_back(r);
  }
  return out;
}

void Generator::plant(size_t k) {
  static const RuleCatalogue rules = plantable_rules();
  const Rule* rule = rules[k % rules.size()];
  const size_t n = 900000 + k;  // numbers no clean entry uses
  MovementSpec m = clean_movement(n, "exercise");
  m.id = fmt::format("defect-{:06}", k + 1);
  m.name = fmt::format("Planted drill {}", k + 1);
  m.patterns = {"breathing"};
  // No position: at scale, plants of one rule share their fixed words, and possible-duplicate
  // pairs only movements of one position (its own plant names one below).
  m.position = "";
  const std::string planted = fmt::format("planted-{}", k + 1);
  std::map<std::string, size_t> at;
  if (rule == &kReviewInvalid || rule == &kReviewMissing || rule == &kReviewStale || rule == &kReviewDue ||
      rule == &kReviewOverdue) {
    plant_review(k, rule);
    return;
  }
  if (rule == &kPolicyInclude) {  // a drop of a house rule no included policy has
    empty_drops_.push_back(fmt::format("  <drop rule=\"house-planted-{}\"/>\n", k + 1));
    return;
  }
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
        "Maintain abdominal activation, particularly throughout every repetition, individualizing "
        "intensity, prioritizing comfortable alignment, avoiding unnecessary discomfort, and "
        "reconsidering positioning immediately.";
    at = write_movement(m);
    expect("reading-level", at["step"]);
    return;
  } else if (rule == &kSpelling) {  // a typo the dictionaries do not know, in the first step
    m.first_step = "Squeeze the ball and hold it, then relaxx.";
    at = write_movement(m);
    expect("spelling", at["step"]);
    return;
  } else if (rule == &kXmlModelBroken) {  // an xml-model line naming no schema, in a file of its own
    flush_content();
    const std::string file = fmt::format("content/moved-{:04}.xml", k + 1);
    write_file(file, "<?xml-model href=\"no-such/content.xsd\"?>\n<content/>\n");
    expected_.push_back({"xml-model-broken", file, 1});
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
    // A value of its own for each: identical excesses are one fact, reported once with the
    // other places listed.
    m.reps = fmt::format("{}-{}", 40 + k / rules.size() % 50, 45 + k / rules.size() % 50);
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
    // A word of this pair's own: at scale the made-up words are shared by too many movements to
    // pair any two by them.
    m.first_step = capitalised(step_words(7)) + " " + unique_word(k) + ".";
    m.position = kPositions[k % kPositions.size()];
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

}  // namespace contentc::corpus_gen
