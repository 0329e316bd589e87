// libFuzzer target on what review records bring in from pull requests: an armored SSH signature
// and an allowed-signers file. The input is read as both; a signature that parses is verified
// against a fixed message and checked against the file. Any outcome is fine but a crash, a hang
// or a sanitizer report; a signature that parses must name a key whose fingerprint is computed.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "signing/allowed_signers.h"
#include "signing/sshsig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contentc::ssh;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const AllowedSigners signers = parse_allowed_signers(input);
  const SignatureParse parsed = parse_sshsig(input);
  if (parsed.signature) {
    if (parsed.signature->key.fingerprint().rfind("SHA256:", 0) != 0) std::abort();
    (void)verify_sshsig(*parsed.signature, "entry: pelvic-tilt\n", "contentc-review");
    (void)check_signer(signers, "ann", parsed.signature->key, "contentc-review", "2026-12-03");
  } else if (parsed.error.empty()) {
    std::fprintf(stderr, "a signature that does not parse must say why\n");
    std::abort();
  }
  for (const AllowedSigner& s : signers.signers) (void)s.key.fingerprint();
  return 0;
}
