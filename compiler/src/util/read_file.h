#pragma once

#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <string>

namespace contentc {

/// What read_whole_file returns for a FIFO, a socket or a device: never read, never waited on.
inline constexpr int kNotRegularFile = ENODEV;

/// Reads a whole regular file into `out`, sized to the file (no spare capacity: the loaded
/// sources are kept for the whole run). Returns 0, or an errno: EISDIR for a folder,
/// kNotRegularFile for anything else that is not a regular file (without blocking on it), EFBIG
/// for a file over `max_size` bytes.
int read_whole_file(const std::filesystem::path& path, size_t max_size, std::string& out);

}  // namespace contentc
