#pragma once

// What `contentc snapshot` writes into an article's entry: its <snapshot> naming the captured
// file with where the page came from, and a <url> when the entry has none.

#include <string>
#include <string_view>

namespace contentc {

struct SnapshotRecord {
  std::string file;      ///< the snapshot's file name, beside the entry's XML file ("ID.md")
  std::string captured;  ///< RFC 3339 UTC, or ""
  std::string sha256;    ///< of the page's raw bytes
  std::string archive;   ///< the archived copy's address, or ""
  std::string url;       ///< the page's address, or ""
};

/// The <snapshot> element for `r`.
std::string snapshot_element(const SnapshotRecord& r);

/// `xml` (a content file) with article `id`'s <snapshot> element replaced by `r`'s, and, when
/// the article has no <url> and `r.url` is known, a <url> on the line before it. Everything
/// else stays byte for byte. Returns "" with `error` set when the file is not well-formed, has
/// no such article, or would not be well-formed after.
std::string record_snapshot(std::string_view xml, std::string_view id, const SnapshotRecord& r, std::string& error);

/// A new content file holding one article entry.
std::string new_article_file(std::string_view id, std::string_view title, std::string_view author,
                             std::string_view publisher, const SnapshotRecord& r);

}  // namespace contentc
