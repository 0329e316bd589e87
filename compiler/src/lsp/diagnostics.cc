// Diagnostics: a finding as the protocol shows it (the server publishes them per file).

#include "lsp/view.h"

namespace contentc::lsp {

json diagnostic(const View& v, const Finding& f) {
  const SourceFile& file = v.snap.c.files[f.loc.file];
  json d = {{"range", v.range_of_token(file, f.loc)},
            {"severity", f.level == Level::kError ? 1 : f.level == Level::kWarning ? 2 : 3},
            {"code", f.rule},
            {"source", "contentc"},
            {"message", f.message}};
  if (!f.related.empty()) {
    json related = json::array();
    for (const Related& r : f.related) {
      if (!r.loc.valid() || v.snap.c.files[r.loc.file].rel_path.empty()) continue;
      related.push_back({{"location", v.location(r.loc)}, {"message", r.message}});
    }
    d["relatedInformation"] = related;
  }
  return d;
}

}  // namespace contentc::lsp
