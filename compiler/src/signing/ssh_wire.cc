#include "signing/ssh_wire.h"

namespace contentc::ssh {

std::optional<uint32_t> WireReader::u32() {
  if (rest_.size() < 4) return std::nullopt;
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(rest_[static_cast<size_t>(i)]);
  rest_.remove_prefix(4);
  return v;
}

std::optional<std::string_view> WireReader::string() {
  const std::optional<uint32_t> n = u32();
  if (!n) return std::nullopt;
  return bytes(*n);
}

std::optional<std::string_view> WireReader::bytes(size_t n) {
  if (rest_.size() < n) return std::nullopt;
  const std::string_view out = rest_.substr(0, n);
  rest_.remove_prefix(n);
  return out;
}

void put_u32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void put_string(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

}  // namespace contentc::ssh
