#include "load/source_tree.h"

#include <algorithm>

#include "load/content_loader.h"

namespace contentc {

namespace fs = std::filesystem;

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

}  // namespace contentc
