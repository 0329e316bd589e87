#include "signing/allowed_signers.h"

#include <algorithm>
#include <optional>

#include "util/base64.h"

namespace contentc::ssh {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// The next whitespace-separated field; a double-quoted stretch may hold spaces.
std::string_view next_field(std::string_view& rest) {
  while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  size_t i = 0;
  bool quoted = false;
  for (; i < rest.size(); ++i) {
    if (rest[i] == '"') quoted = !quoted;
    if (!quoted && is_space(rest[i])) break;
  }
  const std::string_view field = rest.substr(0, i);
  rest.remove_prefix(i);
  return field;
}

std::vector<std::string> split_commas(std::string_view s) {
  std::vector<std::string> out;
  while (true) {
    const size_t comma = s.find(',');
    out.emplace_back(s.substr(0, comma));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

bool is_key_type(std::string_view f) {
  return f == "ssh-ed25519" || f == "ssh-rsa" || f.substr(0, 11) == "ecdsa-sha2-" || f.substr(0, 3) == "sk-" ||
         f == "ssh-dss" || f.find("-cert-v01@openssh.com") != std::string_view::npos;
}

// "YYYYMMDD[HHMM[SS]][Z]" → "YYYYMMDD", or nullopt.
std::optional<std::string> option_date(std::string_view v) {
  if (!v.empty() && v.back() == 'Z') v.remove_suffix(1);
  if (v.size() != 8 && v.size() != 12 && v.size() != 14) return std::nullopt;
  if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  return std::string(v.substr(0, 8));
}

// Reads the options field into `s`; "" or why it cannot.
std::string read_options(std::string_view options, AllowedSigner& s) {
  for (std::string_view rest = options; !rest.empty();) {
    // One option, up to a comma outside quotes.
    size_t i = 0;
    bool quoted = false;
    for (; i < rest.size(); ++i) {
      if (rest[i] == '"') quoted = !quoted;
      if (!quoted && rest[i] == ',') break;
    }
    std::string_view opt = rest.substr(0, i);
    rest = i < rest.size() ? rest.substr(i + 1) : std::string_view();
    const size_t eq = opt.find('=');
    const std::string_view name = opt.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view() : opt.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (name == "cert-authority") {
      s.cert_authority = true;
    } else if (name == "namespaces") {
      s.namespaces = split_commas(value);
    } else if (name == "valid-after" || name == "valid-before") {
      const std::optional<std::string> day = option_date(value);
      if (!day) return "the option " + std::string(name) + " is not a date YYYYMMDD[HHMM[SS]][Z]";
      (name == "valid-after" ? s.valid_after : s.valid_before) = *day;
    } else {
      return "unknown option '" + std::string(name) + "'";
    }
  }
  return "";
}

bool glob(std::string_view p, std::string_view t) {
  if (p.empty()) return t.empty();
  if (p[0] == '*') {
    for (size_t i = 0; i <= t.size(); ++i) {
      if (glob(p.substr(1), t.substr(i))) return true;
    }
    return false;
  }
  return !t.empty() && (p[0] == '?' || p[0] == t[0]) && glob(p.substr(1), t.substr(1));
}

}  // namespace

bool matches_pattern_list(const std::vector<std::string>& patterns, std::string_view text) {
  bool matched = false;
  for (const std::string& p : patterns) {
    if (!p.empty() && p[0] == '!') {
      if (glob(std::string_view(p).substr(1), text)) return false;  // an excluded name never matches
    } else if (glob(p, text)) {
      matched = true;
    }
  }
  return matched;
}

AllowedSigners parse_allowed_signers(std::string_view text) {
  AllowedSigners out;
  int line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view rest = line;
    const std::string_view principals = next_field(rest);
    if (principals.empty() || principals[0] == '#') continue;
    AllowedSigner s;
    s.line = line_no;
    s.principals = split_commas(principals);
    std::string_view type = next_field(rest);
    if (!is_key_type(type)) {
      if (std::string error = read_options(type, s); !error.empty()) {
        out.errors.push_back({line_no, error});
        continue;
      }
      type = next_field(rest);
    }
    const std::string_view encoded = next_field(rest);
    if (type.empty() || encoded.empty()) {
      out.errors.push_back({line_no, "the line needs principals, a key type and a base64 key"});
      continue;
    }
    const std::optional<std::string> blob = base64_decode(encoded);
    if (!blob) {
      out.errors.push_back({line_no, "the key is not valid base64"});
      continue;
    }
    KeyParse key = parse_public_key(*blob);
    if (!key.key) {
      out.errors.push_back({line_no, key.error});
      continue;
    }
    if (key.key->type != type) {
      out.errors.push_back({line_no, "the key is " + key.key->type + ", not " + std::string(type)});
      continue;
    }
    s.key = std::move(*key.key);
    out.signers.push_back(std::move(s));
  }
  return out;
}

std::string check_signer(const AllowedSigners& file, std::string_view principal, const PublicKey& key,
                         std::string_view name_space, std::string_view date) {
  std::string day;
  for (const char c : date) {
    if (c != '-') day.push_back(c);
  }
  std::string why = "no line of the allowed signers names '" + std::string(principal) + "'";
  for (const AllowedSigner& s : file.signers) {
    if (s.cert_authority || !matches_pattern_list(s.principals, principal)) continue;
    if (!(s.key == key)) {
      why = "the key " + key.fingerprint() + " is not one the allowed signers give '" + std::string(principal) + "'";
      continue;
    }
    if (!s.namespaces.empty() && !matches_pattern_list(s.namespaces, name_space)) {
      why = "the allowed signers' line " + std::to_string(s.line) + " does not allow the namespace '" + std::string(name_space) + "'";
      continue;
    }
    if ((!s.valid_after.empty() && day < s.valid_after) || (!s.valid_before.empty() && day >= s.valid_before)) {
      why = "the allowed signers' line " + std::to_string(s.line) + " does not allow the key on " + std::string(date);
      continue;
    }
    return "";
  }
  return why;
}

}  // namespace contentc::ssh
