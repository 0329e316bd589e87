#include "load/source_tree.h"

#include <algorithm>


namespace contentc {

namespace fs = std::filesystem;

std::string display_path(const std::string& display_root, const std::string& rel_path) {
  std::string root = display_root;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  if (root.empty() || root == ".") return rel_path;
  if (root == "/") return "/" + rel_path;
  return root + "/" + rel_path;
}

std::vector<std::string> list_xml_files(const fs::path& root, std::vector<WalkError>& errors) {
  std::vector<std::string> out;
  std::vector<fs::path> folders{root};
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    const std::string rel = folder == root ? "" : folder.lexically_relative(root).generic_string();
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      std::error_code type_ec;
      const fs::file_status link = it->symlink_status(type_ec);
      if (type_ec) {
        errors.push_back({p.lexically_relative(root).generic_string(), type_ec.message()});
        continue;
      }
      if (fs::is_directory(link)) {  // a real folder, not a link to one
        folders.push_back(p);
        continue;
      }
      if (p.extension() == ".xml") out.push_back(p.lexically_relative(root).generic_string());
    }
    if (ec) errors.push_back({rel, ec.message()});
  }
  std::sort(out.begin(), out.end());
  std::sort(errors.begin(), errors.end(), [](const WalkError& a, const WalkError& b) { return a.rel_path < b.rel_path; });
  return out;
}


SourceTree::SourceTree(fs::path root) : root_(std::move(root)) {
  if (root_.empty()) root_ = ".";
  std::error_code ec;
  real_root_ = fs::canonical(root_, ec);
}

void SourceTree::put(std::string rel_path, std::string text) {
  buffers_.insert_or_assign(std::move(rel_path), std::move(text));
}

const std::string* SourceTree::buffer(std::string_view rel_path) const {
  const auto it = buffers_.find(rel_path);
  return it == buffers_.end() ? nullptr : &it->second;
}

std::vector<std::string> SourceTree::xml_files(std::vector<WalkError>& errors) const {
  std::vector<std::string> out = has_disk() ? list_xml_files(root_, errors) : std::vector<std::string>{};
  for (const auto& [path, text] : buffers_) {
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0) out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> SourceTree::files_in(std::string_view folder, std::string_view suffix) const {
  std::vector<std::string> out;
  const auto wanted = [&](std::string_view name) {
    return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix && name[0] != '.';
  };
  if (has_disk()) {
    std::error_code ec;
    for (fs::directory_iterator it(root_ / folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (!fs::is_regular_file(it->symlink_status(type_ec)) || type_ec) continue;  // no links, no folders
      const std::string name = it->path().filename().string();
      if (wanted(name)) out.push_back(std::string(folder) + "/" + name);
    }
  }
  const std::string prefix = std::string(folder) + "/";
  for (const auto& [path, text] : buffers_) {
    if (path.rfind(prefix, 0) == 0 && path.find('/', prefix.size()) == std::string::npos &&
        wanted(std::string_view(path).substr(prefix.size()))) {
      out.push_back(path);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace contentc
