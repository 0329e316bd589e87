// Code actions: a finding's fix, and a suppression of the finding on its entry, dose, warning
// or cite.

#include <optional>
#include <span>

#include <fmt/format.h>

#include "diag/fix_ranges.h"
#include "lsp/view.h"
#include "model/entry_locator.h"
#include "rules/suppressions.h"
#include "util/xml_text.h"

namespace contentc::lsp {

namespace {

json workspace_edit(const View& v, const Fix& fix) {
  json changes = json::object();
  for (const Replacement& r : fix.replacements) {
    const SourceFile& f = v.snap.c.files[r.begin.file];
    changes[path_to_uri(f.path)].push_back({{"range", v.range_at(f, r.begin, r.end)}, {"newText", r.text}});
  }
  return {{"changes", changes}};
}

/// For a spelling finding: the edit that adds its word to policy.xml's accept list, inside its
/// <spelling> (made whole if it is empty), or in a new <spelling> where the schema puts one.
std::optional<Fix> accept_word(const View& v, const Finding& finding) {
  const size_t quote_end = finding.message.find("' is not in the dictionaries");
  if (finding.rule != "spelling" || finding.message.empty() || finding.message[0] != '\'' || quote_end == std::string::npos) {
    return std::nullopt;
  }
  const std::string word = finding.message.substr(1, quote_end - 1);
  const SourceFiles& files = v.snap.c.files;
  for (uint32_t i = 0; i < files.size(); ++i) {
    if (files[i].rel_path != "policy.xml") continue;
    const std::string text = files.bytes(i, 0, files[i].size ? files[i].size : files[i].text.size());
    const std::string accept = "<accept>" + escape_xml_text(word) + "</accept>";
    Fix fix{fmt::format("Add '{}' to the accept list in policy.xml", word), {}, false};
    const size_t open = text.find("<spelling");
    if (open != std::string::npos) {
      const size_t close = tag_close(text, open + 1);
      if (close == std::string::npos) return std::nullopt;
      if (text[close - 1] == '/') {  // <spelling …/>: opened up around the new word
        fix.replacements.push_back({Replacement::Kind::kRange, files.locate(i, close - 1), files.locate(i, close + 1),
                                    ">" + accept + "</spelling>", "/>"});
      } else {
        const size_t end = text.find("</spelling>", close);
        if (end == std::string::npos) return std::nullopt;
        const Loc at = files.locate(i, end);
        fix.replacements.push_back({Replacement::Kind::kRange, at, at, accept, ""});
      }
      return complete_fix(fix, files[i]) ? std::optional<Fix>(std::move(fix)) : std::nullopt;
    }
    // No <spelling> yet: before the first element that follows it in the schema's order.
    size_t at = std::string::npos;
    for (const char* next : {"<reviews", "<rule", "</policy>"}) at = std::min(at, text.find(next));
    if (at == std::string::npos) return std::nullopt;
    const Loc where = files.locate(i, at);
    fix.replacements.push_back({Replacement::Kind::kRange, where, where, "<spelling>" + accept + "</spelling>\n  ", ""});
    return complete_fix(fix, files[i]) ? std::optional<Fix>(std::move(fix)) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

json code_actions(const View& v, const json& params) {
  json actions = json::array();
  uint32_t file = 0;
  const SourceFile* f = v.file_of_uri(params.at("textDocument").at("uri"), &file);
  if (!f) return actions;
  const json& range = params.at("range");
  const uint32_t first = uinteger(range.at("start").at("line"), "a range's start line") + 1;
  const uint32_t last = uinteger(range.at("end").at("line"), "a range's end line") + 1;
  const EntryLocator owners(v.snap.c.model);
  for (const Finding& finding : v.snap.c.findings.items()) {
    if (finding.loc.file != file || finding.loc.line < first || finding.loc.line > last ||
        !finding.suppressed_reason.empty()) {
      continue;
    }
    const json diag = diagnostic(v, finding);
    if (finding.fix) {
      actions.push_back({{"title", finding.fix->description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diag}},
                         {"isPreferred", finding.fix->certain},
                         {"edit", workspace_edit(v, *finding.fix)}});
    }
    if (const std::optional<Fix> accept = accept_word(v, finding)) {
      actions.push_back({{"title", accept->description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diag}},
                         {"edit", workspace_edit(v, *accept)}});
    }
    // A finding on an entry can be suppressed on it, as apply_suppressions would match it.
    const Entry* holder = owners.find(finding.loc);
    if (!holder || is_suppression_rule(finding.rule)) continue;
    // Inside a dose, the suppress goes into that dose: it then silences that dose's finding only.
    // In one of the entry's warnings or own cites, it names that part (on="warning 2").
    Loc where = holder->loc;
    std::string scope = fmt::format("{} '{}'", kind_name(holder->kind), holder->id.value);
    std::string on;
    auto inside = [&](const Loc& begin, const Loc& end) {
      auto place = [](const Loc& l) { return std::pair(l.line, l.column); };
      return begin.file == finding.loc.file && place(begin) <= place(finding.loc) && place(finding.loc) < place(end);
    };
    if (const std::optional<size_t> d = dose_at(*holder, finding.loc)) {
      where = doses_of(*holder)[*d].loc;
      scope = fmt::format("dose {} of {}", *d + 1, scope);
    } else {
      const std::span<const Warning> ws = warnings_of(*holder);
      for (size_t w = 0; w < ws.size() && on.empty(); ++w) {
        if (inside(ws[w].loc, ws[w].end)) on = fmt::format("warning {}", w + 1);
      }
      for (size_t c = 0; c < holder->cites.size() && on.empty(); ++c) {
        if (inside(holder->cites[c].loc, holder->cites[c].end)) on = fmt::format("cite {}", c + 1);
      }
      if (!on.empty()) scope = fmt::format("{} of {}", on, scope);
    }
    Fix suppress{fmt::format("Suppress {} on {} (write the reason)", finding.rule, scope),
                 {{Replacement::Kind::kInsert, where, {},
                   on.empty() ? fmt::format("<suppress rule=\"{}\" reason=\"\"/>", finding.rule)
                              : fmt::format("<suppress rule=\"{}\" reason=\"\" on=\"{}\"/>", finding.rule, on)}},
                 false};
    if (complete_fix(suppress, *f)) {
      actions.push_back({{"title", suppress.description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diag}},
                         {"edit", workspace_edit(v, suppress)}});
    }
  }
  return actions;
}

}  // namespace contentc::lsp
