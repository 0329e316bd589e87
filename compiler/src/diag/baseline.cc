#include "diag/baseline.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/sha256.h"

namespace contentc {
namespace {

constexpr std::array<std::string_view, 4> kStateNames = {"new", "unchanged", "updated", "absent"};
constexpr std::array<std::string_view, 6> kEntryElements = {"article", "condition", "exercise", "stretch", "advice", "claim"};
constexpr size_t kPrintLength = 32;  ///< hex digits of SHA-256 kept

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

/// Where each line of an XML file stands: the entry holding it, and the element it opens or is
/// inside with that element's number among the entry's elements of its name.
struct LinePlace {
  std::string entry, element;
  size_t ordinal = 0, below = 0;  ///< below: lines since the element's own
};

/// Builds the LinePlace of each line handed to it, in order.
class LinePlacer {
 public:
  LinePlacer() : places_(1) {}  // index 0 unused: lines are 1-based

  void add(std::string_view line) {
    // The first element opened on the line, if any.
    std::string opened;
    for (size_t i = line.find('<'); i != std::string_view::npos; i = line.find('<', i + 1)) {
      size_t j = i + 1;
      while (j < line.size() && name_char(line[j])) ++j;
      if (j == i + 1) continue;  // "</x>", "<!--", "<?xml": no element opened
      opened = std::string(line.substr(i + 1, j - i - 1));
      if (std::find(kEntryElements.begin(), kEntryElements.end(), opened) != kEntryElements.end()) {
        const size_t id = line.find("id=\"", j);
        const size_t close = id == std::string_view::npos ? id : line.find('"', id + 4);
        entry_ = close == std::string_view::npos ? opened : opened + ":" + std::string(line.substr(id + 4, close - id - 4));
        seen_.clear();
      }
      break;
    }
    if (!opened.empty()) {
      current_ = LinePlace{entry_, opened, ++seen_[opened], 0};
    } else {
      ++current_.below;
      current_.entry = entry_;
    }
    places_.push_back(current_);
    // The entry ends with its closing tag.
    for (size_t close = line.find("</"); close != std::string_view::npos; close = line.find("</", close + 2)) {
      const std::string_view rest = line.substr(close + 2);
      for (std::string_view name : kEntryElements) {
        if (rest.starts_with(name) && rest.substr(name.size()).starts_with('>')) entry_.clear(), seen_.clear();
      }
    }
  }
  std::vector<LinePlace> take() { return std::move(places_); }

 private:
  std::vector<LinePlace> places_;
  std::string entry_;
  std::map<std::string, size_t> seen_;  // element name → how many so far in the entry
  LinePlace current_;
};

/// Only the start of a line is read for its place: a line of 100 MB costs no more than this.
constexpr size_t kLineHead = 4096;

std::vector<LinePlace> line_places(const SourceFile& file) {
  LinePlacer placer;
  if (!file.text.empty() || file.disk_path.empty()) {
    const std::string_view text = file.text;
    for (size_t start = 0; start <= text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      placer.add(text.substr(start, std::min(end - start, kLineHead)));
      start = end + 1;
    }
    return placer.take();
  }
  // A released file is read again in blocks, each line's head kept: memory stays bounded.
  // Never blocks on a FIFO, and reads only a regular file (a special file has no lines to place).
  const int fd = ::open(file.disk_path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return placer.take();
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return placer.take();
  }
  std::string head, block(size_t{1} << 16, '\0');
  for (ssize_t n; (n = ::read(fd, block.data(), block.size())) > 0;) {
    for (const char c : std::string_view(block.data(), static_cast<size_t>(n))) {
      if (c == '\n') {
        placer.add(head);
        head.clear();
      } else if (head.size() < kLineHead) {
        head += c;
      }
    }
  }
  ::close(fd);
  placer.add(head);
  return placer.take();
}

std::string print(std::string_view text) { return sha256_hex(text).substr(0, kPrintLength); }

}  // namespace

std::string_view baseline_state_name(BaselineState s) { return kStateNames[static_cast<size_t>(s)]; }

std::vector<FindingPrints> fingerprint_findings(const Findings& findings, const SourceFiles& files) {
  std::unordered_map<uint32_t, std::vector<LinePlace>> places;
  std::map<std::string, int> occurrences;
  std::vector<FindingPrints> out;
  out.reserve(findings.items().size());
  for (const Finding& f : findings.items()) {
    std::string identity, line;
    if (f.loc.valid()) {
      const SourceFile& file = files[f.loc.file];
      auto it = places.find(f.loc.file);
      if (it == places.end()) it = places.emplace(f.loc.file, line_places(file)).first;
      const LinePlace place = f.loc.line < it->second.size() ? it->second[f.loc.line] : LinePlace{};
      identity = fmt::format("{}\x1f{}\x1f{}\x1f{}#{}+{}", f.rule, file.rel_path, place.entry, place.element,
                             place.ordinal, place.below);
      // The line's head only, as line_places reads it.
      if (f.loc.line >= 1 && f.loc.line <= file.line_starts.size()) {
        line = files.bytes(f.loc.file, file.line_starts[f.loc.line - 1], kLineHead);
        line = line.substr(0, line.find('\n'));
      }
    } else {
      identity = fmt::format("{}\x1f\x1f{}", f.rule, f.message);
    }
    const int n = occurrences[identity]++;
    const std::string_view trimmed = [&] {
      std::string_view s = line;
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
      return s;
    }();
    out.push_back({print(fmt::format("{}\x1f{}", identity, n)), print(fmt::format("{}\x1f{}", trimmed, f.message))});
  }
  return out;
}

std::optional<Baseline> read_baseline(std::string_view text, std::string& error) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    error = "not JSON";
    return std::nullopt;
  }
  Baseline b;
  auto take = [&](const nlohmann::json& r, const nlohmann::json* prints, std::string_view level) -> bool {
    if (!prints || !prints->is_object() || !prints->contains("contentc/identity/v1") || !prints->contains("contentc/content/v1") ||
        !(*prints)["contentc/identity/v1"].is_string() || !(*prints)["contentc/content/v1"].is_string()) {
      return false;
    }
    b.results.push_back({(*prints)["contentc/identity/v1"].get<std::string>(), (*prints)["contentc/content/v1"].get<std::string>(),
                         level_from_name(level), r.dump()});
    return true;
  };
  if (j.is_object() && j.contains("runs") && j["runs"].is_array() && !j["runs"].empty()) {
    b.sarif = true;
    const nlohmann::json& run = j["runs"][0];
    if (!run.contains("results") || !run["results"].is_array()) {
      error = "a SARIF log without results";
      return std::nullopt;
    }
    for (const nlohmann::json& r : run["results"]) {
      if (!r.is_object()) continue;
      if (r.value("baselineState", "") == "absent") continue;  // fixed before the baseline was taken
      const std::string level = r.value("level", "warning") == "note" ? "note" : r.value("level", "warning");
      if (!take(r, r.contains("partialFingerprints") ? &r["partialFingerprints"] : nullptr, level)) {
        error = "a SARIF result without contentc's fingerprints (made by contentc before format 2.6, or by another tool)";
        return std::nullopt;
      }
    }
    return b;
  }
  if (j.is_array()) {
    for (const nlohmann::json& f : j) {
      if (!f.is_object()) continue;
      if (f.value("baseline_state", "") == "absent") continue;
      if (!take(f, f.contains("fingerprints") ? &f["fingerprints"] : nullptr, f.value("level", "error"))) {
        error = "a finding without fingerprints (made by contentc before format 2.6)";
        return std::nullopt;
      }
    }
    return b;
  }
  error = "neither contentc's SARIF nor its JSON";
  return std::nullopt;
}

size_t BaselineComparison::count(BaselineState s) const {
  return s == BaselineState::kAbsent ? absent.size() : static_cast<size_t>(std::count(states.begin(), states.end(), s));
}

BaselineComparison compare_with_baseline(const std::vector<FindingPrints>& prints, const Baseline& baseline) {
  std::unordered_map<std::string, size_t> by_identity;
  for (size_t i = 0; i < baseline.results.size(); ++i) by_identity.emplace(baseline.results[i].identity, i);
  std::vector<bool> matched(baseline.results.size(), false);
  BaselineComparison c;
  for (const FindingPrints& p : prints) {
    const auto it = by_identity.find(p.identity);
    if (it == by_identity.end() || matched[it->second]) {
      c.states.push_back(BaselineState::kNew);
      continue;
    }
    matched[it->second] = true;
    c.states.push_back(baseline.results[it->second].content == p.content ? BaselineState::kUnchanged : BaselineState::kUpdated);
  }
  for (size_t i = 0; i < baseline.results.size(); ++i) {
    if (!matched[i]) c.absent.push_back(&baseline.results[i]);
  }
  return c;
}

}  // namespace contentc
