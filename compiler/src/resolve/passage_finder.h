#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/normalized_text.h"

namespace contentc {

/// Whether a line of a snapshot reads as a heading when no cite names it as one: short (80
/// code points at most), not a bullet or a numbered list item ("1. ", "2) "), not ending as a
/// sentence, a list item or a lead-in does ('.', ',', ';', ':'), and not a picture's caption
/// (only numbers and the words step, photo, figure, image, picture, video, of). "Seated Ball
/// Squeezes", "7 Exercises for SI Joint In Pregnancy" and "What makes SI joint pain worse?" are
/// headings; "• Why it happens, and", "3. Banded hip abductions", "Ok. Let's dive right in." and
/// "STEP 2 STEP 1" are not.
bool looks_like_heading(std::string_view line);

/// Whether a snapshot marks its headings: a .md file, as `contentc snapshot` writes them, whose
/// headings are exactly its lines that start with one to six '#' and a space ("## When to stop").
/// A .txt snapshot's headings are guessed (looks_like_heading) and named by cites.
inline bool marks_headings(std::string_view snapshot_path) { return snapshot_path.ends_with(".md"); }

/// A marked heading's name ("When to stop" for "## When to stop"), or nullopt for any other line.
std::optional<std::string_view> marked_heading(std::string_view line);

/// A passage of a snapshot that some words point at.
struct Passage {
  uint32_t begin = 0, end = 0;              ///< original bytes: the whole sentences around the match
  uint32_t match_begin = 0, match_end = 0;  ///< original bytes of the matched words
  uint32_t line = 0;                        ///< 1-based line of `begin`
  uint32_t heading_line = 0;                ///< the heading it sits under (0: none above it)
  size_t words_matched = 0;                 ///< of the words asked, how many the passage has
  size_t words_misspelt = 0;                ///< of those, how many it spells differently
  bool exact = false;                       ///< the words occur as written (forgiven as quotes are)
};

/// What a search found: the passages, best first. `ambiguous` when more than one fits about
/// equally well; `nothing_close` when even the best shares too few words (it is still given, so
/// that a caller can say how close it came).
struct PassageSearch {
  std::vector<Passage> passages;
  size_t words_asked = 0;
  size_t found = 0;  ///< passages found, of which the first `max` are given
  bool ambiguous = false;
  bool nothing_close = false;
};

/// The headings of one snapshot: the lines that cites of the article name as sections, and the
/// lines that looks_like_heading.
class SnapshotHeadings {
 public:
  /// `cited_sections`: what the cites of this article name as sections. `marked`: the
  /// snapshot marks its headings (marks_headings), which are then its only headings.
  SnapshotHeadings(std::string_view snapshot, const std::vector<std::string>& cited_sections, bool marked = false);

  /// The line of the heading above original byte `offset` (0: none): the nearest line before
  /// it that is a heading; its own line when a cite names that line as a section (the rule
  /// section-not-found then expects that line).
  uint32_t heading_above(uint32_t offset) const;

  /// The heading lines, in order.
  std::vector<uint32_t> lines() const;
  bool is_cited(uint32_t line) const { return cited_[line]; }

  /// Line `line`'s text, trimmed of the white space around it.
  std::string_view line_text(uint32_t line) const;
  /// A heading line's name: its text, without the '#' marks of a marked heading.
  std::string_view heading_name(uint32_t line) const;
  uint32_t line_of(uint32_t offset) const;
  uint32_t line_start(uint32_t line) const { return line_starts_[line - 1]; }

 private:
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
  std::vector<bool> heading_, cited_;  ///< by line (index 0 unused)
};

/// Finds passages of one snapshot by words an editor remembers. The words are first looked for
/// as a quote is (white space, quote marks, dashes and letter case forgiven); when they do not
/// occur as written, the best local word alignment is taken (Smith-Waterman over words, a word
/// one typo away counting as a weaker match), so that words dropped, added or misspelt still
/// find their passage.
class PassageFinder {
 public:
  /// `cited_sections`: what the cites of this article name as sections; `marked`, as for
  /// SnapshotHeadings.
  PassageFinder(std::string_view snapshot, const std::vector<std::string>& cited_sections, bool marked = false);

  /// The passages for `words`: every exact occurrence (up to `max`), or else the best
  /// alignment and those nearly as good (up to `max`). With `section`, only passages under
  /// that heading (compared as quotes are).
  PassageSearch find(std::string_view words, size_t max, const std::string_view* section = nullptr) const;

  const SnapshotHeadings& headings() const { return headings_; }

 private:
  struct Word {
    std::string key;       ///< normalised, without the punctuation around it
    uint32_t begin, end;   ///< normalised bytes
  };
  PassageSearch find_exact(const std::string& quote, size_t words_asked, size_t max,
                           const std::string_view* section) const;
  PassageSearch find_aligned(const std::vector<Word>& query, size_t max, const std::string_view* section) const;
  Passage passage(uint32_t match_begin, uint32_t match_end) const;
  bool under(const Passage& p, const std::string_view* section) const;

  std::string_view text_;
  NormalizedText norm_;
  SnapshotHeadings headings_;
  std::vector<Word> words_;
};

}  // namespace contentc
