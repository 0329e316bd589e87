#pragma once

#include <optional>

#include <pugixml.hpp>

#include "diag/finding.h"
#include "load/schema.h"
#include "load/xml_view.h"

namespace contentc {

/// Checks an element tree against the source format (load/schema.cc): known elements in their
/// order and number, known attributes with valid values, text where text belongs. Each problem
/// is a `schema-violation` at its place; checking goes on after one.
class SchemaChecker {
 public:
  SchemaChecker(const XmlView& view, Findings& findings) : view_(view), findings_(findings) {}

  /// Checks `node` and everything below it against `spec`.
  void check(pugi::xml_node node, const ElementSpec& spec);

 private:
  void check_attributes(pugi::xml_node node, const ElementSpec& spec);
  void check_children(pugi::xml_node node, const ElementSpec& spec);
  void check_text(pugi::xml_node node, const ElementSpec& spec);
  void report(Loc loc, std::string message, std::optional<Fix> fix = {});

  const XmlView& view_;
  Findings& findings_;
  size_t reported_ = 0;
};

/// Schema violations reported per file before the rest are summed up in one finding.
inline constexpr size_t kMaxFindingsPerFile = 100;

}  // namespace contentc
