#include "signing/ssh_key.h"

#include <memory>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include "signing/ssh_wire.h"
#include "util/base64.h"
#include "util/sha256.h"

namespace contentc::ssh {
namespace {

struct Free {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
  void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
  void operator()(BIGNUM* p) const { BN_free(p); }
  void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
  void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
  void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

constexpr size_t kMinRsaBits = 2048;

struct Curve {
  std::string_view type, name, openssl_group;
  size_t point_bytes;  // an uncompressed point: 0x04, then X and Y
  const EVP_MD* (*digest)();
};
constexpr Curve kCurves[] = {
    {"ecdsa-sha2-nistp256", "nistp256", "P-256", 65, EVP_sha256},
    {"ecdsa-sha2-nistp384", "nistp384", "P-384", 97, EVP_sha384},
    {"ecdsa-sha2-nistp521", "nistp521", "P-521", 133, EVP_sha512},
};
const Curve* curve_of(std::string_view type) {
  for (const Curve& c : kCurves) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

// An mpint (RFC 4251): a non-negative one may carry one leading zero byte to keep its sign bit clear.
std::optional<std::string_view> positive_mpint(std::string_view v) {
  if (v.empty() || (static_cast<unsigned char>(v[0]) & 0x80) != 0) return std::nullopt;
  if (v[0] == 0) {
    if (v.size() == 1 || (static_cast<unsigned char>(v[1]) & 0x80) == 0) return std::nullopt;  // not minimal
    v.remove_prefix(1);
  }
  return v;
}

Owned<BIGNUM> bignum(std::string_view bytes) {
  return Owned<BIGNUM>(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()), nullptr));
}

// The key's parts, read from its blob; "" or why they cannot be read.
struct KeyParts {
  std::string_view ed25519, rsa_e, rsa_n, ec_point;
  const Curve* curve = nullptr;
};
std::string read_parts(std::string_view blob, std::string_view& type, KeyParts& parts) {
  WireReader r(blob);
  const auto t = r.string();
  if (!t) return "the key is cut short";
  type = *t;
  if (type == "ssh-ed25519") {
    const auto k = r.string();
    if (!k || k->size() != 32 || !r.at_end()) return "the ssh-ed25519 key is not 32 bytes";
    parts.ed25519 = *k;
    return "";
  }
  if (type == "ssh-rsa") {
    const auto e = r.string();
    const auto n = r.string();
    if (!e || !n || !r.at_end()) return "the ssh-rsa key is cut short";
    const auto pe = positive_mpint(*e);
    const auto pn = positive_mpint(*n);
    if (!pe || !pn) return "the ssh-rsa key's numbers are not positive integers";
    if (pn->size() * 8 < kMinRsaBits) return "the ssh-rsa key is shorter than 2048 bits";
    if (pn->size() > 2048) return "the ssh-rsa key is longer than 16384 bits";
    parts.rsa_e = *pe;
    parts.rsa_n = *pn;
    return "";
  }
  if (const Curve* c = curve_of(type)) {
    const auto name = r.string();
    const auto q = r.string();
    if (!name || !q || !r.at_end()) return "the " + std::string(type) + " key is cut short";
    if (*name != c->name || q->size() != c->point_bytes || (*q)[0] != 4) {
      return "the " + std::string(type) + " key does not hold a point of its curve";
    }
    parts.ec_point = *q;
    parts.curve = c;
    return "";
  }
  return "contentc does not verify " + std::string(type) + " keys (it verifies ssh-ed25519, ssh-rsa and ecdsa-sha2-nistp256/384/521)";
}

Owned<EVP_PKEY> from_params(const char* algorithm, OSSL_PARAM_BLD* bld) {
  Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld));
  Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
  EVP_PKEY* pkey = nullptr;
  if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
      EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    return nullptr;
  }
  return Owned<EVP_PKEY>(pkey);
}

Owned<EVP_PKEY> openssl_key(const KeyParts& parts) {
  if (!parts.ed25519.empty()) {
    return Owned<EVP_PKEY>(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(parts.ed25519.data()), parts.ed25519.size()));
  }
  Owned<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
  if (!bld) return nullptr;
  if (!parts.rsa_n.empty()) {
    Owned<BIGNUM> n = bignum(parts.rsa_n), e = bignum(parts.rsa_e);
    if (!n || !e || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1) {
      return nullptr;
    }
    return from_params("RSA", bld.get());
  }
  const std::string group(parts.curve->openssl_group);
  if (OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group.c_str(), 0) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, parts.ec_point.data(), parts.ec_point.size()) != 1) {
    return nullptr;
  }
  Owned<EVP_PKEY> key = from_params("EC", bld.get());
  if (!key) return nullptr;
  Owned<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new(key.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) return nullptr;  // a point off the curve
  return key;
}

// ECDSA's (mpint r, mpint s) as the DER that OpenSSL verifies.
std::optional<std::string> ecdsa_der(std::string_view wire) {
  WireReader r(wire);
  const auto rr = r.string();
  const auto ss = r.string();
  if (!rr || !ss || !r.at_end()) return std::nullopt;
  const auto pr = positive_mpint(*rr), ps = positive_mpint(*ss);
  if (!pr || !ps) return std::nullopt;
  Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
  BIGNUM* br = BN_bin2bn(reinterpret_cast<const unsigned char*>(pr->data()), static_cast<int>(pr->size()), nullptr);
  BIGNUM* bs = BN_bin2bn(reinterpret_cast<const unsigned char*>(ps->data()), static_cast<int>(ps->size()), nullptr);
  if (!sig || !br || !bs || ECDSA_SIG_set0(sig.get(), br, bs) != 1) {
    BN_free(br);
    BN_free(bs);
    return std::nullopt;
  }
  unsigned char* der = nullptr;
  const int n = i2d_ECDSA_SIG(sig.get(), &der);
  if (n <= 0) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(der), static_cast<size_t>(n));
  OPENSSL_free(der);
  return out;
}

std::string verify_parsed(const KeyParts& parts, std::string_view type, std::string_view signature_blob,
                          std::string_view data) {
  WireReader r(signature_blob);
  const auto algorithm = r.string();
  const auto sig = r.string();
  if (!algorithm || !sig || !r.at_end()) return "the signature is cut short";
  const EVP_MD* md = nullptr;
  std::string bytes(*sig);
  if (type == "ssh-ed25519") {
    if (*algorithm != "ssh-ed25519" || sig->size() != 64) return "the signature is not an ssh-ed25519 signature";
  } else if (type == "ssh-rsa") {
    if (*algorithm == "rsa-sha2-512") {
      md = EVP_sha512();
    } else if (*algorithm == "rsa-sha2-256") {
      md = EVP_sha256();
    } else {
      return "an RSA signature must be rsa-sha2-256 or rsa-sha2-512, not " + std::string(*algorithm);
    }
    if (bytes.size() > parts.rsa_n.size()) return "the RSA signature is longer than the key";
    bytes.insert(0, parts.rsa_n.size() - bytes.size(), '\0');  // signers may drop leading zeros
  } else {
    if (*algorithm != type) return "the signature is not an " + std::string(type) + " signature";
    md = parts.curve->digest();
    const auto der = ecdsa_der(*sig);
    if (!der) return "the ECDSA signature does not hold two positive integers";
    bytes = *der;
  }
  const Owned<EVP_PKEY> key = openssl_key(parts);
  if (!key) {
    ERR_clear_error();
    return "OpenSSL does not accept the key";
  }
  Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
  const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.get()) == 1 &&
                  EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                                   reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1;
  ERR_clear_error();
  return ok ? "" : "the signature does not verify";
}

}  // namespace

std::string PublicKey::fingerprint() const {
  const Sha256Digest d = sha256(blob);
  std::string b64 = base64_encode(std::string_view(reinterpret_cast<const char*>(d.data()), d.size()));
  while (!b64.empty() && b64.back() == '=') b64.pop_back();
  return "SHA256:" + b64;
}

KeyParse parse_public_key(std::string_view blob) {
  std::string_view type;
  KeyParts parts;
  if (std::string error = read_parts(blob, type, parts); !error.empty()) return {std::nullopt, std::move(error)};
  return {PublicKey{std::string(type), std::string(blob)}, ""};
}

std::string verify_signature(const PublicKey& key, std::string_view signature_blob, std::string_view data) {
  std::string_view type;
  KeyParts parts;
  if (std::string error = read_parts(key.blob, type, parts); !error.empty()) return error;
  return verify_parsed(parts, type, signature_blob, data);
}

}  // namespace contentc::ssh
