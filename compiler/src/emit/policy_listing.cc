#include "emit/policy_listing.h"

#include <fmt/format.h>

#include "util/xml_text.h"

namespace contentc {
namespace {

class Listing {
 public:
  explicit Listing(const SourceFiles& files) : files_(files) {}

  /// Where `loc` is, as file:line.
  std::string at(const Loc& loc) const {
    if (!loc.valid() || loc.file >= files_.size()) return "(built in)";
    return fmt::format("{}:{}", files_[loc.file].path, loc.line);
  }
  /// One empty element with its attributes (those with a value), and where it was written.
  void element(std::string_view name, std::initializer_list<std::pair<std::string_view, std::string>> attrs, const Loc& loc,
               std::string_view indent = "  ") {
    out += fmt::format("{}<{}{}/>  <!-- {} -->\n", indent, name, attributes(attrs), comment(at(loc)));
  }
  static std::string attributes(std::initializer_list<std::pair<std::string_view, std::string>> attrs) {
    std::string s;
    for (const auto& [name, value] : attrs) {
      if (!value.empty()) s += fmt::format(" {}=\"{}\"", name, escape_xml_attribute(value));
    }
    return s;
  }
  /// `text` made safe inside a comment (no "--").
  static std::string comment(std::string_view text) {
    std::string s(text);
    for (size_t at = 0; (at = s.find("--", at)) != std::string::npos;) s.replace(at, 2, "- -");
    return s;
  }

  std::string out;

 private:
  const SourceFiles& files_;
};

std::string value(const std::optional<Text>& t) { return t ? t->value.str() : std::string(); }

std::string joined(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, " ")); }

}  // namespace

std::string policy_listing(const Policy& p, const SourceFiles& files) {
  Listing l(files);
  l.out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  l.out += fmt::format("<!-- The policy as contentc reads it: {} with every policy it includes merged in (theirs\n"
                       "     first, overridden by key, dropped where a <drop> says so). Each element names the\n"
                       "     place it was written. -->\n",
                       Listing::comment(p.loc.valid() && p.loc.file < files.size() ? files[p.loc.file].path : "policy.xml"));
  l.out += "<policy>\n";
  for (const PolicyInclude& i : p.includes) l.out += fmt::format("  <!-- included: {} ({}) -->\n", Listing::comment(i.href.value), Listing::comment(l.at(i.loc)));
  for (const PolicyDrop& d : p.drops) {
    l.out += fmt::format("  <!-- dropped: {} '{}' ({}) -->\n", d.what.value, Listing::comment(d.key.value), Listing::comment(l.at(d.loc)));
  }
  for (const auto& [kind, terms] : p.vocabularies) {
    l.out += fmt::format("  <vocabulary kind=\"{}\">\n", escape_xml_attribute(kind));
    for (const Text& t : terms) {
      l.out += fmt::format("    <term>{}</term>  <!-- {} -->\n", escape_xml_text(t.value), Listing::comment(l.at(t.loc)));
    }
    l.out += "  </vocabulary>\n";
  }
  for (const RequireWarning& r : p.require_warnings) {
    std::vector<std::string> on;
    for (const Text& t : r.on) on.push_back(t.value.str());
    l.element("require-warning",
              {{"category", r.category.value.str()}, {"on", joined(on)}, {"when-position", value(r.when_position)},
               {"when-pattern", value(r.when_pattern)}},
              r.loc);
  }
  for (const Opposition& o : p.oppositions) l.element("oppose", {{"category", o.category.value.str()}, {"against", o.against.value.str()}}, o.loc);
  for (const WarningCues& w : p.warning_cues) {
    l.element("warning-cues", {{"category", w.category.value.str()}, {"about", value(w.about)}, {"words", w.words.value.str()}}, w.loc);
  }
  for (const PatternFactor& r : p.pattern_factors) l.element("relate", {{"pattern", r.pattern.value.str()}, {"factor", r.factor.value.str()}}, r.loc);
  for (const Limit& m : p.limits) {
    l.element("limit", {{"what", m.what.value.str()}, {"kind", value(m.kind)}, {"min", value(m.min)}, {"max", value(m.max)}}, m.loc);
  }
  for (const SeverityOverride& s : p.severities) l.element("severity", {{"rule", s.rule.value.str()}, {"level", s.level.value.str()}}, s.loc);
  for (const PreferredTerm& t : p.terms) {
    l.element("term", {{"use", t.use.value.str()}, {"instead-of", t.instead_of.value.str()}, {"in", joined(t.in)}}, t.loc);
  }
  for (const AvoidedPhrase& a : p.avoids) {
    l.element("avoid", {{"phrase", a.phrase.value.str()}, {"reason", a.reason.value.str()}, {"in", joined(a.in)}}, a.loc);
  }
  for (const ReadingLevel& r : p.reading_levels) {
    l.element("readability", {{"in", joined(r.in)}, {"max-grade", r.max_grade.value.str()}, {"formula", value(r.formula)}}, r.loc);
  }
  if (p.spelling) {
    l.out += fmt::format("  <spelling{}>  <!-- {} -->\n",
                         Listing::attributes({{"dictionaries", value(p.spelling->dictionaries)}}), Listing::comment(l.at(p.spelling->loc)));
    for (const Text& w : p.spelling->accept) {
      l.out += fmt::format("    <accept>{}</accept>  <!-- {} -->\n", escape_xml_text(w.value), Listing::comment(l.at(w.loc)));
    }
    l.out += "  </spelling>\n";
  }
  if (p.reviews) {
    const ReviewPolicy& r = *p.reviews;
    l.out += fmt::format("  <reviews{}>  <!-- {} -->\n",
                         Listing::attributes({{"repository", r.repository.value.str()}, {"every", value(r.every)}, {"warn", value(r.warn)}}),
                         Listing::comment(l.at(r.loc)));
    for (const Reviewer& v : r.reviewers) {
      l.element("reviewer", {{"id", v.id.value.str()}, {"name", v.name.value.str()}, {"roles", joined(v.roles)}, {"revoked", value(v.revoked)}},
                v.loc, "    ");
    }
    for (const ReviewRequirement& q : r.requirements) l.element("require", {{"on", joined(q.on)}, {"role", q.role.value.str()}}, q.loc, "    ");
    l.out += "  </reviews>\n";
  }
  for (const License& c : p.licenses) {
    l.element("license", {{"name", c.name.value.str()}, {"path", value(c.path)}, {"title", value(c.title)}}, c.loc);
  }
  for (const auto& h : p.house_rules) {
    l.out += fmt::format("  <rule{}>  <!-- {} -->\n",
                         Listing::attributes({{"id", h->id.value.str()}, {"level", h->level.value.str()}, {"context", h->context.value.str()},
                                              {"assert", h->assertion.value.str()}, {"message", h->message.value.str()}}),
                         Listing::comment(l.at(h->loc)));
    if (h->description) l.out += fmt::format("    <description>{}</description>\n", escape_xml_text(h->description->value));
    for (const HouseExample& e : h->examples) {
      l.out += fmt::format("    <example expect=\"{}\">{}</example>\n", e.expect_fires ? "fires" : "passes", e.xml);
    }
    l.out += "  </rule>\n";
  }
  l.out += "</policy>\n";
  return l.out;
}

}  // namespace contentc
