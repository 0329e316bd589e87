#pragma once

#include <array>
#include <string>
#include <string_view>

namespace contentc::ssh {

/// An Ed25519 key made from a 32-byte seed (the same seed, the same key), for what must sign
/// without a person's key: the corpus generator's review records. People sign with ssh-keygen.
class Ed25519Signer {
 public:
  explicit Ed25519Signer(const std::array<unsigned char, 32>& seed);
  /// The public key as an allowed-signers or authorized_keys line holds it: "ssh-ed25519 AAAA…".
  std::string public_line() const;
  /// `message` signed in `name_space` as `ssh-keygen -Y sign` writes it (SSHSIG, sha512,
  /// armored). Ed25519 signatures are deterministic: the same message, the same bytes.
  std::string sign(std::string_view message, std::string_view name_space) const;

 private:
  std::array<unsigned char, 32> seed_;
  std::string public_blob_;
};

}  // namespace contentc::ssh
