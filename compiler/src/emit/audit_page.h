#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "diag/finding.h"
#include "diag/location.h"
#include "emit/citation_index.h"
#include "model/model.h"

namespace contentc {

struct AuditOptions {
  /// Up to this many entries and snapshot bytes, everything is on index.html; beyond, each
  /// article gets a page and entries are paged, so every page opens quickly.
  size_t single_page_entries = 2000;
  size_t single_page_snapshot_bytes = size_t{2} << 20;
  size_t entries_per_page = 500;
};

/// Takes each page as it is made: its path under audit/ and its HTML.
using AuditPageSink = std::function<void(const std::string& name, std::string html)>;

/// The citation audit pages for reviewers: self-contained HTML (inline CSS and JavaScript, no
/// network) showing each article's text with every cited passage highlighted, each entry with
/// what it rests on, editorial statements, coverage figures and the findings. Returns the pages
/// as (path under audit/, content), index.html first.
std::vector<std::pair<std::string, std::string>> write_audit_pages(
    const Model& model, const SourceFiles& files, const Findings& findings,
    const CitationIndex& citations, const AuditOptions& options = {});
/// The same pages, each handed to `sink` as soon as it is made.
void write_audit_pages(const Model& model, const SourceFiles& files, const Findings& findings,
                       const CitationIndex& citations, const AuditOptions& options, const AuditPageSink& sink);

}  // namespace contentc
