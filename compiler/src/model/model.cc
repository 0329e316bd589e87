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

}  // namespace contentc
