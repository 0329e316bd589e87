#include "load/schema.h"

#include <array>
#include <charconv>
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

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool is_real_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

/// YYYY-MM-DDThh:mm:ssZ, a real date and time of day (a leap second allowed).
bool is_timestamp(std::string_view s) {
  if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' || !is_real_date(s.substr(0, 10))) {
    return false;
  }
  for (size_t i : {11, 12, 14, 15, 17, 18}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return (s[11] - '0') * 10 + (s[12] - '0') < 24 && s[14] < '6' && (s[17] < '6' || s.substr(17, 2) == "60");
}

bool is_decimal(std::string_view s) {
  if (s.size() > 40) return false;
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  size_t digits = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      ++digits;
    } else if (s[i] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digits > 0;
}

bool is_duration(std::string_view s) {
  if (s.size() < 2 || s.size() > 5 || s[0] < '1' || s[0] > '9') return false;
  const std::string_view digits = s.substr(0, s.size() - 1);
  return digits.find_first_not_of("0123456789") == std::string_view::npos &&
         std::string_view("dwmy").find(s.back()) != std::string_view::npos;
}

bool is_count(std::string_view s) {
  if (s.empty() || s.size() > 18 || s[0] < '1' || s[0] > '9') return false;
  return s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string one_of(std::span<const std::string_view> allowed) {
  std::string out;
  for (size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) out += i + 1 == allowed.size() ? " or " : ", ";
    out += allowed[i];
  }
  return out;
}

bool contains(std::span<const std::string_view> allowed, std::string_view v) {
  for (std::string_view a : allowed) {
    if (a == v) return true;
  }
  return false;
}

}  // namespace

std::string check_value(std::string_view value, const ValueSpec& spec) {
  switch (spec.type) {
    case ValueType::kAnyText:
      return "";
    case ValueType::kText:
    case ValueType::kToken:
      return is_blank(value) ? "non-empty text" : "";
    case ValueType::kDate:
      return is_real_date(value) ? "" : "a date as YYYY-MM-DD";
    case ValueType::kDecimal:
      return is_decimal(value) ? "" : "a number such as 12 or 12.5";
    case ValueType::kCount:
      return is_count(value) ? "" : "a whole number from 1 (at most 18 digits)";
    case ValueType::kDuration:
      return is_duration(value) ? "" : "a length of time such as 3y, 18m, 6w or 90d";
    case ValueType::kTimestamp:
      return is_timestamp(value) ? "" : "a UTC time as YYYY-MM-DDThh:mm:ssZ";
    case ValueType::kSha256:
      return value.size() == 64 && value.find_first_not_of("0123456789abcdef") == std::string_view::npos
                 ? ""
                 : "a SHA-256 as 64 lower-case hex digits";
    case ValueType::kEnum:
      return contains(spec.allowed, value) ? "" : one_of(spec.allowed);
    case ValueType::kEnumList: {
      size_t pos = 0;
      bool any = false;
      while (pos < value.size()) {
        const size_t start = value.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) break;
        const size_t end = std::min(value.find_first_of(" \t\r\n", start), value.size());
        if (!contains(spec.allowed, value.substr(start, end - start))) {
          return fmt::format("a list of {}", one_of(spec.allowed));
        }
        any = true;
        pos = end;
      }
      return any ? "" : fmt::format("a list of {}", one_of(spec.allowed));
    }
  }
  return "";
}

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
  ElementSpec policy{"policy",
                     {},
                     {{&vocabulary, 0, -1}, {&require_warning, 0, -1}, {&oppose, 0, -1},
                      {&warning_cues, 0, -1}, {&relate, 0, -1}, {&limit, 0, -1}, {&severity, 0, -1}, {&preferred_term, 0, -1},
                      {&avoid, 0, -1}, {&readability, 0, -1}, {&reviews, 0, 1}, {&house_rule, 0, -1}}};

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
