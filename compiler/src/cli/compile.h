#pragma once

#include <filesystem>
#include <string>

#include "load/content_loader.h"

namespace contentc {

/// Loads a sources folder and runs every rule: the findings come back sorted.
[[nodiscard]] LoadedSources compile_sources(const std::filesystem::path& root,
                                            const std::string& display_root,
                                            const LoadOptions& options);

}  // namespace contentc
