#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace contentc::ssh {

/// Reads the SSH wire encoding (RFC 4251, section 5): uint32 big-endian, and strings as a
/// uint32 length then that many bytes. Every read checks its bounds: a short or lying length
/// gives nullopt, never a read past the end.
class WireReader {
 public:
  explicit WireReader(std::string_view bytes) : rest_(bytes) {}

  std::optional<uint32_t> u32();
  std::optional<std::string_view> string();
  /// `n` raw bytes.
  std::optional<std::string_view> bytes(size_t n);
  bool at_end() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

/// Appends a uint32 or a string in the wire encoding.
void put_u32(std::string& out, uint32_t v);
void put_string(std::string& out, std::string_view s);

}  // namespace contentc::ssh
