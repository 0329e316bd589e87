#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// Text in the form quotes are compared in, with the way back to the original bytes. The
/// normalisation is exactly what DESIGN.md allows: runs of white space become one space,
/// curly quotes and apostrophes become straight ones, en and em dashes become '-', and ASCII
/// letters are lower-cased. Nothing else is forgiven, so a typo in a quote stays a finding.
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);

  const std::string& text() const { return text_; }
  /// The original byte offset where normalised byte `i` comes from (i == size(): the end).
  uint32_t begin_of(size_t i) const { return begin_[i]; }
  /// The original byte offset just past normalised byte `i`.
  uint32_t end_of(size_t i) const { return end_[i]; }

 private:
  std::string text_;
  std::vector<uint32_t> begin_, end_;
};

/// `s` with each run of white space (as NormalizedText counts it: no-break spaces too) made one
/// ASCII space, and trimmed; nothing else changed.
std::string fold_space(std::string_view s);

/// `s` without the white space around it (ASCII white space and no-break spaces).
std::string_view trim_space(std::string_view s);

/// `s` normalised as NormalizedText does and trimmed, without the offsets.
std::string normalize_quote(std::string_view s);

}  // namespace contentc
