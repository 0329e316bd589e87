#include "util/installed_data.h"

#include <filesystem>
#include <system_error>

namespace contentc {
namespace fs = std::filesystem;

std::string installed_data_dir(std::string_view folder, std::string_view probe, std::string_view fallback) {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside = exe.parent_path().parent_path() / "share/contentc" / folder;
    if (fs::exists(beside / probe, ec)) return beside.lexically_normal().string();
    // A binary in a build tree (build/ci/compiler/contentc): the source tree around it, so that
    // what it names leads somewhere before anything is installed.
    fs::path up = exe.parent_path();
    for (int level = 0; level < 4 && up.has_relative_path(); ++level, up = up.parent_path()) {
      if (fs::exists(up / folder / probe, ec) && fs::exists(up / "CMakeLists.txt", ec)) {
        return (up / folder).lexically_normal().string();
      }
    }
  }
  return std::string(fallback);
}

}  // namespace contentc
