#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"

namespace contentc {

/// Makes every fix exact: each value, reorder and insert edit becomes the range of the file it
/// replaces and the raw XML that goes there (values escaped as their place needs). A fix that
/// cannot be made exact (a value holding a comment, a file that changed on disk since it was
/// read) is dropped: a fix is offered only when it is sure to do what it says.
void complete_fixes(Findings& findings, const SourceFiles& files);

/// A certain fix that rewrites the text where another rule's finding points (a dose value that
/// also breaks a limit) would make that finding disappear with nobody having read it: such a
/// fix is offered, never applied unasked. Call after complete_fixes (ranges exact).
void uncertain_where_fixes_hide_findings(Findings& findings);

/// Makes one fix exact against `file`, the loaded file (text kept) its replacements name; false
/// when it cannot be.
bool complete_fix(Fix& fix, const SourceFile& file);

/// Byte offset in `text` of `loc` (line:column, columns in code points), clamped to the end.
size_t offset_in(std::string_view text, const std::vector<uint32_t>& line_starts, const Loc& loc);

/// One range of a text to replace, in bytes.
struct ByteEdit {
  size_t begin = 0, end = 0;
  std::string text;
};

/// The byte edits of `fix`'s (complete) replacements in file `file`, whose text is `text`.
std::vector<ByteEdit> byte_edits(const Fix& fix, uint32_t file, std::string_view text,
                                 const std::vector<uint32_t>& line_starts);

/// `text` with `edits` applied; an edit that overlaps an earlier one (in the given order) is
/// left out. `applied`, when given, says for each edit whether it was applied.
std::string apply_edits(std::string_view text, std::vector<ByteEdit> edits,
                        std::vector<bool>* applied = nullptr);

}  // namespace contentc
