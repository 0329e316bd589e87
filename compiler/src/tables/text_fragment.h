#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

namespace contentc {

/// A text directive as the WICG "URL Fragment Text Directives" draft spells it:
/// `#:~:text=[prefix-,]start[,end][,-suffix]`. Each part is whole words of one block (one line
/// of the snapshot); end and the context words are empty when not needed.
struct TextDirective {
  std::string prefix, start, end, suffix;
  bool empty() const { return start.empty(); }
};

/// Where a .md snapshot line's marker (`#… `, `- `, `12. `) ends; 0 when it has none.
size_t snapshot_marker_length(std::string_view line);

/// Finds, for passages of one snapshot, the shortest directive that a browser searching the
/// snapshot as it searches a page (one block a line, spaces collapsed, letters compared without
/// case, matches at word boundaries) resolves to exactly that passage: the passage itself when
/// it is one short line, else its first and last words; then as many words before or after it
/// on its line as make the first match the right one. `marked`: a .md snapshot, whose line
/// markers (`# `, `- `, `1. `) and table bars are not page text.
class TextDirectiveFinder {
 public:
  TextDirectiveFinder(std::string_view snapshot, bool marked);
  /// The directive for the passage [begin, end) (byte offsets, widened to whole words); empty
  /// when no directive finds it first.
  TextDirective find(size_t begin, size_t end) const;

 private:
  struct Range {
    size_t begin, end;
  };
  std::optional<Range> resolve(const TextDirective& d) const;
  size_t search(std::string_view term, size_t from) const;
  bool boundary(size_t at) const;
  std::string text_;       ///< the blocks, joined by '\n', their spaces collapsed
  std::string folded_;     ///< text_ with ASCII letters in lower case
  std::vector<uint32_t> source_;  ///< text_[i] came from the snapshot's byte source_[i]
  /// Every offset at a word boundary, keyed by the four folded bytes that start there, sorted by
  /// key then offset: a search looks only where its term's first four bytes are.
  std::vector<std::pair<uint32_t, uint32_t>> starts_;
};

/// `url#:~:text=…`: the directive's parts percent-encoded (everything but ASCII letters, digits
/// and `._~`, so `-`, `,` and `&` never end a part). A fragment `url` has already is kept: the
/// directive follows it (`url#part:~:text=…`). Empty for an empty directive or URL.
std::string text_fragment_url(std::string_view url, const TextDirective& directive);

}  // namespace contentc
