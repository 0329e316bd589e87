// The protocol's positions and contentc's locations, and file URIs.

#include <cctype>

#include <fmt/format.h>

#include "lsp/view.h"
#include "util/utf8.h"

namespace contentc::lsp {

namespace {

/// Line `line` (1-based) of a loaded file, without its line break.
std::string_view line_text(const SourceFile& f, uint32_t line) {
  if (line == 0 || line > f.line_starts.size()) return {};
  const size_t start = f.line_starts[line - 1];
  size_t end = line < f.line_starts.size() ? f.line_starts[line] - 1 : f.text.size();
  if (end > start && f.text[end - 1] == '\r') --end;
  return std::string_view(f.text).substr(start, end - start);
}

}  // namespace

uint32_t uinteger(const json& j, std::string_view what) {
  if (!j.is_number_unsigned() || j.get<uint64_t>() > 0x7FFFFFFFu) {
    throw InvalidParams(fmt::format("{} must be a whole number from 0 to 2147483647, not {}", what,
                                    j.dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 40)));
  }
  return static_cast<uint32_t>(j.get<uint64_t>());
}

std::string uri_to_path(std::string_view uri) {
  if (!uri.starts_with("file://")) return {};
  uri.remove_prefix(7);
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  std::string out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

json View::position(const SourceFile& f, uint32_t line, uint32_t column) const {
  if (line == 0) return {{"line", 0}, {"character", 0}};
  const std::string_view text = line_text(f, line);
  uint32_t character = 0;
  size_t at = 0;
  for (uint32_t col = 1; col < column && at < text.size(); ++col) {
    const size_t n = utf8_sequence_length(static_cast<unsigned char>(text[at]));
    character += utf32 || n < 4 ? 1 : 2;  // UTF-16: a code point past U+FFFF takes two units
    at += n;
  }
  if (column > 1 && at >= text.size()) character += column - 1 - static_cast<uint32_t>(utf8_count_code_points(text));
  return {{"line", line - 1}, {"character", character}};
}

Loc View::to_loc(uint32_t file, const json& pos) const {
  const SourceFile& f = snap.c.files[file];
  const uint32_t line = uinteger(pos.at("line"), "a position's line") + 1;
  const uint32_t character = uinteger(pos.at("character"), "a position's character");
  const std::string_view text = line_text(f, line);
  uint32_t units = 0, column = 1;
  for (size_t at = 0; at < text.size() && units < character; ++column) {
    const size_t n = utf8_sequence_length(static_cast<unsigned char>(text[at]));
    units += utf32 || n < 4 ? 1 : 2;
    at += n;
  }
  return Loc{file, line, column + (character > units ? character - units : 0)};
}

json View::range_at(const SourceFile& f, const Loc& begin, const Loc& end) const {
  return {{"start", position(f, begin.line, begin.column)}, {"end", position(f, end.line, end.column)}};
}

json View::range_of_token(const SourceFile& f, const Loc& loc) const {
  // From the location to the end of its word (an id, a value, a tag name): what editors underline.
  const std::string_view text = line_text(f, loc.line);
  size_t at = 0;
  for (uint32_t col = 1; col < loc.column && at < text.size(); ++col) at += utf8_sequence_length(static_cast<unsigned char>(text[at]));
  size_t end = at;
  while (end < text.size() && std::string_view(" \t\"'<>=/").find(text[end]) == std::string_view::npos) ++end;
  if (end == at && end < text.size()) ++end;
  const Loc stop{loc.file, loc.line, loc.column + static_cast<uint32_t>(utf8_count_code_points(text.substr(at, end - at)))};
  return range_at(f, loc, stop);
}

json View::location(const Loc& loc) const {
  const SourceFile& f = snap.c.files[loc.file];
  return {{"uri", path_to_uri(f.path)}, {"range", range_of_token(f, loc)}};
}

const SourceFile* View::file_of_uri(const std::string& uri, uint32_t* index) const {
  auto it = snap.file_by_path.find(uri_to_path(uri));
  if (it == snap.file_by_path.end()) return nullptr;
  if (index) *index = it->second;
  return &snap.c.files[it->second];
}

const Entry* View::find_entry(std::string_view id) const {
  const Entry* found = nullptr;
  snap.c.model.for_each_entry([&](const Entry& e) {
    if (!found && e.id.value == id) found = &e;
  });
  return found;
}

}  // namespace contentc::lsp
