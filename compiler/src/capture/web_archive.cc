#include "capture/web_archive.h"

#include <zip.h>
#include <zlib.h>

#include <fmt/format.h>

#include "capture/html_document.h"
#include "capture/saved_page.h"
#include "util/decimal.h"

namespace contentc::capture {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

/// Header lines up to the first empty line: "Name: value" pairs (names in lower case); `end`
/// is set past the empty line. False when no empty line ends them.
bool read_headers(std::string_view text, size_t from, std::vector<std::pair<std::string, std::string>>& fields,
                  size_t& end) {
  size_t pos = from;
  while (true) {
    const size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    const std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    fields.emplace_back(ascii_lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  }
  end = pos;
  return true;
}

std::string field_of(const std::vector<std::pair<std::string, std::string>>& fields, std::string_view name) {
  for (const auto& [n, v] : fields) {
    if (n == name) return v;
  }
  return "";
}

/// An address compared as the same page: scheme and host in lower case, no fragment, no "<>".
std::string same_page(std::string_view url) {
  if (url.starts_with('<') && url.ends_with('>')) url = url.substr(1, url.size() - 2);
  if (const size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  const size_t path = url.find('/', scheme + 3);
  return ascii_lower(url.substr(0, path)) + std::string(path == std::string_view::npos ? "/" : url.substr(path));
}

/// A WARC-Date ("2026-12-03T08:00:00Z", or with fractions of a second) to the second.
std::string warc_date(std::string_view d) {
  if (d.size() >= 20 && d[4] == '-' && d[10] == 'T' && d.back() == 'Z') return std::string(d.substr(0, 19)) + "Z";
  return "";
}

/// Undoes a chunked transfer encoding; false when the chunks do not add up.
bool dechunk(std::string_view in, std::string& out) {
  size_t pos = 0;
  while (pos < in.size()) {
    const size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string_view size_line = trim(in.substr(pos, nl - pos));
    if (const size_t semi = size_line.find(';'); semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    size_t size = 0;
    if (size_line.empty() || size_line.size() > 8) return false;
    for (char c : size_line) {
      const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (v < 0) return false;
      size = size * 16 + static_cast<size_t>(v);
    }
    pos = nl + 1;
    if (size == 0) return true;
    if (size > in.size() - pos) return false;
    out.append(in.substr(pos, size));
    pos += size;
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n')) ++pos;
  }
  return true;
}

enum class Inflated { kDone, kCut, kInvalid, kTooLarge, kNoZlib };

/// Inflates one compressed stream at the start of `in` (`window_bits` as zlib takes them: 15 +
/// 16 for gzip, 15 + 32 for gzip or zlib), appending to `out` while it stays within `max` bytes;
/// `used` is set to the input bytes the stream took.
Inflated inflate_stream(std::string_view in, int window_bits, size_t max, std::string& out, size_t& used) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return Inflated::kNoZlib;
  size_t fed = 0;  // bytes handed to zlib so far (it takes at most 4 GiB at a time)
  char buffer[65536];
  Inflated result = Inflated::kCut;
  while (true) {
    if (z.avail_in == 0 && fed < in.size()) {
      const size_t n = std::min<size_t>(in.size() - fed, UINT32_MAX);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + fed));
      z.avail_in = static_cast<uInt>(n);
      fed += n;
    }
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    const int r = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > max) {
      result = Inflated::kTooLarge;
      break;
    }
    if (r == Z_STREAM_END) {
      result = Inflated::kDone;
      break;
    }
    if (r != Z_OK && r != Z_BUF_ERROR) {
      result = Inflated::kInvalid;
      break;
    }
    if (z.avail_in == 0 && fed == in.size() && z.avail_out != 0) break;  // the input ends mid-stream
  }
  used = fed - z.avail_in;
  inflateEnd(&z);
  return result;
}

/// Inflates an HTTP body sent with Content-Encoding gzip or deflate, to at most `max` bytes.
bool inflate_body(std::string_view in, size_t max, std::string& out, std::string& error) {
  size_t used = 0;
  switch (inflate_stream(in, 15 + 32, max, out, used)) {
    case Inflated::kDone: return true;
    case Inflated::kCut: error = "the compressed page ends too soon"; return false;
    case Inflated::kTooLarge: error = fmt::format("the page decompresses to more than {} bytes", max); return false;
    case Inflated::kNoZlib: error = "zlib could not start"; return false;
    case Inflated::kInvalid: break;
  }
  error = "the compressed page is not valid";
  return false;
}

/// Reads every .warc and .warc.gz file under archive/ in a WACZ, to at most `max` bytes in all.
bool read_wacz(std::string_view bytes, size_t max, std::string& warcs, std::string& error) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
  if (!src) return error = "the WACZ cannot be read", false;
  zip_t* zip = zip_open_from_source(src, ZIP_RDONLY, &ze);
  if (!zip) {
    zip_source_free(src);
    error = fmt::format("the WACZ is not a zip file libzip can open ({})", zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return false;
  }
  bool ok = true;
  const zip_int64_t n = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; ok && i < n; ++i) {
    const char* name = zip_get_name(zip, static_cast<zip_uint64_t>(i), 0);
    const std::string_view nm = name ? name : "";
    const bool gz = nm.ends_with(".warc.gz");
    if (!nm.starts_with("archive/") || !(gz || nm.ends_with(".warc"))) continue;
    zip_file_t* f = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    if (!f) {
      ok = false, error = fmt::format("the WACZ's {} cannot be opened", nm);
      break;
    }
    // Read no more than the limit allows, whatever the entry claims: a zip bomb stops here.
    std::string data;
    char buffer[65536];
    zip_int64_t got = 0;
    while ((got = zip_fread(f, buffer, sizeof buffer)) > 0) {
      data.append(buffer, static_cast<size_t>(got));
      if (warcs.size() + data.size() > max) break;
    }
    zip_fclose(f);
    if (got < 0) ok = false, error = fmt::format("the WACZ's {} is damaged", nm);
    if (warcs.size() + data.size() > max) ok = false, error = fmt::format("the WACZ holds more than {} bytes of WARC", max);
    if (!ok) break;
    if (gz) {
      std::string plain;
      if (!gunzip(data, max - warcs.size(), plain, error)) {
        ok = false, error = fmt::format("the WACZ's {}: {}", nm, error);
        break;
      }
      data = std::move(plain);
    }
    warcs += data;
  }
  zip_close(zip);  // closes the source too
  zip_error_fini(&ze);
  if (ok && warcs.empty()) return error = "the WACZ has no WARC file under archive/", false;
  return ok;
}

}  // namespace

std::string WarcRecord::field(std::string_view name) const { return field_of(fields, name); }

bool looks_like_archive(std::string_view bytes) {
  return bytes.starts_with("WARC/") || bytes.starts_with("\x1f\x8b") || bytes.starts_with("PK\x03\x04");
}

bool gunzip(std::string_view gz, size_t max, std::string& out, std::string& error) {
  size_t pos = 0;
  while (pos < gz.size()) {
    size_t used = 0;
    switch (inflate_stream(gz.substr(pos), 15 + 16, max, out, used)) {
      case Inflated::kDone: break;
      case Inflated::kCut:
        return error = fmt::format("the gzip data ends in the middle of a member (at byte {})", gz.size()), false;
      case Inflated::kTooLarge: return error = fmt::format("the archive decompresses to more than {} bytes", max), false;
      case Inflated::kNoZlib: return error = "zlib could not start", false;
      case Inflated::kInvalid:
        return error = fmt::format("the gzip member at byte {} is not valid gzip data", pos), false;
    }
    pos += used;
    while (pos < gz.size() && gz[pos] == '\0') ++pos;  // padding some writers leave between members
  }
  return true;
}

bool split_warc(std::string_view warc, std::vector<WarcRecord>& records, std::string& error) {
  size_t pos = 0;
  while (pos < warc.size()) {
    while (pos < warc.size() && (warc[pos] == '\r' || warc[pos] == '\n')) ++pos;
    if (pos >= warc.size()) break;
    if (!warc.substr(pos).starts_with("WARC/")) {
      error = fmt::format("no WARC record starts at byte {} (a Content-Length before it may be wrong)", pos);
      return false;
    }
    WarcRecord r;
    size_t body = 0;
    const size_t version_end = warc.find('\n', pos);
    if (version_end == std::string_view::npos || !read_headers(warc, version_end + 1, r.fields, body)) {
      error = fmt::format("the WARC record at byte {} has no end to its header", pos);
      return false;
    }
    const std::string length = field_of(r.fields, "content-length");
    const auto n = parse_decimal(length, UINT32_MAX * 16ull);
    if (!n) {
      error = fmt::format("the WARC record at byte {} has a Content-Length '{}' that is not a number", pos, length);
      return false;
    }
    if (*n > warc.size() - body) {
      error = fmt::format("the WARC record at byte {} says Content-Length {}, but only {} bytes follow", pos, *n,
                          warc.size() - body);
      return false;
    }
    r.block = warc.substr(body, *n);
    records.push_back(std::move(r));
    pos = body + *n;
  }
  return true;
}

ArchivedResponse find_archived_response(std::string_view bytes, const std::string& url, const CaptureLimits& limits) {
  ArchivedResponse out;
  std::string decompressed;
  std::string_view warc = bytes;
  if (bytes.starts_with("PK\x03\x04")) {
    out.format = "wacz";
    if (!read_wacz(bytes, limits.max_archive, decompressed, out.error)) return out;
    warc = decompressed;
  } else if (bytes.starts_with("\x1f\x8b")) {
    out.format = "warc.gz";
    if (!gunzip(bytes, limits.max_archive, decompressed, out.error)) return out;
    warc = decompressed;
  } else {
    out.format = "warc";
  }
  std::vector<WarcRecord> records;
  if (!split_warc(warc, records, out.error)) return out;
  std::vector<std::string> html_urls;
  const WarcRecord* chosen = nullptr;
  std::string_view http_body;
  std::vector<std::pair<std::string, std::string>> http;
  for (const WarcRecord& r : records) {
    const std::string type = ascii_lower(r.field("warc-type"));
    std::vector<std::pair<std::string, std::string>> headers;
    std::string_view body = r.block;
    if (type == "response") {
      const size_t status_end = r.block.find('\n');
      const std::string_view status = status_end == std::string_view::npos ? "" : r.block.substr(0, status_end);
      size_t end = 0;
      if (!status.starts_with("HTTP/") || status.find(" 2") == std::string_view::npos ||
          !read_headers(r.block, status_end + 1, headers, end)) {
        continue;
      }
      body = r.block.substr(end);
    } else if (type == "resource") {
      headers.emplace_back("content-type", r.field("content-type"));
    } else {
      continue;
    }
    const std::string ct = ascii_lower(field_of(headers, "content-type"));
    if (ct.find("text/html") == std::string::npos && ct.find("application/xhtml") == std::string::npos) continue;
    const std::string target = same_page(r.field("warc-target-uri"));
    html_urls.push_back(target);
    if (url.empty() ? html_urls.size() == 1 : target == same_page(url)) {
      if (!chosen || !url.empty()) chosen = &r, http_body = body, http = headers;
      if (!url.empty()) break;
    }
  }
  if (url.empty() && html_urls.size() > 1) {
    std::string listed;
    for (size_t i = 0; i < html_urls.size() && i < 5; ++i) listed += "\n  " + html_urls[i];
    out.error = fmt::format("the archive holds {} HTML pages; name one with --url:{}{}", html_urls.size(), listed,
                            html_urls.size() > 5 ? "\n  …" : "");
    return out;
  }
  if (!chosen) {
    out.error = url.empty() ? "the archive holds no HTML page (a 2xx response or resource record of text/html)"
                            : fmt::format("the archive holds no HTML page for {}{}", url,
                                          html_urls.empty() ? "" : fmt::format(" (it has {})", html_urls.front()));
    return out;
  }
  out.url = same_page(chosen->field("warc-target-uri"));
  out.date = warc_date(chosen->field("warc-date"));
  out.content_type = field_of(http, "content-type");
  std::string body(http_body);
  if (ascii_lower(field_of(http, "transfer-encoding")).find("chunked") != std::string::npos) {
    std::string plain;
    if (!dechunk(http_body, plain)) return out.error = "the page's chunked body does not add up", out;
    body = std::move(plain);
  }
  const std::string encoding = ascii_lower(field_of(http, "content-encoding"));
  if (encoding == "gzip" || encoding == "deflate" || encoding == "x-gzip") {
    std::string plain;
    if (!inflate_body(body, limits.max_page, plain, out.error)) return out;
    body = std::move(plain);
  }
  if (body.size() > limits.max_page) {
    out.error = fmt::format("the page is {} bytes, over the {} a saved page may have", body.size(), limits.max_page);
    return out;
  }
  out.body = std::move(body);
  return out;
}

}  // namespace contentc::capture
