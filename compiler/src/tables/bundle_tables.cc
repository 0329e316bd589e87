#include "tables/bundle_tables.h"

#include <algorithm>


namespace contentc {
namespace {

using T = ColumnType;

Cell text(const Text& t) { return CellText(t.value); }
Cell opt(const std::optional<Text>& t) { return t ? Cell{CellText(t->value)} : Cell{}; }
/// A step's, dose's or warning's source column (format 2.2): "house", or null for the article's words.
Cell source_cell(bool house) { return house ? Cell{CellText("house")} : Cell{}; }
Cell num(int64_t n) { return n; }
Cell whole(double d) { return static_cast<int64_t>(d); }

/// min, max (and unit or period) of a dose value, or nulls; then its word.
void dose_cells(std::vector<Cell>& row, const DoseValue& v, bool with_unit, bool with_word) {
  const bool range = v.is_range();
  row.push_back(range ? whole(v.min) : Cell{});
  row.push_back(range ? whole(v.max) : Cell{});
  if (with_unit) row.push_back(range ? Cell{CellText(v.unit)} : Cell{});
  if (with_word) row.push_back(v.kind == DoseValue::Kind::kWord ? Cell{CellText(v.word)} : Cell{});
}

/// "about", "up to" or "at least"; null for a value as stated (or no value).
Cell approx_cell(const DoseValue& v) {
  return v.is_range() && !v.approx.empty() ? Cell{CellText(v.approx)} : Cell{};
}

/// A progression's target: min, max (and unit or period), approx; nulls without one.
void progression_cells(std::vector<Cell>& row, const DoseAmount& a, bool with_unit) {
  const DoseValue& target = a.target();  // kAbsent without a progression
  dose_cells(row, target, with_unit, false);
  row.push_back(approx_cell(target));
}

ForeignKey to_entries(std::string_view column) { return {{column}, "entries", {"id"}}; }
ForeignKey to_conditions(std::string_view column) { return {{column}, "conditions", {"id"}}; }

/// A relation table: (owner, ordinal, values…), keyed by owner and ordinal.
Table relation(std::string_view name, std::string_view description, std::string_view owner,
               std::vector<Column> values, std::vector<ForeignKey> keys) {
  Table t{name, description, {}, {owner, "ordinal"}, std::move(keys), {}};
  t.columns.push_back({owner, T::kString, true, "the entry this row belongs to"});
  t.columns.push_back({"ordinal", T::kInteger, true, "position within the entry, from 1"});
  for (Column& c : values) t.columns.push_back(c);
  return t;
}

}  // namespace

std::string canonical_decimal(std::string_view s) {
  std::string sign;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    if (s[0] == '-') sign = "-";
    s.remove_prefix(1);
  }
  const size_t dot = s.find('.');
  std::string whole_part(s.substr(0, dot));
  std::string fraction = dot == std::string_view::npos ? "" : std::string(s.substr(dot + 1));
  while (whole_part.size() > 1 && whole_part[0] == '0') whole_part.erase(0, 1);
  if (whole_part.empty()) whole_part = "0";
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = whole_part + (fraction.empty() ? "" : "." + fraction);
  return out == "0" ? out : sign + out;
}

namespace {

/// The tables' schemas and, given a model, every row handed to `row`.
std::vector<Table> tables(const Model* model, const CitationIndex* citations, const RowFn* row, size_t only) {
  Table entries{"entries", "Every entry of every kind, with its kind: what relation tables refer to.",
                {{"id", T::kString, true, "the entry's id (kebab-case, unique across kinds)"},
                 {"kind", T::kString, true, "article, condition, exercise, stretch, advice or claim"}},
                {"id"}, {}, {}};
  Table articles{"articles", "The cited articles, each with its archived text (the snapshot).",
                 {{"id", T::kString, true, "article id"},
                  {"title", T::kString, true, ""},
                  {"author", T::kString, true, ""},
                  {"publisher", T::kString, false, ""},
                  {"url", T::kString, false, "where the article was published, when known"},
                  {"retrieved", T::kDate, false, "when it was archived, when known"},
                  {"license", T::kString, false, "terms the text was archived under"},
                  {"snapshot_path", T::kString, true, "the archived text, relative to the sources folder"},
                  {"snapshot_sha256", T::kString, true, "SHA-256 of the archived text's bytes"},
                  {"snapshot_length", T::kInteger, true, "length of the archived text in Unicode code points"},
                  {"captured", T::kDateTime, false, "when the page was captured (contentc snapshot), when known"},
                  {"page_sha256", T::kString, false, "SHA-256 of the captured page's raw bytes, when captured"},
                  {"archive_url", T::kString, false, "the archived copy's address, when known"}},
                 {"id"}, {to_entries("id")}, {}};
  Table conditions{"conditions", "Conditions: SI joint pain, sciatica, sacroiliitis …",
                   {{"id", T::kString, true, "condition id"},
                    {"name", T::kString, true, ""},
                    {"summary", T::kString, false, ""}},
                   {"id"}, {to_entries("id")}, {}};
  auto movement_table = [](std::string_view name, std::string_view description) {
    return Table{name, description,
                 {{"id", T::kString, true, "entry id"},
                  {"name", T::kString, true, ""},
                  {"position", T::kString, false,
                   "standing, seated, supine, side-lying, prone, quadruped, kneeling or half-kneeling"}},
                 {"id"}, {to_entries("id")}, {}};
  };
  Table exercises = movement_table("exercises", "Exercises.");
  Table stretches = movement_table("stretches", "Stretches (their doses are held).");
  Table advice{"advice", "Recommendations and cautions from the sources.",
               {{"id", T::kString, true, "advice id"},
                {"stance", T::kString, true, "recommend, caution or avoid"},
                {"condition_id", T::kString, true, "the condition it is given for"},
                {"phase", T::kString, true, "any, pregnancy or postpartum"},
                {"severity", T::kString, true, "any, mild, moderate or severe: how bad the condition is when the advice applies"},
                {"text", T::kString, true, ""}},
               {"id"}, {to_entries("id"), to_conditions("condition_id")}, {}};
  Table claims{"claims", "Factual statements from the sources.",
               {{"id", T::kString, true, "claim id"},
                {"condition_id", T::kString, false, "the condition it is about; empty for a claim about pregnancy in general"},
                {"topic", T::kString, true,
                 "definition, cause, symptom, prevalence, prognosis, risk, diagnosis or treatment"},
                {"text", T::kString, true, ""},
                {"effect_factor", T::kString, false, "the factor whose effect it states, if any"},
                {"effect_direction", T::kString, false, "improves or worsens"},
                {"phase", T::kString, true, "any, pregnancy or postpartum: when the claim holds", "'any'"}},
               {"id"}, {to_entries("id"), to_conditions("condition_id")}, {}};
  Table aliases = relation("aliases", "Other names of conditions, exercises and stretches.", "entry_id",
                           {{"alias", T::kString, true, ""}}, {to_entries("entry_id")});
  Table related = relation("related_conditions", "Conditions related to a condition, as written (the relation is symmetric).",
                           "condition_id", {{"related_condition_id", T::kString, true, ""}},
                           {to_conditions("condition_id"), to_conditions("related_condition_id")});
  Table symptoms = relation("symptoms", "Symptoms of a condition.", "condition_id",
                            {{"symptom", T::kString, true, ""}}, {to_conditions("condition_id")});
  Table equipment = relation("equipment", "Equipment an exercise or stretch uses.", "entry_id",
                             {{"equipment", T::kString, true, "a term of the policy's equipment vocabulary"}},
                             {to_entries("entry_id")});
  Table targets = relation("targets", "What an exercise or stretch works.", "entry_id",
                           {{"target", T::kString, true, "a term of the policy's target vocabulary"}},
                           {to_entries("entry_id")});
  Table patterns = relation("patterns", "Movement patterns of an exercise or stretch.", "entry_id",
                            {{"pattern", T::kString, true, "a term of the policy's pattern vocabulary"}},
                            {to_entries("entry_id")});
  Table recommended = relation("recommendations", "What an exercise or stretch is recommended for.", "entry_id",
                               {{"condition_id", T::kString, true, ""},
                                {"phase", T::kString, true, "any, pregnancy or postpartum"},
                                {"severity", T::kString, true, "any, mild, moderate or severe: how bad the condition is when it is recommended"}},
                               {to_entries("entry_id"), to_conditions("condition_id")});
  constexpr const char* kSourceNote = "'house' when it is the house's own advice, which no article says; null for the article's";
  Table steps = relation("steps", "The steps of an exercise or stretch, in order.", "entry_id",
                         {{"step", T::kString, true, ""}, {"source", T::kString, false, kSourceNote}},
                         {to_entries("entry_id")});
  constexpr const char* kApproxNote = "about, up to or at least; null when the number is as the source states it";
  constexpr const char* kTargetNote = "a progression's target: what to work up to from the field's value";
  Table doses = relation(
      "doses", "Doses of an exercise or stretch, each from its own source. A number field is a range (min = max for one number); a word field holds what the source says when it gives no number: 'few' or 'several' repetitions, a hold of 'few s', 'several s', 'few min' or 'few breaths'. A hold in 'count' is counted out loud ('count to 5'), not seconds. A field's _approx says how exact the source is; its _to_ columns are a progression's target (start at the field's value, work up to the target), which is what house limits compare.",
      "entry_id",
      {{"reps_min", T::kInteger, false, ""}, {"reps_max", T::kInteger, false, ""},
       {"reps_word", T::kString, false, "few or several"},
       {"hold_min", T::kInteger, false, ""}, {"hold_max", T::kInteger, false, ""},
       {"hold_unit", T::kString, false, "s, min, breaths or count"},
       {"hold_word", T::kString, false, "few s, several s, few min or few breaths"},
       {"sets_min", T::kInteger, false, ""}, {"sets_max", T::kInteger, false, ""},
       {"side", T::kString, false, "both, each or alternate"},
       {"frequency_min", T::kInteger, false, ""}, {"frequency_max", T::kInteger, false, ""},
       {"frequency_per", T::kString, false, "day or week"},
       {"reps_approx", T::kString, false, kApproxNote}, {"hold_approx", T::kString, false, kApproxNote},
       {"sets_approx", T::kString, false, kApproxNote}, {"frequency_approx", T::kString, false, kApproxNote},
       {"reps_to_min", T::kInteger, false, kTargetNote}, {"reps_to_max", T::kInteger, false, kTargetNote},
       {"reps_to_approx", T::kString, false, kApproxNote},
       {"hold_to_min", T::kInteger, false, kTargetNote}, {"hold_to_max", T::kInteger, false, kTargetNote},
       {"hold_to_unit", T::kString, false, "s, min, breaths or count"},
       {"hold_to_approx", T::kString, false, kApproxNote},
       {"sets_to_min", T::kInteger, false, kTargetNote}, {"sets_to_max", T::kInteger, false, kTargetNote},
       {"sets_to_approx", T::kString, false, kApproxNote},
       {"frequency_to_min", T::kInteger, false, kTargetNote}, {"frequency_to_max", T::kInteger, false, kTargetNote},
       {"frequency_to_per", T::kString, false, "day or week"},
       {"frequency_to_approx", T::kString, false, kApproxNote},
       {"timing", T::kString, false, "when it is done, counting nothing: 'once before bed'"},
       {"source", T::kString, false, kSourceNote}},
      {to_entries("entry_id")});
  Table warnings = relation("warnings", "Safety warnings; editorial ones cite no source.", "entry_id",
                            {{"category", T::kString, true, "a term of the policy's warning-category vocabulary"},
                             {"text", T::kString, true, ""},
                             {"editorial", T::kBoolean, true, "true when no source is cited: the editors' own words"},
                             {"source", T::kString, false, kSourceNote}},
                            {to_entries("entry_id")});
  Table advice_patterns = relation("advice_patterns", "Movement patterns an advice is about.", "advice_id",
                                   {{"pattern", T::kString, true, ""}}, {{{"advice_id"}, "advice", {"id"}}});
  Table advice_exercises = relation("advice_exercises", "Exercises and stretches an advice names.", "advice_id",
                                    {{"entry_id", T::kString, true, ""}},
                                    {{{"advice_id"}, "advice", {"id"}}, to_entries("entry_id")});
  Table figures = relation("claim_figures", "Figures a claim gives (percentages, study sizes …).", "claim_id",
                           {{"value", T::kNumber, true, ""}, {"unit", T::kString, false, ""},
                            {"sample", T::kInteger, false, "the study's size, when given"},
                            {"text", T::kString, true, "what the figure counts"}},
                           {{{"claim_id"}, "claims", {"id"}}});
  Table cites = relation("citations", "Every citation: the verbatim quote, its article, and what it supports.", "entry_id",
                         {{"context", T::kString, true, "entry, dose or warning: what the quote supports"},
                          {"context_ordinal", T::kInteger, false, "the dose's or warning's ordinal; empty for the entry itself"},
                          {"article_id", T::kString, true, ""},
                          {"section", T::kString, false, "the heading of the article the quote comes under"},
                          {"quote", T::kString, true, "as written in the sources; '...' elides"},
                          {"quote_url", T::kString, false, "the article's URL with a text fragment (#:~:text=) that opens it at the quote; empty when the article has no URL (format 2.6)"}},
                         {to_entries("entry_id"), {{"article_id"}, "articles", {"id"}}});
  Table spans{"citation_spans", "Where each part of a quote is in its article's snapshot, in Unicode code points.",
              {{"entry_id", T::kString, true, "the entry that cites"},
               {"citation_ordinal", T::kInteger, true, "the citation's ordinal among the entry's citations"},
               {"part", T::kInteger, true, "the part of the quote, from 1 ('...' separates parts)"},
               {"start_offset", T::kInteger, true, "first code point of the passage"},
               {"end_offset", T::kInteger, true, "code point just past the passage"}},
              {"entry_id", "citation_ordinal", "part"},
              {{{"entry_id", "citation_ordinal"}, "citations", {"entry_id", "ordinal"}}}, {}};
  Table links = relation("movement_links",
                         "What editors said of two articles' movements that possible-duplicate took for one (format 2.3).",
                         "entry_id",
                         {{"relation", T::kString, true, "same-as (one movement: their doses are compared) or distinct-from"},
                          {"other_id", T::kString, true, "the other exercise or stretch"},
                          {"reason", T::kString, false, "why they are two movements (distinct-from)"}},
                         {to_entries("entry_id"), to_entries("other_id")});
  links.added_later = true;
  Table suppressions = relation("suppressions", "Findings reviewers accepted, with their reasons.", "entry_id",
                                {{"rule", T::kString, true, ""}, {"reason", T::kString, true, ""},
                                 {"reviewer", T::kString, false, ""}, {"until", T::kDate, false, "when the review must be renewed"},
                                 {"scope", T::kString, false, "where on the entry it applies: 'dose 2', 'dose 2 hold', 'warning 1', 'cite 3'; empty for the whole entry"}},
                                {to_entries("entry_id")});
  Table reviews{"reviews", "Valid signed reviews of entries as they are in this bundle, one a role.",
                {{"entry_id", T::kString, true, ""}, {"role", T::kString, true, "clinical, editorial …"},
                 {"reviewer", T::kString, true, "the reviewer's public name"}, {"reviewed", T::kDate, true, ""},
                 {"due", T::kDate, true, "when it is due to be reviewed again"}},
                {"entry_id", "role"}, {to_entries("entry_id")}, {}};
  reviews.added_later = true;

  const std::vector<Table*> order = {&entries, &articles, &conditions, &exercises, &stretches, &advice, &claims,
                                     &aliases, &related, &symptoms, &equipment, &targets, &patterns, &recommended,
                                     &steps, &doses, &warnings, &advice_patterns, &advice_exercises, &figures,
                                     &cites, &spans, &suppressions, &links, &reviews};
  if (!model) {
    std::vector<Table> out;
    for (Table* t : order) out.push_back(std::move(*t));
    return out;
  }
  const Model& m = *model;
  const Table* only_table = only < order.size() ? order[only] : nullptr;
  auto add = [&](const Table& t, std::span<const Cell> cells) {
    if (only_table) {
      if (&t == only_table) (*row)(only, cells);
    } else {
      (*row)(static_cast<size_t>(std::find(order.begin(), order.end(), &t) - order.begin()), cells);
    }
  };
  auto add_row = [&](const Table& t, std::initializer_list<Cell> cells) { add(t, std::span<const Cell>(cells.begin(), cells.size())); };
  // With one table asked for, the rows of the others are not even made.
  auto want = [&](const Table& t) { return !only_table || &t == only_table; };

  auto common = [&](const Entry& e) {
    if (want(entries)) add_row(entries, {text(e.id), CellText(kind_name(e.kind))});
    for (const CitationIndex::Review& r : citations->reviews(e)) {
      if (want(reviews)) add_row(reviews, {text(e.id), CellText(r.role), CellText(r.reviewer), CellText(r.reviewed), CellText(r.due)});
    }
    if (!want(suppressions)) return;
    const std::vector<const Suppression*> all = entry_suppressions(e);  // a dose's too
    for (size_t i = 0; i < all.size(); ++i) {
      const Suppression& s = *all[i];
      add_row(suppressions, {text(e.id), num(int64_t(i + 1)), text(s.rule), text(s.reason), opt(s.reviewer), opt(s.until),
                             s.scope.empty() ? Cell{} : Cell{CellText(s.scope)}});
    }
  };
  auto list = [&](const Table& t, const Entry& e, const std::vector<Text>& values) {
    for (size_t i = 0; want(t) && i < values.size(); ++i) add_row(t, {text(e.id), num(int64_t(i + 1)), text(values[i])});
  };
  auto cite_rows = [&](const Entry& e, const std::vector<Dose>* ds, const std::vector<Warning>* ws) {
    if (!want(cites) && !want(spans)) return;
    for_each_bundle_cite(e, ds, ws, [&](const Cite& c, std::string_view context, int64_t context_ordinal, int64_t ordinal) {
      const CitationIndex::Entry& ci = (*citations)[c];
      add_row(cites, {text(e.id), num(ordinal), CellText(context), context_ordinal ? num(context_ordinal) : Cell{},
                      text(c.article), opt(c.section), text(c.quote),
                      ci.quote_url.empty() ? Cell{} : CellText(ci.quote_url)});
      for (size_t p = 0; p < ci.spans.size(); ++p) {
        add_row(spans, {text(e.id), num(ordinal), num(int64_t(p + 1)), num(ci.spans[p].first), num(ci.spans[p].second)});
      }
    });
  };
  auto warning_rows = [&](const Entry& e, const std::vector<Warning>& ws) {
    for (size_t i = 0; want(warnings) && i < ws.size(); ++i) {
      add_row(warnings, {text(e.id), num(int64_t(i + 1)), text(ws[i].category), text(ws[i].text), ws[i].editorial(),
                         source_cell(ws[i].house)});
    }
  };

  for (const Article& a : m.articles) {
    common(a);
    if (!want(articles)) continue;
    const auto& [digest, length] = citations->snapshot(a);
    add_row(articles, {text(a.id), text(a.title), text(a.author), opt(a.publisher), opt(a.url), opt(a.retrieved),
                             opt(a.license), CellText(a.snapshot_path), CellText(digest), num(length), opt(a.captured),
                             opt(a.page_sha256), opt(a.archive)});
  }
  for (const Condition& c : m.conditions) {
    common(c);
    if (want(conditions)) add_row(conditions, {text(c.id), text(c.name), opt(c.summary)});
    list(aliases, c, c.aliases);
    list(related, c, c.related);
    list(symptoms, c, c.symptoms);
    warning_rows(c, c.warnings);
    cite_rows(c, nullptr, &c.warnings);
  }
  for (const Movement& mv : m.movements) {
    common(mv);
    const Table& own = mv.kind == EntryKind::kStretch ? stretches : exercises;
    if (want(own)) add_row(own, {text(mv.id), text(mv.name), opt(mv.position)});
    list(aliases, mv, mv.aliases);
    list(equipment, mv, mv.equipment);
    list(targets, mv, mv.targets);
    list(patterns, mv, mv.patterns);
    for (size_t i = 0; want(recommended) && i < mv.fors.size(); ++i) {
      add_row(recommended, {text(mv.id), num(int64_t(i + 1)), text(mv.fors[i].condition), text(mv.fors[i].phase),
                                 text(mv.fors[i].severity)});
    }
    for (size_t i = 0; want(links) && i < mv.same_as.size() + mv.distinct_from.size(); ++i) {
      const bool same = i < mv.same_as.size();
      const MovementLink& l = same ? mv.same_as[i] : mv.distinct_from[i - mv.same_as.size()];
      add_row(links, {text(mv.id), num(int64_t(i + 1)), CellText(same ? "same-as" : "distinct-from"), text(l.ref),
                      opt(l.reason)});
    }
    for (size_t i = 0; want(steps) && i < mv.steps.size(); ++i) {
      add_row(steps, {text(mv.id), num(int64_t(i + 1)), text(mv.steps[i]), source_cell(mv.steps[i].house)});
    }
    for (size_t i = 0; want(doses) && i < mv.doses.size(); ++i) {
      const Dose& d = mv.doses[i];
      std::vector<Cell> row{text(mv.id), num(int64_t(i + 1))};
      dose_cells(row, d.reps->value, false, true);
      dose_cells(row, d.hold->value, true, true);
      dose_cells(row, d.sets->value, false, false);
      row.push_back(opt(d.side));
      dose_cells(row, d.frequency->value, true, false);
      // Format 2.1, appended: how exact each number is, each progression's target, the timing.
      for (const DoseAmount* a : {&*d.reps, &*d.hold, &*d.sets, &*d.frequency}) row.push_back(approx_cell(a->value));
      progression_cells(row, d.reps, false);
      progression_cells(row, d.hold, true);
      progression_cells(row, d.sets, false);
      progression_cells(row, d.frequency, true);
      row.push_back(opt(d.timing));
      row.push_back(source_cell(d.house));  // format 2.2, appended
      add(doses, row);
    }
    warning_rows(mv, mv.warnings);
    cite_rows(mv, &mv.doses, &mv.warnings);
  }
  for (const Advice& a : m.advice) {
    common(a);
    if (want(advice)) add_row(advice, {text(a.id), text(a.stance), text(a.condition), text(a.phase), text(a.severity),
                           text(a.text)});
    list(advice_patterns, a, a.patterns);
    list(advice_exercises, a, a.exercises);
    cite_rows(a, nullptr, nullptr);
  }
  for (const Claim& c : m.claims) {
    common(c);
    if (want(claims)) add_row(claims, {text(c.id), opt(c.about), text(c.topic), text(c.text),
                           c.effect ? text(c.effect->factor) : Cell{}, c.effect ? text(c.effect->direction) : Cell{},
                           text(c.phase)});  // phase: format 2.3, appended
    for (size_t i = 0; want(figures) && i < c.figures.size(); ++i) {
      const Figure& f = c.figures[i];
      const std::string decimal = canonical_decimal(f.value.value);
      add_row(figures, {text(c.id), num(int64_t(i + 1)), Decimal{decimal}, opt(f.unit),
                              f.sample ? num(std::stoll(f.sample->value.str())) : Cell{}, text(f.text)});
    }
    cite_rows(c, nullptr, nullptr);
  }
  std::vector<Table> out;
  for (Table* t : order) out.push_back(std::move(*t));
  return out;
}

}  // namespace

std::vector<Table> bundle_schemas() { return tables(nullptr, nullptr, nullptr, SIZE_MAX); }

void for_each_row(const Model& model, const CitationIndex& citations, const RowFn& row, size_t only) {
  tables(&model, &citations, &row, only);
}

std::vector<Table> build_tables(const Model& model, const CitationIndex& citations) {
  std::vector<Table> out = bundle_schemas();
  for_each_row(model, citations, [&out](size_t table, std::span<const Cell> cells) {
    Table& t = out[table];
    std::vector<Cell>& kept = t.rows.emplace_back(cells.begin(), cells.end());
    for (Cell& c : kept) {
      if (auto* d = std::get_if<Decimal>(&c)) d->text = t.keep(std::string(d->text));  // the row's own was temporary
    }
  });
  return out;
}

}  // namespace contentc
