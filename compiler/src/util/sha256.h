#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace contentc {

/// SHA-256 (FIPS 180-4), streaming. For digests in the manifest; no dependency needed.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  /// The digest as 64 lower-case hex digits. Call once.
  std::string hex();

 private:
  void block(const unsigned char* p);
  std::array<uint32_t, 8> h_;
  unsigned char buffer_[64];
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

/// The SHA-256 of `data`, in hex.
std::string sha256_hex(std::string_view data);

}  // namespace contentc
