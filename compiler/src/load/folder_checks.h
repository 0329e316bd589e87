#pragma once

#include <string>
#include <vector>

#include "load/content_loader.h"

namespace contentc {

/// The folder as a whole: a build from a folder with no content would replace good bundles
/// with empty ones, and one without policy.xml would silently skip every house rule. Adds
/// policy-missing and no-content to `result` when they apply.
void check_folder(LoadedSources& result, const std::vector<std::string>& rel_paths,
                  const std::string& display_root);

}  // namespace contentc
