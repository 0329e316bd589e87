#pragma once

#include <string>
#include <string_view>

namespace contentc {

/// A folder of contentc's installed data (`schema`, `policies`): share/contentc/FOLDER beside
/// the running binary's bin/ when it holds `probe` (an installed or unpacked package); for a
/// binary in a build tree, the source tree's FOLDER around it; else `fallback`, where
/// `cmake --install` puts it.
std::string installed_data_dir(std::string_view folder, std::string_view probe, std::string_view fallback);

}  // namespace contentc
