#pragma once

// What a saved page says about itself: title, author, publisher, address, and when and from
// where it was saved.

#include <string>

#include "capture/html_document.h"

namespace contentc::capture {

struct PageMeta {
  std::string title;      ///< og:title, else <title>, else the first <h1>
  std::string author;     ///< meta author, citation_author, dc.creator, article:author (a name, not a link), JSON-LD
  std::string publisher;  ///< og:site_name, citation_publisher, JSON-LD publisher, application-name
  std::string url;        ///< <link rel="canonical">, og:url, or where the page was saved from
  std::string saved_url;  ///< the address a saving tool recorded (SingleFile's "url:", a browser's "saved from url=")
  std::string saved_at;   ///< when SingleFile saved it, as an RFC 3339 UTC time; "" when unknown
};

PageMeta page_meta(const HtmlDocument& doc);

/// A JavaScript date as SingleFile writes it ("Thu Dec 03 2026 09:15:02 GMT+0100 (Central
/// European Standard Time)") as RFC 3339 in UTC ("2026-12-03T08:15:02Z"); "" when it is not one.
std::string js_date_to_rfc3339(const std::string& s);

}  // namespace contentc::capture
