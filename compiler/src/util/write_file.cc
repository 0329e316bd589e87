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
  if (!S_ISREG(st.st_mode)) return EINVAL;  // a FIFO, a device, a folder: never written over
  // A file its owner cannot write is not written, even by root: its mode says "leave me".
  if (::access(path.c_str(), W_OK) != 0) return errno;
  if ((st.st_mode & 0222) == 0) return EACCES;
  std::random_device random;
  const std::filesystem::path temp =
      path.parent_path() / fmt::format(".{}.contentc-{:08x}", path.filename().string(), random());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return errno;
  // The new file takes the old one's mode (the umask does not cut it) and owner before it is
  // renamed over it.
  int error = 0;
  if (::fchmod(fd, st.st_mode & 07777) != 0) error = errno;
  if (!error && (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) && ::fchown(fd, st.st_uid, st.st_gid) != 0) {
    error = errno;
  }
  if (!error) error = write_all(fd, content);
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  if (!error && ::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error) ::unlink(temp.c_str());  // ours: created above
  return error;
}

}  // namespace contentc
