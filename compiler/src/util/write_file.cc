#include "util/write_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <random>

#include <fmt/format.h>

namespace contentc {

int write_all(int fd, std::string_view content, std::optional<size_t> offset) {
  while (!content.empty()) {
    const ssize_t n = offset ? pwrite(fd, content.data(), content.size(), static_cast<off_t>(*offset))
                             : ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    content.remove_prefix(static_cast<size_t>(n));
    if (offset) *offset += static_cast<size_t>(n);
  }
  return 0;
}

int write_new_file(const std::filesystem::path& path, std::string_view content, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return errno;
  int error = write_all(fd, content);
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  if (error) ::unlink(path.c_str());  // ours: created above
  return error;
}

int replace_file(const std::filesystem::path& given, std::string_view content) {
  std::error_code ec;
  const std::filesystem::path path =
      std::filesystem::is_symlink(given, ec) ? std::filesystem::canonical(given, ec) : given;
  if (ec) return ec.value();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return errno;
  std::random_device random;
  const std::filesystem::path temp =
      path.parent_path() / fmt::format(".{}.contentc-{:08x}", path.filename().string(), random());
  if (const int error = write_new_file(temp, content, st.st_mode & 07777); error) return error;
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    return error;
  }
  return 0;
}

}  // namespace contentc
