#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"
#include "diag/rule.h"
#include "model/model.h"

namespace contentc {

/// What a rule reads (the model, the files) and where it reports.
class RuleContext {
 public:
  RuleContext(const Model& model, const SourceFiles& files, const RuleCatalogue& catalogue,
              Findings& findings, std::string today = "1970-01-01")
      : model(model), files(files), catalogue(catalogue), today(std::move(today)), findings_(findings) {}

  const Model& model;
  const SourceFiles& files;
  const RuleCatalogue& catalogue;  ///< every rule of this run, for rule names in the sources
  const std::string today;         ///< YYYY-MM-DD: the build's day (--today, SOURCE_DATE_EPOCH)

  /// Reports a finding of `rule` at its default level.
  void report(const Rule& rule, Loc loc, std::string message, std::vector<Related> related = {}) {
    findings_.add(rule, loc, std::move(message), std::move(related));
  }
  /// Reports a finding of `rule` with the fix that makes it go away.
  void report(const Rule& rule, Loc loc, std::string message, std::vector<Related> related,
              std::optional<Fix> fix) {
    findings_.add(rule, rule.level, loc, std::move(message), std::move(related), std::move(fix));
  }
  /// Reports a finding at an explicit level (a rule with two strengths, e.g. caution vs avoid).
  void report(const Rule& rule, Level level, Loc loc, std::string message,
              std::vector<Related> related = {}, std::optional<Fix> fix = std::nullopt) {
    findings_.add(rule, level, loc, std::move(message), std::move(related), std::move(fix));
  }

  /// Counts one pair of entries a cross-entry rule looked at (tests check it grows linearly).
  void count_candidate(const Rule& rule) { ++candidates_[std::string(rule.id)]; }
  const std::map<std::string, size_t>& candidates() const { return candidates_; }

 private:
  Findings& findings_;
  std::map<std::string, size_t> candidates_;
};

/// The ids of every entry, with what they name, for reference checks and suggestions.
struct IdIndex {
  struct Target {
    EntryKind kind;
    Loc loc;
  };
  /// First entry of each id.
  std::vector<std::pair<std::string_view, Target>> sorted;

  explicit IdIndex(const Model& model);
  const Target* find(std::string_view id) const;
  /// Ids of entries of the given kinds, in sorted order (for "did you mean").
  std::vector<std::string_view> ids_of(std::initializer_list<EntryKind> kinds) const;
};

}  // namespace contentc
