#include "model/model.h"

namespace contentc {

std::string_view kind_name(EntryKind kind) {
  switch (kind) {
    case EntryKind::kArticle:
      return "article";
    case EntryKind::kCondition:
      return "condition";
    case EntryKind::kExercise:
      return "exercise";
    case EntryKind::kStretch:
      return "stretch";
    case EntryKind::kAdvice:
      return "advice";
    case EntryKind::kClaim:
      return "claim";
  }
  return "entry";
}

std::string_view a_kind(EntryKind kind) {
  switch (kind) {
    case EntryKind::kArticle:
      return "an article";
    case EntryKind::kCondition:
      return "a condition";
    case EntryKind::kExercise:
      return "an exercise";
    case EntryKind::kStretch:
      return "a stretch";
    case EntryKind::kAdvice:
      return "an advice entry";
    case EntryKind::kClaim:
      return "a claim";
  }
  return "an entry";
}

}  // namespace contentc
