#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "changes/recapture.h"
#include "changes/release.h"

namespace contentc {

class WorkerPool;

/// How much a release changed, for its content version (README.md, "Change sets").
enum class Bump { kNone, kPatch, kMinor, kMajor };
std::string_view bump_name(Bump b);  ///< "none", "patch", "minor", "major"
/// The three numbers of a content version "MAJOR.MINOR.PATCH": decimal digits without leading
/// zeros, each at most 999,999,999 (so raising one never wraps); nullopt for anything else.
std::optional<std::array<uint32_t, 3>> parse_content_version(std::string_view version);
/// The content version as one number for bundle.sqlite's `PRAGMA user_version`:
/// MAJOR × 1,000,000 + MINOR × 1,000 + PATCH ("1.4.2" → 1004002). None when it is not a version,
/// or MINOR or PATCH is over 999, or MAJOR over 2146 (the number must fit 31 bits).
std::optional<int32_t> content_version_number(std::string_view version);
/// `version` ("1.4.2") raised by `bump`; "1.0.0" when it is not a version.
std::string bumped(std::string_view version, Bump bump);

/// Values are kept as the SQL literals bundle.sql writes (NULL, TRUE, 12, 'it''s'): exact, and
/// comparable byte for byte.
struct FieldChange {
  size_t column;  ///< index into the table's columns
  std::string before, after;
};
struct ModifiedRow {
  std::vector<std::string> key;  ///< the primary key's literals
  std::vector<FieldChange> fields;
};
/// One table's changes, each list in key order.
struct TableChanges {
  std::vector<std::vector<std::string>> added, removed;  ///< whole rows
  std::vector<ModifiedRow> modified;
  size_t size() const { return added.size() + removed.size() + modified.size(); }
};
/// An article whose snapshot changed, and every citation (in the new release) that rests on it.
struct SnapshotChange {
  std::string article;  ///< the article's id (unquoted)
  std::string before_sha256, after_sha256;
  struct Citation {
    std::string entry_id, context;  ///< unquoted
    int64_t ordinal;
    std::string quote;  ///< unquoted
    /// How it changed, as far as two releases' rows tell (the old text is in neither): its
    /// quote edited or new (kQuoteChanged: `before_quote` is the old one, empty for a new
    /// citation), its passage moved in the text (kMoved), or neither (kUnchanged, though the
    /// words around it may have changed); and the clinical risk of an edited quote.
    Relocation status = Relocation::kUnchanged;
    RiskAssessment risk = {};
    std::string before_quote = {};
  };
  /// Worst first, as a re-capture sorts them: edited quotes by clinical risk; then the moved;
  /// then the rest, doses' and warnings' citations first.
  std::vector<Citation> citations;
};

/// What changed from one release to the next: per table of bundle_schemas(), by primary key.
struct ChangeSet {
  std::string from_version, to_version;
  Bump bump = Bump::kNone;
  std::vector<TableChanges> tables;  ///< bundle_schemas() order
  std::vector<SnapshotChange> snapshots;
  bool empty() const;
};

/// Hands each row of the newer release to `row` as bundle.sql writes it, `(…)`: every table's,
/// or only table `only`'s (SIZE_MAX: all).
using RowSource = std::function<void(size_t only, const std::function<void(size_t table, std::string_view row)>& row)>;

/// The change set from `old` to the rows of `now`, table by table (on `pool`'s threads when
/// given: `now` is then called for several tables at once). Its versions: old's, and old's
/// raised by the bump its changes call for.
ChangeSet diff_releases(const Release& old, const RowSource& now, WorkerPool* pool = nullptr);
/// The rows of a release read back, as a RowSource.
RowSource rows_of(const Release& r);

}  // namespace contentc
