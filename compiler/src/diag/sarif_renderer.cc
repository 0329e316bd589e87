#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "diag/renderers.h"

#include <nlohmann/json.hpp>
#include "util/json_writer.h"
#include "version.h"

namespace contentc {
namespace {

/// kDuplicateId → "DuplicateId": SARIF's reportingDescriptor.name is a Pascal-case word.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

/// The explain text's first paragraph, joined into one line.
std::string first_paragraph(std::string_view text) {
  std::string out;
  const std::string_view para = text.substr(0, text.find("\n\n"));
  for (char c : para) out += c == '\n' ? ' ' : c;
  return out;
}

/// The base that relative artifact URIs are resolved against: the folder contentc ran in,
/// which run.originalUriBaseIds gives as an absolute file URI.
constexpr std::string_view kSourceRoot = "SRCROOT";

/// Percent-encodes a path for a URI (RFC 3986 path characters kept; ':' encoded too, so that a
/// relative reference's first segment is never read as a scheme).
std::string uri_path(std::string_view path) {
  std::string out;
  for (char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view("-._~/!$&'()*+,;=@").find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string_view sarif_level(Level level) {
  return level == Level::kNote ? "note" : level_name(level);
}

/// FNV-1a, 64 bits: a stable fingerprint that does not depend on the line number, so a finding
/// keeps its identity when lines above it move.
uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string_view trimmed(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

bool is_absolute(std::string_view path) { return !path.empty() && path.front() == '/'; }

/// An absolute path as a file URI ("file:///tmp/src/a.xml"); a relative one as a relative
/// reference against kSourceRoot, as GitHub code scanning expects.
void write_artifact(JsonWriter& w, const SourceFiles& files, const Loc& loc) {
  const std::string_view path = loc.valid() ? std::string_view(files[loc.file].path) : "";
  w.key("artifactLocation").begin_object();
  if (is_absolute(path)) {
    w.key("uri").value("file://" + uri_path(path));
  } else {
    w.key("uri").value(uri_path(path));
    w.key("uriBaseId").value(kSourceRoot);
  }
  w.end_object();
}

void write_physical(JsonWriter& w, const SourceFiles& files, const Loc& loc) {
  w.key("physicalLocation").begin_object();
  write_artifact(w, files, loc);
  // Line 0, the file or folder as a whole: code scanning needs a region, so its first line.
  w.key("region").begin_object();
  w.key("startLine").value(std::max<uint32_t>(loc.line, 1));
  if (loc.line > 0) w.key("startColumn").value(std::max<uint32_t>(loc.column, 1));
  w.end_object();
  w.end_object();
}

/// The finding's fix as a SARIF fix: one artifact change per file, replacements in order (an
/// empty deleted region is an insertion).
void write_fix(JsonWriter& w, const SourceFiles& files, const Fix& fix) {
  w.key("fixes").begin_array().begin_object();
  w.key("description").begin_object().key("text").value(fix.description).end_object();
  w.key("artifactChanges").begin_array();
  std::vector<uint32_t> changed;
  for (const Replacement& r : fix.replacements) {
    if (std::find(changed.begin(), changed.end(), r.begin.file) == changed.end()) {
      changed.push_back(r.begin.file);
    }
  }
  for (uint32_t file : changed) {
    w.begin_object();
    write_artifact(w, files, Loc{file, 1, 1});
    w.key("replacements").begin_array();
    for (const Replacement& r : fix.replacements) {
      if (r.begin.file != file) continue;
      w.begin_object();
      w.key("deletedRegion").begin_object();
      w.key("startLine").value(r.begin.line).key("startColumn").value(r.begin.column);
      w.key("endLine").value(r.end.line).key("endColumn").value(r.end.column);
      w.end_object();
      w.key("insertedContent").begin_object().key("text").value(r.text).end_object();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("properties").begin_object().key("certain").value(fix.certain).end_object();
  w.end_object().end_array();
}

/// A contentc JSON finding of the baseline as a SARIF result (rule, level, message, place).
nlohmann::json absent_sarif_result(const nlohmann::json& f, const std::map<std::string_view, size_t>& rule_index) {
  nlohmann::json r;
  const std::string rule = f.value("rule", "");
  r["ruleId"] = rule;
  if (auto it = rule_index.find(rule); it != rule_index.end()) r["ruleIndex"] = it->second;
  r["level"] = sarif_level(level_from_name(f.value("level", "error")));
  r["message"] = {{"text", f.value("message", "")}};
  const std::string file = f.value("file", "");
  if (!file.empty()) {
    nlohmann::json region = {{"startLine", std::max<int64_t>(f.value("line", int64_t{1}), 1)}};
    r["locations"] = nlohmann::json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri_path(file)}}}, {"region", region}}}}});
  }
  if (f.contains("fingerprints")) r["partialFingerprints"] = f["fingerprints"];
  return r;
}

}  // namespace

std::string render_sarif(const Findings& findings, const SourceFiles& files,
                         const RuleCatalogue& rules, const BaselineView& baseline) {
  const std::vector<FindingPrints> own = baseline.prints ? std::vector<FindingPrints>{} : fingerprint_findings(findings, files);
  const std::vector<FindingPrints>& prints = baseline.prints ? *baseline.prints : own;
  std::map<std::string_view, size_t> rule_index;
  for (size_t i = 0; i < rules.size(); ++i) rule_index[rules[i]->id] = i;

  JsonWriter w;
  w.begin_object();
  w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
  w.key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("contentc");
  w.key("version").value(kVersion);
  w.key("semanticVersion").value(kVersion);
  w.key("informationUri").value(kInformationUri);
  w.key("rules").begin_array();
  for (const Rule* rule : rules) {
    const Rule& r = *rule;
    w.begin_object();
    w.key("id").value(r.id);
    // SARIF wants a name other than the id: a one-word id ("overstated") gets "OverstatedRule".
    const bool one_word = r.id.find('-') == std::string_view::npos;
    w.key("name").value(pascal_case(r.id) + (one_word ? "Rule" : ""));
    w.key("shortDescription").begin_object().key("text").value(fmt::format("{}.", r.summary))
        .end_object();
    w.key("fullDescription").begin_object().key("text").value(first_paragraph(r.explain))
        .end_object();
    w.key("help").begin_object().key("text").value(r.explain).end_object();
    w.key("defaultConfiguration").begin_object().key("level").value(sarif_level(r.level))
        .end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object().end_object();  // driver, tool
  w.key("columnKind").value("unicodeCodePoints");
  bool any_relative = false;
  for (const Finding& f : findings.items()) {
    any_relative = any_relative || !f.loc.valid() || !is_absolute(files[f.loc.file].path);
    for (const Related& r : f.related) {
      any_relative = any_relative || !r.loc.valid() || !is_absolute(files[r.loc.file].path);
    }
  }
  if (any_relative) {
    std::error_code ec;
    std::string root = std::filesystem::current_path(ec).string();
    if (root.empty() || root.back() != '/') root += '/';  // a base URI ends in a slash
    w.key("originalUriBaseIds").begin_object().key(kSourceRoot).begin_object();
    w.key("uri").value("file://" + uri_path(root));
    w.key("description").begin_object().key("text")
        .value("the folder contentc ran in; artifact URIs are relative to it").end_object();
    w.end_object().end_object();
  }
  w.key("results").begin_array();
  std::map<std::string, int> seen;  // fingerprint base → occurrences so far
  for (size_t i = 0; i < findings.items().size(); ++i) {
    const Finding& f = findings.items()[i];
    w.begin_object();
    w.key("ruleId").value(f.rule);
    if (auto it = rule_index.find(f.rule); it != rule_index.end()) {
      w.key("ruleIndex").value(static_cast<uint64_t>(it->second));
    }
    w.key("level").value(sarif_level(f.level));
    w.key("message").begin_object().key("text").value(f.message).end_object();
    w.key("locations").begin_array().begin_object();
    write_physical(w, files, f.loc);
    w.end_object().end_array();
    if (!f.related.empty()) {
      w.key("relatedLocations").begin_array();
      int id = 1;
      for (const Related& r : f.related) {
        w.begin_object();
        w.key("id").value(id++);
        write_physical(w, files, r.loc);
        w.key("message").begin_object().key("text").value(r.message).end_object();
        w.end_object();
      }
      w.end_array();
    }
    const std::string path = f.loc.valid() ? files[f.loc.file].path : "";
    const std::string full_line = f.loc.valid() ? files.line_text(f.loc.file, f.loc.line) : std::string();
    const std::string_view line = trimmed(full_line);
    const std::string base = fmt::format("{}\x1f{}\x1f{}\x1f{}", f.rule, path, line, f.message);
    const int occurrence = seen[base]++;
    w.key("partialFingerprints").begin_object();
    w.key("contentcFingerprint/v1")
        .value(fmt::format("{:016x}:{}", fnv1a(base), occurrence + 1));
    w.key("contentc/identity/v1").value(prints[i].identity);
    w.key("contentc/content/v1").value(prints[i].content);
    w.end_object();
    if (baseline.comparison) w.key("baselineState").value(baseline_state_name(baseline.comparison->states[i]));
    if (f.fix) write_fix(w, files, *f.fix);
    if (!f.suppressed_reason.empty()) {
      w.key("suppressions").begin_array().begin_object();
      w.key("kind").value("inSource");
      w.key("justification").value(f.suppressed_reason);
      w.end_object().end_array();
    }
    w.end_object();
  }
  // The baseline's results that no finding matched: fixed since, reported as they were written.
  if (baseline.comparison) {
    for (const Baseline::Result* r : baseline.comparison->absent) {
      nlohmann::json result = nlohmann::json::parse(r->json, nullptr, false);
      if (!baseline.baseline->sarif) result = absent_sarif_result(result, rule_index);
      result["baselineState"] = "absent";
      w.raw(result.dump());
    }
  }
  w.end_array();
  w.end_object().end_array();  // run, runs
  w.end_object();
  return w.take();
}

}  // namespace contentc
