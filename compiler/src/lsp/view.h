#pragma once

// What the language server's features stand on: the last check of the sources, and the
// conversion between the protocol's positions and contentc's locations. The protocol and its
// transport are in server.cc and json_rpc.cc; each feature is in a file of its own.

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/compile.h"

namespace contentc::lsp {

using json = nlohmann::json;

/// Everything one check of the sources gives: the compilation, and where each file is.
struct Snapshot {
  Compilation c;
  std::map<std::string, uint32_t> file_by_path;  ///< absolute path → file index
  std::string today = "1970-01-01";              ///< the day it was checked on (YYYY-MM-DD)
};

/// Parameters the protocol does not allow (a position that is not a whole number in range).
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A position's or range's line or character: the protocol's uinteger, 0 to 2^31 - 1.
uint32_t uinteger(const json& j, std::string_view what);

/// A file URI's path ("file:///a%20b/c.xml" → "/a b/c.xml"); empty for another scheme.
std::string uri_to_path(std::string_view uri);
std::string path_to_uri(std::string_view path);

/// A check of the sources as the features read it. Positions are the protocol's 0-based lines
/// and characters, in UTF-16 code units, or in code points when the client takes utf-32;
/// locations are contentc's 1-based lines and columns in code points.
struct View {
  const Snapshot& snap;
  bool utf32 = false;

  json position(const SourceFile& f, uint32_t line, uint32_t column) const;
  json range_at(const SourceFile& f, const Loc& begin, const Loc& end) const;
  /// From a location to the end of its word (an id, a value, a tag name): what editors underline.
  json range_of_token(const SourceFile& f, const Loc& loc) const;
  json location(const Loc& loc) const;
  Loc to_loc(uint32_t file, const json& pos) const;
  /// The loaded file a URI names, and its index; null when the check has no such file.
  const SourceFile* file_of_uri(const std::string& uri, uint32_t* index = nullptr) const;
  /// The entry with this id, or null.
  const Entry* find_entry(std::string_view id) const;
};

// The features, one a file, each answering one request from a View.
json diagnostic(const View& v, const Finding& f);          ///< diagnostics.cc
json code_actions(const View& v, const json& params);      ///< code_actions.cc
json hover(const View& v, const json& params);             ///< hover.cc
json definition(const View& v, const json& params);        ///< xrefs.cc
json references(const View& v, const json& params);        ///< xrefs.cc
json completion(const View& v, const json& params);        ///< completion.cc

}  // namespace contentc::lsp
