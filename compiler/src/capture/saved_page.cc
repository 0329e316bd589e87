#include "capture/saved_page.h"

#include <fmt/format.h>

#include "capture/charset.h"
#include "capture/html_document.h"
#include "capture/main_text.h"
#include "capture/web_archive.h"
#include "util/sha256.h"

namespace contentc::capture {

CapturedPage capture_html(std::string_view raw, std::string_view content_type) {
  CapturedPage page;
  page.format = "html";
  page.sha256 = sha256_hex(raw);
  std::string html;
  if (!decode_to_utf8(raw, charset_parameter(content_type), html, page.encoding, page.error)) return page;
  if (const TagCounts n = count_tags(html); n.depth > kMostNesting || n.tags > kMostTags) {
    page.error = n.depth > kMostNesting
                     ? fmt::format("the page nests its elements more than {} deep (browsers stop at a few hundred)", kMostNesting)
                     : fmt::format("the page has more than {} tags", kMostTags);
    return page;
  }
  const HtmlDocument doc(html);
  page.meta = page_meta(doc);
  page.snapshot = snapshot_text(main_text(doc, page.meta.title));
  if (page.snapshot.empty()) page.error = "the page has no text to keep (is it an HTML page?)";
  page.url = page.meta.url;
  page.captured = page.meta.saved_at;
  return page;
}

CapturedPage capture_page(std::string_view bytes, const std::string& url, const CaptureLimits& limits) {
  if (looks_like_archive(bytes)) {
    ArchivedResponse response = find_archived_response(bytes, url, limits);
    if (!response.error.empty()) {
      CapturedPage failed;
      failed.error = std::move(response.error);
      return failed;
    }
    CapturedPage page = capture_html(response.body, response.content_type);
    page.format = response.format;
    if (!response.url.empty()) page.url = response.url;
    if (!response.date.empty()) page.captured = response.date;
    return page;
  }
  if (bytes.size() > limits.max_page) {
    CapturedPage failed;
    failed.error = fmt::format("the page is {} bytes, over the {} a saved page may have", bytes.size(), limits.max_page);
    return failed;
  }
  return capture_html(bytes, "");
}

}  // namespace contentc::capture
