#include "fix/apply_fixes.h"

#include <cerrno>
#include <cstring>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "diag/fix_ranges.h"
#include "load/load_rules.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace contentc {

namespace fs = std::filesystem;

namespace {

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
  for (int round = 0;; ++round) {
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
    std::erase_if(pending, [&](const auto& p) {
      for (const ByteEdit& e : p.second.edits) {
        if (c.files[p.first].text.substr(e.begin, e.end - e.begin) != e.text) return false;
      }
      return true;  // every edit writes what is there already: nothing to do
    });
    if (pending.empty()) {  // converged
      const Tally t = tally(c.findings);
      run.remaining = t.errors + t.warnings;
      break;
    }
    if (round == kMaxFixRounds) {
      // Fixes that still change the text after this many rounds feed or undo each other: a
      // second run would change the text again, so nothing is written.
      for (const auto& [file, p] : pending) {
        for (const FixChange& change : p.changes) {
          run.errors.push_back(fmt::format(
              "{}:{}: [{}] {} keeps changing the text after {} rounds of fixes ('{}' → '{}'); "
              "no file was written: fix it by hand, or correct the policy or fix that keeps undoing "
              "another",
              change.path, change.line, change.rule, change.description, kMaxFixRounds, change.before,
              change.after));
        }
      }
      run.changes.clear();
      return run;
    }
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
    }
  }
  for (auto& [rel, f] : fixed) run.files.push_back(std::move(f));
  run.untouched.assign(untouched.begin(), untouched.end());
  if (!write) return run;
  std::set<std::string> failed;  // shown paths of the files not written
  for (const FixedFile& f : run.files) {
    // Only over what was read: an editor's save since then wins, and is not lost.
    std::string now;
    if (read_whole_file(root / f.rel_path, f.before.size(), now) != 0 || now != f.before) {
      run.errors.push_back(fmt::format("{} changed while contentc fix ran; it was left as it is now", f.path));
      failed.insert(f.path);
      continue;
    }
    if (const int error = replace_file(root / f.rel_path, f.after); error) {
      run.errors.push_back(
          error == EACCES ? fmt::format("{} is not writable; it was left as it was (its fixes are not made)", f.path)
                          : fmt::format("cannot replace {}: {}; it was left as it was", f.path, std::strerror(error)));
      failed.insert(f.path);
    }
  }
  std::erase_if(run.changes, [&](const FixChange& c) { return failed.contains(c.path); });
  std::erase_if(run.files, [&](const FixedFile& f) { return failed.contains(f.path); });
  return run;
}

}  // namespace contentc
