#include <string>
#include <string_view>

#include <fmt/format.h>

#include "diag/renderers.h"
#include "util/utf8.h"

namespace contentc {
namespace {

constexpr size_t kContextBefore = 60;  // code points shown before the caret on a long line
constexpr size_t kContextAfter = 80;

struct Style {
  bool color;
  std::string_view on(std::string_view code) const { return color ? code : ""; }
  std::string_view off() const { return color ? "\x1b[0m" : ""; }
};

std::string_view level_color(Level level) {
  switch (level) {
    case Level::kError:
      return "\x1b[1;31m";
    case Level::kWarning:
      return "\x1b[1;35m";
    case Level::kNote:
      return "\x1b[1;36m";
  }
  return "";
}

/// Splits `line` into code points, replacing control characters, bidirectional controls and
/// invalid bytes so the terminal shows them harmlessly.
std::vector<std::string> display_code_points(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    const auto c = static_cast<unsigned char>(line[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > line.size() || utf8_first_invalid(line.substr(i, len))) {
      out.emplace_back("?");
      ++i;
      continue;
    }
    const std::string_view cp = line.substr(i, len);
    if (len == 1 && ((c < 0x20 && c != '\t') || c == 0x7F)) {
      out.emplace_back("?");
    } else if (cp >= "\xE2\x80\xAA" && cp <= "\xE2\x80\xAE" && len == 3) {
      out.emplace_back("?");  // bidirectional overrides (U+202A-202E) would reorder the line shown
    } else if (cp >= "\xE2\x81\xA6" && cp <= "\xE2\x81\xA9" && len == 3) {
      out.emplace_back("?");  // bidirectional isolates (U+2066-2069)
    } else {
      out.emplace_back(line.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  for (const std::string& cp : display_code_points(text)) out += cp;
  return out;
}

std::string terminal_safe_lines(std::string_view text) {
  std::string out;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    out += terminal_safe(text.substr(start, end - start));
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

namespace {

void append_snippet(std::string& out, const SourceFiles& files, const Loc& loc, const Style& s) {
  if (!loc.valid() || loc.line == 0) return;
  const std::string line = files.line_text(loc.file, loc.line);
  if (line.empty()) return;
  // Work on a window around the caret only: a line can be a 100 MB text node.
  auto is_continuation = [&line](size_t i) {
    return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
  };
  size_t caret_byte = 0;
  for (uint32_t cp = 1; cp < loc.column && caret_byte < line.size(); ++cp) {
    do {
      ++caret_byte;
    } while (is_continuation(caret_byte));
  }
  size_t from = caret_byte, to = caret_byte;
  for (size_t n = 0; n < kContextBefore && from > 0; ++n) {
    do {
      --from;
    } while (from > 0 && is_continuation(from));
  }
  for (size_t n = 0; n < kContextAfter && to < line.size(); ++n) {
    do {
      ++to;
    } while (is_continuation(to));
  }
  const std::vector<std::string> points = display_code_points(line.substr(from, to - from));
  const size_t caret = display_code_points(line.substr(from, caret_byte - from)).size();
  std::string shown = from > 0 ? "…" : "";
  std::string pad = from > 0 ? " " : "";
  for (size_t i = 0; i < points.size(); ++i) {
    shown += points[i];
    if (i < caret) pad += points[i] == "\t" ? "\t" : " ";
  }
  if (to < line.size()) shown += "…";
  out += fmt::format("{:>5} | {}\n", loc.line, shown);
  out += fmt::format("{:>5} | {}{}^{}\n", "", pad, s.on("\x1b[1;32m"), s.off());
}

std::string location_prefix(const SourceFiles& files, const Loc& loc) {
  if (!loc.valid()) return "contentc";
  if (loc.line == 0) return files[loc.file].path;  // the file or folder as a whole
  return fmt::format("{}:{}:{}", files[loc.file].path, loc.line, loc.column);
}

}  // namespace

std::string render_text(const Findings& findings, const SourceFiles& files, bool color) {
  const Style s{color};
  std::string out;
  for (const Finding& f : findings.items()) {
    if (!f.suppressed_reason.empty()) continue;
    out += fmt::format("{}{}:{} {}{}:{} {} [{}]\n", s.on("\x1b[1m"), location_prefix(files, f.loc),
                       s.off(), s.on(level_color(f.level)), level_name(f.level), s.off(),
                       f.message, f.rule);
    append_snippet(out, files, f.loc, s);
    for (const Related& r : f.related) {
      out += fmt::format("{}{}:{} {}note:{} {}\n", s.on("\x1b[1m"), location_prefix(files, r.loc),
                         s.off(), s.on(level_color(Level::kNote)), s.off(), r.message);
      if (!r.brief) append_snippet(out, files, r.loc, s);
    }
  }
  return out;
}

}  // namespace contentc
