// xml-model-broken: a source file's <?xml-model href="…"?> that names no file.

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {
namespace fs = std::filesystem;
namespace {

/// Where the href of the file's <?xml-model?> starts, and the href; nullopt when the file has
/// none before its root element (only its first 4 KiB are read).
std::optional<std::pair<size_t, std::string>> xml_model_href(std::string_view head) {
  for (size_t at = 0; (at = head.find('<', at)) != std::string_view::npos; ++at) {
    if (head.substr(at).starts_with("<!--")) {
      at = head.find("-->", at);
      if (at == std::string_view::npos) return std::nullopt;
      continue;
    }
    if (at + 1 >= head.size() || head[at + 1] != '?') return std::nullopt;  // the root element: too late
    const size_t end = head.find("?>", at);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view pi = head.substr(at, end - at);
    if (!pi.starts_with("<?xml-model") || pi.size() <= 11 || (pi[11] != ' ' && pi[11] != '\t' && pi[11] != '\n' && pi[11] != '\r')) {
      continue;
    }
    for (size_t h = pi.find("href"); h != std::string_view::npos; h = pi.find("href", h + 4)) {
      size_t v = h + 4;
      while (v < pi.size() && (pi[v] == ' ' || pi[v] == '\t')) ++v;
      if (v >= pi.size() || pi[v] != '=') continue;
      ++v;
      while (v < pi.size() && (pi[v] == ' ' || pi[v] == '\t')) ++v;
      if (v >= pi.size() || (pi[v] != '"' && pi[v] != '\'')) continue;
      const size_t close = pi.find(pi[v], v + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::pair(at + v + 1, std::string(pi.substr(v + 1, close - v - 1)));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void check_xml_model_broken(RuleContext& ctx) {
  for (uint32_t i = 0; i < ctx.files.size(); ++i) {
    const SourceFile& f = ctx.files[i];
    if (!f.rel_path.ends_with(".xml") || (f.size == 0 && f.text.empty())) continue;
    const auto found = xml_model_href(ctx.files.bytes(i, 0, 4096));
    if (!found) continue;
    std::string href = found->second;
    // An address on the web cannot be followed offline: it is left alone.
    if (href.starts_with("http://") || href.starts_with("https://") || href.empty()) continue;
    if (href.starts_with("file://")) href.erase(0, 7);
    const fs::path from = f.disk_path.empty() ? fs::path(f.path) : fs::path(f.disk_path);
    const fs::path target = fs::path(href).is_absolute() ? fs::path(href) : from.parent_path() / href;
    std::error_code ec;
    if (fs::is_regular_file(target, ec)) continue;
    const bool policy = f.rel_path == "policy.xml" || f.rel_path.ends_with("/policy.xml");
    ctx.report(kXmlModelBroken, ctx.files.locate_any(i, found->first),
               fmt::format("the xml-model href '{}' leads nowhere ({} relative to this file): XML editors that read it "
                           "lose completion and validation; point it at contentc's {} (schema/ in its source, "
                           "share/contentc/schema/ where it is installed)",
                           found->second, fs::path(href).is_absolute() ? "no such file, and it is absolute, not" : "no file is there,",
                           policy ? "policy.xsd" : "content.xsd"));
  }
}

const ModelRule kXmlModelBroken{
    {"xml-model-broken", Level::kNote, "an xml-model line that names a schema file that is not there",
     R"(A source file starts with <?xml-model href="…"?> (the line that tells XML editors which
schema to complete and validate with), and the href names no file: relative to the file, or
an absolute path or file: URL. Addresses on the web (http, https) are not followed. Only the
processing instructions before the root element are read (the first 4 KiB). Reported at the
href.

Why: contentc checks the structure itself, so nothing breaks in a build; but an editor that
follows the href finds nothing, and editors lose completion and validation as they type, often
without saying why. It happens when a file is moved to another folder, or copied from a
repository whose schemas live elsewhere.

Fix: point the href at content.xsd (policy.xsd for a policy) from contentc's schema/ folder,
relative to the file, or at the installed copy in share/contentc/schema/ (`contentc new KIND
ID --file` prints a file whose line does).
  before:  <?xml-model href="schema/content.xsd" …?>      (in sources/exercises/)
  after:   <?xml-model href="../../schema/content.xsd" …?>)"},
    check_xml_model_broken};

}  // namespace contentc
