// What a value of the source format may hold: check_value() and its checks of dates, times,
// numbers and lists.

#include "load/schema.h"

#include <algorithm>
#include <span>
#include <string>

#include <fmt/format.h>

namespace contentc {
namespace {

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool is_real_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

/// YYYY-MM-DDThh:mm:ssZ, a real date and time of day (a leap second allowed).
bool is_timestamp(std::string_view s) {
  if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' || !is_real_date(s.substr(0, 10))) {
    return false;
  }
  for (size_t i : {11, 12, 14, 15, 17, 18}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return (s[11] - '0') * 10 + (s[12] - '0') < 24 && s[14] < '6' && (s[17] < '6' || s.substr(17, 2) == "60");
}

bool is_decimal(std::string_view s) {
  if (s.size() > 40) return false;
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  size_t digits = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      ++digits;
    } else if (s[i] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digits > 0;
}

bool is_duration(std::string_view s) {
  if (s.size() < 2 || s.size() > 5 || s[0] < '1' || s[0] > '9') return false;
  const std::string_view digits = s.substr(0, s.size() - 1);
  return digits.find_first_not_of("0123456789") == std::string_view::npos &&
         std::string_view("dwmy").find(s.back()) != std::string_view::npos;
}

bool is_count(std::string_view s) {
  if (s.empty() || s.size() > 18 || s[0] < '1' || s[0] > '9') return false;
  return s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string one_of(std::span<const std::string_view> allowed) {
  std::string out;
  for (size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) out += i + 1 == allowed.size() ? " or " : ", ";
    out += allowed[i];
  }
  return out;
}

bool contains(std::span<const std::string_view> allowed, std::string_view v) {
  for (std::string_view a : allowed) {
    if (a == v) return true;
  }
  return false;
}

}  // namespace

std::string check_value(std::string_view value, const ValueSpec& spec) {
  switch (spec.type) {
    case ValueType::kAnyText:
      return "";
    case ValueType::kText:
    case ValueType::kToken:
      return is_blank(value) ? "non-empty text" : "";
    case ValueType::kDate:
      return is_real_date(value) ? "" : "a date as YYYY-MM-DD";
    case ValueType::kDecimal:
      return is_decimal(value) ? "" : "a number such as 12 or 12.5";
    case ValueType::kCount:
      return is_count(value) ? "" : "a whole number from 1 (at most 18 digits)";
    case ValueType::kDuration:
      return is_duration(value) ? "" : "a length of time such as 3y, 18m, 6w or 90d";
    case ValueType::kTimestamp:
      return is_timestamp(value) ? "" : "a UTC time as YYYY-MM-DDThh:mm:ssZ";
    case ValueType::kSha256:
      return value.size() == 64 && value.find_first_not_of("0123456789abcdef") == std::string_view::npos
                 ? ""
                 : "a SHA-256 as 64 lower-case hex digits";
    case ValueType::kLicenseId:
      return !value.empty() && value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._") ==
                                   std::string_view::npos
                 ? ""
                 : "a licence identifier of letters, digits, '-', '.' and '_' (such as CC-BY-4.0)";
    case ValueType::kEnum:
      return contains(spec.allowed, value) ? "" : one_of(spec.allowed);
    case ValueType::kEnumList: {
      size_t pos = 0;
      bool any = false;
      while (pos < value.size()) {
        const size_t start = value.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) break;
        const size_t end = std::min(value.find_first_of(" \t\r\n", start), value.size());
        if (!contains(spec.allowed, value.substr(start, end - start))) {
          return fmt::format("a list of {}", one_of(spec.allowed));
        }
        any = true;
        pos = end;
      }
      return any ? "" : fmt::format("a list of {}", one_of(spec.allowed));
    }
  }
  return "";
}

}  // namespace contentc
