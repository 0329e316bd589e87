// Signatures made by the real ssh-keygen, checked by contentc's own verifier.

#include "signing/allowed_signers.h"
#include "signing/sshsig.h"
#include "signing/ssh_sign.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/base64.h"
#include "signing/ssh_wire.h"

namespace contentc::ssh {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, std::string_view text) {
  std::ofstream(p, std::ios::binary) << text;
}

int run(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()); }

// A temporary folder with a key made by ssh-keygen and a message it signed.
class Signed : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("contentc-sshsig-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Makes a key ("ed25519", "rsa", "ecdsa -b 384", …) named `name`; returns its public line.
  std::string make_key(const std::string& name, const std::string& type) {
    const fs::path key = dir_ / name;
    EXPECT_EQ(run("ssh-keygen -q -N '' -C " + name + " -t " + type + " -f " + key.string()), 0) << type;
    return read(key.string() + ".pub");
  }
  // Signs `message` with key `name` in `name_space`; returns the armored signature.
  std::string sign(const std::string& name, std::string_view message, const std::string& name_space = "contentc-review") {
    const fs::path msg = dir_ / "message";
    write(msg, message);
    fs::remove(msg.string() + ".sig");
    EXPECT_EQ(run("ssh-keygen -Y sign -n " + name_space + " -f " + (dir_ / name).string() + " " + msg.string()), 0);
    return read(msg.string() + ".sig");
  }
  PublicKey public_key(const std::string& line) {
    std::istringstream in(line);
    std::string type, b64;
    in >> type >> b64;
    const KeyParse k = parse_public_key(base64_decode(b64).value_or(""));
    EXPECT_TRUE(k.key) << k.error;
    return k.key.value_or(PublicKey{});
  }

  fs::path dir_;
};

TEST_F(Signed, VerifiesEveryKeyTypeSshKeygenMakes) {
  for (const std::string type : {"ed25519", "rsa -b 2048", "ecdsa -b 256", "ecdsa -b 384", "ecdsa -b 521"}) {
    const std::string name = "k" + std::to_string(std::hash<std::string>{}(type) % 100000);
    const std::string pub = make_key(name, type);
    const std::string message = "entry: pelvic-tilt\nreps: 8-10\n";
    const SignatureParse sig = parse_sshsig(sign(name, message));
    ASSERT_TRUE(sig.signature) << type << ": " << sig.error;
    EXPECT_EQ(sig.signature->key, public_key(pub)) << type;
    EXPECT_EQ(verify_sshsig(*sig.signature, message, "contentc-review"), "") << type;
    EXPECT_EQ(verify_sshsig(*sig.signature, "entry: pelvic-tilt\nreps: 8-12\n", "contentc-review"),
              "the signature does not verify")
        << type << ": an edited message";
    EXPECT_NE(verify_sshsig(*sig.signature, message, "git"), "") << type << ": another namespace";
  }
}

TEST_F(Signed, RefusesASignatureForAnotherNamespace) {
  make_key("k", "ed25519");
  const SignatureParse sig = parse_sshsig(sign("k", "m", "file"));
  ASSERT_TRUE(sig.signature) << sig.error;
  EXPECT_EQ(verify_sshsig(*sig.signature, "m", "contentc-review"),
            "the signature is for the namespace 'file', not 'contentc-review'");
}

TEST_F(Signed, HostileSignaturesAreErrorsNeverCrashes) {
  make_key("k", "ed25519");
  const std::string good = sign("k", "m");
  std::string body = good.substr(good.find('\n') + 1);
  body = body.substr(0, body.find("-----END"));
  std::string joined;
  for (const char c : body) {
    if (c != '\n') joined.push_back(c);
  }
  const std::string blob = base64_decode(joined).value();
  const auto armor = [](std::string_view bytes) {
    return "-----BEGIN SSH SIGNATURE-----\n" + base64_encode(bytes) + "\n-----END SSH SIGNATURE-----\n";
  };
  EXPECT_TRUE(parse_sshsig(armor(blob)).signature);
  for (size_t cut = 0; cut < blob.size(); cut += 7) {
    EXPECT_FALSE(parse_sshsig(armor(blob.substr(0, cut))).signature) << "cut at " << cut;
  }
  EXPECT_EQ(parse_sshsig(armor(blob + "x")).error, "the signature has bytes after its end");
  EXPECT_EQ(parse_sshsig("-----BEGIN SSH SIGNATURE-----\nU1NIU0l*\n-----END SSH SIGNATURE-----").error,
            "the signature is not valid base64");
  EXPECT_EQ(parse_sshsig("hello").error,
            "the signature is not armored as '-----BEGIN SSH SIGNATURE-----' … '-----END SSH SIGNATURE-----'");
  EXPECT_EQ(parse_sshsig(std::string(20000, 'A')).error, "the signature is larger than 16 KiB");
  // A key type contentc does not verify.
  std::string dss;
  put_string(dss, "ssh-dss");
  put_string(dss, "p");
  std::string other = "SSHSIG";
  put_u32(other, 1);
  put_string(other, dss);
  for (const char* s : {"contentc-review", "", "sha512", "sig"}) put_string(other, s);
  EXPECT_EQ(parse_sshsig(armor(other)).error,
            "contentc does not verify ssh-dss keys (it verifies ssh-ed25519, ssh-rsa and ecdsa-sha2-nistp256/384/521)");
  // A length that claims more than there is.
  std::string lying = "SSHSIG";
  put_u32(lying, 1);
  put_u32(lying, 0xfffffff0u);
  EXPECT_EQ(parse_sshsig(armor(lying)).error, "the signature is cut short");
}

TEST_F(Signed, AllowedSignersNameTheKeyNamespaceAndDates) {
  const std::string pub = make_key("k", "ed25519");
  const std::string other = make_key("o", "ed25519");
  const PublicKey key = public_key(pub);
  std::string type_and_key = pub.substr(0, pub.rfind(' '));
  const std::string other_key = other.substr(0, other.rfind(' '));
  const AllowedSigners file = parse_allowed_signers(
      "# reviewers\n"
      "ann@clinic,bob " + type_and_key + " Ann\n"
      "carol namespaces=\"contentc-review\",valid-before=\"20260101\" " + type_and_key + "\n"
      "dan namespaces=\"git\" " + type_and_key + "\n"
      "erin " + other_key + "\n"
      "frank ssh-ed25519 AAAA!!!\n"
      "gus bogus-option=1 " + type_and_key + "\n");
  ASSERT_EQ(file.errors.size(), 2u);
  EXPECT_EQ(file.errors[0].line, 6);
  EXPECT_EQ(file.errors[0].message, "the key is not valid base64");
  EXPECT_EQ(file.errors[1].message, "unknown option 'bogus-option'");
  EXPECT_EQ(check_signer(file, "ann@clinic", key, "contentc-review", "2026-12-03"), "");
  EXPECT_EQ(check_signer(file, "bob", key, "contentc-review", "2026-12-03"), "");
  EXPECT_EQ(check_signer(file, "carol", key, "contentc-review", "2025-12-31"), "");
  EXPECT_EQ(check_signer(file, "carol", key, "contentc-review", "2026-01-01"),
            "the allowed signers' line 3 does not allow the key on 2026-01-01");
  EXPECT_EQ(check_signer(file, "dan", key, "contentc-review", "2026-12-03"),
            "the allowed signers' line 4 does not allow the namespace 'contentc-review'");
  EXPECT_EQ(check_signer(file, "erin", key, "contentc-review", "2026-12-03"),
            "the key " + key.fingerprint() + " is not one the allowed signers give 'erin'");
  EXPECT_EQ(check_signer(file, "zoe", key, "contentc-review", "2026-12-03"),
            "no line of the allowed signers names 'zoe'");
}

TEST_F(Signed, FingerprintIsWhatSshKeygenPrints) {
  const std::string pub = make_key("k", "ed25519");
  ASSERT_EQ(std::system(("ssh-keygen -l -E sha256 -f " + (dir_ / "k.pub").string() + " > " + (dir_ / "fp").string()).c_str()), 0);
  const std::string printed = read(dir_ / "fp");
  EXPECT_NE(printed.find(public_key(pub).fingerprint()), std::string::npos) << printed;
}

TEST_F(Signed, WhatContentcSignsSshKeygenVerifies) {
  std::array<unsigned char, 32> seed{};
  for (size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<unsigned char>(i * 7 + 1);
  const Ed25519Signer signer(seed);
  const std::string message = "entry: squeeze\n";
  const std::string armored = signer.sign(message, "contentc-review");
  EXPECT_EQ(armored, signer.sign(message, "contentc-review")) << "deterministic";
  const SignatureParse sig = parse_sshsig(armored);
  ASSERT_TRUE(sig.signature) << sig.error;
  EXPECT_EQ(verify_sshsig(*sig.signature, message, "contentc-review"), "");
  write(dir_ / "allowed", "gen " + signer.public_line() + "\n");
  write(dir_ / "message", message);
  write(dir_ / "message.sig", armored);
  EXPECT_EQ(run("ssh-keygen -Y verify -f " + (dir_ / "allowed").string() + " -I gen -n contentc-review -s " +
                (dir_ / "message.sig").string() + " < " + (dir_ / "message").string()),
            0);
}

TEST(PatternList, MatchesAsSshConfigPatterns) {
  EXPECT_TRUE(matches_pattern_list({"*@clinic.example"}, "ann@clinic.example"));
  EXPECT_TRUE(matches_pattern_list({"an?"}, "ann"));
  EXPECT_FALSE(matches_pattern_list({"*", "!mallory"}, "mallory"));
  EXPECT_FALSE(matches_pattern_list({"ann"}, "anne"));
}

}  // namespace
}  // namespace contentc::ssh
