// Go to definition (an entry from its id or a reference, a quote in its snapshot) and find
// references (every place that names an id).

#include "lsp/symbols.h"

namespace contentc::lsp {

json definition(const View& v, const json& params) {
  uint32_t file = 0;
  if (!v.file_of_uri(params.at("textDocument").at("uri"), &file)) return nullptr;
  const Symbol s = symbol_at(v, file, v.to_loc(file, params.at("position")));
  if (s.kind == Symbol::Kind::kId) return v.location(s.entry->loc);
  if (s.kind == Symbol::Kind::kRef) {
    if (const Entry* e = v.find_entry(s.text->value)) return v.location(e->loc);
    return nullptr;
  }
  if (s.kind == Symbol::Kind::kCite && s.cite->match.found) {
    const Entry* e = v.find_entry(s.cite->article.value);
    const auto& a = static_cast<const Article&>(*e);
    const SourceFile& snap = v.snap.c.files[a.snapshot_file];
    const Loc begin = v.snap.c.files.locate(a.snapshot_file, s.cite->match.spans.front().begin);
    const Loc end = v.snap.c.files.locate(a.snapshot_file, s.cite->match.spans.back().end);
    return {{"uri", path_to_uri(snap.path)}, {"range", v.range_at(snap, begin, end)}};
  }
  return nullptr;
}

json references(const View& v, const json& params) {
  uint32_t file = 0;
  json out = json::array();
  if (!v.file_of_uri(params.at("textDocument").at("uri"), &file)) return out;
  const Symbol s = symbol_at(v, file, v.to_loc(file, params.at("position")));
  if (s.kind != Symbol::Kind::kId && s.kind != Symbol::Kind::kRef) return out;
  const std::string id = s.text->value.str();
  const bool declaration = params.value("context", json::object()).value("includeDeclaration", true);
  if (const Entry* e = v.find_entry(id); e && declaration) out.push_back(v.location(e->id.loc));
  // Every reference: found by asking, for each file's references, which id they name.
  const Model& m = v.snap.c.model;
  auto add = [&](const Text& t) {
    if (t.value == id) out.push_back(v.location(t.loc));
  };
  auto cites = [&](const std::vector<Cite>& cs) {
    for (const Cite& c : cs) add(c.article);
  };
  auto warned = [&](const std::vector<Warning>& ws) {
    for (const Warning& w : ws) cites(w.cites);
  };
  for (const Condition& c : m.conditions) {
    cites(c.cites), warned(c.warnings);
    for (const Text& r : c.related) add(r);
  }
  for (const Movement& mv : m.movements) {
    cites(mv.cites), warned(mv.warnings);
    for (const ForCondition& fc : mv.fors) add(fc.condition);
    for (const Dose& d : mv.doses) cites(d.cites);
  }
  for (const Advice& a : m.advice) {
    cites(a.cites), add(a.condition);
    for (const Text& x : a.exercises) add(x);
  }
  for (const Claim& c : m.claims) {
    cites(c.cites);
    if (c.about) add(*c.about);
  }
  return out;
}

}  // namespace contentc::lsp
