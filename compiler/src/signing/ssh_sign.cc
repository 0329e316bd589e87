#include "signing/ssh_sign.h"

#include <memory>
#include <stdexcept>

#include <openssl/evp.h>

#include "signing/ssh_wire.h"
#include "util/base64.h"

namespace contentc::ssh {
namespace {

struct Free {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};

std::unique_ptr<EVP_PKEY, Free> private_key(const std::array<unsigned char, 32>& seed) {
  std::unique_ptr<EVP_PKEY, Free> key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()));
  if (!key) throw std::runtime_error("OpenSSL cannot make an Ed25519 key");
  return key;
}

}  // namespace

Ed25519Signer::Ed25519Signer(const std::array<unsigned char, 32>& seed) : seed_(seed) {
  const auto key = private_key(seed_);
  unsigned char raw[32];
  size_t n = sizeof raw;
  if (EVP_PKEY_get_raw_public_key(key.get(), raw, &n) != 1 || n != 32) throw std::runtime_error("no Ed25519 public key");
  put_string(public_blob_, "ssh-ed25519");
  put_string(public_blob_, std::string_view(reinterpret_cast<const char*>(raw), n));
}

std::string Ed25519Signer::public_line() const { return "ssh-ed25519 " + base64_encode(public_blob_); }

std::string Ed25519Signer::sign(std::string_view message, std::string_view name_space) const {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int hash_size = 0;
  if (EVP_Digest(message.data(), message.size(), hash, &hash_size, EVP_sha512(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL cannot hash");
  }
  std::string signed_data = "SSHSIG";
  put_string(signed_data, name_space);
  put_string(signed_data, "");
  put_string(signed_data, "sha512");
  put_string(signed_data, std::string_view(reinterpret_cast<const char*>(hash), hash_size));
  const auto key = private_key(seed_);
  std::unique_ptr<EVP_MD_CTX, Free> ctx(EVP_MD_CTX_new());
  unsigned char sig[64];
  size_t sig_size = sizeof sig;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), sig, &sig_size, reinterpret_cast<const unsigned char*>(signed_data.data()),
                     signed_data.size()) != 1) {
    throw std::runtime_error("OpenSSL cannot sign");
  }
  std::string inner;
  put_string(inner, "ssh-ed25519");
  put_string(inner, std::string_view(reinterpret_cast<const char*>(sig), sig_size));
  std::string blob = "SSHSIG";
  put_u32(blob, 1);
  put_string(blob, public_blob_);
  put_string(blob, name_space);
  put_string(blob, "");
  put_string(blob, "sha512");
  put_string(blob, inner);
  const std::string b64 = base64_encode(blob);
  std::string out = "-----BEGIN SSH SIGNATURE-----\n";
  for (size_t i = 0; i < b64.size(); i += 70) out += b64.substr(i, 70) + "\n";
  return out + "-----END SSH SIGNATURE-----\n";
}

}  // namespace contentc::ssh
