#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// A folder the walk could not read to its end: its path relative to the root ('/'-separated,
/// "" for the root) and why.
struct WalkError {
  std::string rel_path;
  std::string message;
};

/// Where the loader reads a sources folder from: a folder on disk, files held in memory (an
/// editor's unsaved buffers, a test's inputs, the fuzzer's), or both, memory winning over disk.
/// Paths are '/'-separated and relative to the folder's root.
class SourceTree {
 public:
  /// Memory only: nothing is read from disk.
  SourceTree() = default;
  /// The folder `root` on disk.
  explicit SourceTree(std::filesystem::path root);

  /// Gives `rel_path` the text `text`, over what the disk holds (a new file if it has none).
  void put(std::string rel_path, std::string text);
  /// The text given for `rel_path`, or null when it is read from disk.
  const std::string* buffer(std::string_view rel_path) const;

  bool has_disk() const { return !root_.empty(); }
  /// The folder (empty in memory only).
  const std::filesystem::path& root() const { return root_; }
  /// The folder with every symlink resolved (empty when it cannot be, or in memory only).
  const std::filesystem::path& real_root() const { return real_root_; }

  /// Every `*.xml` file: the disk's (see list_xml_files) and memory's, sorted bytewise; the
  /// folders the walk could not read are added to `errors`.
  std::vector<std::string> xml_files(std::vector<WalkError>& errors) const;
  /// The regular files directly in `folder` (relative to the root) whose names end in `suffix`,
  /// from disk and memory, as '/'-separated paths sorted bytewise; names starting with '.' (an
  /// editor's or a writer's temporary files) and symlinks are left out.
  std::vector<std::string> files_in(std::string_view folder, std::string_view suffix) const;

 private:
  std::filesystem::path root_, real_root_;
  std::map<std::string, std::string, std::less<>> buffers_;
};

/// The `*.xml` files under `root`, '/'-separated and relative to it, sorted bytewise. Symlinked
/// folders are not followed (no loops). A folder that cannot be opened or read to its end (no
/// permission, removed during the walk) is added to `errors`, and the walk goes on with the
/// rest: it never ends early.
std::vector<std::string> list_xml_files(const std::filesystem::path& root, std::vector<WalkError>& errors);

/// How a path inside the sources folder is shown: `display_root` joined with `rel_path`.
std::string display_path(const std::string& display_root, const std::string& rel_path);

}  // namespace contentc
