#pragma once

#include <filesystem>
#include <string>

#include "load/content_loader.h"

namespace contentc {

class Progress;

/// Loads a sources folder and runs every rule: the findings come back sorted. `progress`, when
/// given, hears of each file and stage.
[[nodiscard]] LoadedSources compile_sources(const std::filesystem::path& root,
                                            const std::string& display_root, LoadOptions options,
                                            Progress* progress = nullptr);

}  // namespace contentc
