#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace contentc::ssh {

/// An SSH public key: its type name and its wire-encoded blob (what an authorized_keys or
/// allowed_signers line holds in base64). contentc verifies signatures of the key types
/// OpenSSH makes by default: ssh-ed25519, ssh-rsa (with rsa-sha2-256 or rsa-sha2-512
/// signatures) and ecdsa-sha2-nistp256/384/521.
struct PublicKey {
  std::string type;
  std::string blob;

  /// The fingerprint as ssh-keygen -l prints it: "SHA256:" and the unpadded base64 of the
  /// blob's SHA-256.
  std::string fingerprint() const;
  bool operator==(const PublicKey& other) const { return blob == other.blob; }
};

/// A parsed key, or why there is none.
struct KeyParse {
  std::optional<PublicKey> key;
  std::string error;
};

/// Parses a key's wire blob. A key of a type contentc cannot verify, or a blob that does not
/// hold what its type needs, is an error that says which.
KeyParse parse_public_key(std::string_view blob);

/// Checks an SSH signature blob (string algorithm, string signature bytes) made by `key` over
/// `data`. Returns "" when it verifies, else why not.
std::string verify_signature(const PublicKey& key, std::string_view signature_blob, std::string_view data);

}  // namespace contentc::ssh
