#include "load/snapshot_reader.h"

#include <system_error>

#include <fmt/format.h>

#include "util/read_file.h"
#include "util/utf8.h"

namespace contentc {

namespace fs = std::filesystem;

fs::path real_path_inside(const fs::path& real_root, const fs::path& path) {
  std::error_code ec;
  const fs::path inside = fs::canonical(path, ec).lexically_relative(real_root);
  if (ec || inside.empty() || *inside.begin() == "..") return {};
  return inside;
}

namespace {

/// Checks the text read for a snapshot: within the size limit and UTF-8.
void check_snapshot_text(const std::string& name, size_t max_size, SnapshotRead& out) {
  if (out.text.size() > max_size) {
    out.error = fmt::format("'{}' is {} bytes, over the {}-byte limit (--max-file-size)", name,
                            out.text.size(), max_size);
  } else if (auto bad = utf8_first_invalid(out.text)) {
    out.error = fmt::format("'{}' is not UTF-8 (invalid byte at offset {}); save it as UTF-8",
                            name, *bad);
  }
  if (!out.error.empty()) out.text.clear();
}

}  // namespace

SnapshotRead read_snapshot(const SourceTree& tree, const std::string& xml_rel_path,
                           std::string_view snapshot, size_t max_size) {
  SnapshotRead out;
  const fs::path written(snapshot);
  if (written.is_absolute() || written.has_root_name()) {
    out.error = "the snapshot path is absolute; write it relative to this file, inside the "
                "sources folder";
    return out;
  }
  const fs::path& real_root = tree.real_root();
  const fs::path lexical =
      (fs::path(xml_rel_path).parent_path() / written).lexically_normal();
  if (lexical.empty() || *lexical.begin() == "..") {
    out.error = "the snapshot path leaves the sources folder; keep snapshots inside it";
    return out;
  }
  if (const std::string* text = tree.buffer(lexical.generic_string())) {
    out.text = *text;
    check_snapshot_text(lexical.generic_string(), max_size, out);
    if (out.error.empty()) out.rel_path = lexical.generic_string();
    return out;
  }
  std::error_code ec;
  const fs::path full = real_root / lexical;
  if (real_root.empty() || !fs::exists(full, ec)) {
    out.error = fmt::format("no file '{}' in the sources folder", lexical.generic_string());
    return out;
  }
  const fs::path inside = real_path_inside(real_root, full);
  const fs::path real = real_root / inside;
  if (inside.empty()) {
    out.error = "the snapshot path leads out of the sources folder (through a symlink); keep "
                "snapshots inside it";
    return out;
  }
  if (!fs::is_regular_file(real, ec)) {
    out.error = fmt::format("'{}' is not a regular file", lexical.generic_string());
    return out;
  }
  const auto size = fs::file_size(real, ec);
  if (ec || size > max_size) {
    out.error = ec ? fmt::format("cannot read '{}': {}", lexical.generic_string(), ec.message())
                   : fmt::format("'{}' is {} bytes, over the {}-byte limit (--max-file-size)",
                                 lexical.generic_string(), size, max_size);
    return out;
  }
  if (read_whole_file(real, max_size, out.text) != 0) {
    out.error = fmt::format("cannot read '{}'", lexical.generic_string());
    return out;
  }
  check_snapshot_text(lexical.generic_string(), max_size, out);
  if (!out.error.empty()) return out;
  out.rel_path = inside.generic_string();
  return out;
}

}  // namespace contentc
