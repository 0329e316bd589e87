#pragma once

#include <pugixml.hpp>

#include "load/xml_view.h"
#include "model/model.h"

namespace contentc {

/// Turns a schema-checked element tree into model entries with their locations. It reads what is
/// there and skips what is not: the SchemaChecker has already reported anything out of place.
class ModelBuilder {
 public:
  ModelBuilder(const XmlView& view, Model& model) : view_(view), model_(model) {}

  /// Adds the entries of a `<content>` root.
  void add_content(pugi::xml_node root);
  /// Fills the model's policy from a `<policy>` root.
  void add_policy(pugi::xml_node root);

 private:
  std::shared_ptr<const HouseRule> house_rule(pugi::xml_node rule) const;
  ReviewPolicy review_policy(pugi::xml_node reviews) const;
  Text attr(pugi::xml_node node, const char* name) const;
  std::optional<Text> optional_attr(pugi::xml_node node, const char* name) const;
  Text child_text(pugi::xml_node node, const char* name) const;
  std::optional<Text> optional_child_text(pugi::xml_node node, const char* name) const;
  /// Whether an element says source="house": the house's own advice, not the article's words.
  static bool house(pugi::xml_node node);
  std::vector<Text> child_texts(pugi::xml_node node, const char* name) const;
  std::vector<Text> child_attrs(pugi::xml_node node, const char* child, const char* name) const;
  std::vector<Cite> cites(pugi::xml_node node) const;
  std::vector<Suppression> suppressions(pugi::xml_node node) const;
  std::vector<Warning> warnings(pugi::xml_node node) const;
  void fill_entry(Entry& entry, EntryKind kind, pugi::xml_node node) const;

  Article article(pugi::xml_node node) const;
  Condition condition(pugi::xml_node node) const;
  Movement movement(pugi::xml_node node, EntryKind kind) const;
  Advice advice(pugi::xml_node node) const;
  Claim claim(pugi::xml_node node) const;

  const XmlView& view_;
  Model& model_;
};

}  // namespace contentc
