#include "rules/registry.h"

#include <algorithm>

#include "rules/checks.h"
#include "rules/suppressions.h"

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
       nullptr, true},
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
       nullptr, true},
      {"no-content", Level::kError, "the sources folder holds no entry",
       R"(The sources folder holds no *.xml file besides policy.xml, or its files define no
entry at all (and none failed to load: xml-malformed would say why). Reported on the folder.

Why: a build from an empty folder would replace good bundles with empty ones; most often
SOURCES names the wrong folder, or a checkout or copy step lost the content.

Fix: point contentc at the content folder, or add entries.
  before:  contentc build content/ -o out      (the entries live in content/sources/)
  after:   contentc build content/sources -o out)",
       nullptr, true},
      {"policy-missing", Level::kError, "the sources folder has no policy.xml",
       R"(There is no policy.xml at the root of the sources folder. Reported on the path where it
belongs.

Why: policy.xml holds the house rules: the vocabularies that unknown-term checks, the dose
limits, the warnings every entry must carry and the level overrides. Without it those checks
cannot run, and a CI whose checkout lost the file would pass content it should stop.

Fix: add policy.xml at the root of the sources folder (schema/policy.xsd); an empty
<policy/> is valid and says "no house rules" on purpose.
  before:  sources/exercises.xml, sources/articles.xml
  after:   sources/exercises.xml, sources/articles.xml, sources/policy.xml)",
       nullptr, true},
      {"bad-id", Level::kError, "an id that is not kebab-case",
       R"(Every entry id is kebab-case: lower-case ASCII letters and digits, joined by single
hyphens ([a-z0-9]+(-[a-z0-9]+)*).

Why: ids become keys in JSON, CSV and SQL and parts of URLs in the apps; one spelling avoids
broken links and case-sensitivity surprises.

Fix: rename the id (and its references).
  before:  <exercise id="Seated_Ball_Squeeze">
  after:   <exercise id="seated-ball-squeeze">)",
       check_bad_id, false},
      {"duplicate-id", Level::kError, "two entries share an id",
       R"(Two entries, of any kinds, have the same id. Both places are shown.

Why: a reference to that id would be ambiguous, and the bundles key every table by id.

Fix: rename one of them, or merge them if they are the same thing (one entry can cite several
articles).
  before:  <exercise id="bird-dog"> … <exercise id="bird-dog">
  after:   <exercise id="bird-dog"> … <exercise id="bird-dog-advanced">)",
       check_duplicate_id, false},
      {"unknown-reference", Level::kError, "a reference to an entry or rule that does not exist",
       R"(A reference names an id that no entry has, or an entry of the wrong kind: a cite's
article, a for/advice/claim/related condition, an advice's <exercise ref>, or a rule named by
<suppress> or a policy <severity>. A close match is suggested.

Why: a dangling reference would reach the apps as a broken link.

Fix: correct the id, or add the missing entry.
  before:  <for condition="sciatca"/>
  after:   <for condition="sciatica"/>)",
       check_unknown_reference, false},
      {"unknown-term", Level::kError, "a term that is not in the policy vocabulary",
       R"(A pattern, equipment, target, warning category or effect factor that the vocabulary of
that kind in policy.xml does not list (checked for every kind the policy declares). A close match
is suggested.

Why: the apps filter and warn by these terms; a misspelling would drop an entry from a filter
or a required warning.

Fix: use a listed term, or add the new term to policy.xml.
  before:  <pattern>single-leg-stnce</pattern>
  after:   <pattern>single-leg-stance</pattern>)",
       check_unknown_term, false},
      {"alias-collision", Level::kWarning, "two entries answer to the same name or alias",
       R"(The name or an alias of one entry equals the name or an alias of another, ignoring
case, spaces and hyphens ("Bird dog" = "birddog").

Why: an app that looks an entry up by name, or a reader searching for it, cannot tell which
one is meant.

Fix: rename one, or merge the two entries when they describe the same thing.
  before:  <exercise id="bird-dog"><name>Bird dog</name> … <exercise id="birddog"><name>Birddog</name>
  after:   one <exercise id="bird-dog"> with <alias>Birddog</alias>)",
       check_alias_collision, false},
      {"missing-citation", Level::kError, "an entry with no cite",
       R"(A condition, exercise, stretch, advice or claim has no <cite> of its own.

Why: every statement shown to users must rest on an article a reviewer can check.

Fix: add the verbatim passage it comes from.
  after:   <cite article="si-joint-pain-in-pregnancy">Hold the contraction for 5 seconds,
           release, and repeat for 8-10 repetitions.</cite>)",
       check_missing_citation, false},
      {"snapshot-missing", Level::kError, "an article's snapshot is missing or unusable",
       R"(An article's <snapshot> names a file that does not exist, cannot be read, is not UTF-8
or not a regular file, or lies outside the sources folder (an absolute path, '..', or a
symlink out).

Why: quotes are checked against the snapshot; without it nothing citing the article can be
verified, and builds would depend on files outside the repository.

Fix: archive the article's text beside its XML and name it relative to that file.
  before:  <snapshot>/home/me/articles/si.txt</snapshot>
  after:   <snapshot>si-joint-pain-in-pregnancy.txt</snapshot>)",
       check_snapshot_missing, false},
      {"unused-article", Level::kWarning, "an article that nothing cites",
       R"(An article that no cite of any entry, dose or warning refers to.

Why: an archived article nobody uses is either forgotten work (entries not yet written) or
dead weight in the bundles and the audit page.

Fix: model what the article says, citing it, or remove the article and its snapshot. The
policy can lower the level: <severity rule="unused-article" level="note"/>.)",
       check_unused_article, false},
      {"quote-not-found", Level::kError, "a quote that is not in its article's snapshot",
       R"(A cite's text must occur in the article's snapshot. Matching forgives only runs of white
space, curly versus straight quotes and apostrophes, en and em dashes versus '-', and letter
case. '...' or '…' inside a quote elides text: each part must appear, in order, after the
previous one. The message says how far the quote matched, what it has where the article
differs, and points at that place in the snapshot.

Why: a reviewer must be able to trust that every statement is the article's own words; a
paraphrase or a typo in a quote hides what the source really says.

Fix: copy the passage verbatim from the snapshot (typos included), or elide with '...'.
  before:  <cite article="si">Hold for 5 seconds and repeat 8-10 times.</cite>
  after:   <cite article="si">Hold the contraction for 5 seconds, release, and repeat for
           8-10 repetitions.</cite>)",
       check_quote_not_found, false},
      {"section-not-found", Level::kWarning, "a cite's section that is not a heading before it",
       R"(A cite's section="…" must be a line of the snapshot (compared as quotes are) that comes
before the quoted passage.

Why: the section tells a reviewer where to look; a wrong one sends them to the wrong part of
the article.

Fix: name the heading line the quote falls under, as the snapshot writes it, or drop section.
  before:  <cite article="si" section="Seated Ball Squeeze">…
  after:   <cite article="si" section="Seated Ball Squeezes">…)",
       check_section_not_found, false},
      {"dose-missing", Level::kError, "an exercise with no reps, hold or frequency; a stretch with no hold",
       R"(An exercise needs at least one dose with reps, a hold or a frequency; a stretch needs a
dose with a hold.

Why: an app cannot show how much to do; users then guess, and overdo it.

Fix: add the dose the source gives, citing the passage. When the source gives none, say so
with a suppression that records the review.
  after:   <dose><hold>30 s</hold><side>each</side>
             <cite article="si">Hold this stretch for 30 seconds before switching sides.</cite>
           </dose>)",
       check_dose_missing, false},
      {"dose-range", Level::kError, "a dose value that does not parse, is zero, or runs backwards",
       R"(Dose values follow one syntax: reps N, N-M, 'few' or 'several'; hold N or N-M with unit
s, min or breaths, or 'few breaths'; sets N or N-M; frequency N or N-M per day or per week.
Zero, a range whose minimum is above its maximum, and an unknown unit are errors. Policy limits
use the same syntax.

Why: apps read these as numbers; a value they cannot read is dropped or misread.

Fix: write the value in the accepted form.
  before:  <hold>10-5 seconds</hold>
  after:   <hold>5-10 s</hold>)",
       check_dose_range, false},
      {"dose-limit", Level::kWarning, "a dose beyond a policy limit",
       R"(A dose value lies outside a <limit> of policy.xml for that field (and entry kind): above
its max or below its min. Holds compare in seconds (breaths only with breaths), frequencies
per week.

Why: the house limits encode what is safe and useful for pregnant users; a dose outside them
needs a second look.

Fix: bring the dose within the limit, or, when the source really says so and a reviewer
accepts it, suppress the finding with the reason.
  before:  <hold>5 s</hold>       (policy: stretches hold 10 s to 3 min)
  after:   <suppress rule="dose-limit" reason="The source holds 5 s, repeated through the day" reviewer="…"/>)",
       check_dose_limit, false},
      {"dose-imprecise", Level::kWarning, "a dose that says 'few' or 'several'",
       R"(A dose value is a word ('few', 'several', 'few breaths') rather than a number.

Why: downstream apps get no number to show or time.

Fix: use the number the source gives; if it gives none, keep the word and suppress the finding
with that reason.
  before:  <reps>several</reps>
  after:   <reps>5-8</reps>   (only if the source says so))",
       check_dose_imprecise, false},
      {"dose-quote-mismatch", Level::kError, "a dose whose numbers disagree with its own quote",
       R"(The numbers of a dose are read from the dose's own cited quotes, with their units:
digits and ranges ('8-10', '8 to 10', 'twice, three times'), number words (one to twenty,
once, twice), and units (seconds/secs/s, minutes/min, breaths/breath cycles,
repetitions/reps/times, sets, a day/per day, a week/per week; 'no more than', 'up to' make an
upper bound). Each dose field the quote contradicts is reported, naming both values.

Why: a dose is only as good as its source; a mistyped number (5 for 50, s for min) is exactly
the mistake that can hurt someone.

Fix: make the dose say what the quote says.
  before:  <hold>30 s</hold> <cite …>Hold the contraction for 5 seconds …</cite>
  after:   <hold>5 s</hold>)",
       check_dose_quote_mismatch, false},
      {"side-missing", Level::kWarning, "steps or quote say 'each side' but the dose names no side",
       R"(A step of the entry or a quote of the dose says the move is done on each side ('each
side', 'per side', 'switch sides', 'other leg', 'both sides', …) and the dose has no <side>.

Why: without it an app shows half the work, or users do one side only.

Fix: add the side.
  after:   <dose><reps>8-10</reps><side>each</side> …</dose>)",
       check_side_missing, false},
      {"dose-conflict", Level::kWarning, "two doses of one entry, from different sources, that do not overlap",
       R"(Two doses of the same entry, citing different articles, give ranges for the same field
that do not overlap (hold 5 s in one, 30 s in the other). Both places are shown.

Why: the sources disagree; apps must not silently pick one.

Fix: keep both doses and have a reviewer suppress the finding with the reason (which dose the
app shows and why), or drop the dose that is wrong.)",
       check_dose_conflict, false},
      {"missing-warning", Level::kError, "a warning category the policy requires is absent",
       R"(policy.xml's <require-warning> demands a warning of a category on every entry of some
kinds (on="exercise stretch"; the default), on entries in a position (when-position="supine")
or with a pattern (when-pattern="single-leg-stance"). An entry that matches and has no warning
of that category is reported, with the requirement.

Why: these warnings protect users: stop if it hurts, see a provider, do not lie flat on your
back late in pregnancy, hold on to something when standing on one leg.

Fix: add the warning; cite the source when it gives one, otherwise the warning is editorial
(the audit page lists editorial statements).
  after:   <warning category="supine-position">After the first trimester, keep time flat on
           your back short.</warning>)",
       check_missing_warning, false},
      {"advice-conflict", Level::kWarning, "an entry recommended for a condition that advice says to avoid",
       R"(An exercise or stretch is recommended (<for>) for a condition, and an 'avoid' advice
for that condition or a related one names one of its patterns, or the entry itself, in a phase
that overlaps ('any' overlaps everything; 'pregnancy' and 'postpartum' do not). A 'caution'
advice gives a note instead of a warning. Both places are shown.

Why: one source recommends what another (or the same one) says to avoid; users should not get
both without a reviewer's decision.

Fix: drop the recommendation or the pattern, or suppress the finding with the reviewer's
reason.)",
       check_advice_conflict, false},
      {"advice-contradiction", Level::kWarning, "two advice entries with opposite stances on the same thing",
       R"(A 'recommend' advice and an 'avoid' advice are about the same pattern or exercise, for
the same or a related condition, in overlapping phases. Both places are shown.

Why: users would get contradictory instructions.

Fix: decide with a reviewer: drop one, narrow a phase, or suppress the finding with the
reason.)",
       check_advice_contradiction, false},
      {"claim-contradiction", Level::kWarning, "two claims with opposite effects of one factor",
       R"(Two claims give the same <effect factor> opposite directions (improves, worsens) for
the same or a related condition. Both places are shown.

Why: the apps would state both; a reviewer must decide what to say.

Fix: correct one claim, or keep both (sources do disagree) and suppress the finding with the
reviewer's reason.)",
       check_claim_contradiction, false},
      {"name-mismatch", Level::kWarning, "a name that states another position or muscle action than the entry",
       R"(A name or alias states a position (seated or sitting, supine or on your back, standing,
kneeling, side-lying, prone, hands and knees) other than the entry's <position>, or a muscle
action (abduction/adduction, flexion/extension, internal/external rotation) opposite to the
actions of its patterns and targets. Whole words only: 'wall sit' states no position, 'hip
flexor stretch' no action.

Why: a name that says 'supine' for a seated exercise, or 'adduction' for an abduction, makes
users do the wrong movement.

Fix: rename, or fix the position or patterns. When a source uses a wrong name, keep it as an
alias (so users can find it) and suppress the finding with the reason.)",
       check_name_mismatch, false},
      {"suppression-without-reason", Level::kError, "a suppress with no reason",
       R"(A <suppress> has an empty or missing reason. It silences nothing until it has one.

Why: a suppression records a review; without the reason nobody can tell why the finding was
accepted.

Fix: write the reason.
  after:   <suppress rule="dose-limit" reason="The source gives 5 s; reviewed with the author" reviewer="…"/>)",
       nullptr, false},
      {"unused-suppression", Level::kWarning, "a suppress that silenced nothing",
       R"(A <suppress rule="…"> on an entry for which that rule reports nothing.

Why: stale suppressions hide future findings of the same rule on the entry.

Fix: remove it.)",
       nullptr, false},
      {"suppression-expired", Level::kError, "a suppress past its until date",
       R"(A <suppress until="YYYY-MM-DD"> whose date has passed (against --today, else
SOURCE_DATE_EPOCH, else the system date). It no longer silences: the finding shows again.

Why: reviews of disagreements between sources are meant to be revisited.

Fix: review the finding again, then renew the date or remove the suppress.)",
       nullptr, false},
  };
  return rules;
}

const RuleInfo* find_rule(std::string_view id) {
  const auto& rules = rule_registry();
  auto it = std::find_if(rules.begin(), rules.end(), [id](const RuleInfo& r) { return r.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

std::map<std::string, size_t> run_rules(const Model& model, const SourceFiles& files,
                                        const std::string& today, Findings& findings) {
  RuleContext ctx(model, files, findings);
  for (const RuleInfo& rule : rule_registry()) {
    if (rule.check) rule.check(ctx);
  }
  apply_suppressions(model, today, findings);
  for (const SeverityOverride& s : model.policy.severities) {
    const RuleInfo* rule = find_rule(s.rule.value);
    if (rule && rule->fixed_level) {
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
  return ctx.candidates();
}

}  // namespace contentc
