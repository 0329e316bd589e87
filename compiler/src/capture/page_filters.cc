#include "capture/page_filters.h"

#include <array>
#include <string>
#include <string_view>

namespace contentc::capture {
namespace {

/// Words of a class or id that name what is not the article: notices, menus, comments,
/// sharing, related links, sidebars, adverts, newsletter forms.
constexpr std::array<std::string_view, 33> kNotArticle = {
    "cookie",  "consent",  "gdpr",     "banner",     "breadcrumb", "comment",   "disqus",   "footer",  "masthead",
    "menu",    "navbar",   "nav-",     "-nav",       "navigation", "newsletter", "subscribe", "signup", "sign-up",
    "popup",   "modal",    "related",  "share",      "sharing",    "social",     "sidebar",  "sponsor", "advert",
    "ad-slot", "promo",    "pagination", "skip-link", "outbrain",  "header"};
/// Words that name the article itself: an element named both ways is kept.
constexpr std::array<std::string_view, 7> kArticle = {"article", "content", "main", "post", "entry", "story", "body"};

/// Whether one class or id names an advert: "ad", "ads", "ad-container", "ads-wrapper",
/// "native-ad-unit" (whole words between hyphens, so "head-" and "thread-" are not).
bool names_an_advert(std::string_view name) {
  return name == "ad" || name == "ads" || name.starts_with("ad-") || name.starts_with("ads-") ||
         name.find("-ad-") != std::string_view::npos || name.ends_with("-ad") || name.ends_with("-ads");
}

bool named_not_article(const GumboNode* e) {
  const std::string names = ascii_lower(std::string(attribute(e, "class")) + " " + std::string(attribute(e, "id")));
  if (names.size() <= 1) return false;
  // An advert is one whatever else it is called ("native-ad-article").
  for (size_t at = 0; at < names.size();) {
    const size_t end = std::min(names.find(' ', at), names.size());
    if (names_an_advert(std::string_view(names).substr(at, end - at))) return true;
    at = end + 1;
  }
  bool bad = false;
  for (std::string_view w : kNotArticle) bad = bad || names.find(w) != std::string::npos;
  if (!bad) return false;
  for (std::string_view w : kArticle) {
    if (names.find(w) != std::string::npos) return false;
  }
  return true;
}

bool hidden(const GumboNode* e) {
  if (has_attribute(e, "hidden") || ascii_lower(attribute(e, "aria-hidden")) == "true") return true;
  std::string style = ascii_lower(attribute(e, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

}  // namespace

bool left_out(const GumboNode* e, bool scoring, bool holds_article) {
  switch (tag_of(e)) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
      return false;
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
      return true;
    case GUMBO_TAG_FORM:
      return !scoring;
    default:
      break;
  }
  if (e->type == GUMBO_NODE_TEMPLATE) return true;
  if (tag_of(e) == GUMBO_TAG_UNKNOWN && tag_name(e) == "dialog") return true;  // gumbo 0.10 predates <dialog>
  if (hidden(e)) return true;
  if (holds_article) return false;
  const std::string role = ascii_lower(attribute(e, "role"));
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
                             "menubar", "search"}) {
    if (role == r) return true;
  }
  if (tag_of(e) == GUMBO_TAG_ARTICLE || tag_of(e) == GUMBO_TAG_MAIN || names_the_article(e)) return false;
  return named_not_article(e);
}

bool names_the_article(const GumboNode* e) {
  return tag_of(e) == GUMBO_TAG_ARTICLE || tag_of(e) == GUMBO_TAG_MAIN || ascii_lower(attribute(e, "role")) == "main" ||
         attribute(e, "itemprop") == "articleBody";
}

std::unordered_set<std::string> navigation_links(const HtmlDocument& doc) {
  std::unordered_set<std::string> links;
  for (const GumboNode* e : elements_under(doc.root())) {
    if (tag_of(e) != GUMBO_TAG_A) continue;
    for (const GumboNode* up = e->parent; is_element(up); up = up->parent) {
      if (tag_of(up) == GUMBO_TAG_NAV || ascii_lower(attribute(up, "role")) == "navigation") {
        links.insert(collapse_space(text_content(e)));
        break;
      }
    }
  }
  return links;
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

}  // namespace contentc::capture
