#include "diag/finding.h"

#include <algorithm>
#include <tuple>

namespace contentc {

Level level_from_name(std::string_view name) {
  return name == "note" ? Level::kNote : name == "warning" ? Level::kWarning : Level::kError;
}

std::string_view level_name(Level level) {
  switch (level) {
    case Level::kNote:
      return "note";
    case Level::kWarning:
      return "warning";
    case Level::kError:
      return "error";
  }
  return "error";
}

void Findings::append(Findings&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  other.items_.clear();
}

void Findings::sort(const SourceFiles& files) {
  auto path = [&files](const Loc& loc) -> std::string_view {
    return loc.valid() ? std::string_view(files[loc.file].path) : std::string_view();
  };
  std::stable_sort(items_.begin(), items_.end(), [&](const Finding& a, const Finding& b) {
    return std::tuple(path(a.loc), a.loc.line, a.loc.column, a.rule, a.message) <
           std::tuple(path(b.loc), b.loc.line, b.loc.column, b.rule, b.message);
  });
  // The same problem reached twice (e.g. one reference checked from two sides) is shown once.
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [](const Finding& a, const Finding& b) {
                             return a.rule == b.rule && a.loc == b.loc && a.message == b.message;
                           }),
               items_.end());
}

Tally tally(const Findings& findings) {
  Tally t;
  for (const Finding& f : findings.items()) {
    if (!f.suppressed_reason.empty()) {
      ++t.suppressed;
      continue;
    }
    switch (f.level) {
      case Level::kError:
        ++t.errors;
        break;
      case Level::kWarning:
        ++t.warnings;
        break;
      case Level::kNote:
        ++t.notes;
        break;
    }
  }
  return t;
}

}  // namespace contentc
