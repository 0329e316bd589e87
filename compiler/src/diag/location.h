#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// A place in a source file: the file as an index into the SourceFiles table, 1-based line and
/// column (columns count Unicode code points). file == kNoFile means "no particular file".
struct Loc {
  static constexpr uint32_t kNoFile = UINT32_MAX;
  uint32_t file = kNoFile;
  uint32_t line = 0;
  uint32_t column = 0;

  bool valid() const { return file != kNoFile; }
  friend bool operator==(const Loc&, const Loc&) = default;
};

/// One loaded file: its display path and, while known, the start offset of every line.
struct SourceFile {
  std::string path;                   ///< as shown to users: SOURCES argument joined with rel path
  std::string rel_path;               ///< path inside the sources folder, '/'-separated
  /// The original bytes. Snapshots keep them for the whole run; an XML file that loaded without
  /// a finding gives them up (`release_text`), and its lines are read again from `disk_path`
  /// for the few that diagnostics print.
  std::string text;
  std::vector<uint32_t> line_starts;  ///< byte offset of each line's first byte
  /// For each 1 KiB block: code points between its line's start and the block's first byte, so
  /// that a column on a very long line is found without counting from the line's start.
  std::vector<uint32_t> column_marks;
  std::string disk_path;  ///< where the file was read from (empty: `text` is all there is)
  std::string sha256;     ///< of the original bytes, hex (empty until released)
  size_t size = 0;        ///< bytes, as read

  /// Frees `text`, keeping its size and SHA-256; lines are then re-read from `disk_path`.
  void release_text();
};

/// Fills `file.line_starts` and `file.column_marks` from `file.text`.
void index_lines(SourceFile& file);

/// The location of byte `offset` of `file`, which has index `index` (clamped to the file's end).
Loc locate_in(const SourceFile& file, uint32_t index, size_t offset);

/// The table of every file findings can point into. Locations refer to files by index.
class SourceFiles {
 public:
  /// Registers a file and builds its line-start table; returns its index.
  uint32_t add(std::string path, std::string rel_path, std::string text);
  /// Registers a file built elsewhere (line starts included).
  uint32_t add(SourceFile file);

  const SourceFile& operator[](uint32_t index) const { return files_[index]; }
  SourceFile& operator[](uint32_t index) { return files_[index]; }
  uint32_t size() const { return static_cast<uint32_t>(files_.size()); }

  /// The location of byte `offset` in file `index` (clamped to the file's end).
  Loc locate(uint32_t index, size_t offset) const;
  /// The text of 1-based `line` of file `index`, without its line break; re-read from the disk
  /// for a file whose text was released ("" if the file changed size since).
  std::string line_text(uint32_t index, uint32_t line) const;
  /// The byte offset in file `index` of `loc` (read again from the disk for a released file);
  /// nullopt when the line is not there.
  std::optional<size_t> offset_of(const Loc& loc) const;
  /// Up to `max` bytes of file `index` from byte `offset` (read again from the disk for a
  /// released file; "" if it changed size since).
  std::string bytes(uint32_t index, size_t offset, size_t max) const;
  /// As locate(), also for a file whose text was released (its line read again).
  Loc locate_any(uint32_t index, size_t offset) const;

 private:
  std::vector<SourceFile> files_;
};

/// Byte offsets of the first byte of every line of `text`.
std::vector<uint32_t> compute_line_starts(std::string_view text);

}  // namespace contentc
