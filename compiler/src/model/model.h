#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/location.h"
#include "model/policy.h"
#include "model/review.h"
#include "model/values.h"

namespace contentc {

enum class EntryKind { kArticle, kCondition, kExercise, kStretch, kAdvice, kClaim };

/// "article", "condition", … as written in the sources.
std::string_view kind_name(EntryKind kind);
/// The kind with its indefinite article: "an exercise", "a stretch", "an advice entry".
std::string_view a_kind(EntryKind kind);

/// A stretch of a snapshot, in bytes: [begin, end).
struct Span {
  uint32_t begin = 0, end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

/// Why a quote was not found (and how far it got), or the heading most like a section that is
/// not in the article: kept only for the few citations that need explaining.
struct QuoteMiss {
  size_t failed_part = 0, parts = 0;  ///< the part that failed, of how many
  bool out_of_order = false;     ///< the failed part is in the snapshot, but before the previous
  std::string matched_text;      ///< the longest prefix of the failed part found (normalised)
  uint32_t diverge_offset = 0;   ///< snapshot byte offset where that prefix's match ends
  std::string quote_next;        ///< the quote's words from there
  std::string snapshot_next;     ///< the snapshot's words from there
  std::string section_suggestion;  ///< a heading line close to the section, when none matched
};

/// Where a quote was found in its article's snapshot (filled by resolve/, read by rules and
/// emitters), or how far it got.
struct QuoteMatch {
  bool checked = false;      ///< the snapshot was there to look in
  bool found = false;
  std::vector<Span> spans;   ///< one per part ('...' elides), in order
  // When found and a section was named: the line of the heading before the quote (0: none),
  // and the first line holding that heading anywhere (0: none).
  uint32_t section_line = 0, section_line_anywhere = 0;
  // When found: the nearest heading at or above the quote's first and last byte (0: none),
  // where the article's headings are the lines that some cite of it names as its section.
  uint32_t heading_above_start = 0, heading_above_end = 0;
  // When found: the first heading below the quote's last byte (0: none), so that the quote's
  // section is the lines from heading_above_start up to it.
  uint32_t heading_below_end = 0;
  std::shared_ptr<QuoteMiss> miss;  ///< null: nothing to explain

  /// The explanation, made on first use (by resolve/).
  QuoteMiss& explain() {
    if (!miss) miss = std::make_shared<QuoteMiss>();
    return *miss;
  }
  /// The explanation, or an empty one.
  const QuoteMiss& details() const {
    static const QuoteMiss kNone;
    return miss ? *miss : kNone;
  }
};

/// `<cite article=… section=…>quote</cite>`.
struct Cite {
  Text article;
  std::optional<Text> section;
  Text quote;
  Loc loc;
  Loc end;  ///< just past the end tag: the cite's element is [loc, end)
  QuoteMatch match;  ///< filled by resolve/
};

/// `<warning category=…>text <cite/>?</warning>`; without a cite it is editorial.
struct Warning {
  Text category;
  Text text;
  std::vector<Cite> cites;
  Loc loc;
  Loc end;  ///< just past the end tag: the warning's element is [loc, end)
  /// source="house": the house's own advice, not the article's (no article has to say it).
  bool house = false;

  bool editorial() const { return cites.empty(); }
};

/// `<suppress rule=… reason=… reviewer=… until=… on=…/>`.
struct Suppression {
  Text rule;
  Text reason;
  std::optional<Text> reviewer;
  std::optional<Text> until;
  /// The part of its entry or dose it silences, when narrower than where it stands: "warning 2",
  /// "cite 1", "dose 3" (on an entry); "hold", "reps" … "cite 1" (in a dose).
  std::optional<Text> on;
  Loc loc;
  /// Where on its entry it applies, for bundles (filled by resolve/): "dose 2", "dose 2 hold",
  /// "warning 1"; "" for the whole entry.
  std::string scope;
};

/// Where one child element of a dose stands: its name ("reps", "cite") and [begin, end).
struct ElementSpan {
  Interned name;
  Loc begin, end;
};

/// A progression's `to="…"`: what to work up to, as written and parsed (by resolve/).
struct Progression {
  Text to;
  DoseValue target;
};

/// One numeric field of a dose (`<reps>`, `<hold>`, `<sets>`, `<frequency>`): its text, and the
/// `to="…"` of a progression (where to start, and what to work up to), both as written and
/// parsed (by resolve/). Few fields are progressions: theirs is held out of line.
struct DoseAmount {
  std::optional<Text> text;
  DoseValue value;
  Box<Progression> progression;

  explicit operator bool() const { return text.has_value(); }
  /// The `to="…"` as written; null when the field is no progression.
  const Text* to() const { return progression ? &progression->to : nullptr; }
  /// The parsed target of a progression (kAbsent when the field is none).
  const DoseValue& target() const {
    static const DoseValue kNone;
    return progression ? progression->target : kNone;
  }
  /// What the reader ends up doing: the target of a progression, else the value.
  const DoseValue& goal() const { return progression ? progression->target : value; }
};

/// One of a dose's four fields, held out of line only when the dose has its element: most doses
/// state one or two of the four, and an unstated one costs 8 bytes instead of a DoseAmount.
/// Reads as a DoseAmount (an empty one when absent).
class DoseSlot {
 public:
  DoseSlot() = default;
  DoseSlot(DoseAmount a) {  // NOLINT(google-explicit-constructor): a slot is its amount
    if (a.text || a.progression) amount_ = Box<DoseAmount>(std::move(a));
  }

  const DoseAmount& operator*() const { return amount_ ? *amount_ : none(); }
  const DoseAmount* operator->() const { return &**this; }
  operator const DoseAmount&() const { return **this; }  // NOLINT(google-explicit-constructor)
  /// Whether the dose has this field's element (as DoseAmount's).
  explicit operator bool() const { return amount_ && static_cast<bool>(*amount_); }
  /// The amount, to fill in (by resolve/); null when the dose has no such element.
  DoseAmount* stated() { return amount_ ? &*amount_ : nullptr; }

 private:
  static const DoseAmount& none() {
    static const DoseAmount kNone;
    return kNone;
  }
  Box<DoseAmount> amount_;
};

/// `<dose>`: each field as written, and parsed (by resolve/).
struct Dose {
  DoseSlot reps, hold, sets, frequency;
  std::optional<Text> side;
  /// `<timing>`: when it is done, counting nothing ("once before bed", "in the morning").
  std::optional<Text> timing;
  std::vector<Cite> cites;
  /// `<suppress>` inside the dose: it silences only findings inside the dose's element.
  std::vector<Suppression> suppressions;
  Loc loc;
  Loc end;  ///< just past the dose's end tag (the dose's element is [loc, end))
  std::vector<ElementSpan> children;  ///< its child elements in order, for suppressions' on="…"
  /// source="house": a dose the house sets, not the article (no quote has to give it).
  bool house = false;
};

/// A movement's `<step>`: its text, and whether it is the house's own advice (source="house").
struct Step : Text {
  bool house = false;
};

/// `<for condition=… phase=…/>`: what a movement is recommended for.
struct ForCondition {
  Text condition;
  Text phase;     ///< "any" when the attribute is absent
  Text severity;  ///< any | mild | moderate | severe; "any" when absent
  Loc loc;
};


/// What every entry kind has.
struct Entry {
  EntryKind kind = EntryKind::kArticle;
  Text id;
  Loc loc;  ///< the element's `<`
  std::vector<Cite> cites;
  std::vector<Suppression> suppressions;
};

struct Article : Entry {
  Text title, author;
  std::optional<Text> publisher, url, retrieved, license;
  Text snapshot;  ///< as written: relative to the XML file naming it
  /// Where the snapshot came from, when `contentc snapshot` made it: the capture time (RFC 3339
  /// UTC), the SHA-256 of the page's raw bytes, the archived copy's address.
  std::optional<Text> captured, page_sha256, archive;
  // Resolved by the loader:
  std::string snapshot_path;       ///< inside the sources folder, '/'-separated; empty if refused
  std::string snapshot_error;      ///< why the snapshot could not be read; empty when it was
  uint32_t snapshot_file = Loc::kNoFile;  ///< index in SourceFiles when read
};

struct Condition : Entry {
  Text name;
  std::vector<Text> aliases;
  std::vector<Text> related;  ///< condition ids (symmetric)
  std::optional<Text> summary;
  std::vector<Text> symptoms;
  std::vector<Warning> warnings;
};

/// An exercise or a stretch (kind tells which).
/// `<same-as ref="…"/>` or `<distinct-from ref="…" reason="…"/>`: the editor's answer to
/// possible-duplicate, naming another movement.
struct MovementLink {
  Text ref;
  std::optional<Text> reason;  ///< distinct-from's: why they are two movements
  Loc loc;
};

struct Movement : Entry {
  Text name;
  std::vector<Text> aliases;
  std::optional<Text> position;
  std::vector<Text> equipment, targets, patterns;
  std::vector<ForCondition> fors;
  std::vector<MovementLink> same_as;        ///< one movement with these, from other articles
  std::vector<MovementLink> distinct_from;  ///< not the same movement as these
  std::vector<Step> steps;
  std::vector<Dose> doses;
  std::vector<Warning> warnings;
};

struct Advice : Entry {
  Text stance;     ///< recommend | caution | avoid
  Text condition;  ///< condition id
  Text phase;      ///< any | pregnancy | postpartum
  Text severity;   ///< any | mild | moderate | severe
  std::vector<Text> patterns;
  std::vector<Text> exercises;  ///< movement ids (`<exercise ref=…/>`)
  Text text;
};

struct Effect {
  Text factor;
  Text direction;  ///< improves | worsens
  Loc loc;
};

struct Figure {
  Text value;
  std::optional<Text> unit, sample;
  Text text;
  Loc loc;
};

struct Claim : Entry {
  std::optional<Text> about;  ///< condition id; none for a claim about pregnancy in general
  Text phase;                 ///< any | pregnancy | postpartum
  Text topic;
  Text text;
  std::optional<Effect> effect;
  std::vector<Figure> figures;
};

/// Everything loaded from the sources folder, in file order then document order.
struct Model {
  std::vector<Article> articles;
  std::vector<Condition> conditions;
  std::vector<Movement> movements;
  std::vector<Advice> advice;
  std::vector<Claim> claims;
  Policy policy;
  Reviews reviews;
  /// The characters of the loaded values (one store a file); copies of the model share them.
  std::vector<std::shared_ptr<const ValueStore>> value_stores;

  /// Calls f(entry) for every entry of every kind, articles first.
  template <typename F>
  void for_each_entry(F&& f) const {
    for (const auto& e : articles) f(static_cast<const Entry&>(e));
    for (const auto& e : conditions) f(static_cast<const Entry&>(e));
    for (const auto& e : movements) f(static_cast<const Entry&>(e));
    for (const auto& e : advice) f(static_cast<const Entry&>(e));
    for (const auto& e : claims) f(static_cast<const Entry&>(e));
  }
  /// Calls f(entry, cite) for every citation: entries' own, their doses' and their warnings'.
  template <typename F>
  void for_each_cite(F&& f) const {
    auto own = [&f](const Entry& e) {
      for (const Cite& c : e.cites) f(e, c);
    };
    auto warned = [&f](const Entry& e, const std::vector<Warning>& warnings) {
      for (const Warning& w : warnings)
        for (const Cite& c : w.cites) f(e, c);
    };
    for (const auto& e : conditions) own(e), warned(e, e.warnings);
    for (const auto& e : movements) {
      own(e);
      for (const Dose& d : e.doses)
        for (const Cite& c : d.cites) f(static_cast<const Entry&>(e), c);
      warned(e, e.warnings);
    }
    for (const auto& e : advice) own(e);
    for (const auto& e : claims) own(e);
  }
  size_t entry_count() const {
    return articles.size() + conditions.size() + movements.size() + advice.size() + claims.size();
  }
};

/// Every `<suppress>` of an entry: its own, then (for a movement) each dose's, in dose order.
std::vector<const Suppression*> entry_suppressions(const Entry& e);

/// An entry's doses: a movement's, and none for the other kinds.
std::span<const Dose> doses_of(const Entry& e);
/// The warnings of an entry: a condition's or a movement's; empty for the other kinds.
std::span<const Warning> warnings_of(const Entry& e);

/// The index in doses_of(e) of the dose whose element holds `loc` ([loc, end)), if one does.
std::optional<size_t> dose_at(const Entry& e, const Loc& loc);

}  // namespace contentc
