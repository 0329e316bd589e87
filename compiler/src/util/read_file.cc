#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace contentc {

int read_whole_file(const std::filesystem::path& path, size_t max_size, std::string& out) {
  out.clear();
  // Non-blocking, so that a FIFO (or a device) is refused at once instead of waiting for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return errno == ENXIO ? kNotRegularFile : errno;
  struct stat st;
  int error = fstat(fd, &st) == 0 ? 0 : errno;
  if (!error && S_ISDIR(st.st_mode)) error = EISDIR;
  if (!error && !S_ISREG(st.st_mode)) error = kNotRegularFile;
  if (!error && static_cast<size_t>(st.st_size) > max_size) error = EFBIG;
  if (!error) {
    // The size from fstat, then whatever the file grew by meanwhile, up to the limit. Growth
    // is probed through a small buffer, so that a file read whole is never copied again.
    out.resize(static_cast<size_t>(st.st_size));
    size_t have = 0;
    char chunk[65536];
    for (;;) {
      const bool fill = have < out.size();
      const ssize_t n = fill ? read(fd, out.data() + have, out.size() - have) : read(fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error = errno;
        break;
      }
      if (n == 0) break;
      if (fill) {
        have += static_cast<size_t>(n);
        continue;
      }
      if (have + static_cast<size_t>(n) > max_size) {
        error = EFBIG;
        break;
      }
      out.append(chunk, static_cast<size_t>(n));
      have = out.size();
    }
    out.resize(have);
    out.shrink_to_fit();
  }
  close(fd);
  if (error) out.clear();
  return error;
}

}  // namespace contentc
