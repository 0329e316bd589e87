#pragma once

#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/output_buffer.h"

namespace contentc {

/// Appends `s` to `out` as a JSON string literal: quotes, backslashes and control characters
/// escaped, and U+2028/U+2029 too, so the text is also safe inside JavaScript. `in_script`: '<'
/// too (as \u003c), so the JSON can sit in an HTML <script> element.
void append_json_string(std::string& out, std::string_view s, bool in_script = false);

/// A small streaming JSON writer with two-space indentation and keys in the order written, so
/// that output is byte-for-byte stable. It builds the document in memory (`take`), or streams
/// it into an OutputBuffer (`finish`).
class JsonWriter {
 public:
  JsonWriter() : out_(own_) {}
  explicit JsonWriter(OutputBuffer& out) : out_(out) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  /// Values nested more than `depth` levels deep go on one line without spaces
  /// (`{"id":"a","n":[1,2]}`); shallower ones are indented. Default: everything indented.
  JsonWriter& flatten_below(size_t depth) {
    flat_depth_ = depth;
    return *this;
  }

  /// Strings written from now on escape '<' too, for JSON inside an HTML <script> element.
  JsonWriter& for_script() {
    in_script_ = true;
    return *this;
  }

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

  /// The document built in memory, ending with a newline.
  std::string take();
  /// Ends a streamed document with a newline and flushes it to the buffer's drain.
  void finish();

 private:
  void before_value();
  void newline();
  JsonWriter& close(char bracket);

  OutputBuffer own_;
  OutputBuffer& out_;
  size_t flat_depth_ = SIZE_MAX;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
  bool in_script_ = false;
};

}  // namespace contentc
