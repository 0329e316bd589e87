#include "rules/registry.h"

#include <algorithm>

#include "rules/checks.h"

namespace contentc {

const std::vector<RuleInfo>& rule_registry() {
  static const std::vector<RuleInfo> rules = {
      {"xml-malformed", Level::kError, "not well-formed XML, a DOCTYPE, not UTF-8, over a limit",
       R"(A source file that cannot be read as XML: not well-formed (an unclosed or mismatched
tag, an unquoted attribute, a bare '&'), a <!DOCTYPE> (DTDs and entity declarations are never
processed), bytes that are not UTF-8, a NUL or other control character, an unknown entity,
elements nested deeper than the limit (64), or a file over --max-file-size.

Why: nothing in such a file can be trusted, so none of its entries are loaded; the other files
still are, and are checked.

Fix: correct the XML at the reported place.
  before:  <step>Squeeze & hold</step>
  after:   <step>Squeeze &amp; hold</step>)",
       nullptr},
      {"schema-violation", Level::kError, "unknown or missing element or attribute, bad value",
       R"(The file is XML but not the source format (schema/content.xsd, schema/policy.xsd): an
element or attribute the format does not have, a required one missing, children out of order or
too many, text where none belongs, or a value of the wrong form (a date not YYYY-MM-DD, a
position, phase, stance or topic outside its list).

Why: entries are read by the same rules everywhere; a misspelt element would otherwise be
silently ignored and its content lost.

Fix: follow the schema; point your editor at schema/content.xsd for completion.
  before:  <exercise id="bird-dog"><nmae>Bird dog</nmae>…
  after:   <exercise id="bird-dog"><name>Bird dog</name>…)",
       nullptr},
      {"bad-id", Level::kError, "an id that is not kebab-case",
       R"(Every entry id is kebab-case: lower-case ASCII letters and digits, joined by single
hyphens ([a-z0-9]+(-[a-z0-9]+)*).

Why: ids become keys in JSON, CSV and SQL and parts of URLs in the apps; one spelling avoids
broken links and case-sensitivity surprises.

Fix: rename the id (and its references).
  before:  <exercise id="Seated_Ball_Squeeze">
  after:   <exercise id="seated-ball-squeeze">)",
       check_bad_id},
      {"duplicate-id", Level::kError, "two entries share an id",
       R"(Two entries, of any kinds, have the same id. Both places are shown.

Why: a reference to that id would be ambiguous, and the bundles key every table by id.

Fix: rename one of them, or merge them if they are the same thing (one entry can cite several
articles).
  before:  <exercise id="bird-dog"> … <exercise id="bird-dog">
  after:   <exercise id="bird-dog"> … <exercise id="bird-dog-advanced">)",
       check_duplicate_id},
      {"unknown-reference", Level::kError, "a reference to an entry or rule that does not exist",
       R"(A reference names an id that no entry has, or an entry of the wrong kind: a cite's
article, a for/advice/claim/related condition, an advice's <exercise ref>, or a rule named by
<suppress> or a policy <severity>. A close match is suggested.

Why: a dangling reference would reach the apps as a broken link.

Fix: correct the id, or add the missing entry.
  before:  <for condition="sciatca"/>
  after:   <for condition="sciatica"/>)",
       check_unknown_reference},
      {"unknown-term", Level::kError, "a term that is not in the policy vocabulary",
       R"(A pattern, equipment, target, warning category or effect factor that the vocabulary of
that kind in policy.xml does not list (checked for every kind the policy declares). A close match
is suggested.

Why: the apps filter and warn by these terms; a misspelling would drop an entry from a filter
or a required warning.

Fix: use a listed term, or add the new term to policy.xml.
  before:  <pattern>single-leg-stnce</pattern>
  after:   <pattern>single-leg-stance</pattern>)",
       check_unknown_term},
      {"alias-collision", Level::kWarning, "two entries answer to the same name or alias",
       R"(The name or an alias of one entry equals the name or an alias of another, ignoring
case, spaces and hyphens ("Bird dog" = "birddog").

Why: an app that looks an entry up by name, or a reader searching for it, cannot tell which
one is meant.

Fix: rename one, or merge the two entries when they describe the same thing.
  before:  <exercise id="bird-dog"><name>Bird dog</name> … <exercise id="birddog"><name>Birddog</name>
  after:   one <exercise id="bird-dog"> with <alias>Birddog</alias>)",
       check_alias_collision},
      {"missing-citation", Level::kError, "an entry with no cite",
       R"(A condition, exercise, stretch, advice or claim has no <cite> of its own.

Why: every statement shown to users must rest on an article a reviewer can check.

Fix: add the verbatim passage it comes from.
  after:   <cite article="si-joint-pain-in-pregnancy">Hold the contraction for 5 seconds,
           release, and repeat for 8-10 repetitions.</cite>)",
       check_missing_citation},
      {"snapshot-missing", Level::kError, "an article's snapshot is missing or unusable",
       R"(An article's <snapshot> names a file that does not exist, cannot be read, is not UTF-8
or not a regular file, or lies outside the sources folder (an absolute path, '..', or a
symlink out).

Why: quotes are checked against the snapshot; without it nothing citing the article can be
verified, and builds would depend on files outside the repository.

Fix: archive the article's text beside its XML and name it relative to that file.
  before:  <snapshot>/home/me/articles/si.txt</snapshot>
  after:   <snapshot>si-joint-pain-in-pregnancy.txt</snapshot>)",
       check_snapshot_missing},
      {"unused-article", Level::kWarning, "an article that nothing cites",
       R"(An article that no cite of any entry, dose or warning refers to.

Why: an archived article nobody uses is either forgotten work (entries not yet written) or
dead weight in the bundles and the audit page.

Fix: model what the article says, citing it, or remove the article and its snapshot. The
policy can lower the level: <severity rule="unused-article" level="note"/>.)",
       check_unused_article},
  };
  return rules;
}

const RuleInfo* find_rule(std::string_view id) {
  const auto& rules = rule_registry();
  auto it = std::find_if(rules.begin(), rules.end(), [id](const RuleInfo& r) { return r.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

void run_rules(const Model& model, const SourceFiles& files, Findings& findings) {
  RuleContext ctx(model, files, findings);
  for (const RuleInfo& rule : rule_registry()) {
    if (rule.check) rule.check(ctx);
  }
  for (const SeverityOverride& s : model.policy.severities) {
    const RuleInfo* rule = find_rule(s.rule.value);
    if (rule && !rule->check) {
      findings.add("schema-violation", Level::kError, s.rule.loc,
                   "the level of '" + s.rule.value +
                       "' cannot be changed: a file that cannot be read is always an error");
      continue;
    }
    const Level level = s.level.value == "note"      ? Level::kNote
                        : s.level.value == "warning" ? Level::kWarning
                                                     : Level::kError;
    for (Finding& f : findings.items()) {
      if (f.rule == s.rule.value) f.level = level;
    }
  }
}

}  // namespace contentc
