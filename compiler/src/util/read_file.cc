#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace contentc {

int read_whole_file(const std::filesystem::path& path, size_t max_size, std::string& out) {
  out.clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  struct stat st;
  int error = fstat(fd, &st) == 0 ? 0 : errno;
  if (!error && S_ISDIR(st.st_mode)) error = EISDIR;
  if (!error && static_cast<size_t>(st.st_size) > max_size) error = EFBIG;
  if (!error) {
    // The size from fstat, then whatever the file grew by meanwhile, up to the limit.
    out.resize(static_cast<size_t>(st.st_size));
    size_t have = 0;
    for (;;) {
      if (have == out.size()) {
        if (out.size() >= max_size) {
          char probe;
          const ssize_t more = read(fd, &probe, 1);
          if (more > 0) error = EFBIG;
          if (more < 0) error = errno;
          break;
        }
        out.resize(std::min(max_size, out.size() + 65536));
      }
      const ssize_t n = read(fd, out.data() + have, out.size() - have);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error = errno;
        break;
      }
      if (n == 0) break;
      have += static_cast<size_t>(n);
    }
    out.resize(have);
    out.shrink_to_fit();
  }
  close(fd);
  if (error) out.clear();
  return error;
}

}  // namespace contentc
