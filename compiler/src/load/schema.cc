#include "load/schema.h"

#include <array>
#include <string>

#include <fmt/format.h>

namespace contentc {
namespace {

constexpr std::array<std::string_view, 8> kPositionValues = {
    "standing", "seated", "supine", "side-lying", "prone", "quadruped", "kneeling", "half-kneeling"};
constexpr std::array<std::string_view, 3> kPhaseValues = {"any", "pregnancy", "postpartum"};
constexpr std::array<std::string_view, 4> kSeverityValues = {"any", "mild", "moderate", "severe"};
constexpr std::array<std::string_view, 3> kStanceValues = {"recommend", "caution", "avoid"};
constexpr std::array<std::string_view, 8> kTopicValues = {
    "definition", "cause", "symptom", "prevalence", "prognosis", "risk", "diagnosis", "treatment"};
constexpr std::array<std::string_view, 2> kDirectionValues = {"improves", "worsens"};
constexpr std::array<std::string_view, 5> kVocabularyKindValues = {
    "pattern", "equipment", "target", "warning-category", "factor"};
constexpr std::array<std::string_view, 3> kRequireOnValues = {"condition", "exercise",
                                                              "stretch"};
constexpr std::array<std::string_view, 4> kLimitWhatValues = {"reps", "hold", "sets",
                                                              "frequency"};
constexpr std::array<std::string_view, 2> kMovementKindValues = {"exercise", "stretch"};
constexpr std::array<std::string_view, 3> kLevelValues = {"error", "warning", "note"};
constexpr std::array<std::string_view, 7> kTextElementValues = {"name", "alias", "summary", "symptom",
                                                               "step", "warning", "text"};
constexpr std::array<std::string_view, 2> kFormulaValues = {"smog", "flesch-kincaid"};
constexpr std::array<std::string_view, 5> kReviewKindValues = {"condition", "exercise", "stretch", "advice", "claim"};
constexpr std::array<std::string_view, 2> kExpectValues = {"fires", "passes"};
constexpr std::array<std::string_view, 3> kSideValues = {"both", "each", "alternate"};
/// Whose words a step, dose or warning is: the article's (the default), or the house's own advice.
constexpr std::array<std::string_view, 2> kSourceValues = {"article", "house"};

constexpr ValueSpec kTextValue{ValueType::kText};
constexpr ValueSpec kTokenValue{ValueType::kToken};
constexpr ValueSpec kDateValue{ValueType::kDate};

ElementSpec text_element(std::string_view name, ValueSpec value = kTextValue) {
  return ElementSpec{name, {}, {}, ContentModel::kText, value, false};
}

/// A numeric dose field; `to` is the target of a progression ("start with 10, work up to 40").
ElementSpec dose_amount(std::string_view name) {
  return ElementSpec{name, {{"to", false, kTokenValue}}, {}, ContentModel::kText, kTokenValue, false};
}

}  // namespace

namespace {

struct Specs {
  // Leaf elements.
  ElementSpec title = text_element("title");
  ElementSpec author = text_element("author");
  ElementSpec publisher = text_element("publisher");
  ElementSpec url = text_element("url", kTokenValue);
  ElementSpec retrieved = text_element("retrieved", kDateValue);
  ElementSpec license = text_element("license");
  // A snapshot made by `contentc snapshot` says when the page was captured, the SHA-256 of the
  // page's raw bytes, and the archived copy's address.
  ElementSpec snapshot{"snapshot",
                       {{"captured", false, {ValueType::kTimestamp}},
                        {"sha256", false, {ValueType::kSha256}},
                        {"archive", false, kTokenValue}},
                       {},
                       ContentModel::kText,
                       kTokenValue,
                       false};
  ElementSpec name = text_element("name");
  ElementSpec alias = text_element("alias");
  ElementSpec summary = text_element("summary");
  ElementSpec symptom = text_element("symptom");
  ElementSpec text = text_element("text");
  ElementSpec position = text_element("position", ValueSpec{ValueType::kEnum, kPositionValues});
  ElementSpec equipment = text_element("equipment", kTokenValue);
  ElementSpec target = text_element("target", kTokenValue);
  ElementSpec pattern = text_element("pattern", kTokenValue);
  ElementSpec step{"step", {{"source", false, {ValueType::kEnum, kSourceValues}}}, {}, ContentModel::kText, kTextValue, false};
  ElementSpec reps = dose_amount("reps");
  ElementSpec hold = dose_amount("hold");
  ElementSpec sets = dose_amount("sets");
  ElementSpec side = text_element("side", ValueSpec{ValueType::kEnum, kSideValues});
  ElementSpec frequency = dose_amount("frequency");
  ElementSpec timing = text_element("timing");
  ElementSpec term = text_element("term", kTokenValue);

  ElementSpec cite{"cite",
                   {{"article", true, kTokenValue}, {"section", false, kTextValue}},
                   {},
                   ContentModel::kText};
  ElementSpec related{"related", {{"to", true, kTokenValue}}, {}, ContentModel::kEmpty};
  ElementSpec for_condition{"for",
                            {{"condition", true, kTokenValue},
                             {"phase", false, {ValueType::kEnum, kPhaseValues}},
                             {"severity", false, {ValueType::kEnum, kSeverityValues}}},
                            {},
                            ContentModel::kEmpty};
  ElementSpec suppress{"suppress",
                       {{"rule", true, kTokenValue},
                        // Missing or blank: suppression-without-reason says so.
                        {"reason", false, {ValueType::kAnyText}},
                        {"reviewer", false, kTextValue},
                        {"until", false, kDateValue},
                        // the part it silences: "warning 2", "cite 1", "dose 3", "hold" …
                        {"on", false, kTextValue}},
                       {},
                       ContentModel::kEmpty};
  ElementSpec warning{"warning",
                      {{"category", true, kTokenValue}, {"source", false, {ValueType::kEnum, kSourceValues}}},
                      {{&cite, 0, 1}},
                      ContentModel::kMixed};
  ElementSpec dose{"dose",
                   {{"source", false, {ValueType::kEnum, kSourceValues}}},
                   {{&reps, 0, 1}, {&hold, 0, 1}, {&sets, 0, 1}, {&side, 0, 1},
                    {&frequency, 0, 1}, {&timing, 0, 1}, {&cite, 0, -1}, {&suppress, 0, -1}}};
  ElementSpec exercise_ref{"exercise", {{"ref", true, kTokenValue}}, {}, ContentModel::kEmpty};
  ElementSpec same_as{"same-as", {{"ref", true, kTokenValue}}, {}, ContentModel::kEmpty};
  ElementSpec distinct_from{"distinct-from", {{"ref", true, kTokenValue}, {"reason", true, kTextValue}}, {},
                            ContentModel::kEmpty};
  ElementSpec effect{"effect",
                     {{"factor", true, kTokenValue},
                      {"direction", true, {ValueType::kEnum, kDirectionValues}}},
                     {},
                     ContentModel::kEmpty};
  ElementSpec figure{"figure",
                     {{"value", true, {ValueType::kDecimal}},
                      {"unit", false, kTokenValue},
                      {"sample", false, {ValueType::kCount}}},
                     {},
                     ContentModel::kText};

  // Entries.
  ElementSpec article{"article",
                      {{"id", true, kTokenValue}},
                      {{&title, 1, 1}, {&author, 1, 1}, {&publisher, 0, 1}, {&url, 0, 1},
                       {&retrieved, 0, 1}, {&license, 0, 1}, {&snapshot, 1, 1},
                       {&suppress, 0, -1}}};
  ElementSpec condition{"condition",
                        {{"id", true, kTokenValue}},
                        {{&name, 1, 1}, {&alias, 0, -1}, {&related, 0, -1}, {&summary, 0, 1},
                         {&symptom, 0, -1}, {&warning, 0, -1}, {&cite, 0, -1},
                         {&suppress, 0, -1}}};
  ElementSpec exercise = movement("exercise");
  ElementSpec stretch = movement("stretch");
  ElementSpec advice{"advice",
                     {{"id", true, kTokenValue},
                      {"stance", true, {ValueType::kEnum, kStanceValues}},
                      {"condition", true, kTokenValue},
                      {"phase", false, {ValueType::kEnum, kPhaseValues}},
                      {"severity", false, {ValueType::kEnum, kSeverityValues}}},
                     {{&pattern, 0, -1}, {&exercise_ref, 0, -1}, {&text, 1, 1}, {&cite, 0, -1},
                      {&suppress, 0, -1}}};
  ElementSpec claim{"claim",
                    {{"id", true, kTokenValue},
                     {"about", false, kTokenValue},
                     {"topic", true, {ValueType::kEnum, kTopicValues}},
                     {"phase", false, {ValueType::kEnum, kPhaseValues}}},
                    {{&text, 1, 1}, {&effect, 0, 1}, {&figure, 0, -1}, {&cite, 0, -1},
                     {&suppress, 0, -1}}};
  ElementSpec content{"content",
                      {},
                      {{&article, 0, -1}, {&condition, 0, -1}, {&exercise, 0, -1},
                       {&stretch, 0, -1}, {&advice, 0, -1}, {&claim, 0, -1}},
                      ContentModel::kElements,
                      {},
                      true};

  // Policy.
  ElementSpec include{"include", {{"href", true, kTokenValue}}, {}, ContentModel::kEmpty};
  // Exactly one of the naming attributes (load/policy_merge.cc says so when not).
  ElementSpec drop{"drop", {{"rule", false, kTokenValue}, {"limit", false, {ValueType::kEnum, kLimitWhatValues}},
                   {"kind", false, {ValueType::kEnum, kMovementKindValues}}, {"term", false, kTextValue},
                   {"avoid", false, kTextValue}, {"require-warning", false, kTokenValue}, {"warning-cues", false, kTokenValue},
                   {"oppose", false, kTokenValue}, {"relate", false, kTokenValue}, {"factor", false, kTokenValue},
                   {"severity", false, kTokenValue}, {"readability", false, {ValueType::kEnumList, kTextElementValues}}},
                   {}, ContentModel::kEmpty};
  ElementSpec vocabulary{"vocabulary",
                         {{"kind", true, {ValueType::kEnum, kVocabularyKindValues}}},
                         {{&term, 0, -1}}};
  ElementSpec require_warning{"require-warning",
                              {{"category", true, kTokenValue},
                               {"on", false, {ValueType::kEnumList, kRequireOnValues}},
                               {"when-position", false, {ValueType::kEnum, kPositionValues}},
                               {"when-pattern", false, kTokenValue}},
                              {},
                              ContentModel::kEmpty};
  ElementSpec oppose{"oppose",
                     {{"category", true, kTokenValue}, {"against", true, kTokenValue}},
                     {},
                     ContentModel::kEmpty};
  ElementSpec warning_cues{"warning-cues",
                           {{"category", true, kTokenValue}, {"words", true, kTextValue}, {"about", false, kTextValue}},
                           {},
                           ContentModel::kEmpty};
  ElementSpec relate{"relate",
                     {{"pattern", true, kTokenValue}, {"factor", true, kTokenValue}},
                     {},
                     ContentModel::kEmpty};
  ElementSpec limit{"limit",
                    {{"what", true, {ValueType::kEnum, kLimitWhatValues}},
                     {"kind", false, {ValueType::kEnum, kMovementKindValues}},
                     {"min", false, kTokenValue},
                     {"max", false, kTokenValue}},
                    {},
                    ContentModel::kEmpty};
  ElementSpec severity{"severity",
                       {{"rule", true, kTokenValue},
                        {"level", true, {ValueType::kEnum, kLevelValues}}},
                       {},
                       ContentModel::kEmpty};
  ElementSpec preferred_term{"term",
                             {{"use", true, kTextValue},
                              {"instead-of", true, kTextValue},
                              {"in", false, {ValueType::kEnumList, kTextElementValues}}},
                             {},
                             ContentModel::kEmpty};
  ElementSpec avoid{"avoid",
                    {{"phrase", true, kTextValue},
                     {"reason", true, kTextValue},
                     {"in", false, {ValueType::kEnumList, kTextElementValues}}},
                    {},
                    ContentModel::kEmpty};
  ElementSpec readability{"readability",
                          {{"in", false, {ValueType::kEnumList, kTextElementValues}},
                           {"max-grade", true, {ValueType::kDecimal}},
                           {"formula", false, {ValueType::kEnum, kFormulaValues}}},
                          {},
                          ContentModel::kEmpty};
  ElementSpec accept = text_element("accept", kTokenValue);
  ElementSpec spelling{"spelling", {{"dictionaries", false, kTokenValue}}, {{&accept, 0, -1}}};
  ElementSpec description = text_element("description", kTextValue);
  // An example holds entries, as a content file does, and is checked as one.
  ElementSpec example{"example",
                      {{"expect", true, {ValueType::kEnum, kExpectValues}}},
                      content.children,
                      ContentModel::kElements,
                      {},
                      true};
  ElementSpec house_rule{"rule",
                         {{"id", true, kTokenValue},
                          {"level", true, {ValueType::kEnum, kLevelValues}},
                          {"context", true, kTextValue},
                          {"assert", true, kTextValue},
                          {"message", true, kTextValue}},
                         {{&description, 0, 1}, {&example, 0, -1}}};
  ElementSpec reviewer{"reviewer",
                       {{"id", true, kTokenValue},
                        {"name", true, kTextValue},
                        {"roles", true, kTokenValue},
                        {"revoked", false, kDateValue}},
                       {},
                       ContentModel::kEmpty};
  ElementSpec review_require{"require",
                             {{"on", true, {ValueType::kEnumList, kReviewKindValues}}, {"role", true, kTokenValue}},
                             {},
                             ContentModel::kEmpty};
  ElementSpec reviews{"reviews",
                      {{"repository", true, kTokenValue},
                       {"every", false, {ValueType::kDuration}},
                       {"warn", false, {ValueType::kDuration}}},
                      {{&reviewer, 0, -1}, {&review_require, 0, -1}}};
  ElementSpec policy_license{"license",
                      {{"name", true, {ValueType::kLicenseId}}, {"path", false, kTokenValue}, {"title", false, kTextValue}},
                      {},
                      ContentModel::kEmpty};
  ElementSpec policy{"policy",
                     {},
                     {{&include, 0, -1}, {&drop, 0, -1}, {&vocabulary, 0, -1}, {&require_warning, 0, -1}, {&oppose, 0, -1},
                      {&warning_cues, 0, -1}, {&relate, 0, -1}, {&limit, 0, -1}, {&severity, 0, -1}, {&preferred_term, 0, -1},
                      {&avoid, 0, -1}, {&readability, 0, -1}, {&spelling, 0, 1}, {&reviews, 0, 1}, {&policy_license, 0, -1},
                      {&house_rule, 0, -1}}};

  ElementSpec movement(std::string_view kind) {
    return ElementSpec{kind,
                       {{"id", true, kTokenValue}},
                       {{&name, 1, 1}, {&alias, 0, -1}, {&position, 0, 1}, {&equipment, 0, -1},
                        {&target, 0, -1}, {&pattern, 0, -1}, {&for_condition, 0, -1},
                        {&same_as, 0, -1}, {&distinct_from, 0, -1}, {&step, 1, -1}, {&dose, 0, -1}, {&warning, 0, -1}, {&cite, 0, -1},
                        {&suppress, 0, -1}}};
  }
};

const Specs& specs() {
  static const Specs s;
  return s;
}

}  // namespace

const ElementSpec& content_root_spec() { return specs().content; }
const ElementSpec& policy_root_spec() { return specs().policy; }

}  // namespace contentc
