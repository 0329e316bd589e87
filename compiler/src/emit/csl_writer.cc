#include "emit/csl_writer.h"

#include <array>
#include <optional>
#include <string_view>

#include "util/json_writer.h"

namespace contentc {
namespace {

/// Year, month and day of a date or timestamp that starts YYYY-MM-DD; nullopt otherwise.
std::optional<std::array<int64_t, 3>> date_parts(std::string_view s) {
  auto digits = [&](size_t from, size_t n) -> std::optional<int64_t> {
    int64_t v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (!y || !m || !d || s[4] != '-' || s[7] != '-') return std::nullopt;
  return std::array<int64_t, 3>{*y, *m, *d};
}

/// The host of an http(s) address: "web.archive.org" of "https://web.archive.org/web/…".
std::string_view host(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find_first_of("/?#"));
}

}  // namespace

std::string write_csl(const Model& model) {
  JsonWriter w;
  w.flatten_below(2);
  w.begin_array();
  for (const Article& a : model.articles) {
    w.begin_object();
    w.key("id").value(a.id.value);
    w.key("type").value("webpage");
    w.key("title").value(a.title.value);
    w.key("author").begin_array().begin_object().key("literal").value(a.author.value).end_object().end_array();
    if (a.publisher) w.key("publisher").value(a.publisher->value);
    if (a.url) w.key("URL").value(a.url->value);
    const std::optional<Text>& when = a.captured ? a.captured : a.retrieved;
    if (const auto parts = when ? date_parts(when->value) : std::nullopt) {
      w.key("accessed").begin_object().key("date-parts").begin_array().begin_array();
      for (const int64_t p : *parts) w.value(p);
      w.end_array().end_array().end_object();
    }
    if (a.archive && !host(a.archive->value).empty()) {
      w.key("archive").value(host(a.archive->value));
      w.key("archive_location").value(a.archive->value);
    }
    w.end_object();
  }
  w.end_array();
  return w.take();
}

}  // namespace contentc
