#include "lsp/symbols.h"

#include <algorithm>

#include "diag/fix_ranges.h"
#include "util/utf8.h"

namespace contentc::lsp {

Symbol symbol_at(const View& v, uint32_t file, const Loc& at) {
  Symbol best;
  auto hit = [&](const Text& t) {
    if (t.loc.file != file || t.loc.line != at.line || at.column < t.loc.column) return false;
    return at.column <= t.loc.column + utf8_count_code_points(t.value);
  };
  auto ref = [&](const Entry& e, const Text& t) {
    if (hit(t)) best = Symbol{Symbol::Kind::kRef, &t, &e};
  };
  // Element text that may run over several lines (a quote; its value has the white space
  // folded): from its start to the end of the line where the element's text ends.
  const SourceFile& source = v.snap.c.files[file];
  auto within = [&](const Text& t) {
    if (t.loc.file != file || at.line < t.loc.line) return false;
    if (at.line == t.loc.line) return at.column >= t.loc.column;
    const size_t begin = offset_in(source.text, source.line_starts, t.loc);
    const size_t end = std::min(source.text.find('<', begin), source.text.size());
    const auto last_line = static_cast<uint32_t>(
        std::upper_bound(source.line_starts.begin(), source.line_starts.end(), end) - source.line_starts.begin());
    return at.line <= last_line;
  };
  auto cites = [&](const Entry& e, const std::vector<Cite>& cs) {
    for (const Cite& c : cs) {
      ref(e, c.article);
      if (within(c.quote) ||
          (c.loc.file == file && c.loc.line == at.line && at.column >= c.loc.column && best.kind == Symbol::Kind::kNone)) {
        if (best.kind == Symbol::Kind::kNone || best.text != &c.article) best = Symbol{Symbol::Kind::kCite, &c.quote, &e, &c};
      }
    }
  };
  auto warnings = [&](const Entry& e, const std::vector<Warning>& ws) {
    for (const Warning& w : ws) cites(e, w.cites);
  };
  const Model& m = v.snap.c.model;
  m.for_each_entry([&](const Entry& e) {
    if (e.loc.file != file) return;
    if (hit(e.id)) best = Symbol{Symbol::Kind::kId, &e.id, &e};
    cites(e, e.cites);
  });
  for (const Condition& c : m.conditions) {
    if (c.loc.file != file) continue;
    for (const Text& r : c.related) ref(c, r);
    warnings(c, c.warnings);
  }
  for (const Movement& mv : m.movements) {
    if (mv.loc.file != file) continue;
    for (const ForCondition& fc : mv.fors) ref(mv, fc.condition);
    warnings(mv, mv.warnings);
    for (const Dose& d : mv.doses) {
      cites(mv, d.cites);
      auto field = [&](const std::optional<Text>& t, DoseField which) {
        if (t && hit(*t)) best = Symbol{Symbol::Kind::kDose, &*t, &mv, nullptr, &d, which};
      };
      field(d.reps->text, DoseField::kReps), field(d.hold->text, DoseField::kHold);
      field(d.sets->text, DoseField::kSets), field(d.frequency->text, DoseField::kFrequency);
    }
  }
  for (const Advice& a : m.advice) {
    if (a.loc.file != file) continue;
    ref(a, a.condition);
    for (const Text& x : a.exercises) ref(a, x);
  }
  for (const Claim& c : m.claims) {
    if (c.loc.file == file && c.about) ref(c, *c.about);
  }
  return best;
}

}  // namespace contentc::lsp
