#include "load/policy_merge.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "util/split_words.h"

namespace contentc {
namespace {

std::string opt(const std::optional<Text>& t) { return t ? t->value.str() : std::string(); }

/// Adds `top`'s elements to `base`: each replaces the element of `base` (as it was before, so
/// never one of `top`'s own: two in one file are that file's problem) with the same key, or is
/// added at the end.
template <typename T, typename Key>
void overlay(std::vector<T>& base, std::vector<T>& top, Key key) {
  const size_t before = base.size();
  for (T& item : top) {
    const auto k = key(item);
    const auto same = std::find_if(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(before),
                                   [&](const T& b) { return key(b) == k; });
    if (same != base.begin() + static_cast<std::ptrdiff_t>(before)) {
      *same = std::move(item);
    } else {
      base.push_back(std::move(item));
    }
  }
}

/// Removes the elements of `list` that `matches`; how many it removed.
template <typename T, typename Match>
size_t remove_matching(std::vector<T>& list, Match matches) {
  const size_t before = list.size();
  list.erase(std::remove_if(list.begin(), list.end(), matches), list.end());
  return before - list.size();
}

std::string require_key(const RequireWarning& r) {
  std::vector<std::string> on;
  for (const Text& t : r.on) on.push_back(t.value.str());
  return fmt::format("{}|{}|{}|{}", r.category.value, element_list_key(on), opt(r.when_position), opt(r.when_pattern));
}

}  // namespace

std::string element_list_key(const std::vector<std::string>& in) {
  std::vector<std::string> sorted = in;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return fmt::format("{}", fmt::join(sorted, " "));
}

void overlay_policy(Policy& base, Policy top) {
  for (auto& [kind, terms] : top.vocabularies) {
    std::vector<Text>& have = base.vocabularies[kind];
    for (Text& t : terms) {
      const bool known = std::any_of(have.begin(), have.end(), [&](const Text& h) { return h.value == t.value; });
      if (!known) have.push_back(std::move(t));
    }
  }
  overlay(base.require_warnings, top.require_warnings, require_key);
  overlay(base.oppositions, top.oppositions, [](const Opposition& x) { return x.category.value + "|" + x.against.value; });
  overlay(base.warning_cues, top.warning_cues, [](const WarningCues& x) { return x.category.value; });
  overlay(base.pattern_factors, top.pattern_factors, [](const PatternFactor& x) { return x.pattern.value + "|" + x.factor.value; });
  overlay(base.limits, top.limits, [](const Limit& x) { return x.what.value + "|" + opt(x.kind); });
  overlay(base.severities, top.severities, [](const SeverityOverride& x) { return x.rule.value; });
  overlay(base.terms, top.terms, [](const PreferredTerm& x) { return x.use.value; });
  overlay(base.avoids, top.avoids, [](const AvoidedPhrase& x) { return x.phrase.value; });
  overlay(base.reading_levels, top.reading_levels, [](const ReadingLevel& x) { return element_list_key(x.in); });
  if (top.spelling && base.spelling) {  // the dictionaries named last, the accepted words of all
    if (top.spelling->dictionaries) base.spelling->dictionaries = std::move(top.spelling->dictionaries);
    for (Text& w : top.spelling->accept) base.spelling->accept.push_back(std::move(w));
    base.spelling->loc = top.spelling->loc;
  } else if (top.spelling) {
    base.spelling = std::move(top.spelling);
  }
  if (top.reviews) base.reviews = std::move(top.reviews);
  if (!top.licenses.empty()) base.licenses = std::move(top.licenses);  // the licences named last
  overlay(base.house_rules, top.house_rules, [](const std::shared_ptr<const HouseRule>& x) { return x->id.value; });
  base.present = base.present || top.present;
  base.loc = top.loc;
  base.includes = std::move(top.includes);
  base.drops = std::move(top.drops);
}

void apply_drops(Policy& base, const std::vector<PolicyDrop>& drops, Findings& findings) {
  for (const PolicyDrop& d : drops) {
    if (d.named != 1) {
      findings.add(kPolicyInclude, d.loc,
                   d.named == 0 ? "this <drop> names nothing: give one of rule, limit, term, avoid, require-warning, "
                                  "warning-cues, oppose, relate, severity or readability"
                                : "this <drop> names more than one element: write one <drop> for each");
      continue;
    }
    const std::string_view what = d.what.value;
    const std::string_view key = d.key.value;
    const std::string kind = opt(d.kind);
    size_t removed = 0;
    if (what == "rule") {
      removed = remove_matching(base.house_rules, [&](const auto& h) { return h->id.value == key; });
    } else if (what == "limit") {
      removed = remove_matching(base.limits, [&](const Limit& l) { return l.what.value == key && (kind.empty() || opt(l.kind) == kind); });
    } else if (what == "term") {
      removed = remove_matching(base.terms, [&](const PreferredTerm& t) { return t.use.value == key; });
    } else if (what == "avoid") {
      removed = remove_matching(base.avoids, [&](const AvoidedPhrase& a) { return a.phrase.value == key; });
    } else if (what == "require-warning") {
      removed = remove_matching(base.require_warnings, [&](const RequireWarning& r) { return r.category.value == key; });
    } else if (what == "warning-cues") {
      removed = remove_matching(base.warning_cues, [&](const WarningCues& w) { return w.category.value == key; });
    } else if (what == "oppose") {
      removed = remove_matching(base.oppositions, [&](const Opposition& o) { return o.category.value == key; });
    } else if (what == "relate") {
      removed = remove_matching(base.pattern_factors, [&](const PatternFactor& r) {
        return r.pattern.value == key && (kind.empty() || r.factor.value == kind);
      });
    } else if (what == "severity") {
      removed = remove_matching(base.severities, [&](const SeverityOverride& s) { return s.rule.value == key; });
    } else if (what == "readability") {
      const std::string want = element_list_key(split_words(key));
      removed = remove_matching(base.reading_levels, [&](const ReadingLevel& r) { return element_list_key(r.in) == want; });
    }
    if (removed == 0) {
      findings.add(kPolicyInclude, Level::kWarning, d.loc,
                   fmt::format("<drop {}=\"{}\"{}> drops nothing: no included policy has that {}; remove the drop, "
                               "or check the spelling against `contentc policy show`",
                               what, key, kind.empty() ? "" : fmt::format(" {}=\"{}\"", what == "relate" ? "factor" : "kind", kind),
                               what));
    }
  }
}

}  // namespace contentc
