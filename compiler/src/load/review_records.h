#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/location.h"
#include "load/source_tree.h"
#include "model/review.h"

namespace contentc {

class WorkerPool;

/// The namespace review signatures are made in (ssh-keygen -Y sign -n contentc-review).
inline constexpr std::string_view kReviewNamespace = "contentc-review";
/// Where the records live, relative to the sources folder, and the keys that may sign them.
inline constexpr std::string_view kReviewsFolder = "reviews";
inline constexpr std::string_view kAllowedSigners = "reviews/allowed_signers";

/// What a record says of itself, before its fields.
struct ReviewHeader {
  std::string repository, kind, entry, role, reviewer, date;
};

/// A record's text, byte for byte what is signed:
///   contentc-review 1
///   repository prenatal-movement
///   entry exercise pelvic-tilt
///   role clinical
///   reviewer ann
///   date 2026-12-03
///   (a blank line)
///   name: Pelvic tilt
///   dose 1 reps: 8-10
/// one line a field, its value with '\' written '\\' and a line break '\n'.
std::string format_review_record(const ReviewHeader& header, const std::vector<ReviewField>& fields);

/// The record's file name in reviews/: ENTRY.ROLE.review.
std::string review_record_path(std::string_view entry, std::string_view role);

/// Reads a record's text into `out` (header, fields, their locations in file `file`); "" or
/// what is wrong with it, at `where`.
std::string parse_review_record(std::string_view text, uint32_t file, const SourceFiles& files, ReviewRecord& out,
                                Loc& where);

/// Reads reviews/ from `tree`: every *.review, its .review.sig, checked against
/// reviews/allowed_signers; the files read are added to `files` (shown under `display_root`).
/// Never throws for bad input: what is wrong is a record's problem or one of the folder's.
/// Files are read and signatures checked side by side on `pool`.
Reviews load_reviews(const SourceTree& tree, const std::string& display_root, size_t max_size, SourceFiles& files,
                     WorkerPool& pool);

}  // namespace contentc
