#include "diag/location.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "util/sha256.h"
#include "util/utf8.h"

namespace contentc {

std::vector<uint32_t> compute_line_starts(std::string_view text) {
  std::vector<uint32_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(static_cast<uint32_t>(i + 1));
  }
  return starts;
}

constexpr size_t kMarkBytes = 1024;

void index_lines(SourceFile& f) {
  f.line_starts = compute_line_starts(f.text);
  f.column_marks.clear();
  uint32_t count = 0;
  for (size_t i = 0; i < f.text.size(); ++i) {
    if (i % kMarkBytes == 0) f.column_marks.push_back(count);
    if (f.text[i] == '\n') {
      count = 0;
    } else if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) {
      ++count;
    }
  }
}

uint32_t SourceFiles::add(std::string path, std::string rel_path, std::string text) {
  SourceFile f{std::move(path), std::move(rel_path), std::move(text), {}, {}, {}, {}, 0};
  index_lines(f);
  files_.push_back(std::move(f));
  return size() - 1;
}

uint32_t SourceFiles::add(SourceFile file) {
  files_.push_back(std::move(file));
  return size() - 1;
}

Loc SourceFiles::locate(uint32_t index, size_t offset) const {
  return locate_in(files_[index], index, offset);
}

Loc locate_in(const SourceFile& f, uint32_t index, size_t offset) {
  offset = std::min(offset, f.text.size());
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  const size_t line = static_cast<size_t>(it - f.line_starts.begin());  // 1-based
  size_t start = f.line_starts[line - 1];
  size_t before = 0;
  const size_t mark = offset / kMarkBytes;
  if (mark < f.column_marks.size() && mark * kMarkBytes > start) {  // a long line: start at a mark
    start = mark * kMarkBytes;
    before = f.column_marks[mark];
  }
  const size_t column =
      before + utf8_count_code_points(std::string_view(f.text).substr(start, offset - start)) + 1;
  return Loc{index, static_cast<uint32_t>(line), static_cast<uint32_t>(column)};
}

void SourceFile::release_text() {
  if (disk_path.empty()) return;
  size = text.size();
  sha256 = sha256_hex(text);
  std::string().swap(text);
}

std::string SourceFiles::line_text(uint32_t index, uint32_t line) const {
  const SourceFile& f = files_[index];
  const size_t size = f.text.empty() ? f.size : f.text.size();
  if (line == 0 || line > f.line_starts.size() || size == 0) return {};
  const size_t start = f.line_starts[line - 1];
  size_t end = line < f.line_starts.size() ? f.line_starts[line] - 1 : size;
  std::string out = bytes(index, start, end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

std::optional<size_t> SourceFiles::offset_of(const Loc& loc) const {
  if (!loc.valid() || loc.file >= size() || loc.line == 0) return std::nullopt;
  const SourceFile& f = files_[loc.file];
  if (loc.line > f.line_starts.size()) return std::nullopt;
  const std::string line = line_text(loc.file, loc.line);
  size_t at = 0;
  for (uint32_t column = 1; column < loc.column && at < line.size(); ++column) {
    at += utf8_sequence_length(static_cast<unsigned char>(line[at]));
  }
  return f.line_starts[loc.line - 1] + std::min(at, line.size());
}

std::string SourceFiles::bytes(uint32_t index, size_t offset, size_t max) const {
  const SourceFile& f = files_[index];
  if (!f.text.empty()) return offset < f.text.size() ? f.text.substr(offset, max) : std::string();
  if (offset >= f.size || f.disk_path.empty()) return {};
  std::string out;
  const int fd = ::open(f.disk_path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {};
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) == f.size) {
    out.resize(std::min(max, f.size - offset));
    size_t done = 0;
    while (done < out.size()) {
      const ssize_t n = pread(fd, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    out.resize(done);
  }
  close(fd);
  return out;
}

Loc SourceFiles::locate_any(uint32_t index, size_t offset) const {
  const SourceFile& f = files_[index];
  if (!f.text.empty() || f.line_starts.empty()) return locate_in(f, index, offset);
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  const uint32_t line = static_cast<uint32_t>(it - f.line_starts.begin());
  const std::string text = line_text(index, line);
  const size_t in_line = std::min<size_t>(offset - f.line_starts[line - 1], text.size());
  return Loc{index, line,
             static_cast<uint32_t>(utf8_count_code_points(std::string_view(text).substr(0, in_line)) + 1)};
}

}  // namespace contentc
