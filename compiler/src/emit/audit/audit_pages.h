#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"
#include "tables/citation_index.h"
#include "model/model.h"
#include "util/output_buffer.h"

namespace contentc {

struct AuditOptions {
  /// Up to this many entries and snapshot bytes, everything is on index.html; beyond, each
  /// article gets a page and entries are paged, so every page opens quickly.
  size_t single_page_entries = 2000;
  size_t single_page_snapshot_bytes = size_t{2} << 20;
  size_t entries_per_page = 500;
};

class AuditIndex;
struct ChangeSet;

/// The citation audit pages for reviewers: HTML that needs no server and no network (the
/// folder's own audit.css and audit.js, allowed by a Content-Security-Policy that allows
/// nothing else), showing each article's text with every cited passage highlighted, each entry
/// with what it rests on, editorial statements, coverage figures and the findings.
///
/// The audit folder's files are independent jobs, to be written in any order, from any thread:
/// index.html first, then the article and entry pages (large corpora), then audit.css and
/// audit.js.
class AuditWriter {
 public:
  /// `changes`: the change set from the previous build, for the index page's "Changed since
  /// the previous release" section; null for none.
  AuditWriter(const Model& model, const SourceFiles& files, const Findings& findings,
              const CitationIndex& citations, const ChangeSet* changes = nullptr, const AuditOptions& options = {});
  ~AuditWriter();

  size_t size() const { return names_.size(); }
  const std::string& name(size_t i) const { return names_[i]; }
  void write(size_t i, OutputBuffer& out) const;

 private:
  std::unique_ptr<const AuditIndex> index_;
  const ChangeSet* changes_;
  std::vector<std::string> names_;
};

/// The same files, in memory, as (path under audit/, content).
std::vector<std::pair<std::string, std::string>> write_audit_pages(
    const Model& model, const SourceFiles& files, const Findings& findings,
    const CitationIndex& citations, const ChangeSet* changes = nullptr, const AuditOptions& options = {});

}  // namespace contentc
