#include "util/unified_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace contentc {
namespace {

/// The lines of `text`, each with its line break (the last may have none).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start < text.size();) {
    const size_t nl = text.find('\n', start);
    const size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

enum class Op { kKeep, kDelete, kInsert };

/// The shortest edit script from `a` to `b` (Myers' greedy algorithm, with the trace kept to
/// walk back through).
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size()), max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;
  int found_d = 0;
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[max + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) {
      found_d = d;
      break;
    }
  }
  std::vector<Op> ops;
  int x = n, y = m;
  for (int d = found_d; d > 0; --d) {
    const std::vector<int>& pv = trace[d];
    const int k = x - y;
    const bool down = k == -d || (k != d && pv[max + k - 1] < pv[max + k + 1]);
    const int prev_k = down ? k + 1 : k - 1;
    const int prev_x = pv[max + prev_k], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) ops.push_back(Op::kKeep), --x, --y;
    ops.push_back(down ? Op::kInsert : Op::kDelete);
    x = prev_x, y = prev_y;
  }
  while (x > 0 && y > 0) ops.push_back(Op::kKeep), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

/// A line as the diff shows it: a missing final line break is marked as diff marks it.
std::string shown(char sign, std::string_view line) {
  if (!line.empty() && line.back() == '\n') return fmt::format("{}{}", sign, line);
  return fmt::format("{}{}\n\\ No newline at end of file\n", sign, line);
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const auto a = split_lines(before), b = split_lines(after);
  const std::vector<Op> ops = edit_script(a, b);
  constexpr size_t kContext = 3;
  // git's a/ and b/ prefixes for a relative path (git apply, patch -p1); an absolute one as is.
  std::string out = path.starts_with('/') ? fmt::format("--- {}\n+++ {}\n", path, path)
                                          : fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  // Walk the script, cutting it into hunks: changes with up to 2×3 kept lines between them.
  size_t i = 0;
  while (i < ops.size()) {
    size_t change = i;
    while (change < ops.size() && ops[change] == Op::kKeep) ++change;
    if (change == ops.size()) break;
    size_t start = change >= kContext ? change - kContext : 0;
    start = std::max(start, i);
    size_t end = change;  // past the hunk's last op
    while (end < ops.size()) {
      if (ops[end] != Op::kKeep) {
        ++end;
        continue;
      }
      size_t keep = end;
      while (keep < ops.size() && ops[keep] == Op::kKeep) ++keep;
      if (keep == ops.size() || keep - end > 2 * kContext) {
        end = std::min(keep, end + kContext);
        break;
      }
      end = keep;
    }
    // Line numbers where the hunk starts: count the ops before it.
    size_t a_line = 0, b_line = 0;
    for (size_t j = 0; j < start; ++j) {
      if (ops[j] != Op::kInsert) ++a_line;
      if (ops[j] != Op::kDelete) ++b_line;
    }
    std::string body;
    size_t a_count = 0, b_count = 0, ai = a_line, bi = b_line;
    for (size_t j = start; j < end; ++j) {
      if (ops[j] == Op::kKeep) {
        body += shown(' ', a[ai++]), ++bi, ++a_count, ++b_count;
      } else if (ops[j] == Op::kDelete) {
        body += shown('-', a[ai++]), ++a_count;
      } else {
        body += shown('+', b[bi++]), ++b_count;
      }
    }
    auto range = [](size_t line, size_t count) {
      // An empty range names the line before it, as diff does.
      return count == 1 ? fmt::format("{}", line + 1) : fmt::format("{},{}", count ? line + 1 : line, count);
    };
    out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count)) + body;
    i = end;
  }
  return out;
}

}  // namespace contentc
