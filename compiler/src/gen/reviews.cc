// The corpus generator's signed reviews: a valid review of every condition (the policy asks for
// one), and, with planted defects, one defect of each review rule.

#include <algorithm>

#include <fmt/format.h>

#include "gen/generator.h"
#include "load/review_records.h"
#include "pipeline/compile.h"
#include "rules/model_rules.h"
#include "rules/review_content.h"
#include "signing/ssh_sign.h"

namespace contentc::corpus_gen {
namespace {

// The reference day of the expected findings (the tests check with --today 2026-06-01), and a
// review policy of a year, warning 30 days before.
constexpr const char* kReviewed = "2026-05-01";  // valid, due 2027-05-01
constexpr const char* kDue = "2025-06-15";       // due 2026-06-15, inside the window
constexpr const char* kOverdue = "2025-05-01";   // due 2026-05-01

std::array<unsigned char, 32> seed(unsigned char first) {
  std::array<unsigned char, 32> s{};
  for (size_t i = 0; i < s.size(); ++i) s[i] = static_cast<unsigned char>(first + 31 * i);
  return s;
}

}  // namespace

void Generator::plant_review(size_t k, const Rule* rule) {
  if (rule == &kReviewMissing) {
    const size_t c = 900000 + k;
    expect("review-missing", condition(c));
    unreviewed_conditions_.push_back(condition_id(c));
    return;
  }
  MovementSpec m = clean_movement(900000 + k, "exercise");
  m.id = fmt::format("defect-{:06}", k + 1);
  m.name = fmt::format("Planted drill {}", k + 1);
  std::map<std::string, size_t> at = write_movement(m);
  planned_reviews_.push_back({m.id, std::string(rule->id)});
  if (rule == &kReviewStale) {
    expect("review-stale", at["name"]);  // the record approved another name
  } else if (rule == &kReviewInvalid) {
    expected_.push_back({"review-invalid", review_record_path(m.id, "clinical"), 1});
  } else {
    expect(std::string(rule->id), at["start"]);
  }
}

// Every corpus has signed clinical reviews of its conditions, as a house that reviews would:
// the review rules and the reviews table are measured on every benchmark.
std::string Generator::reviews_policy() const {
  return "  <reviews repository=\"generated\" every=\"1y\" warn=\"30d\">\n"
         "    <reviewer id=\"gen\" name=\"Generated Reviewer\" roles=\"clinical\"/>\n"
         "    <require on=\"condition\" role=\"clinical\"/>\n"
         "  </reviews>\n";
}

void Generator::write_reviews() {
  const ssh::Ed25519Signer signer(seed(1)), stranger(seed(2));
  std::error_code ec;
  fs::create_directories(dir_ / kReviewsFolder, ec);
  write_file(std::string(kAllowedSigners), "gen " + signer.public_line() + " generated\n");
  CompileOptions options;
  options.today = "2026-06-01";
  const Compilation c = compile_sources(dir_, dir_.string(), options);
  const auto record = [&](const Entry& e, const char* date, std::vector<ReviewField> fields,
                          const ssh::Ed25519Signer& by) {
    const std::string rel = review_record_path(e.id.value, "clinical");
    const std::string text = format_review_record(
        {"generated", std::string(kind_name(e.kind)), e.id.value.str(), "clinical", "gen", date}, fields);
    write_file(rel, text);
    write_file(rel + ".sig", by.sign(text, kReviewNamespace));
  };
  for (const Condition& cond : c.model.conditions) {
    if (std::find(unreviewed_conditions_.begin(), unreviewed_conditions_.end(), cond.id.value) ==
        unreviewed_conditions_.end()) {
      record(cond, kReviewed, review_fields(c.model, c.files, cond), signer);
    }
  }
  for (const PlannedReview& p : planned_reviews_) {
    const auto it = std::find_if(c.model.movements.begin(), c.model.movements.end(),
                                 [&](const Movement& m) { return m.id.value == p.entry; });
    if (it == c.model.movements.end()) continue;
    std::vector<ReviewField> fields = review_fields(c.model, c.files, *it);
    if (p.rule == "review-stale") fields.front().value += " (as first written)";  // the name
    record(*it, p.rule == "review-due" ? kDue : p.rule == "review-overdue" ? kOverdue : kReviewed, std::move(fields),
           p.rule == "review-invalid" ? stranger : signer);
  }
}

}  // namespace contentc::corpus_gen
