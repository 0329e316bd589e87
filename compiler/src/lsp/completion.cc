// Completion: element and attribute names where the format allows them, ids, policy terms,
// rule ids, and the headings of the cited article.

#include <set>

#include <fmt/format.h>

#include "diag/fix_ranges.h"
#include "load/schema.h"
#include "lsp/view.h"
#include "lsp/xml_context.h"
#include "resolve/passage_finder.h"

namespace contentc::lsp {

namespace {

/// The spec of the element at the end of `path` (outermost first), from `root`; null if the
/// path leaves the format.
const ElementSpec* spec_at(const ElementSpec& root, const std::vector<std::string>& path) {
  if (path.empty() || path.front() != root.name) return nullptr;
  const ElementSpec* spec = &root;
  for (size_t i = 1; i < path.size(); ++i) {
    const ElementSpec* next = nullptr;
    for (const ChildSpec& c : spec->children) {
      if (c.spec->name == path[i]) next = c.spec;
    }
    if (!next) return nullptr;
    spec = next;
  }
  return spec;
}

}  // namespace

json completion(const View& v, const json& params) {
  json items = json::array();
  uint32_t file = 0;
  const SourceFile* f = v.file_of_uri(params.at("textDocument").at("uri"), &file);
  if (!f) return items;
  const Loc at = v.to_loc(file, params.at("position"));
  const XmlContext ctx = xml_context(f->text, offset_in(f->text, f->line_starts, at));
  const Model& m = v.snap.c.model;
  const ElementSpec& root = f->rel_path == "policy.xml" ? policy_root_spec() : content_root_spec();
  std::set<std::string> seen;
  auto item = [&](std::string_view label, int kind, std::string_view detail, std::string sort_text = {}) {
    if (!seen.insert(std::string(label)).second) return;
    items.push_back({{"label", label}, {"kind", kind}, {"detail", detail}});
    if (!sort_text.empty()) items.back()["sortText"] = std::move(sort_text);
  };
  constexpr int kField = 5, kValue = 12, kEnumMember = 20, kProperty = 10, kReference = 18, kText = 1;
  auto ids = [&](std::initializer_list<EntryKind> kinds) {
    m.for_each_entry([&](const Entry& e) {
      for (EntryKind k : kinds) {
        if (e.kind == k) item(e.id.value, kReference, kind_name(e.kind));
      }
    });
  };
  auto terms = [&](std::string_view kind) {
    if (auto it = m.policy.vocabularies.find(kind); it != m.policy.vocabularies.end()) {
      for (const Text& t : it->second) item(t.value, kValue, fmt::format("{} (policy vocabulary)", kind));
    }
  };
  auto allowed = [&](const ValueSpec& v) {
    for (std::string_view a : v.allowed) item(a, kEnumMember, "");
  };
  std::vector<std::string> path = ctx.open;
  switch (ctx.kind) {
    case XmlContext::Kind::kNone:
      break;
    case XmlContext::Kind::kElementName:
      if (path.empty()) {
        item(root.name, kField, "root element");
      } else if (const ElementSpec* spec = spec_at(root, path)) {
        for (const ChildSpec& c : spec->children) item(c.spec->name, kField, fmt::format("in <{}>", spec->name));
      }
      break;
    case XmlContext::Kind::kAttributeName:
    case XmlContext::Kind::kAttributeValue: {
      path.push_back(ctx.element);
      const ElementSpec* spec = spec_at(root, path);
      if (ctx.kind == XmlContext::Kind::kAttributeName) {
        if (spec) {
          for (const AttrSpec& a : spec->attrs) {
            if (!ctx.attributes.contains(a.name)) item(a.name, kProperty, a.required ? "required" : "optional");
          }
        }
        break;
      }
      const std::string& a = ctx.attribute;
      if (a == "article") ids({EntryKind::kArticle});
      else if (a == "condition" || a == "about" || (ctx.element == "related" && a == "to")) ids({EntryKind::kCondition});
      else if (a == "ref") ids({EntryKind::kExercise, EntryKind::kStretch});
      else if (a == "rule") {
        for (const Rule* r : v.snap.c.catalogue) item(r->id, kEnumMember, r->summary);
      } else if (a == "category") terms("warning-category");
      else if (a == "factor") terms("factor");
      else if (a == "pattern") terms("pattern");
      else if (a == "section") {
        // The headings of the cited article: its lines that cites name as sections first, then
        // the lines that read as headings.
        const auto article = ctx.attributes.find("article");
        const Entry* e = article == ctx.attributes.end() ? nullptr : v.find_entry(article->second);
        if (e && e->kind == EntryKind::kArticle && static_cast<const Article*>(e)->snapshot_file != Loc::kNoFile) {
          const uint32_t snapshot = static_cast<const Article*>(e)->snapshot_file;
          const SourceFile& snap = v.snap.c.files[snapshot];
          std::vector<std::string> sections;
          v.snap.c.model.for_each_cite([&](const Entry&, const Cite& c) {
            if (c.article.value == article->second && c.section) sections.push_back(c.section->value.str());
          });
          const SnapshotHeadings headings(snap.text, sections, marks_headings(snap.rel_path));
          for (uint32_t line : headings.lines()) {
            item(headings.heading_name(line), kText, fmt::format("{}:{}", snap.rel_path, line),
                 fmt::format("{}{:08}", headings.is_cited(line) ? 0 : 1, line));
          }
        }
      }
      if (spec) {
        for (const AttrSpec& as : spec->attrs) {
          if (as.name == a) allowed(as.value);
        }
      }
      break;
    }
    case XmlContext::Kind::kText: {
      const std::string element = path.empty() ? "" : path.back();
      if (element == "pattern" || element == "equipment" || element == "target") terms(element);
      if (const ElementSpec* spec = spec_at(root, path); spec && spec->content == ContentModel::kText) allowed(spec->text);
      break;
    }
  }
  return {{"isIncomplete", false}, {"items", items}};
}

}  // namespace contentc::lsp
