#include <algorithm>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "emit/audit/views.h"
#include "emit/html.h"

namespace contentc {
namespace {

/// The snapshot with every cited passage in a <mark>. Overlapping passages are cut into
/// segments; each segment lists every citation covering it, and darkens with their number.
void highlighted(std::string& out, const AuditIndex& index, const Article& a) {
  const std::string& text = index.files()[a.snapshot_file].text;
  struct Event {
    uint32_t at;
    bool start;
    int64_t id;
    size_t part;
  };
  std::vector<Event> events;
  if (const auto* refs = index.cites_of(a)) {
    for (const CiteRef& r : *refs) {
      for (size_t p = 0; p < r.cite->match.spans.size(); ++p) {
        const Span& s = r.cite->match.spans[p];
        events.push_back({s.begin, true, r.id, p + 1});
        events.push_back({s.end, false, r.id, p + 1});
      }
    }
  }
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) {
    return std::tie(x.at, x.start, x.id, x.part) < std::tie(y.at, y.start, y.id, y.part);
  });
  std::multiset<int64_t> active;
  uint32_t pos = 0;
  auto emit_text = [&](uint32_t to) {
    if (to <= pos) return;
    const std::string_view piece(text.data() + pos, to - pos);
    if (active.empty()) {
      append_html(out, piece);
    } else {
      std::set<int64_t> ids(active.begin(), active.end());
      std::string list;
      for (int64_t id : ids) list += (list.empty() ? "" : " ") + std::to_string(id);
      fmt::format_to(std::back_inserter(out), "<mark class=\"hl n{}\" tabindex=\"0\" data-cites=\"{}\">",
                     std::min<size_t>(ids.size(), 3), list);
      append_html(out, piece);
      out += "</mark>";
    }
    pos = to;
  };
  for (const Event& e : events) {
    emit_text(e.at);
    if (e.start) {
      fmt::format_to(std::back_inserter(out), "<a class=\"anchor\" id=\"cite-{}{}\"></a>", e.id,
                     e.part > 1 ? fmt::format("-{}", e.part) : "");
      active.insert(e.id);
    } else {
      active.erase(active.find(e.id));
    }
  }
  emit_text(static_cast<uint32_t>(text.size()));
}

}  // namespace

bool web_address(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

std::string live_link(const Article& a, std::string_view href, std::string_view label) {
  if (!web_address(href)) return bdi(label);
  std::string link = fmt::format("<a href=\"{}\"", html(href));
  if (a.archive && web_address(a.archive->value)) fmt::format_to(std::back_inserter(link), " data-versionurl=\"{}\"", html(a.archive->value));
  const std::optional<Text>& when = a.captured ? a.captured : a.retrieved;
  if (when) fmt::format_to(std::back_inserter(link), " data-versiondate=\"{}\"", html(when->value.substr(0, 10)));
  return link + ">" + bdi(label) + "</a>";
}

void article_view(std::string& out, const AuditIndex& index, const Article& a) {
  fmt::format_to(std::back_inserter(out), "<section class=\"article\" id=\"article-{}\"><h3>{}</h3>\n<table>\n",
                 html(a.id.value), bdi(a.title.value));
  auto row = [&out](std::string_view k, const std::string& v) {
    fmt::format_to(std::back_inserter(out), "<tr><th>{}</th><td>{}</td></tr>\n", k, v);
  };
  row("Id", html(a.id.value));
  row("Author", bdi(a.author.value));
  if (a.publisher) row("Publisher", bdi(a.publisher->value));
  if (a.url) row("URL", live_link(a, a.url->value, a.url->value));
  if (a.retrieved) row("Retrieved", bdi(a.retrieved->value));
  if (a.license) row("License", bdi(a.license->value));
  row("Snapshot", bdi(a.snapshot_path));
  // Where a captured snapshot came from: a reviewer checks the page against these.
  if (a.captured) row("Captured", bdi(a.captured->value));
  if (a.page_sha256) row("Page SHA-256", bdi(a.page_sha256->value));
  if (a.archive) row("Archived copy", bdi(a.archive->value));
  const auto [cited, total] = index.coverage(a);
  row("Text cited", fmt::format("{:.1f}% of {} bytes", total ? 100.0 * double(cited) / double(total) : 0.0, total));
  out += "</table>\n";
  if (a.snapshot_file != Loc::kNoFile) {
    out += "<div class=\"snapshot\">";
    highlighted(out, index, a);
    out += "</div>\n";
  }
  out += "</section>\n";
}

}  // namespace contentc
