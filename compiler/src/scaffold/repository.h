#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace contentc {

/// What `contentc init` writes into the files it creates.
struct RepositorySettings {
  std::string schema_dir;   ///< where the XML Schemas are installed (xml-model hrefs)
  std::string package_url;  ///< where CI downloads the contentc package from
};

/// The folder holding the installed schemas: share/contentc/schema beside the running binary's
/// bin/ when it is there (an installed or unpacked package); for a binary in a build tree, the
/// source tree's schema/ around it; else where `cmake --install` puts them.
std::string installed_schema_dir();

/// The outcome of `init_repository`: the files created (relative to the folder), or an error.
struct InitResult {
  std::vector<std::string> created;
  std::string error;
};

/// Creates a content repository in `dir`, which must be absent or an empty folder: sources/
/// (policy.xml, an example article with its snapshot and one entry of each kind citing it), a
/// .gitignore, a GitHub Actions workflow, a pre-commit configuration and a README. Never
/// replaces a file (each is created with O_EXCL); when a file cannot be written, what was created
/// is removed again and `dir` is left as it was.
InitResult init_repository(const std::filesystem::path& dir, const RepositorySettings& settings);

}  // namespace contentc
