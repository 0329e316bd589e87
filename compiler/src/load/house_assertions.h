#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "diag/finding.h"
#include "diag/rule.h"
#include "load/load_rules.h"
#include "model/model.h"

namespace contentc {

class XmlView;

/// Longest context, assert or interpolated expression, in bytes, and the deepest nesting of
/// predicates: an expression's cost grows with the file's nodes to the power of its nesting.
inline constexpr size_t kMaxXPathBytes = 1000;
inline constexpr int kMaxPredicateDepth = 4;
/// Longest message a house rule's finding carries, {XPATH} values included.
inline constexpr size_t kMaxMessageBytes = 1024;

/// The policy's house rules, compiled once: each context and assert, and each {XPATH} in a
/// message, parsed by pugixml's XPath 1.0 engine. Then every content file's document is checked
/// while the loader holds it: for each node the context selects, the assert (evaluated as a
/// boolean with that node as context) must be true, else a finding at that node. Safe to use
/// from several threads at once (evaluation only reads).
class HouseAssertions {
 public:
  /// Compiles `policy`'s house rules; what cannot be used is reported into `findings` (rule
  /// bad-house-rule). No built-in rule's id starts with "house-", which every house rule's
  /// must.
  HouseAssertions(const Policy& policy, Findings& findings);
  ~HouseAssertions();
  HouseAssertions(const HouseAssertions&) = delete;
  HouseAssertions& operator=(const HouseAssertions&) = delete;

  bool empty() const { return rules_.empty(); }

  /// Checks one parsed content file (`document` is its document node). Adds to `evaluated`
  /// (one count per usable rule, in order) how many nodes each rule's assert was evaluated on.
  void check(pugi::xml_node document, const XmlView& view, Findings& findings,
             std::vector<size_t>& evaluated) const;

  /// The house rules that compiled and whose examples behave, for the run's catalogue.
  const RuleCatalogue& usable() const { return usable_; }

 private:
  struct Compiled;
  void check_examples(const Compiled& c, Findings& findings) const;
  std::vector<std::unique_ptr<Compiled>> rules_;
  uint32_t policy_file_;  ///< policy.xml's file: rules defined elsewhere (included) say where
  RuleCatalogue usable_;
};

}  // namespace contentc
