#pragma once

// Where `<include href="…"/>` in a policy leads: a policy installed with contentc, named by its
// file's stem ("prenatal-movement"), or a file named by a path relative to the including one.

#include <string>
#include <string_view>
#include <vector>

#include "load/source_tree.h"

namespace contentc {

/// The folder of the policies contentc ships (share/contentc/policies, or the source tree's
/// policies/ for a binary in a build tree).
std::string installed_policy_dir();

/// The names of the installed policies, sorted.
std::vector<std::string> installed_policy_names(const std::string& dir);

/// Where an include leads: `rel_path` is relative to the sources folder and lexically normal
/// ("shared/house.xml", "../policies/house.xml"), or absolute for an installed policy; `error`
/// says why it leads nowhere (then `rel_path` is empty).
struct IncludeTarget {
  std::string rel_path;
  std::string error;
};

/// Resolves `href`, written in the policy at `including` (a path as IncludeTarget's), against
/// `tree` (its buffers first, then its disk) and the installed policies in `policy_dir`
/// (installed_policy_dir() when empty, looked up only for an href that names one).
IncludeTarget resolve_include(const SourceTree& tree, const std::string& including, std::string_view href,
                              const std::string& policy_dir);

/// How a file an include leads to is shown: inside the sources folder as every source is; else
/// `display_root` joined with the path and made lexically normal; an installed policy by its
/// absolute path.
std::string include_display_path(const std::string& display_root, const std::string& rel_path);

}  // namespace contentc
