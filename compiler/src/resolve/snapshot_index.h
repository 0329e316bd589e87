#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "resolve/normalized_text.h"

namespace contentc {

/// One article's snapshot, normalised once, with its lines indexed as possible headings, so
/// that every quote citing it is found without renormalising the article.
class SnapshotIndex {
 public:
  /// `marked`: the snapshot marks its headings (marks_headings): only those lines can be named
  /// as sections, by their names without the '#', and all of them are headings.
  explicit SnapshotIndex(std::string_view text, bool marked = false);

  /// Finds `quote` ('...' or '…' elide: each part in order, after the previous) and, when it
  /// is found and `section` is given, the heading line before it.
  QuoteMatch match(std::string_view quote, const std::string_view* section) const;

  /// The 1-based line holding original byte `offset`.
  uint32_t line_of(uint32_t offset) const;

  /// The 1-based lines whose text is `section` (compared as quotes are), in order.
  std::vector<uint32_t> lines_named(std::string_view section) const;

  /// A marked snapshot's heading lines, in order (none for a snapshot that marks none).
  const std::vector<uint32_t>& marked_headings() const { return marked_; }

 private:
  struct Heading {
    uint32_t line;
    uint32_t offset;  ///< original byte offset of the line's start
  };
  QuoteMatch match_from(const std::vector<std::string>& parts, size_t pos) const;
  size_t norm_start(uint32_t offset) const;
  std::vector<uint32_t> section_offsets(std::string_view section) const;
  const std::vector<Heading>* headings_named(std::string_view section) const;
  void find_section(std::string_view section, QuoteMatch& m) const;
  void explain_failure(const std::string& part, size_t from, QuoteMiss& m) const;

  std::string_view original_;
  NormalizedText norm_;
  std::vector<uint32_t> line_starts_;
  std::unordered_map<std::string, std::vector<Heading>> lines_;  ///< normalised line → places
  std::vector<uint32_t> marked_;
};

}  // namespace contentc
