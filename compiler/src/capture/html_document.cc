#include "capture/html_document.h"

#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <new>

namespace contentc::capture {

/// Bump allocation in chunks: gumbo's nodes are freed together when the document goes.
struct HtmlDocument::Arena {
  static constexpr size_t kChunk = 1 << 20;
  std::vector<char*> chunks;
  char* next = nullptr;
  size_t left = 0;

  ~Arena() {
    for (char* c : chunks) std::free(c);
  }
  void* allocate(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > kChunk / 4) {  // a big block gets a chunk of its own
      char* c = static_cast<char*>(std::malloc(size));
      if (!c) throw std::bad_alloc();
      chunks.push_back(c);
      return c;
    }
    if (size > left) {
      next = static_cast<char*>(std::malloc(kChunk));
      if (!next) throw std::bad_alloc();
      chunks.push_back(next);
      left = kChunk;
    }
    void* p = next;
    next += size;
    left -= size;
    return p;
  }
};

namespace {
void* arena_allocate(void* arena, size_t size) { return static_cast<HtmlDocument::Arena*>(arena)->allocate(size); }
void arena_free(void*, void*) {}
}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) : arena_(std::make_unique<Arena>()), html_(html) {
  options_ = kGumboDefaultOptions;
  options_.allocator = arena_allocate;
  options_.deallocator = arena_free;
  options_.userdata = arena_.get();
  options_.max_errors = 0;  // parse errors are not kept: a saved page is not ours to lint
  output_ = gumbo_parse_with_options(&options_, html_.data(), html_.size());
}

HtmlDocument::~HtmlDocument() = default;

const GumboNode* HtmlDocument::root() const { return output_->root; }
const GumboNode* HtmlDocument::document() const { return output_->document; }

bool is_element(const GumboNode* n) {
  return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string tag_name(const GumboNode* n) {
  if (!is_element(n)) return "";
  if (n->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n->v.element.tag);
  GumboStringPiece piece = n->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string out(piece.data ? piece.data : "", piece.data ? piece.length : 0);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string_view attribute(const GumboNode* n, const char* name) {
  if (!is_element(n)) return "";
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool has_attribute(const GumboNode* n, const char* name) {
  return is_element(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

std::vector<const GumboNode*> children(const GumboNode* n) {
  std::vector<const GumboNode*> out;
  const GumboVector* v = nullptr;
  if (is_element(n)) v = &n->v.element.children;
  if (n && n->type == GUMBO_NODE_DOCUMENT) v = &n->v.document.children;
  if (!v) return out;
  out.reserve(v->length);
  for (unsigned i = 0; i < v->length; ++i) out.push_back(static_cast<const GumboNode*>(v->data[i]));
  return out;
}

std::vector<const GumboNode*> elements_under(const GumboNode* n) {
  std::vector<const GumboNode*> out, stack{n};
  while (!stack.empty()) {
    const GumboNode* e = stack.back();
    stack.pop_back();
    if (!is_element(e)) continue;
    out.push_back(e);
    const std::vector<const GumboNode*> kids = children(e);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

std::string text_content(const GumboNode* n) {
  std::string raw;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* e = stack.back();
    stack.pop_back();
    if (e->type == GUMBO_NODE_TEXT || e->type == GUMBO_NODE_WHITESPACE || e->type == GUMBO_NODE_CDATA) {
      raw += e->v.text.text;
      continue;
    }
    if (!is_element(e) || tag_of(e) == GUMBO_TAG_SCRIPT || tag_of(e) == GUMBO_TAG_STYLE) continue;
    raw += ' ';
    const std::vector<const GumboNode*> kids = children(e);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return collapse_space(raw);
}

TagCounts count_tags(std::string_view html) {
  static constexpr std::string_view kNoDepth[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb",
      "rt", "rp", "html", "head", "body", "!doctype"};
  TagCounts out;
  size_t depth = 0;
  size_t i = 0;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (html.substr(i).starts_with("!--")) {
      const size_t end = html.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    size_t j = i;
    std::string name;
    while (j < html.size() && name.size() < 16 &&
           ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z') || (html[j] >= '0' && html[j] <= '9') ||
            html[j] == '-' || html[j] == '!')) {
      name += lower(html[j++]);
    }
    if (name.empty()) continue;
    const size_t gt = html.find('>', j);
    if (gt == std::string_view::npos) break;
    const bool self_closing = gt > 0 && html[gt - 1] == '/';
    i = gt + 1;
    bool counts = !self_closing;
    for (std::string_view n : kNoDepth) counts = counts && name != n;
    if (closing) {
      if (counts && depth > 0) --depth;
      continue;
    }
    ++out.tags;
    if (counts) out.depth = std::max(out.depth, ++depth);
    if (name == "script" || name == "style" || name == "textarea" || name == "title") {  // raw text up to its end tag
      const std::string end_tag = "</" + name;
      size_t k = i;
      while (k < html.size()) {
        k = html.find("</", k);
        if (k == std::string_view::npos) break;
        std::string seen;
        for (size_t m = k; m < html.size() && seen.size() < end_tag.size(); ++m) seen += lower(html[m]);
        if (seen == end_tag) break;
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
    }
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
      if (nbsp) ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace contentc::capture
