#include "fix/apply_fixes.h"

#include <cstring>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "fix/fix_ranges.h"
#include "load/load_rules.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace contentc {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxRounds = 4;

bool well_formed(const std::string& text) {
  pugi::xml_document doc;
  return static_cast<bool>(doc.load_buffer(text.data(), text.size(), pugi::parse_default));
}

struct Pending {
  std::vector<ByteEdit> edits;
  std::vector<FixChange> changes;
};

}  // namespace

FixRun fix_sources(const fs::path& root, const std::string& display_root, CompileOptions options,
                   bool write) {
  FixRun run;
  options.load.keep_text = true;
  SourceTree tree(root);
  std::map<std::string, FixedFile> fixed;  // rel_path → texts
  std::set<std::string> untouched;
  for (int round = 0; round < kMaxRounds; ++round) {
    const Compilation c = compile_sources(tree, display_root, options);
    std::set<uint32_t> malformed;
    for (const Finding& f : c.findings.items()) {
      if (f.rule != kXmlMalformed.id || !f.loc.valid()) continue;
      malformed.insert(f.loc.file);
      untouched.insert(fmt::format("{}: not well-formed XML; no fix applied to it", c.files[f.loc.file].path));
    }
    std::map<uint32_t, Pending> pending;
    for (const Finding& f : c.findings.items()) {
      if (!f.fix || !f.fix->certain || !f.suppressed_reason.empty()) continue;
      const uint32_t file = f.fix->replacements.front().begin.file;
      const SourceFile& source = c.files[file];
      if (malformed.contains(file)) continue;
      if (!source.rel_path.ends_with(".xml")) continue;  // never an article's snapshot
      Pending& p = pending[file];
      for (ByteEdit& e : byte_edits(*f.fix, file, source.text, source.line_starts)) {
        p.changes.push_back(FixChange{source.path, f.fix->replacements.front().begin.line, f.rule,
                                      f.fix->description, source.text.substr(e.begin, e.end - e.begin),
                                      e.text});
        p.edits.push_back(std::move(e));
      }
    }
    bool changed = false;
    for (auto& [file, p] : pending) {
      const SourceFile& source = c.files[file];
      std::vector<bool> applied;
      std::string after = apply_edits(source.text, p.edits, &applied);
      if (after == source.text) continue;
      if (!well_formed(after)) {  // never expected: the fixes are checked; still, never break a file
        untouched.insert(fmt::format("{}: its fixes would leave it not well-formed; no fix applied to it",
                                     source.path));
        continue;
      }
      auto [it, fresh] = fixed.try_emplace(source.rel_path);
      if (fresh) it->second = FixedFile{source.path, source.rel_path, source.text, {}};
      it->second.after = after;
      tree.put(source.rel_path, std::move(after));
      for (size_t i = 0; i < p.changes.size(); ++i) {
        if (applied[i]) run.changes.push_back(std::move(p.changes[i]));  // the rest: next round
      }
      changed = true;
    }
    if (!changed || round + 1 == kMaxRounds) {
      const Tally t = tally(c.findings);
      run.remaining = t.errors + t.warnings;
      break;
    }
  }
  for (auto& [rel, f] : fixed) run.files.push_back(std::move(f));
  run.untouched.assign(untouched.begin(), untouched.end());
  if (!write) return run;
  for (const FixedFile& f : run.files) {
    // Only over what was read: an editor's save since then wins, and is not lost.
    std::string now;
    if (read_whole_file(root / f.rel_path, f.before.size(), now) != 0 || now != f.before) {
      run.error = fmt::format("{} changed while contentc fix ran; it was left as it is now", f.path);
      continue;
    }
    if (const int error = replace_file(root / f.rel_path, f.after); error) {
      run.error = fmt::format("cannot replace {}: {}; it was left as it was", f.path, std::strerror(error));
    }
  }
  return run;
}

}  // namespace contentc
