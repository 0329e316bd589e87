#include "signing/sshsig.h"

#include <openssl/evp.h>

#include "signing/ssh_wire.h"
#include "util/base64.h"

namespace contentc::ssh {
namespace {

constexpr std::string_view kMagic = "SSHSIG";
constexpr std::string_view kBegin = "-----BEGIN SSH SIGNATURE-----";
constexpr std::string_view kEnd = "-----END SSH SIGNATURE-----";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// The base64 between the armor lines, joined.
std::optional<std::string> armored_body(std::string_view text) {
  text = trim(text);
  if (text.substr(0, kBegin.size()) != kBegin || text.size() < kBegin.size() + kEnd.size() ||
      text.substr(text.size() - kEnd.size()) != kEnd) {
    return std::nullopt;
  }
  std::string_view body = text.substr(kBegin.size(), text.size() - kBegin.size() - kEnd.size());
  std::string joined;
  while (!body.empty()) {
    const size_t eol = body.find('\n');
    joined.append(trim(body.substr(0, eol)));
    body = eol == std::string_view::npos ? std::string_view() : body.substr(eol + 1);
  }
  return joined;
}

std::optional<std::string> digest(std::string_view algorithm, std::string_view message) {
  const EVP_MD* md = algorithm == "sha512" ? EVP_sha512() : algorithm == "sha256" ? EVP_sha256() : nullptr;
  if (md == nullptr) return std::nullopt;
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(message.data(), message.size(), out, &n, md, nullptr) != 1) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(out), n);
}

}  // namespace

SignatureParse parse_sshsig(std::string_view armored) {
  if (armored.size() > kMaxArmoredSignature) return {std::nullopt, "the signature is larger than 16 KiB"};
  const std::optional<std::string> body = armored_body(armored);
  if (!body) return {std::nullopt, "the signature is not armored as '-----BEGIN SSH SIGNATURE-----' … '-----END SSH SIGNATURE-----'"};
  const std::optional<std::string> blob = base64_decode(*body);
  if (!blob) return {std::nullopt, "the signature is not valid base64"};
  WireReader r(*blob);
  const auto magic = r.bytes(kMagic.size());
  if (!magic || *magic != kMagic) return {std::nullopt, "the signature does not start with SSHSIG"};
  const auto version = r.u32();
  if (!version || *version != 1) return {std::nullopt, "the signature is not SSHSIG version 1"};
  const auto key = r.string();
  const auto name_space = r.string();
  const auto reserved = r.string();
  const auto hash = r.string();
  const auto signature = r.string();
  if (!key || !name_space || !reserved || !hash || !signature) return {std::nullopt, "the signature is cut short"};
  if (!r.at_end()) return {std::nullopt, "the signature has bytes after its end"};
  if (*hash != "sha256" && *hash != "sha512") {
    return {std::nullopt, "the signature's hash is '" + std::string(*hash) + "', not sha256 or sha512"};
  }
  KeyParse parsed = parse_public_key(*key);
  if (!parsed.key) return {std::nullopt, parsed.error};
  return {SshSignature{std::move(*parsed.key), std::string(*name_space), std::string(*reserved), std::string(*hash),
                       std::string(*signature)},
          ""};
}

std::string verify_sshsig(const SshSignature& sig, std::string_view message, std::string_view name_space) {
  if (sig.name_space != name_space) {
    return "the signature is for the namespace '" + sig.name_space + "', not '" + std::string(name_space) + "'";
  }
  const std::optional<std::string> h = digest(sig.hash_algorithm, message);
  if (!h) return "the signature's hash is not sha256 or sha512";
  std::string signed_data(kMagic);
  put_string(signed_data, sig.name_space);
  put_string(signed_data, sig.reserved);
  put_string(signed_data, sig.hash_algorithm);
  put_string(signed_data, *h);
  return verify_signature(sig.key, sig.signature, signed_data);
}

}  // namespace contentc::ssh
