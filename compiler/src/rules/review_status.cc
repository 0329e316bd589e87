#include "rules/review_status.h"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "load/review_records.h"
#include "rules/article_index.h"
#include "rules/review_content.h"

namespace contentc {
namespace {

// Days since 1970-01-01 of a civil date, and back (the proleptic Gregorian calendar).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return fmt::format("{:04}-{:02}-{:02}", static_cast<long>(yoe) + era * 400 + (m <= 2), m, d);
}

unsigned days_in_month(long y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool read_number(std::string_view s, long& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::optional<std::string> add_duration(std::string_view date, std::string_view duration, bool back) {
  long y = 0, m = 0, d = 0, n = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !read_number(date.substr(0, 4), y) ||
      !read_number(date.substr(5, 2), m) || !read_number(date.substr(8, 2), d) || m < 1 || m > 12 || d < 1 ||
      d > static_cast<long>(days_in_month(y, static_cast<unsigned>(m))) || duration.size() < 2 ||
      !read_number(duration.substr(0, duration.size() - 1), n) || n < 0) {
    return std::nullopt;
  }
  if (back) n = -n;
  switch (duration.back()) {
    case 'd':
      return civil_from_days(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) + n);
    case 'w':
      return civil_from_days(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) + 7 * n);
    case 'm':
    case 'y': {
      const long months = y * 12 + (m - 1) + (duration.back() == 'y' ? 12 * n : n);
      const long ny = months / 12;
      const unsigned nm = static_cast<unsigned>(months % 12 + 1);
      const unsigned nd = std::min(static_cast<unsigned>(d), days_in_month(ny, nm));
      return fmt::format("{:04}-{:02}-{:02}", ny, nm, nd);
    }
    default:
      return std::nullopt;
  }
}

std::string_view review_every(const Policy& policy) {
  return policy.reviews && policy.reviews->every ? std::string_view(policy.reviews->every->value) : "3y";
}
std::string_view review_warn(const Policy& policy) {
  return policy.reviews && policy.reviews->warn ? std::string_view(policy.reviews->warn->value) : "60d";
}

std::vector<ReviewStatus> review_statuses(const Model& model, const std::string& today) {
  std::map<std::string_view, const Entry*> entries;
  model.for_each_entry([&](const Entry& e) { entries.emplace(e.id.value, &e); });
  const std::optional<ReviewPolicy>& policy = model.policy.reviews;
  std::vector<ReviewStatus> out;
  for (const ReviewRecord& r : model.reviews.records) {
    ReviewStatus s;
    s.record = &r;
    if (const auto it = entries.find(r.entry); it != entries.end() && kind_name(it->second->kind) == r.kind) {
      s.entry = it->second;
    }
    const Reviewer* reviewer = policy ? policy->reviewer(r.reviewer) : nullptr;
    const auto invalid = [&](Loc loc, std::string why) {
      s.invalid = std::move(why);
      s.invalid_loc = loc;
    };
    if (!r.problem.empty()) {
      invalid(r.problem_loc, r.problem);
    } else if (!policy) {
      invalid(r.loc, "policy.xml has no <reviews> naming the repository and its reviewers");
    } else if (r.repository != policy->repository.value) {
      invalid(Loc{r.loc.file, 2, 12}, fmt::format("the record is for the repository '{}', and this one is '{}' "
                                                   "(policy.xml <reviews repository>): a record copied from elsewhere "
                                                   "approves nothing here",
                                                   r.repository, policy->repository.value));
    } else if (const std::string named = review_record_path(r.entry, r.role); named != r.rel_path) {
      invalid(r.entry_loc, fmt::format("the record reviews {} '{}' as {}, so it is named {}, not {}: a record "
                                        "moved to another name approves nothing",
                                        r.kind, r.entry, r.role, named, r.rel_path));
    } else if (!s.entry) {
      invalid(r.entry_loc, fmt::format("there is no {} '{}' in the sources (removed, or renamed?): remove the record, "
                                       "or review the entry under its new id",
                                       r.kind, r.entry));
    } else if (!reviewer) {
      invalid(r.reviewer_loc, fmt::format("'{}' is not a reviewer of policy.xml <reviews>: add them there (and their "
                                          "key to {}), or have a listed reviewer sign",
                                          r.reviewer, kAllowedSigners));
    } else if (reviewer->revoked) {
      invalid(r.reviewer_loc, fmt::format("{}'s sign-off was withdrawn on {} (policy.xml revoked=): have another "
                                          "reviewer review the entry again",
                                          r.reviewer, reviewer->revoked->value));
    } else if (std::find(reviewer->roles.begin(), reviewer->roles.end(), r.role) == reviewer->roles.end()) {
      invalid(Loc{r.loc.file, 4, 6}, fmt::format("{} does not review as '{}' (policy.xml gives them: {})", r.reviewer,
                                                 r.role, fmt::join(reviewer->roles, ", ")));
    } else if (!add_duration(r.date, "0d")) {
      invalid(r.date_loc, fmt::format("'{}' is not a date as YYYY-MM-DD", r.date));
    } else if (r.date > today) {
      invalid(r.date_loc, fmt::format("the review is dated {}, after today ({})", r.date, today));
    }
    if (s.invalid.empty()) s.due = add_duration(r.date, review_every(model.policy)).value_or("");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<ApprovedReview> approved_reviews(const Model& model, const SourceFiles& files, const std::string& today) {
  std::vector<ApprovedReview> out;
  const ArticleIndex articles(model);
  for (const ReviewStatus& s : review_statuses(model, today)) {
    if (!s.invalid.empty() || !s.entry) continue;
    if (!review_changes(s.record->fields, review_fields(model, files, *s.entry, &articles)).empty()) continue;  // stale
    out.push_back({s.entry, s.record, model.policy.reviews->reviewer(s.record->reviewer), s.due});
  }
  return out;
}

}  // namespace contentc
