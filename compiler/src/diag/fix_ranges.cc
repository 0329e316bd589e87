#include "diag/fix_ranges.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "util/read_file.h"
#include "util/xml_text.h"
#include "util/utf8.h"

namespace contentc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// A small scanner over well-formed XML (the file parsed cleanly before any fix is made).
class XmlScan {
 public:
  explicit XmlScan(std::string_view text) : t_(text) {}

  /// The offset just past the tag starting at `lt` ('<'), quotes respected; npos if unclosed.
  size_t tag_end(size_t lt) const {
    const size_t close = tag_close(t_, lt + 1);
    return close == std::string_view::npos ? close : close + 1;
  }

  /// Past a comment, CDATA section or processing instruction starting at `lt`; npos if `lt`
  /// starts none of them.
  size_t skip_markup(size_t lt) const {
    auto past = [&](std::string_view close) {
      const size_t at = t_.find(close, lt);
      return at == std::string_view::npos ? t_.size() : at + close.size();
    };
    if (t_.substr(lt, 4) == "<!--") return past("-->");
    if (t_.substr(lt, 9) == "<![CDATA[") return past("]]>");
    if (t_.substr(lt, 2) == "<?") return past("?>");
    return std::string_view::npos;
  }

  /// The offset just past the element starting at `lt`, end tag included; npos if malformed.
  size_t element_end(size_t lt) const {
    size_t pos = tag_end(lt);
    if (pos == std::string_view::npos || t_[pos - 2] == '/') return pos;
    int depth = 1;
    while (depth > 0) {
      const size_t next = t_.find('<', pos);
      if (next == std::string_view::npos) return next;
      if (const size_t skipped = skip_markup(next); skipped != std::string_view::npos) {
        pos = skipped;
        continue;
      }
      pos = tag_end(next);
      if (pos == std::string_view::npos) return pos;
      if (t_[next + 1] == '/') --depth;
      else if (t_[pos - 2] != '/') ++depth;
    }
    return pos;
  }

  /// Past the comments that follow `end` on its line (a remark on the element before them).
  size_t trailing_comments(size_t end) const {
    size_t pos = end, past = end;
    while (true) {
      while (pos < t_.size() && (t_[pos] == ' ' || t_[pos] == '\t')) ++pos;
      if (t_.substr(pos, 4) != "<!--") break;
      past = pos = skip_markup(pos);
    }
    return past;
  }

  struct Child {
    size_t segment = 0;  ///< where its share starts: past the previous child (or start tag)
    size_t end = 0;      ///< past its end tag and the comments after it on its line
    std::string_view name;
  };
  /// The child elements of the element at `lt`, and the offset of its end tag.
  std::optional<std::pair<std::vector<Child>, size_t>> children(size_t lt) const {
    size_t pos = tag_end(lt);
    if (pos == std::string_view::npos || t_[pos - 2] == '/') return std::nullopt;
    std::vector<Child> out;
    size_t segment = pos;
    while (true) {
      const size_t next = t_.find('<', pos);
      if (next == std::string_view::npos) return std::nullopt;
      if (const size_t skipped = skip_markup(next); skipped != std::string_view::npos) {
        pos = skipped;
        continue;
      }
      if (t_[next + 1] == '/') return std::make_pair(std::move(out), next);
      size_t end = element_end(next);
      if (end == std::string_view::npos) return std::nullopt;
      end = trailing_comments(end);
      size_t name_end = next + 1;
      while (name_end < t_.size() && !is_space(t_[name_end]) && t_[name_end] != '/' &&
             t_[name_end] != '>') {
        ++name_end;
      }
      out.push_back(Child{segment, end, t_.substr(next + 1, name_end - next - 1)});
      segment = pos = end;
    }
  }

 private:
  std::string_view t_;
};

/// `f` with its text: `f` itself, or, for a file that gave its text up, a copy read again into
/// `reread` (and checked unchanged in size). Null when it cannot be read again.
const SourceFile* with_text(const SourceFile& f, std::optional<SourceFile>& reread) {
  if (!f.text.empty() || f.disk_path.empty()) return &f;
  SourceFile copy = f;
  if (read_whole_file(f.disk_path, f.size, copy.text) != 0 || copy.text.size() != f.size) return nullptr;
  index_lines(copy);
  return &reread.emplace(std::move(copy));
}

/// The white space from the start of the line holding `offset` up to it.
std::string_view indent_before(std::string_view text, size_t offset) {
  const size_t line = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const size_t start = line == std::string_view::npos ? 0 : line + 1;
  size_t end = start;
  while (end < offset && (text[end] == ' ' || text[end] == '\t')) ++end;
  return text.substr(start, end - start);
}

/// Makes one replacement exact against `file` (whose index its locations hold); false when it
/// cannot be.
bool complete(Replacement& r, const SourceFile& file) {
  const std::string_view text = file.text;
  if (r.kind == Replacement::Kind::kRange) {
    if (!r.expect) return true;
    const size_t b = offset_in(text, file.line_starts, r.begin), e = offset_in(text, file.line_starts, r.end);
    return b <= e && text.substr(b, e - b) == *r.expect;
  }
  const size_t at = offset_in(text, file.line_starts, r.begin);
  const XmlScan scan(text);
  size_t begin = at, end = at;
  std::string raw;
  switch (r.kind) {
    case Replacement::Kind::kValue: {
      const char before = at > 0 ? text[at - 1] : 0;
      if (before == '"' || before == '\'') {
        end = text.find(before, at);
        raw = escape_xml_attribute(r.text, before);
      } else {
        end = text.find('<', at);
        // A comment or CDATA inside the value: its range would not be the value alone.
        if (end == std::string_view::npos || scan.skip_markup(end) != std::string_view::npos) {
          return false;
        }
        while (end > at && is_space(text[end - 1])) --end;
        raw = escape_xml_text(r.text);
      }
      if (end == std::string_view::npos) return false;
      break;
    }
    case Replacement::Kind::kReorder: {
      if (at >= text.size() || text[at] != '<') return false;
      const auto children = scan.children(at);
      if (!children || children->first.empty()) return false;
      std::map<std::string_view, size_t> rank;
      size_t n = 0;
      for (size_t from = 0; from <= r.text.size();) {
        const size_t to = std::min(r.text.find('\n', from), r.text.size());
        rank.try_emplace(std::string_view(r.text).substr(from, to - from), n++);
        from = to + 1;
      }
      auto sorted = children->first;
      for (const auto& c : sorted) {
        if (!rank.contains(c.name)) return false;
      }
      std::stable_sort(sorted.begin(), sorted.end(),
                       [&](const auto& a, const auto& b) { return rank[a.name] < rank[b.name]; });
      begin = children->first.front().segment;
      end = children->first.back().end;
      for (const auto& c : sorted) raw += text.substr(c.segment, c.end - c.segment);
      break;
    }
    case Replacement::Kind::kInsert: {
      if (at >= text.size() || text[at] != '<') return false;
      const auto children = scan.children(at);
      if (!children) return false;
      const size_t end_tag = children->second;
      const std::string_view own = indent_before(text, at);
      const std::string child_indent =
          children->first.empty()
              ? std::string(own) + "  "
              : std::string(indent_before(text, text.find('<', children->first.back().segment)));
      const size_t line_start = end_tag - indent_before(text, end_tag).size();
      if (line_start > 0 && text[line_start - 1] == '\n') {  // the end tag has a line of its own
        begin = end = line_start;
        raw = child_indent + r.text + "\n";
      } else {
        begin = end = end_tag;
        raw = "\n" + child_indent + r.text + "\n" + std::string(own);
      }
      break;
    }
    case Replacement::Kind::kRange:
      break;
  }
  r.kind = Replacement::Kind::kRange;
  r.end = locate_in(file, r.begin.file, end);
  r.begin = locate_in(file, r.begin.file, begin);
  r.text = std::move(raw);
  return true;
}

}  // namespace

size_t offset_in(std::string_view text, const std::vector<uint32_t>& line_starts, const Loc& loc) {
  if (loc.line == 0 || loc.line > line_starts.size()) return text.size();
  size_t at = std::min<size_t>(line_starts[loc.line - 1], text.size());
  for (uint32_t col = 1; col < loc.column && at < text.size() && text[at] != '\n'; ++col) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

bool complete_fix(Fix& fix, const SourceFile& file) {
  if (fix.replacements.empty()) return false;
  for (Replacement& r : fix.replacements) {
    if (!complete(r, file)) return false;
  }
  return true;
}

void complete_fixes(Findings& findings, const SourceFiles& files) {
  struct Text {
    std::optional<SourceFile> reread;
    const SourceFile* file = nullptr;
  };
  std::map<uint32_t, Text> texts;  // each file read again at most once
  for (Finding& f : findings.items()) {
    if (!f.fix) continue;
    bool ok = !f.fix->replacements.empty();
    for (Replacement& r : f.fix->replacements) {
      if (!ok || !r.begin.valid() || r.begin.file >= files.size()) {
        ok = false;
        break;
      }
      auto [it, fresh] = texts.try_emplace(r.begin.file);
      if (fresh) it->second.file = with_text(files[r.begin.file], it->second.reread);
      ok = it->second.file && complete(r, *it->second.file);
    }
    if (!ok) f.fix.reset();
  }
}

void uncertain_where_fixes_hide_findings(Findings& findings) {
  const std::vector<Finding>& all = findings.items();
  if (std::none_of(all.begin(), all.end(), [](const Finding& f) { return f.fix && f.fix->certain; })) return;
  auto key = [](const Loc& l) { return std::tuple(l.file, l.line, l.column); };
  std::vector<std::pair<std::tuple<uint32_t, uint32_t, uint32_t>, const Finding*>> places;
  for (const Finding& f : findings.items()) {
    if (f.loc.valid()) places.emplace_back(key(f.loc), &f);
  }
  std::sort(places.begin(), places.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (Finding& f : findings.items()) {
    if (!f.fix || !f.fix->certain) continue;
    for (const Replacement& r : f.fix->replacements) {
      // Edits of a value on one line; a reorder moves text without changing it.
      if (r.kind != Replacement::Kind::kRange || r.begin.line != r.end.line) continue;
      auto it = std::lower_bound(places.begin(), places.end(), key(r.begin),
                                 [](const auto& p, const auto& k) { return p.first < k; });
      for (; it != places.end() && it->first <= key(r.end); ++it) {
        if (it->second != &f && it->second->rule != f.rule) f.fix->certain = false;
      }
    }
  }
}

std::vector<ByteEdit> byte_edits(const Fix& fix, uint32_t file, std::string_view text,
                                 const std::vector<uint32_t>& line_starts) {
  std::vector<ByteEdit> out;
  for (const Replacement& r : fix.replacements) {
    if (r.kind != Replacement::Kind::kRange || r.begin.file != file) continue;
    out.push_back({offset_in(text, line_starts, r.begin), offset_in(text, line_starts, r.end), r.text});
  }
  return out;
}

std::string apply_edits(std::string_view text, std::vector<ByteEdit> edits, std::vector<bool>* applied) {
  // Keep the first of overlapping edits (in the order given), then apply from the start.
  std::vector<ByteEdit> kept;
  if (applied) applied->assign(edits.size(), false);
  for (size_t i = 0; i < edits.size(); ++i) {
    ByteEdit& e = edits[i];
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const ByteEdit& k) {
      return (e.begin < k.end && k.begin < e.end) || (e.begin == e.end && e.begin == k.begin) ||
             (k.begin == k.end && k.begin == e.begin);
    });
    if (overlaps) continue;
    if (applied) (*applied)[i] = true;
    kept.push_back(std::move(e));
  }
  std::sort(kept.begin(), kept.end(), [](const ByteEdit& a, const ByteEdit& b) { return a.begin < b.begin; });
  std::string out;
  size_t pos = 0;
  for (const ByteEdit& e : kept) {
    out.append(text.substr(pos, e.begin - pos));
    out += e.text;
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace contentc
