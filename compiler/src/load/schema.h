#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace contentc {

/// What a value (attribute or element text) may hold. Ids and references are only checked to be
/// non-empty here: `bad-id`, `unknown-reference` and `unknown-term` judge them with the model.
enum class ValueType {
  kAnyText,    ///< any text, even empty (a rule of its own judges it)
  kText,       ///< any non-blank text
  kToken,      ///< non-blank text (ids, references, vocabulary terms, dose values)
  kDate,       ///< YYYY-MM-DD, a real calendar date
  kDecimal,    ///< 12, 12.5, -3
  kCount,      ///< a whole number from 1
  kDuration,   ///< 3y, 18m, 6w, 90d: 1 to 9999 years, months, weeks or days
  kTimestamp,  ///< 2026-12-03T08:15:02Z: a real UTC time, to the second
  kSha256,     ///< 64 lower-case hex digits
  kLicenseId,  ///< a licence identifier: letters, digits, '-', '.' and '_' ("CC-BY-4.0")
  kEnum,       ///< one of `allowed`
  kEnumList,   ///< white-space separated list of `allowed`
};

struct ValueSpec {
  ValueType type = ValueType::kText;
  std::span<const std::string_view> allowed = {};
};

struct AttrSpec {
  std::string_view name;
  bool required;
  ValueSpec value;
};

struct ElementSpec;

struct ChildSpec {
  const ElementSpec* spec;
  int min;
  int max;  ///< -1: unbounded
};

enum class ContentModel {
  kEmpty,     ///< no text, no children
  kElements,  ///< child elements only (white space allowed between them)
  kText,      ///< text only: the value
  kMixed,     ///< text and the listed children (a warning's text and its cite)
};

/// One element of the source format, mirroring schema/content.xsd and schema/policy.xsd.
struct ElementSpec {
  std::string_view name;
  std::vector<AttrSpec> attrs;
  std::vector<ChildSpec> children;  ///< in the order they must appear
  ContentModel content = ContentModel::kElements;
  ValueSpec text = {};       ///< for kText: what the text may hold
  bool any_order = false;    ///< children form an unbounded choice, in any order (the roots)
};

/// `<content>`, the root of every content file.
const ElementSpec& content_root_spec();
/// `<policy>`, the root of policy.xml.
const ElementSpec& policy_root_spec();

/// Checks a value against its spec; on failure returns what was expected ("a date as
/// YYYY-MM-DD"), on success an empty string.
std::string check_value(std::string_view value, const ValueSpec& spec);

}  // namespace contentc
