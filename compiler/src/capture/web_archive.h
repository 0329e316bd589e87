#pragma once

// Web archives: WARC files (ISO 28500; plain, or gzipped a member a record as crawlers write
// them) and WACZ packages (a zip of WARCs, as Webrecorder and ArchiveBox write them). Every
// length is checked against what is there, every decompression is bounded.

#include <string>
#include <string_view>
#include <vector>

namespace contentc::capture {

struct CaptureLimits;

/// Whether `bytes` start as a WARC ("WARC/"), a gzip stream or a zip file does.
bool looks_like_archive(std::string_view bytes);

/// One HTML response found in an archive.
struct ArchivedResponse {
  std::string format;        ///< "warc", "warc.gz" or "wacz"
  std::string url;           ///< WARC-Target-URI
  std::string date;          ///< WARC-Date, as RFC 3339 UTC to the second
  std::string content_type;  ///< the HTTP Content-Type
  std::string body;          ///< the HTTP body, transfer- and content-decoded
  std::string error;         ///< why none could be taken
};

/// The HTML response for `url` in the archive `bytes` (exactly that address, or the same with
/// its scheme and host in lower case and without a fragment); without `url`, the only HTML
/// response (2xx, text/html or application/xhtml+xml, a `response` or `resource` record).
ArchivedResponse find_archived_response(std::string_view bytes, const std::string& url, const CaptureLimits& limits);

/// A WARC record: its named fields and its block (a view into the decompressed archive).
struct WarcRecord {
  std::vector<std::pair<std::string, std::string>> fields;  ///< names in lower case
  std::string_view block;
  std::string field(std::string_view name) const;
};

/// Splits a decompressed WARC into records; false (and `error`) when a record is cut short, a
/// Content-Length is not a number or says more than is there, or a record does not start with
/// "WARC/".
bool split_warc(std::string_view warc, std::vector<WarcRecord>& records, std::string& error);

/// Decompresses a gzip stream of one or more members, to at most `max` bytes.
bool gunzip(std::string_view gz, size_t max, std::string& out, std::string& error);

}  // namespace contentc::capture
