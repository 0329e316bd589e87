#include "capture/page_meta.h"

#include <array>
#include <cstdio>
#include <string_view>

#include <nlohmann/json.hpp>

namespace contentc::capture {
namespace {

/// Whether JSON text nests deeper than `limit` (strings aside): such text is not parsed.
bool nests_deeper(std::string_view json, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{' || c == '[') {
      if (++depth > limit) return true;
    }
    if (c == '}' || c == ']') --depth;
  }
  return false;
}

std::string json_name(const nlohmann::json& j) {
  if (j.is_string()) return collapse_space(j.get<std::string>());
  if (j.is_object() && j.contains("name") && j["name"].is_string()) return collapse_space(j["name"].get<std::string>());
  if (j.is_array()) {
    std::string out;
    for (const auto& x : j) {
      const std::string n = json_name(x);
      if (!n.empty()) out += (out.empty() ? "" : ", ") + n;
    }
    return out;
  }
  return "";
}

/// Author and publisher from the page's JSON-LD (schema.org Article and its kinds).
void read_json_ld(std::string_view text, PageMeta& meta) {
  if (text.size() > (256u << 10) || nests_deeper(text, 32)) return;
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<const nlohmann::json*> items;
  auto add = [&](const nlohmann::json& j) {
    if (j.is_array()) {
      for (const auto& x : j) items.push_back(&x);
    } else {
      items.push_back(&j);
    }
  };
  add(doc);
  if (doc.is_object() && doc.contains("@graph")) add(doc["@graph"]);
  for (const nlohmann::json* j : items) {
    if (!j->is_object()) continue;
    if (meta.author.empty() && j->contains("author")) meta.author = json_name((*j)["author"]);
    if (meta.publisher.empty() && j->contains("publisher")) meta.publisher = json_name((*j)["publisher"]);
  }
}

std::string after(std::string_view text, std::string_view label) {
  const size_t at = text.find(label);
  if (at == std::string_view::npos) return "";
  const size_t start = at + label.size();
  const size_t end = text.find('\n', start);
  return collapse_space(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

/// The comments saving tools leave: SingleFile's "url:" and "saved date:", a browser's
/// "saved from url=(0071)https://…".
void read_saving_comment(std::string_view comment, PageMeta& meta) {
  if (comment.find("SingleFile") != std::string_view::npos) {
    if (meta.saved_url.empty()) meta.saved_url = after(comment, "url:");
    if (meta.saved_at.empty()) meta.saved_at = js_date_to_rfc3339(after(comment, "saved date:"));
  }
  if (const size_t at = comment.find("saved from url=("); at != std::string_view::npos && meta.saved_url.empty()) {
    const size_t close = comment.find(')', at);
    if (close != std::string_view::npos) meta.saved_url = collapse_space(comment.substr(close + 1));
  }
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::string js_date_to_rfc3339(const std::string& s) {
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char weekday[4] = {}, month[4] = {}, sign = 0;
  int day = 0, year = 0, hh = 0, mm = 0, ss = 0, offset = 0, used = 0;
  if (std::sscanf(s.c_str(), "%3s %3s %d %d %d:%d:%d GMT%c%4d%n", weekday, month, &day, &year, &hh, &mm, &ss, &sign,
                  &offset, &used) != 9 ||
      (sign != '+' && sign != '-')) {
    return "";
  }
  unsigned m = 0;
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == month) m = i + 1;
  }
  if (m == 0 || day < 1 || day > 31 || year < 1970 || year > 9999 || hh > 23 || mm > 59 || ss > 60 || hh < 0 ||
      mm < 0 || ss < 0 || offset > 1400) {
    return "";
  }
  const int offset_minutes = (offset / 100 * 60 + offset % 100) * (sign == '-' ? -1 : 1);
  int64_t t = days_from_civil(year, m, static_cast<unsigned>(day)) * 86400 + hh * 3600 + mm * 60 + ss -
              int64_t{offset_minutes} * 60;
  const int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  const int64_t secs = t - days * 86400;
  // civil_from_days
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned mo = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (mo <= 2);
  char out[96];
  std::snprintf(out, sizeof out, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), mo, d,
                static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                static_cast<long long>(secs % 60));
  return out;
}

PageMeta page_meta(const HtmlDocument& doc) {
  PageMeta meta;
  std::string title_element, og_title, h1, og_url, canonical;
  std::string meta_author, citation_author, dc_creator, article_author, site_name, citation_publisher, app_name;
  for (const GumboNode* c : children(doc.document())) {
    if (c->type == GUMBO_NODE_COMMENT) read_saving_comment(c->v.text.text, meta);
  }
  for (const GumboNode* e : elements_under(doc.root())) {
    for (const GumboNode* c : children(e)) {
      if (c->type == GUMBO_NODE_COMMENT) read_saving_comment(c->v.text.text, meta);
    }
    switch (tag_of(e)) {
      case GUMBO_TAG_TITLE:
        if (title_element.empty()) title_element = text_content(e);
        break;
      case GUMBO_TAG_H1:
        if (h1.empty()) h1 = text_content(e);
        break;
      case GUMBO_TAG_LINK:
        if (ascii_lower(attribute(e, "rel")) == "canonical" && canonical.empty()) canonical = attribute(e, "href");
        break;
      case GUMBO_TAG_SCRIPT:
        if (ascii_lower(attribute(e, "type")) == "application/ld+json") {
          const auto kids = children(e);
          if (!kids.empty() && kids[0]->type == GUMBO_NODE_TEXT) read_json_ld(kids[0]->v.text.text, meta);
        }
        break;
      case GUMBO_TAG_META: {
        const std::string key = ascii_lower(has_attribute(e, "property") ? attribute(e, "property") : attribute(e, "name"));
        const std::string value = collapse_space(attribute(e, "content"));
        if (value.empty()) break;
        auto set = [&](std::string& field) {
          if (field.empty()) field = value;
        };
        if (key == "og:title") set(og_title);
        if (key == "og:url") set(og_url);
        if (key == "og:site_name") set(site_name);
        if (key == "author") set(meta_author);
        if (key == "citation_author") set(citation_author);
        if (key == "dc.creator") set(dc_creator);
        if (key == "article:author" && !value.starts_with("http")) set(article_author);
        if (key == "citation_publisher") set(citation_publisher);
        if (key == "application-name") set(app_name);
        break;
      }
      default:
        break;
    }
  }
  auto first = [](std::initializer_list<const std::string*> options) {
    for (const std::string* o : options) {
      if (!o->empty()) return *o;
    }
    return std::string();
  };
  // "Pelvic tilts in pregnancy | Example Physio": the <h1> when the <title> holds it and more.
  const std::string* title = !h1.empty() && title_element.find(h1) != std::string::npos ? &h1 : &title_element;
  meta.title = first({&og_title, title, &h1});
  const std::string json_author = meta.author, json_publisher = meta.publisher;
  meta.author = first({&meta_author, &citation_author, &dc_creator, &article_author, &json_author});
  meta.publisher = first({&site_name, &citation_publisher, &json_publisher, &app_name});
  meta.url = first({&canonical, &og_url, &meta.saved_url});
  return meta;
}

}  // namespace contentc::capture
