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

std::vector<const Suppression*> entry_suppressions(const Entry& e) {
  std::vector<const Suppression*> out;
  for (const Suppression& s : e.suppressions) out.push_back(&s);
  for (const Dose& d : doses_of(e)) {
    for (const Suppression& s : d.suppressions) out.push_back(&s);
  }
  return out;
}

std::span<const Warning> warnings_of(const Entry& e) {
  if (e.kind == EntryKind::kCondition) return static_cast<const Condition&>(e).warnings;
  if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) return static_cast<const Movement&>(e).warnings;
  return {};
}

std::span<const Dose> doses_of(const Entry& e) {
  if (e.kind != EntryKind::kExercise && e.kind != EntryKind::kStretch) return {};
  return static_cast<const Movement&>(e).doses;  // exercises and stretches are Movements
}

std::optional<size_t> dose_at(const Entry& e, const Loc& loc) {
  const std::span<const Dose> doses = doses_of(e);
  auto place = [](const Loc& l) { return std::pair(l.line, l.column); };
  for (size_t d = 0; d < doses.size(); ++d) {
    if (doses[d].loc.file == loc.file && place(doses[d].loc) <= place(loc) && place(loc) < place(doses[d].end)) {
      return d;
    }
  }
  return std::nullopt;
}

}  // namespace contentc
