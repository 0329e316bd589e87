#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/fix.h"
#include "diag/location.h"
#include "diag/rule.h"

namespace contentc {

/// "note", "warning" or "error".
std::string_view level_name(Level level);
/// The level named "note", "warning" or "error" (anything else: error).
Level level_from_name(std::string_view name);

/// A second place a finding involves: the other duplicate, the article line, a definition.
struct Related {
  Loc loc;
  std::string message;
  /// A place listed in one line by the text renderer (no snippet) and left out of GitHub
  /// annotations, to keep them short; JSON and SARIF list it like any other.
  bool brief = false;
};

/// One problem found in the sources. Rules produce these; renderers print them.
struct Finding {
  std::string rule;  ///< rule id, e.g. "duplicate-id"
  Level level = Level::kError;
  Loc loc;
  std::string message;
  std::vector<Related> related;
  std::string suppressed_reason;  ///< non-empty when a `suppress` silenced this finding
  std::optional<Fix> fix;         ///< the edit that makes it go away, when there is one
};

/// Collects findings from every stage; thread-safe appends are not needed: each loader thread
/// fills its own Findings and they are merged in file order.
class Findings {
 public:
  void add(Finding finding) { items_.push_back(std::move(finding)); }
  /// A finding of `rule` at its default level.
  void add(const Rule& rule, Loc loc, std::string message, std::vector<Related> related = {}) {
    add(rule, rule.level, loc, std::move(message), std::move(related));
  }
  /// A finding of `rule` at another level (a rule with two strengths, e.g. caution vs avoid).
  void add(const Rule& rule, Level level, Loc loc, std::string message,
           std::vector<Related> related = {}, std::optional<Fix> fix = {}) {
    items_.push_back(Finding{std::string(rule.id), level, loc, std::move(message),
                             std::move(related), {}, std::move(fix)});
  }
  void append(Findings&& other);

  /// Sorts by file path, line, column, rule, then message: the order every renderer uses.
  void sort(const SourceFiles& files);

  std::vector<Finding>& items() { return items_; }
  const std::vector<Finding>& items() const { return items_; }

 private:
  std::vector<Finding> items_;
};

/// How many findings of each level, suppressed ones left out.
struct Tally {
  size_t errors = 0, warnings = 0, notes = 0, suppressed = 0;
};
Tally tally(const Findings& findings);

}  // namespace contentc
