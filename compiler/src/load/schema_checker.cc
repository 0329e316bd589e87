#include "load/schema_checker.h"

#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "util/edit_distance.h"

namespace contentc {
namespace {

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool is_root(pugi::xml_node node) { return node.parent().type() == pugi::node_document; }

/// Attributes every root may carry so that editors find the XSD: namespace declarations
/// (other than a default namespace) and xsi:noNamespaceSchemaLocation.
bool is_schema_hint(std::string_view name) {
  return name.starts_with("xmlns:") || name.starts_with("xsi:");
}

}  // namespace

void SchemaChecker::report(Loc loc, std::string message, std::optional<Fix> fix) {
  // A hostile file (a million unknown attributes, say) gets a bounded number of findings.
  if (++reported_ == kMaxFindingsPerFile + 1) {
    findings_.add(kSchemaViolation, loc,
                  fmt::format("more than {} schema violations in this file; the rest are not "
                              "reported",
                              kMaxFindingsPerFile));
  }
  if (reported_ > kMaxFindingsPerFile) return;
  findings_.add(kSchemaViolation, kSchemaViolation.level, loc, std::move(message), {},
                std::move(fix));
}

void SchemaChecker::check(pugi::xml_node node, const ElementSpec& spec) {
  check_attributes(node, spec);
  if (spec.content == ContentModel::kElements || spec.content == ContentModel::kMixed) {
    check_children(node, spec);
  }
  check_text(node, spec);
}

void SchemaChecker::check_attributes(pugi::xml_node node, const ElementSpec& spec) {
  std::vector<std::string_view> known;
  for (const AttrSpec& a : spec.attrs) known.push_back(a.name);
  for (pugi::xml_attribute attr : node.attributes()) {
    const std::string_view name = attr.name();
    if (name == "xmlns") {
      report(view_.name_loc(attr), "the source format uses no namespace: remove xmlns=\"…\"");
      continue;
    }
    if (is_root(node) && is_schema_hint(name)) continue;
    const AttrSpec* spec_attr = nullptr;
    for (const AttrSpec& a : spec.attrs) {
      if (a.name == name) spec_attr = &a;
    }
    if (!spec_attr) {
      report(view_.name_loc(attr),
             fmt::format("<{}> has no attribute '{}'{}", spec.name, name,
                         known.empty() ? std::string()
                                       : did_you_mean(name, known)));
      continue;
    }
    if (std::strlen(attr.value()) > kMaxValueBytes) {
      report(view_.value_loc(attr), fmt::format("{}=\"…\" on <{}> is over the {}-byte limit for one "
                                                "value: shorten it",
                                                name, spec.name, kMaxValueBytes));
      continue;
    }
    const std::optional<Text> value = view_.attr(node, spec_attr->name.data());
    if (const std::string expected = check_value(value->value, spec_attr->value);
        !expected.empty()) {
      report(value->loc, fmt::format("{}=\"{}\" on <{}>: expected {}", name, value->value,
                                     spec.name, expected));
    }
  }
  for (const AttrSpec& a : spec.attrs) {
    if (a.required && !node.attribute(a.name.data())) {
      report(view_.element_loc(node),
             fmt::format("<{}> needs the attribute '{}'", spec.name, a.name));
    }
  }
}

void SchemaChecker::check_children(pugi::xml_node node, const ElementSpec& spec) {
  std::vector<std::string_view> known;
  for (const ChildSpec& c : spec.children) known.push_back(c.spec->name);
  std::vector<int> counts(spec.children.size(), 0);
  size_t position = 0;  // index of the last child spec seen, for the order check
  std::string_view last_name;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    size_t index = spec.children.size();
    for (size_t i = 0; i < spec.children.size(); ++i) {
      if (spec.children[i].spec->name == name) index = i;
    }
    if (index == spec.children.size()) {
      report(view_.element_loc(child),
             fmt::format("<{}> cannot hold <{}>{}", spec.name, name, did_you_mean(name, known)));
      continue;
    }
    if (!spec.any_order && index < position) {
      // The fix puts every child in the schema's order, each keeping the comments before it.
      std::string order;
      for (const ChildSpec& c : spec.children) order.append(c.spec->name).push_back('\n');
      order.pop_back();
      report(view_.element_loc(child),
             fmt::format("<{}> must come before <{}> in <{}>", name, last_name, spec.name),
             Fix{fmt::format("put the children of <{}> in the schema's order", spec.name),
                 {{Replacement::Kind::kReorder, view_.element_loc(node), {}, std::move(order)}},
                 true});
    }
    // Go on from here, so that one misplaced child is reported once, not once per follower.
    position = index;
    last_name = name;
    const ChildSpec& c = spec.children[index];
    if (++counts[index] == c.max + 1 && c.max >= 0) {
      report(view_.element_loc(child),
             c.max == 1 ? fmt::format("<{}> holds more than one <{}>", spec.name, name)
                        : fmt::format("<{}> holds more than {} <{}>", spec.name, c.max, name));
    }
    check(child, *c.spec);
  }
  for (size_t i = 0; i < spec.children.size(); ++i) {
    if (counts[i] < spec.children[i].min) {
      report(view_.element_loc(node), fmt::format("<{}> needs a <{}>", spec.name,
                                                  spec.children[i].spec->name));
    }
  }
}

void SchemaChecker::check_text(pugi::xml_node node, const ElementSpec& spec) {
  bool has_text = false;
  for (pugi::xml_node child : node.children()) {
    const pugi::xml_node_type type = child.type();
    if (type == pugi::node_element && spec.content == ContentModel::kText) {
      report(view_.element_loc(child),
             fmt::format("<{}> holds text only, not <{}>", spec.name, child.name()));
    } else if (type == pugi::node_element && spec.content == ContentModel::kEmpty) {
      report(view_.element_loc(child), fmt::format("<{}> must be empty", spec.name));
    } else if ((type == pugi::node_pcdata || type == pugi::node_cdata) &&
               !is_blank(child.value())) {
      has_text = true;
      if (spec.content == ContentModel::kEmpty || spec.content == ContentModel::kElements) {
        report(view_.loc_of(child.value()),
               fmt::format("<{}> holds no text of its own", spec.name));
      }
    }
  }
  if (spec.content == ContentModel::kText || spec.content == ContentModel::kMixed) {
    size_t length = 0;
    for (pugi::xml_node child : node.children()) length += std::strlen(child.value());
    if (length > kMaxValueBytes) {
      report(view_.element_loc(node), fmt::format("<{}> holds {} bytes of text, over the {}-byte "
                                                  "limit for one value: shorten it",
                                                  spec.name, length, kMaxValueBytes));
      return;
    }
    const Text text = view_.text(node);
    if (!has_text) {
      report(view_.element_loc(node), fmt::format("<{}> needs text", spec.name));
    } else if (const std::string expected = check_value(text.value, spec.text);
               !expected.empty()) {
      report(text.loc, fmt::format("<{}>{}</{}>: expected {}", spec.name, text.value, spec.name,
                                   expected));
    }
  }
}

const Rule kSchemaViolation{
    "schema-violation", Level::kError, "unknown or missing element or attribute, bad value",
    R"(The file is XML but not the source format (schema/content.xsd, schema/policy.xsd): an
element or attribute the format does not have, a required one missing, children out of order or
too many, text where none belongs, or a value of the wrong form (a date not YYYY-MM-DD, a
position, phase, stance or topic outside its list).

Why: entries are read by the same rules everywhere; a misspelt element would otherwise be
silently ignored and its content lost.

Fix: follow the schema; point your editor at schema/content.xsd for completion.
  before:  <exercise id="bird-dog"><nmae>Bird dog</nmae>…
  after:   <exercise id="bird-dog"><name>Bird dog</name>…)", true};

}  // namespace contentc
