#include "emit/annotations_writer.h"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "resolve/passage_finder.h"
#include "tables/text_fragment.h"
#include "util/base64.h"
#include "util/json_writer.h"

namespace contentc {
namespace {

/// Code points of context before and after a quote, as Hypothesis keeps.
constexpr size_t kContext = 32;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The offset `n` code points before `at`, never before `floor`.
size_t code_points_back(std::string_view text, size_t at, size_t n, size_t floor) {
  for (; at > floor && n > 0; --n) {
    do --at;
    while (at > floor && continuation(text[at]));
  }
  return at;
}
/// The offset `n` code points after `at`, never after `ceiling`.
size_t code_points_on(std::string_view text, size_t at, size_t n, size_t ceiling) {
  for (; at < ceiling && n > 0; --n) {
    do ++at;
    while (at < ceiling && continuation(text[at]));
  }
  return at;
}

/// Whitespace runs made one space, as a browser renders a block's text.
std::string collapsed(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (!is_space(c)) {
      out += c;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

/// The RFC 6920 name of bytes whose SHA-256 is `hex`: `ni:///sha-256;` and the digest in
/// unpadded base64url.
std::string ni_uri(std::string_view hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  std::string b64 = base64_encode(bytes);
  while (!b64.empty() && b64.back() == '=') b64.pop_back();
  for (char& c : b64) c = c == '+' ? '-' : c == '/' ? '_' : c;
  return "ni:///sha-256;" + b64;
}

class AnnotationWriter {
 public:
  AnnotationWriter(const Model& model, const SourceFiles& files, const CitationIndex& citations, OutputBuffer& out)
      : model_(model), files_(files), citations_(citations), out_(out), w_(out) {
    for (const Article& a : model.articles) articles_.try_emplace(a.id.value, &a);
  }

  void write() {
    w_.flatten_below(3);
    w_.begin_object();
    w_.key("@context").value("http://www.w3.org/ns/anno.jsonld");
    w_.key("id").value("annotations.jsonld");
    w_.key("type").value("AnnotationCollection");
    w_.key("label").value("Every quote the content cites, in its article");
    size_t total = 0;
    each([&](const Entry&, const Cite&, std::string_view, int64_t, int64_t) { ++total; });
    w_.key("total").value(static_cast<uint64_t>(total));
    w_.key("first").begin_object();
    w_.key("id").value("annotations.jsonld#page-1");
    w_.key("type").value("AnnotationPage");
    w_.key("startIndex").value(0);
    w_.key("items").begin_array();
    each([&](const Entry& e, const Cite& c, std::string_view context, int64_t context_ordinal, int64_t ordinal) {
      annotation(e, c, context, context_ordinal, ordinal);
      out_.spill();
    });
    w_.end_array();
    w_.end_object();
    w_.end_object();
    w_.finish();
  }

 private:
  /// Calls f for every citation that found its quote in a readable snapshot, in bundle order.
  template <typename F>
  void each(F&& f) const {
    auto found = [&](const Entry& e) {
      return [&](const Cite& c, std::string_view context, int64_t context_ordinal, int64_t ordinal) {
        const Article* a = article(c);
        if (a && c.match.found && !c.match.spans.empty()) f(e, c, context, context_ordinal, ordinal);
      };
    };
    for (const Condition& c : model_.conditions) for_each_bundle_cite(c, nullptr, &c.warnings, found(c));
    for (const Movement& m : model_.movements) for_each_bundle_cite(m, &m.doses, &m.warnings, found(m));
    for (const Advice& a : model_.advice) for_each_bundle_cite(a, nullptr, nullptr, found(a));
    for (const Claim& c : model_.claims) for_each_bundle_cite(c, nullptr, nullptr, found(c));
  }

  const Article* article(const Cite& c) const {
    const auto it = articles_.find(c.article.value);
    return it == articles_.end() || it->second->snapshot_file == Loc::kNoFile ? nullptr : it->second;
  }

  void annotation(const Entry& e, const Cite& c, std::string_view context, int64_t context_ordinal, int64_t ordinal) {
    const Article& a = *article(c);
    const std::string_view text = files_[a.snapshot_file].text;
    const CitationIndex::Entry& ci = citations_[c];
    w_.begin_object();
    w_.key("id").value(fmt::format("#{}-{}", e.id.value, ordinal));
    w_.key("type").value("Annotation");
    w_.key("motivation").value("linking");
    // The body: the entry's id as a tag (what apps group by) and, for people, what cites it.
    w_.key("body").begin_array();
    w_.begin_object().key("type").value("TextualBody").key("purpose").value("tagging").key("value").value(e.id.value).end_object();
    const std::string what = context_ordinal ? fmt::format("Cited by {} {}, {} {}", kind_name(e.kind), e.id.value, context, context_ordinal)
                                             : fmt::format("Cited by {} {}", kind_name(e.kind), e.id.value);
    w_.begin_object().key("type").value("TextualBody").key("purpose").value("describing").key("format").value("text/plain");
    w_.key("value").value(what).end_object();
    w_.end_array();
    w_.key("target").begin_array();
    for (size_t p = 0; p < c.match.spans.size(); ++p) {
      const Span& s = c.match.spans[p];
      if (a.url && !a.url->value.empty()) live_target(a, text, s);
      snapshot_target(a, text, s, p < ci.spans.size() ? ci.spans[p] : std::pair<int64_t, int64_t>{0, 0});
    }
    w_.end_array();
    w_.end_object();
  }

  /// The quote on the live page: its text and context as the page renders them (the context
  /// only from the quote's own block, without a .md line's marker).
  void live_target(const Article& a, std::string_view text, const Span& s) {
    size_t line_begin = text.rfind('\n', s.begin == 0 ? 0 : s.begin - 1);
    line_begin = line_begin == std::string_view::npos || s.begin == 0 ? 0 : line_begin + 1;
    size_t line_end = text.find('\n', s.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    const bool marked = marks_headings(a.snapshot_path);
    if (marked) line_begin += std::min(snapshot_marker_length(text.substr(line_begin, line_end - line_begin)), s.begin - line_begin);
    if (marked) {  // a table's cells are blocks of their own
      const size_t bar = text.substr(line_begin, s.begin - line_begin).rfind(" | ");
      if (bar != std::string_view::npos) line_begin += bar + 3;
      const size_t next = text.substr(s.end, line_end - s.end).find(" | ");
      if (next != std::string_view::npos) line_end = s.end + next;
    }
    const std::string before = collapsed(text.substr(line_begin, s.begin - line_begin));
    const std::string after = collapsed(text.substr(s.end, line_end - s.end));
    w_.begin_object();
    w_.key("type").value("SpecificResource");
    w_.key("source").value(a.url->value);
    w_.key("selector").begin_object();
    w_.key("type").value("TextQuoteSelector");
    w_.key("exact").value(collapsed(text.substr(s.begin, s.end - s.begin)));
    w_.key("prefix").value(before.substr(code_points_back(before, before.size(), kContext, 0)));
    w_.key("suffix").value(after.substr(0, code_points_on(after, 0, kContext, after.size())));
    w_.end_object();
    if (a.captured) {
      w_.key("state").begin_object().key("type").value("TimeState").key("sourceDate").value(a.captured->value);
      if (a.archive && (a.archive->value.starts_with("https://") || a.archive->value.starts_with("http://"))) {
        w_.key("cached").value(a.archive->value);
      }
      w_.end_object();
    }
    w_.end_object();
  }

  /// The quote in the snapshot: exactly its bytes, and where it is in code points.
  void snapshot_target(const Article& a, std::string_view text, const Span& s, std::pair<int64_t, int64_t> points) {
    w_.begin_object();
    w_.key("type").value("SpecificResource");
    w_.key("source").begin_object();
    w_.key("id").value(ni_uri(citations_.snapshot(a).first));
    w_.key("type").value("Text");
    w_.key("format").value(marks_headings(a.snapshot_path) ? "text/markdown" : "text/plain");
    w_.end_object();
    w_.key("selector").begin_array();
    w_.begin_object();
    w_.key("type").value("TextQuoteSelector");
    w_.key("exact").value(text.substr(s.begin, s.end - s.begin));
    const size_t from = code_points_back(text, s.begin, kContext, 0);
    w_.key("prefix").value(text.substr(from, s.begin - from));
    w_.key("suffix").value(text.substr(s.end, code_points_on(text, s.end, kContext, text.size()) - s.end));
    w_.end_object();
    w_.begin_object();
    w_.key("type").value("TextPositionSelector");
    w_.key("start").value(points.first);
    w_.key("end").value(points.second);
    w_.end_object();
    w_.end_array();
    w_.end_object();
  }

  const Model& model_;
  const SourceFiles& files_;
  const CitationIndex& citations_;
  OutputBuffer& out_;
  JsonWriter w_;
  std::unordered_map<std::string_view, const Article*> articles_;
};

}  // namespace

void write_annotations(const Model& model, const SourceFiles& files, const CitationIndex& citations, OutputBuffer& out) {
  AnnotationWriter(model, files, citations, out).write();
}

}  // namespace contentc
