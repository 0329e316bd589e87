#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "signing/ssh_key.h"

namespace contentc::ssh {

/// A signature in OpenSSH's SSHSIG format, what `ssh-keygen -Y sign` writes: the signer's
/// public key, the namespace the signature is for, the hash of the message (sha256 or sha512)
/// and the key's signature over all of them.
struct SshSignature {
  PublicKey key;
  std::string name_space;
  std::string reserved;
  std::string hash_algorithm;
  std::string signature;  // the key's signature blob: string algorithm, string bytes
};

struct SignatureParse {
  std::optional<SshSignature> signature;
  std::string error;
};

/// The largest armored signature read: an RSA-16384 signature is under 6 KiB.
inline constexpr size_t kMaxArmoredSignature = 16 * 1024;

/// Parses an armored signature ("-----BEGIN SSH SIGNATURE-----", base64 lines, "-----END SSH
/// SIGNATURE-----"). Anything else (no armor, bad base64, a blob cut short or with bytes left
/// over, another version, an unknown hash, a key contentc cannot verify) is an error that says
/// which.
SignatureParse parse_sshsig(std::string_view armored);

/// Checks that `sig` signs `message` in `name_space`: "" when it does, else why not.
std::string verify_sshsig(const SshSignature& sig, std::string_view message, std::string_view name_space);

}  // namespace contentc::ssh
