#include <string>
#include <string_view>

#include <fmt/format.h>

#include "diag/renderers.h"

namespace contentc {
namespace {

/// Escapes a workflow command's message (data) or, with `property`, a property value.
std::string escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view command(Level level) {
  switch (level) {
    case Level::kError:
      return "error";
    case Level::kWarning:
      return "warning";
    case Level::kNote:
      return "notice";
  }
  return "error";
}

}  // namespace

std::string render_github(const Findings& findings, const SourceFiles& files) {
  std::string out;
  for (const Finding& f : findings.items()) {
    if (!f.suppressed_reason.empty()) continue;
    std::string message = f.message;
    for (const Related& r : f.related) {
      if (r.brief) continue;
      message += fmt::format("\n{}:{}:{}: {}", r.loc.valid() ? files[r.loc.file].path : "",
                             r.loc.line, r.loc.column, r.message);
    }
    const std::string file = f.loc.valid() ? files[f.loc.file].path : "";
    // Line 0: the file or folder as a whole, annotated without a line.
    const std::string place =
        f.loc.line == 0 ? "" : fmt::format(",line={},col={}", f.loc.line, f.loc.column);
    out += fmt::format("::{} file={}{},title={}::{}\n", command(f.level), escape(file, true), place,
                       escape(f.rule, true), escape(message, false));
  }
  return out;
}

}  // namespace contentc
