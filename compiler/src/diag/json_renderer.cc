#include "diag/renderers.h"
#include "util/json_writer.h"

namespace contentc {
namespace {

void write_place(JsonWriter& w, const SourceFiles& files, const Loc& loc) {
  w.key("file").value(loc.valid() ? std::string_view(files[loc.file].path) : "");
  w.key("line").value(loc.line);
  w.key("column").value(loc.column);
}

}  // namespace

std::string render_json(const Findings& findings, const SourceFiles& files) {
  JsonWriter w;
  w.begin_array();
  for (const Finding& f : findings.items()) {
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
  w.end_array();
  return w.take();
}

}  // namespace contentc
