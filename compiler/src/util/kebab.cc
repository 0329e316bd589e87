#include "util/kebab.h"

namespace contentc {
namespace {

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool is_kebab_case(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '-') {
      if (s[i - 1] == '-') return false;
    } else if (!is_lower_alnum(s[i])) {
      return false;
    }
  }
  return true;
}

std::string to_kebab_case(std::string_view s) {
  std::string out;
  bool pending_hyphen = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (is_lower_alnum(c)) {
      if (pending_hyphen && !out.empty()) out += '-';
      pending_hyphen = false;
      out += c;
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

}  // namespace contentc
