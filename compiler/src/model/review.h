#pragma once

// Review records: a reviewer's signed approval of one entry as it was, kept in the sources
// folder's reviews/ apart from the entries (reviews/ENTRY.ROLE.review, signed in
// reviews/ENTRY.ROLE.review.sig, checked against reviews/allowed_signers).

#include <cstdint>
#include <string>
#include <vector>

#include "diag/location.h"

namespace contentc {

/// One approved field of an entry, in the canonical form the record keeps: a name such as
/// "name", "step 2", "dose 1 reps" or "passage 1", and its value as an app shows it.
struct ReviewField {
  std::string name, value;
  Loc loc;  ///< in the record (for a field read from one)
};

/// A review record as read from reviews/, and what checking its signature found.
struct ReviewRecord {
  uint32_t file = Loc::kNoFile;  ///< the .review file
  std::string rel_path;          ///< its path in the sources folder: reviews/ENTRY.ROLE.review
  Loc loc;                       ///< its first line
  std::string repository, kind, entry, role, reviewer, date;
  Loc entry_loc, reviewer_loc, date_loc;
  std::vector<ReviewField> fields;
  /// Why the record is no valid signed review: unreadable, unsigned, a signature that does not
  /// verify, a key the allowed signers do not give its reviewer; "" when it is one. The policy's
  /// checks (known reviewer, role, revoked, repository, the entry, the date) are the rules'.
  std::string problem;
  Loc problem_loc;
};

/// reviews/ as read: its records (sorted by path) and the allowed-signers file.
struct Reviews {
  std::vector<ReviewRecord> records;
  uint32_t signers_file = Loc::kNoFile;  ///< reviews/allowed_signers, when there is one
  struct Problem {
    Loc loc;
    std::string message;
  };
  /// Lines of the allowed-signers file contentc cannot read, and files of reviews/ it cannot.
  std::vector<Problem> problems;
};

}  // namespace contentc
