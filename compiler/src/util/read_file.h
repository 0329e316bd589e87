#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace contentc {

/// Reads a whole file into `out`, sized to the file (no spare capacity: the loaded sources are
/// kept for the whole run). Returns 0, or an errno: EISDIR for a folder, EFBIG for a file over
/// `max_size` bytes.
int read_whole_file(const std::filesystem::path& path, size_t max_size, std::string& out);

}  // namespace contentc
