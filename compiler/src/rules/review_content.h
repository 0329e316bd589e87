#pragma once

#include <string>
#include <vector>

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

class ArticleIndex;

/// What a review approves of an entry, in a canonical form: every field an app shows of it, in a
/// fixed order, each named ("name", "step 2", "dose 1 reps", "warning 1", "dose 1 cite 1"), the
/// advice entries that name a movement, and each cited passage as its snapshot holds it ("passage
/// 1": the article, then the paragraph around the quote). Two entries that show the same have the
/// same fields; an edit elsewhere in an article changes no passage.
std::vector<ReviewField> review_fields(const Model& model, const SourceFiles& files, const Entry& entry,
                                       const ArticleIndex* articles = nullptr);

/// One field that differs: its value as approved and now ("" when it was not there, or is gone).
struct ReviewedFieldChange {
  std::string name, before, after;
  bool was_there = true, is_there = true;  ///< false: a field added since, or gone since
};
std::vector<ReviewedFieldChange> review_diff(const std::vector<ReviewField>& approved, const std::vector<ReviewField>& now);

/// The fields that differ between what was approved and what is there now, for a message:
/// "dose 1 reps: '8-10' → '10-12'", "step 3: (new) 'Breathe out.'", "alias 1: 'x' (gone)".
std::vector<std::string> review_changes(const std::vector<ReviewField>& approved, const std::vector<ReviewField>& now);

}  // namespace contentc
