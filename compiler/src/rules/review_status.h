#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

/// A review record as the rules judge it: the entry it approves, and why it is no valid review
/// ("" when it is one), and when the next review is due.
struct ReviewStatus {
  const ReviewRecord* record = nullptr;
  const Entry* entry = nullptr;  ///< null when the record names no entry of the sources
  std::string invalid;
  Loc invalid_loc;
  std::string due;  ///< YYYY-MM-DD, for a valid record
};

/// Every record of reviews/, judged against the policy's <reviews> and the entries, on `today`.
std::vector<ReviewStatus> review_statuses(const Model& model, const std::string& today);

/// A review an app may show: valid, and not voided by a change since.
struct ApprovedReview {
  const Entry* entry = nullptr;
  const ReviewRecord* record = nullptr;
  const Reviewer* reviewer = nullptr;  ///< from policy.xml: their public name
  std::string due;
};

/// The approved reviews, in record order (by path: entry, then role).
std::vector<ApprovedReview> approved_reviews(const Model& model, const SourceFiles& files, const std::string& today);

/// `date` (YYYY-MM-DD) moved by a policy length of time ("3y", "18m", "6w", "90d"; a month or a
/// year later keeps the day, or the month's last day), backwards when `back`; nullopt when either
/// cannot be read.
std::optional<std::string> add_duration(std::string_view date, std::string_view duration, bool back = false);

/// The policy's review interval and warning window, with their defaults (3y, 60d).
std::string_view review_every(const Policy& policy);
std::string_view review_warn(const Policy& policy);

}  // namespace contentc
