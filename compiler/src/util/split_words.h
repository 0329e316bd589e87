#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// The words of `s`, split at runs of ASCII white space (an attribute's list of names:
/// "step warning", "en_US en_med_glut").
inline std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  for (size_t pos = 0; (pos = s.find_first_not_of(" \t\r\n", pos)) != std::string_view::npos;) {
    const size_t end = std::min(s.find_first_of(" \t\r\n", pos), s.size());
    out.emplace_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

}  // namespace contentc
