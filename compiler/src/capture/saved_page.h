#pragma once

// A saved page made into a snapshot: from the bytes of an HTML file, a WARC (or WARC.gz) or a
// WACZ, the article's main text with its headings marked, and where the page came from.

#include <string>
#include <string_view>

#include "capture/page_meta.h"

namespace contentc::capture {

/// Limits on what a saved page may cost to read.
struct CaptureLimits {
  size_t max_page = size_t{64} << 20;     ///< bytes of one HTML page, after decompression
  size_t max_archive = size_t{256} << 20; ///< bytes of a WARC, WARC.gz or WACZ, read and decompressed
};

struct CapturedPage {
  std::string format;        ///< "html", "warc", "warc.gz" or "wacz"
  std::string snapshot;      ///< the snapshot text (headings "# …", items "- …")
  PageMeta meta;
  std::string url;           ///< --url, else the archive's record, else the page's own
  std::string captured;      ///< RFC 3339 UTC: --captured, else the archive's date, else SingleFile's
  std::string sha256;        ///< of the page's raw bytes as served (the HTTP body, decoded)
  std::string encoding;      ///< the encoding the page was read in
  std::string error;         ///< why nothing could be made; the rest is then empty
};

/// Reads `bytes` (the saved file's content; `name` for messages): an HTML page, a WARC record
/// set (gzipped or not) or a WACZ. In an archive, the response record for `url` is taken, or,
/// without `url`, the only HTML response (several are an error naming them).
CapturedPage capture_page(std::string_view bytes, const std::string& url, const CaptureLimits& limits);

/// The page's snapshot from an HTML page's raw bytes (`content_type` from its HTTP header, or "").
CapturedPage capture_html(std::string_view raw, std::string_view content_type);

}  // namespace contentc::capture
