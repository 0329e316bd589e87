#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace contentc {

/// Writes all of `content` to `fd` (at `offset` when given, else at the file position),
/// retrying short writes and EINTR. Returns 0 or an errno.
int write_all(int fd, std::string_view content, std::optional<size_t> offset = std::nullopt);

/// Creates `path`, which must not exist yet (O_EXCL: never replaces a file), writes `content`
/// and syncs it to the disk. A file left half-written (a full disk) is removed again. Returns 0
/// or an errno (EEXIST when something is already there).
int write_new_file(const std::filesystem::path& path, std::string_view content, mode_t mode = 0644);

/// Replaces the existing regular file `path` with `content` at once: a new file beside it, with
/// its mode and owner, renamed over it, so that a reader (or a crash) sees the old file or the
/// new one, never a mix. Through a symbolic link, the file it points at is replaced and the link
/// stays. A file nobody may write (no write bit, even for root) is EACCES, and anything but a
/// regular file EINVAL. Returns 0 or an errno; on failure `path` is as it was.
int replace_file(const std::filesystem::path& path, std::string_view content);

}  // namespace contentc
