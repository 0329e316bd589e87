#include "changes/sql_tuples.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace contentc {
namespace {

/// The offset just past the literal starting at `s[at]`, or npos when a text does not close.
size_t literal_end(std::string_view s, size_t at) {
  if (at < s.size() && s[at] == '\'') {
    for (size_t i = at + 1; i < s.size(); ++i) {
      if (s[i] != '\'') continue;
      if (i + 1 < s.size() && s[i + 1] == '\'') {
        ++i;  // a doubled quote
        continue;
      }
      return i + 1;
    }
    return std::string_view::npos;
  }
  const size_t end = s.find_first_of(",)", at);
  return end == std::string_view::npos ? s.size() : end;
}

/// Calls f(literal) for each literal of the tuple opening at s[at]; returns the offset past its
/// `)`, or npos.
template <typename F>
size_t each_literal(std::string_view s, size_t at, F&& f) {
  if (at >= s.size() || s[at] != '(') return std::string_view::npos;
  size_t i = at + 1;
  while (i < s.size()) {
    const size_t end = literal_end(s, i);
    if (end == std::string_view::npos || end >= s.size()) return std::string_view::npos;
    if (!f(s.substr(i, end - i))) return end;
    if (s[end] == ')') return end + 1;
    if (s[end] != ',') return std::string_view::npos;
    i = end + 1;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  return std::string_view::npos;
}

}  // namespace

bool is_literal(std::string_view l) {
  if (l == "NULL" || l == "TRUE" || l == "FALSE") return true;
  if (l.size() >= 2 && l.front() == '\'' && l.back() == '\'') return true;  // each_literal closed it
  size_t i = !l.empty() && l[0] == '-' ? 1 : 0;
  const size_t digits = i;
  while (i < l.size() && l[i] >= '0' && l[i] <= '9') ++i;
  if (i == digits) return false;
  if (i < l.size() && l[i] == '.') {
    const size_t fraction = ++i;
    while (i < l.size() && l[i] >= '0' && l[i] <= '9') ++i;
    if (i == fraction) return false;
  }
  return i == l.size();
}

size_t tuple_end(std::string_view s, size_t at, size_t* fields) {
  size_t n = 0;
  bool valid = true;
  const size_t end = each_literal(s, at, [&](std::string_view l) {
    ++n;
    return valid = is_literal(l);
  });
  if (fields) *fields = n;
  return valid ? end : std::string_view::npos;
}

std::vector<std::string_view> tuple_fields(std::string_view tuple) {
  std::vector<std::string_view> fields;
  each_literal(tuple, 0, [&](std::string_view l) {
    fields.push_back(l);
    return true;
  });
  return fields;
}

std::string_view tuple_prefix(std::string_view tuple, size_t n) {
  size_t seen = 0, end = 1;
  each_literal(tuple, 0, [&](std::string_view l) {
    end = static_cast<size_t>(l.data() + l.size() - tuple.data());
    return ++seen < n;
  });
  return tuple.substr(1, end - 1);
}

std::string unquote_literal(std::string_view literal) {
  if (literal.size() < 2 || literal.front() != '\'') return std::string(literal);
  std::string out;
  out.reserve(literal.size() - 2);
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    out += literal[i];
    if (literal[i] == '\'') ++i;  // the second of a doubled quote
  }
  return out;
}

bool key_less(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (a[i] == b[i]) continue;
    const bool text_a = !a[i].empty() && a[i][0] == '\'', text_b = !b[i].empty() && b[i][0] == '\'';
    if (!text_a && !text_b) {
      int64_t x = 0, y = 0;
      const auto ra = std::from_chars(a[i].data(), a[i].data() + a[i].size(), x);
      const auto rb = std::from_chars(b[i].data(), b[i].data() + b[i].size(), y);
      if (ra.ec == std::errc() && rb.ec == std::errc() && x != y) return x < y;
    }
    if (text_a && text_b) return a[i].substr(1, a[i].size() - 2) < b[i].substr(1, b[i].size() - 2);
    return a[i] < b[i];
  }
  return a.size() < b.size();
}

}  // namespace contentc
