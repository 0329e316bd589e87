#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// Appends `s` to `out` as a JSON string literal: quotes, backslashes and control characters
/// escaped, and U+2028/U+2029 too, so the text is also safe inside JavaScript.
void append_json_string(std::string& out, std::string_view s);

/// A small streaming JSON writer with two-space indentation and keys in the order written, so
/// that output is byte-for-byte stable.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view v);
  JsonWriter& value(const char* v) { return value(std::string_view(v)); }
  JsonWriter& value(int64_t v);
  JsonWriter& value(uint64_t v);
  JsonWriter& value(uint32_t v) { return value(static_cast<uint64_t>(v)); }
  JsonWriter& value(int v) { return value(static_cast<int64_t>(v)); }
  JsonWriter& value(bool v);
  JsonWriter& null();
  /// Writes a raw, already-valid JSON token (e.g. a decimal number as written in the sources).
  JsonWriter& raw(std::string_view token);

  /// The document, ending with a newline.
  std::string take();

 private:
  void before_value();
  void newline();
  JsonWriter& close(char bracket);

  std::string out_;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace contentc
