#include "diag/renderers.h"
#include "util/json_writer.h"

#include <nlohmann/json.hpp>

namespace contentc {
namespace {

void write_place(JsonWriter& w, const SourceFiles& files, const Loc& loc) {
  w.key("file").value(loc.valid() ? std::string_view(files[loc.file].path) : "");
  w.key("line").value(loc.line);
  w.key("column").value(loc.column);
}

}  // namespace

std::string render_json(const Findings& findings, const SourceFiles& files, const BaselineView& baseline) {
  const std::vector<FindingPrints> own = baseline.prints ? std::vector<FindingPrints>{} : fingerprint_findings(findings, files);
  const std::vector<FindingPrints>& prints = baseline.prints ? *baseline.prints : own;
  JsonWriter w;
  w.begin_array();
  for (size_t i = 0; i < findings.items().size(); ++i) {
    const Finding& f = findings.items()[i];
    w.begin_object();
    w.key("rule").value(f.rule);
    w.key("level").value(level_name(f.level));
    write_place(w, files, f.loc);
    w.key("message").value(f.message);
    w.key("related").begin_array();
    for (const Related& r : f.related) {
      w.begin_object();
      write_place(w, files, r.loc);
      w.key("message").value(r.message);
      w.end_object();
    }
    w.end_array();
    if (!f.suppressed_reason.empty()) w.key("suppressed").value(f.suppressed_reason);
    w.key("fingerprints").begin_object();
    w.key("contentc/identity/v1").value(prints[i].identity);
    w.key("contentc/content/v1").value(prints[i].content);
    w.end_object();
    if (baseline.comparison) w.key("baseline_state").value(baseline_state_name(baseline.comparison->states[i]));
    if (f.fix) {
      w.key("fix").begin_object();
      w.key("description").value(f.fix->description);
      w.key("certain").value(f.fix->certain);
      w.key("replacements").begin_array();
      for (const Replacement& r : f.fix->replacements) {
        w.begin_object();
        write_place(w, files, r.begin);
        w.key("end_line").value(r.end.line);
        w.key("end_column").value(r.end.column);
        w.key("text").value(r.text);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_object();
  }
  // The baseline's findings that no finding matched: fixed since, as they were written.
  if (baseline.comparison && !baseline.baseline->sarif) {
    for (const Baseline::Result* r : baseline.comparison->absent) {
      nlohmann::json f = nlohmann::json::parse(r->json, nullptr, false);
      f["baseline_state"] = "absent";
      w.raw(f.dump());
    }
  } else if (baseline.comparison) {
    for (const Baseline::Result* r : baseline.comparison->absent) {
      const nlohmann::json s = nlohmann::json::parse(r->json, nullptr, false);
      nlohmann::json f;
      f["rule"] = s.value("ruleId", "");
      f["level"] = level_name(r->level);
      f["message"] = s.contains("message") ? s["message"].value("text", "") : "";
      f["fingerprints"] = s.value("partialFingerprints", nlohmann::json::object());
      f["baseline_state"] = "absent";
      w.raw(f.dump());
    }
  }
  w.end_array();
  return w.take();
}

}  // namespace contentc
