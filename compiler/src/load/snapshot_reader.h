#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "load/source_tree.h"

namespace contentc {

/// An article's archived text, or why it could not be had.
struct SnapshotRead {
  std::string rel_path;  ///< inside the sources folder, '/'-separated; empty if refused
  std::string text;
  std::string error;  ///< empty on success
};

/// Resolves `snapshot` (as written in `xml_rel_path`, relative to that file's folder) and reads
/// it, from memory when `tree` holds it. Refuses absolute paths and any path that leaves the
/// folder, through `..` or a symlink.
SnapshotRead read_snapshot(const SourceTree& tree, const std::string& xml_rel_path,
                           std::string_view snapshot, size_t max_size);

/// Where `path` really is (every symlink followed), relative to `real_root`, the sources folder's
/// canonical path; empty when it cannot be resolved or lies outside the sources folder.
std::filesystem::path real_path_inside(const std::filesystem::path& real_root,
                                       const std::filesystem::path& path);

}  // namespace contentc
