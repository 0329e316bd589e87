#include "scaffold/repository.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "scaffold/repository_template.h"
#include "util/installed_data.h"
#include "util/write_file.h"
#include "version.h"

namespace contentc {
namespace fs = std::filesystem;
namespace {

std::string expand(std::string_view text, const RepositorySettings& settings) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t at = text.find('@', pos);
    if (at == std::string_view::npos) break;
    out.append(text.substr(pos, at - pos));
    bool replaced = false;
    for (const auto& [name, value] : {std::pair<std::string_view, std::string_view>{"@SCHEMA_DIR@", settings.schema_dir},
                                      {"@PACKAGE_URL@", settings.package_url},
                                      {"@VERSION@", kVersion}}) {
      if (text.substr(at).starts_with(name)) {
        out.append(value);
        pos = at + name.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out += '@';
      pos = at + 1;
    }
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace

std::string installed_schema_dir() { return installed_data_dir("schema", "content.xsd", kSchemaDir); }

InitResult init_repository(const fs::path& dir, const RepositorySettings& settings) {
  InitResult result;
  if (dir.empty()) {
    result.error = "no folder given: contentc init starts a repository in a new or empty folder";
    return result;
  }
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(dir, ec);
  std::vector<fs::path> made_folders;  // created here, removed again on failure (deepest last)
  if (fs::exists(status)) {
    if (!fs::is_directory(fs::status(dir, ec))) {
      result.error = fmt::format("'{}' is not a folder; contentc init starts a repository in a new or empty folder", dir.string());
      return result;
    }
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
      result.error = fmt::format("'{}' is not empty (it holds {}); contentc init starts a repository in a new or empty "
                                 "folder and never overwrites a file",
                                 dir.string(), e.path().filename().string());
      return result;
    }
    if (ec) {
      result.error = fmt::format("cannot read '{}': {}", dir.string(), ec.message());
      return result;
    }
  }
  auto make_folder = [&made_folders](const fs::path& folder) -> int {
    std::vector<fs::path> missing;
    std::error_code e;
    for (fs::path p = folder; !p.empty() && !fs::exists(fs::symlink_status(p, e)); p = p.parent_path()) {
      missing.push_back(p);
      if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
      if (::mkdir(it->c_str(), 0755) != 0) return errno;
      made_folders.push_back(*it);
    }
    return 0;
  };
  auto undo = [&]() {
    for (auto it = result.created.rbegin(); it != result.created.rend(); ++it) ::unlink((dir / *it).c_str());
    for (auto it = made_folders.rbegin(); it != made_folders.rend(); ++it) ::rmdir(it->c_str());
    result.created.clear();
  };
  if (const int error = make_folder(dir); error) {
    result.error = fmt::format("cannot create '{}': {}", dir.string(), std::strerror(error));
    undo();
    return result;
  }
  for (const EmbeddedFile& f : kRepositoryTemplate) {
    const fs::path path = dir / fs::path(f.path);
    int error = make_folder(path.parent_path());
    if (!error) error = write_new_file(path, expand(f.content, settings));
    if (error) {
      result.error = fmt::format("cannot create '{}': {}; nothing was left behind", path.string(), std::strerror(error));
      undo();
      return result;
    }
    result.created.emplace_back(f.path);
  }
  return result;
}

}  // namespace contentc
