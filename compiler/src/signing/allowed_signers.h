#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "signing/ssh_key.h"

namespace contentc::ssh {

/// One line of an allowed-signers file, the format git uses for gpg.ssh.allowedSignersFile and
/// ssh-keygen -Y verify reads (ssh-keygen(1), ALLOWED SIGNERS):
///   principals [options] keytype base64-key [comment]
/// principals is a comma-separated list of patterns ('*' and '?' wildcards, '!' to exclude);
/// the options contentc reads are namespaces="…", valid-after="YYYYMMDD[HHMM[SS]][Z]" and
/// valid-before="…"; a cert-authority line names a CA, and contentc verifies plain keys only.
struct AllowedSigner {
  int line = 0;
  std::vector<std::string> principals;
  std::vector<std::string> namespaces;  // empty: any
  std::string valid_after, valid_before;  // YYYYMMDD of the option, or ""
  bool cert_authority = false;
  PublicKey key;
};

struct AllowedSignersError {
  int line = 0;
  std::string message;
};

struct AllowedSigners {
  std::vector<AllowedSigner> signers;
  std::vector<AllowedSignersError> errors;
};

/// Parses the file. A line it cannot read is an error with its number; the other lines stand.
AllowedSigners parse_allowed_signers(std::string_view text);

/// Whether `principal` may sign with `key` in `name_space` on `date` (YYYY-MM-DD): "" when a
/// line allows it, else why not (no line for the principal, another key, another namespace, a
/// date outside the line's window).
std::string check_signer(const AllowedSigners& file, std::string_view principal, const PublicKey& key,
                         std::string_view name_space, std::string_view date);

/// Whether `text` matches the pattern-list `patterns` as ssh_config(5) PATTERNS match.
bool matches_pattern_list(const std::vector<std::string>& patterns, std::string_view text);

}  // namespace contentc::ssh
