#include "load/policy_includes.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "util/installed_data.h"
#include "util/kebab.h"
#include "version.h"

namespace contentc {
namespace fs = std::filesystem;
namespace {

bool exists_in(const SourceTree& tree, const std::string& rel_path) {
  if (tree.buffer(rel_path)) return true;
  if (!tree.has_disk() && !fs::path(rel_path).is_absolute()) return false;
  std::error_code ec;
  return fs::is_regular_file(tree.root() / rel_path, ec);
}

}  // namespace

std::string installed_policy_dir() { return installed_data_dir("policies", "prenatal-movement.xml", kPolicyDir); }

std::vector<std::string> installed_policy_names(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".xml" && is_kebab_case(e.path().stem().string())) names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

IncludeTarget resolve_include(const SourceTree& tree, const std::string& including, std::string_view href,
                              const std::string& policy_dir) {
  if (is_kebab_case(href)) {  // an installed policy's name: lower-case words joined by '-', never a path
    const std::string dir = policy_dir.empty() ? installed_policy_dir() : policy_dir;
    const fs::path file = fs::path(dir) / (std::string(href) + ".xml");
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return {file.lexically_normal().string(), {}};
    const std::vector<std::string> names = installed_policy_names(dir);
    return {{},
            fmt::format("no policy named '{}' is installed (in {}: {}); name an installed policy, or give a path "
                        "relative to this file (\"shared/{}.xml\")",
                        href, dir, names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", ")), href)};
  }
  const fs::path path(href);
  if (path.is_absolute()) {
    return {{}, fmt::format("'{}' is an absolute path, which holds on one machine only: give a path relative to this "
                            "file, or an installed policy's name",
                            href)};
  }
  const std::string rel = (fs::path(including).parent_path() / path).lexically_normal().generic_string();
  if (rel.empty() || rel == "." || rel.back() == '/') return {{}, fmt::format("'{}' names a folder, not a policy file", href)};
  if (!exists_in(tree, rel)) {
    const bool moved = rel != href && !fs::path(including).is_absolute();
    return {{}, fmt::format("there is no file '{}' (an href is relative to the file it is written in{}): correct the "
                            "path, or name an installed policy",
                            href, moved ? ", so this one leads to '" + rel + "' in the sources folder" : "")};
  }
  return {rel, {}};
}

std::string include_display_path(const std::string& display_root, const std::string& rel_path) {
  if (fs::path(rel_path).is_absolute()) return rel_path;
  if (!rel_path.starts_with("../")) return display_path(display_root, rel_path);
  const std::string shown = (fs::path(display_root.empty() ? "." : display_root) / rel_path).lexically_normal().generic_string();
  return shown.empty() ? rel_path : shown;
}

const Rule kPolicyInclude{
    "policy-include", Level::kError, "a policy's include leads nowhere, or its drop drops nothing",
    R"(policy.xml (or a policy it includes) has an <include href="…"/> that cannot be followed:
no installed policy has that name, no file is at that path (relative to the file the include
is written in), the includes go round in a circle, or they nest more than 16 deep. Or a
<drop …/> names no element of the included policies (a warning), or names none or more than
one kind of element. Reported at the include or drop.

Why: a policy that silently lost its include would run without the house's shared rules (no
required warnings, no limits), and a drop that drops nothing is most often a misspelt id: the
rule it meant to turn off still runs.

Fix: name an installed policy (`contentc policy show` lists what the merged policy holds and
where each element comes from), or correct the path; spell the drop as the element's key.
  before:  <include href="prenatal-movment"/>   <drop rule="house-supine-suport"/>
  after:   <include href="prenatal-movement"/>  <drop rule="house-supine-support"/>)", true};

}  // namespace contentc
