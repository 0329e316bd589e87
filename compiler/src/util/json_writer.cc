#include "util/json_writer.h"

#include <array>

#include <fmt/format.h>

namespace contentc {

namespace {

/// The bytes append_json_string looks at twice: control characters, '"', '\\', DEL, and 0xE2
/// (which starts U+2028 and U+2029); one table lookup a byte for the rest.
/// With `in_script`, '<' too.
constexpr std::array<bool, 256> may_escape(bool in_script) {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = t[0xE2] = true;
  t['<'] = in_script;
  return t;
}
constexpr std::array<bool, 256> kMayEscape = may_escape(false), kMayEscapeInScript = may_escape(true);

}  // namespace

void append_json_string(std::string& out, std::string_view s, bool in_script) {
  out += '"';
  const std::array<bool, 256>& may = in_script ? kMayEscapeInScript : kMayEscape;
  size_t run = 0;  // start of the bytes not yet copied: copied in one go up to each escape
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!may[c]) continue;
    std::string_view escape;
    char unicode[8];
    switch (c) {
      case '<':  // no "</script>" can end the element the JSON is in
        escape = "\\u003c";
        break;
      case '"':
        escape = "\\\"";
        break;
      case '\\':
        escape = "\\\\";
        break;
      case '\n':
        escape = "\\n";
        break;
      case '\r':
        escape = "\\r";
        break;
      case '\t':
        escape = "\\t";
        break;
      case 0xE2:  // U+2028 and U+2029 end lines in JavaScript
        if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          escape = static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
          break;
        }
        continue;
      default:
        *fmt::format_to(unicode, "\\u{:04x}", c) = '\0';
        escape = std::string_view(unicode, 6);
    }
    out.append(s.data() + run, i - run);
    out += escape;
    if (c == 0xE2) i += 2;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonWriter::newline() {
  if (stack_.size() > flat_depth_) return;
  out_.text() += '\n';
  out_.text().append(stack_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  if (!stack_.back().empty) out_ += ',';
  stack_.back().empty = false;
  newline();
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  stack_.push_back({false, true});
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close('}'); }

JsonWriter& JsonWriter::close(char bracket) {
  const bool empty = stack_.back().empty;
  const bool flat = stack_.size() > flat_depth_;
  stack_.pop_back();
  if (!empty && !flat) newline();
  out_ += bracket;
  out_.spill();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  stack_.push_back({true, true});
  return *this;
}

JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_json_string(out_.text(), k, in_script_);
  out_ += stack_.size() > flat_depth_ ? ":" : ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view v) {
  before_value();
  append_json_string(out_.text(), v, in_script_);
  return *this;
}

JsonWriter& JsonWriter::value(int64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::value(uint64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  before_value();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view token) {
  before_value();
  out_ += token;
  return *this;
}

std::string JsonWriter::take() {
  out_ += '\n';
  return out_.take();
}

void JsonWriter::finish() {
  out_ += '\n';
  out_.flush();
}

}  // namespace contentc
