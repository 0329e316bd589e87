#include "util/sha256.h"

#include <new>
#include <stdexcept>

#include <openssl/evp.h>

namespace contentc {

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) throw std::bad_alloc();
  if (EVP_DigestInit_ex(ctx_, EVP_sha256(), nullptr) != 1) {
    EVP_MD_CTX_free(ctx_);
    throw std::runtime_error("libcrypto could not start a SHA-256 digest");
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx_); }

void Sha256::update(std::string_view data) {
  if (!data.empty() && EVP_DigestUpdate(ctx_, data.data(), data.size()) != 1) {
    throw std::runtime_error("libcrypto could not hash the data");
  }
}

Sha256Digest Sha256::digest() {
  Sha256Digest out{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(ctx_, out.data(), &length) != 1 || length != out.size()) {
    throw std::runtime_error("libcrypto could not finish a SHA-256 digest");
  }
  return out;
}

std::string Sha256::hex() { return to_hex(digest()); }

Sha256Digest Sha256::peek() const {
  Sha256 copy;
  if (EVP_MD_CTX_copy_ex(copy.ctx_, ctx_) != 1) {
    throw std::runtime_error("libcrypto could not copy a SHA-256 digest");
  }
  return copy.digest();
}

std::string to_hex(const Sha256Digest& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(digest.size() * 2, '0');
  for (size_t i = 0; i < digest.size(); ++i) {
    out[2 * i] = kDigits[digest[i] >> 4];
    out[2 * i + 1] = kDigits[digest[i] & 15];
  }
  return out;
}

Sha256Digest sha256(std::string_view data) {
  Sha256 h;
  h.update(data);
  return h.digest();
}

std::string sha256_hex(std::string_view data) { return to_hex(sha256(data)); }

}  // namespace contentc
