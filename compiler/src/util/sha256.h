#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of this header

namespace contentc {

/// A SHA-256 digest: 32 bytes.
using Sha256Digest = std::array<unsigned char, 32>;

/// SHA-256 (FIPS 180-4), streaming, computed by OpenSSL's libcrypto (the EVP interface), which
/// uses the CPU's SHA extensions where it has them.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(std::string_view data);
  /// The digest. Call once, after the last update.
  Sha256Digest digest();
  /// The digest as 64 lower-case hex digits. Call once, after the last update.
  std::string hex();
  /// The digest of what was hashed so far; hashing may go on.
  Sha256Digest peek() const;

 private:
  ::evp_md_ctx_st* ctx_;
};

/// The SHA-256 of `data`.
Sha256Digest sha256(std::string_view data);
/// The SHA-256 of `data`, in hex.
std::string sha256_hex(std::string_view data);
/// A digest as 64 lower-case hex digits.
std::string to_hex(const Sha256Digest& digest);

}  // namespace contentc
