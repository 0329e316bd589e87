#include "load/model_builder.h"

#include <cstring>

#include <fmt/format.h>

#include "util/split_words.h"

namespace contentc {

Text ModelBuilder::attr(pugi::xml_node node, const char* name) const {
  return optional_attr(node, name).value_or(Text{"", view_.element_loc(node)});
}

std::optional<Text> ModelBuilder::optional_attr(pugi::xml_node node, const char* name) const {
  return view_.attr(node, name);
}

Text ModelBuilder::child_text(pugi::xml_node node, const char* name) const {
  return optional_child_text(node, name).value_or(Text{"", view_.element_loc(node)});
}

std::optional<Text> ModelBuilder::optional_child_text(pugi::xml_node node,
                                                      const char* name) const {
  const pugi::xml_node child = node.child(name);
  if (!child) return std::nullopt;
  return view_.text(child);
}

bool ModelBuilder::house(pugi::xml_node node) { return std::string_view(node.attribute("source").value()) == "house"; }

std::vector<Text> ModelBuilder::child_texts(pugi::xml_node node, const char* name) const {
  std::vector<Text> out;
  for (pugi::xml_node child : node.children(name)) out.push_back(view_.text(child));
  return out;
}

std::vector<Text> ModelBuilder::child_attrs(pugi::xml_node node, const char* child,
                                            const char* name) const {
  std::vector<Text> out;
  for (pugi::xml_node c : node.children(child)) {
    if (auto v = optional_attr(c, name)) out.push_back(std::move(*v));
  }
  return out;
}

std::vector<Cite> ModelBuilder::cites(pugi::xml_node node) const {
  std::vector<Cite> out;
  for (pugi::xml_node c : node.children("cite")) {
    Cite cite;
    cite.article = attr(c, "article");
    cite.section = optional_attr(c, "section");
    cite.quote = view_.text(c);
    cite.loc = view_.element_loc(c);
    cite.end = view_.end_loc(c);
    out.push_back(std::move(cite));
  }
  return out;
}

std::vector<Warning> ModelBuilder::warnings(pugi::xml_node node) const {
  std::vector<Warning> out;
  for (pugi::xml_node w : node.children("warning")) {
    out.push_back(Warning{attr(w, "category"), view_.text(w), cites(w), view_.element_loc(w), view_.end_loc(w),
                          house(w)});
  }
  return out;
}

void ModelBuilder::fill_entry(Entry& entry, EntryKind kind, pugi::xml_node node) const {
  entry.kind = kind;
  entry.id = attr(node, "id");
  entry.loc = view_.element_loc(node);
  entry.cites = cites(node);
  entry.suppressions = suppressions(node);
}

std::vector<Suppression> ModelBuilder::suppressions(pugi::xml_node node) const {
  std::vector<Suppression> out;
  for (pugi::xml_node s : node.children("suppress")) {
    Suppression sup{attr(s, "rule"), attr(s, "reason"), optional_attr(s, "reviewer"),
                    optional_attr(s, "until"), optional_attr(s, "on"), view_.element_loc(s), {}};
    sup.scope = sup.on ? sup.on->value : "";  // a dose's suppress is renamed by resolve/
    out.push_back(std::move(sup));
  }
  return out;
}

Article ModelBuilder::article(pugi::xml_node node) const {
  Article a;
  fill_entry(a, EntryKind::kArticle, node);
  a.title = child_text(node, "title");
  a.author = child_text(node, "author");
  a.publisher = optional_child_text(node, "publisher");
  a.url = optional_child_text(node, "url");
  a.retrieved = optional_child_text(node, "retrieved");
  a.license = optional_child_text(node, "license");
  a.snapshot = child_text(node, "snapshot");
  if (const pugi::xml_node s = node.child("snapshot")) {
    a.captured = optional_attr(s, "captured");
    a.page_sha256 = optional_attr(s, "sha256");
    a.archive = optional_attr(s, "archive");
  }
  return a;
}

Condition ModelBuilder::condition(pugi::xml_node node) const {
  Condition c;
  fill_entry(c, EntryKind::kCondition, node);
  c.name = child_text(node, "name");
  c.aliases = child_texts(node, "alias");
  c.related = child_attrs(node, "related", "to");
  c.summary = optional_child_text(node, "summary");
  c.symptoms = child_texts(node, "symptom");
  c.warnings = warnings(node);
  return c;
}

Movement ModelBuilder::movement(pugi::xml_node node, EntryKind kind) const {
  Movement m;
  fill_entry(m, kind, node);
  m.name = child_text(node, "name");
  m.aliases = child_texts(node, "alias");
  m.position = optional_child_text(node, "position");
  m.equipment = child_texts(node, "equipment");
  m.targets = child_texts(node, "target");
  m.patterns = child_texts(node, "pattern");
  for (pugi::xml_node f : node.children("for")) {
    m.fors.push_back(ForCondition{attr(f, "condition"),
                                  optional_attr(f, "phase").value_or(Text{"any", {}}),
                                  optional_attr(f, "severity").value_or(Text{"any", {}}),
                                  view_.element_loc(f)});
    if (!m.fors.back().phase.loc.valid()) m.fors.back().phase.loc = m.fors.back().loc;
    if (!m.fors.back().severity.loc.valid()) m.fors.back().severity.loc = m.fors.back().loc;
  }
  for (pugi::xml_node l : node.children("same-as")) {
    m.same_as.push_back(MovementLink{attr(l, "ref"), std::nullopt, view_.element_loc(l)});
  }
  for (pugi::xml_node l : node.children("distinct-from")) {
    m.distinct_from.push_back(MovementLink{attr(l, "ref"), optional_attr(l, "reason"), view_.element_loc(l)});
  }
  for (pugi::xml_node step : node.children("step")) {
    m.steps.push_back(Step{view_.text(step), house(step)});
  }
  for (pugi::xml_node d : node.children("dose")) {
    Dose dose;
    auto amount = [&](const char* name) {
      DoseAmount a;
      a.text = optional_child_text(d, name);
      if (pugi::xml_node f = d.child(name)) {
        if (std::optional<Text> to = optional_attr(f, "to")) a.progression = Progression{std::move(*to), {}};
      }
      return a;
    };
    dose.reps = amount("reps");
    dose.hold = amount("hold");
    dose.sets = amount("sets");
    dose.side = optional_child_text(d, "side");
    dose.frequency = amount("frequency");
    dose.timing = optional_child_text(d, "timing");
    dose.house = house(d);
    dose.cites = cites(d);
    dose.suppressions = suppressions(d);
    dose.loc = view_.element_loc(d);
    dose.end = view_.end_loc(d);
    for (pugi::xml_node c : d.children()) {
      if (c.type() == pugi::node_element) dose.children.push_back({c.name(), view_.element_loc(c), view_.end_loc(c)});
    }
    m.doses.push_back(std::move(dose));
  }
  m.warnings = warnings(node);
  return m;
}

Advice ModelBuilder::advice(pugi::xml_node node) const {
  Advice a;
  fill_entry(a, EntryKind::kAdvice, node);
  a.stance = attr(node, "stance");
  a.condition = attr(node, "condition");
  a.phase = optional_attr(node, "phase").value_or(Text{"any", a.loc});
  a.severity = optional_attr(node, "severity").value_or(Text{"any", a.loc});
  a.patterns = child_texts(node, "pattern");
  a.exercises = child_attrs(node, "exercise", "ref");
  a.text = child_text(node, "text");
  return a;
}

Claim ModelBuilder::claim(pugi::xml_node node) const {
  Claim c;
  fill_entry(c, EntryKind::kClaim, node);
  c.about = optional_attr(node, "about");
  c.phase = optional_attr(node, "phase").value_or(Text{"any", c.loc});
  c.topic = attr(node, "topic");
  c.text = child_text(node, "text");
  if (pugi::xml_node e = node.child("effect")) {
    c.effect = Effect{attr(e, "factor"), attr(e, "direction"), view_.element_loc(e)};
  }
  for (pugi::xml_node f : node.children("figure")) {
    c.figures.push_back(Figure{attr(f, "value"), optional_attr(f, "unit"),
                               optional_attr(f, "sample"), view_.text(f), view_.element_loc(f)});
  }
  return c;
}

void ModelBuilder::add_content(pugi::xml_node root) {
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    const std::string_view name = node.name();
    if (name == "article") {
      model_.articles.push_back(article(node));
    } else if (name == "condition") {
      model_.conditions.push_back(condition(node));
    } else if (name == "exercise") {
      model_.movements.push_back(movement(node, EntryKind::kExercise));
    } else if (name == "stretch") {
      model_.movements.push_back(movement(node, EntryKind::kStretch));
    } else if (name == "advice") {
      model_.advice.push_back(advice(node));
    } else if (name == "claim") {
      model_.claims.push_back(claim(node));
    }
  }
}

void ModelBuilder::add_policy(pugi::xml_node root) {
  Policy& p = model_.policy;
  p.present = true;
  p.loc = view_.element_loc(root);
  for (pugi::xml_node i : root.children("include")) p.includes.push_back(PolicyInclude{attr(i, "href"), view_.element_loc(i)});
  for (pugi::xml_node d : root.children("drop")) {
    PolicyDrop drop{{}, {}, {}, view_.element_loc(d), 0};
    for (pugi::xml_attribute a : d.attributes()) {
      const std::string_view name = a.name();
      if (name == "kind" || name == "factor") {
        drop.kind = attr(d, a.name());
      } else if (++drop.named == 1) {
        drop.what = Text{view_.hold(name), drop.loc};
        drop.key = attr(d, a.name());
      }
    }
    p.drops.push_back(std::move(drop));
  }
  for (pugi::xml_node v : root.children("vocabulary")) {
    std::vector<Text>& terms = p.vocabularies[attr(v, "kind").value.str()];
    for (Text& t : child_texts(v, "term")) terms.push_back(std::move(t));
  }
  for (pugi::xml_node r : root.children("require-warning")) {
    RequireWarning req{attr(r, "category"), {}, optional_attr(r, "when-position"),
                       optional_attr(r, "when-pattern"), view_.element_loc(r)};
    if (auto on = optional_attr(r, "on")) {
      for (const std::string& kind : split_words(on->value)) req.on.push_back(Text{view_.hold(kind), on->loc});
    }
    p.require_warnings.push_back(std::move(req));
  }
  for (pugi::xml_node o : root.children("oppose")) {
    p.oppositions.push_back(Opposition{attr(o, "category"), attr(o, "against"), view_.element_loc(o)});
  }
  for (pugi::xml_node w : root.children("warning-cues")) {
    p.warning_cues.push_back(
        WarningCues{attr(w, "category"), attr(w, "words"), optional_attr(w, "about"), view_.element_loc(w)});
  }
  for (pugi::xml_node r : root.children("relate")) {
    p.pattern_factors.push_back(PatternFactor{attr(r, "pattern"), attr(r, "factor"), view_.element_loc(r)});
  }
  for (pugi::xml_node l : root.children("limit")) {
    Limit limit;
    limit.what = attr(l, "what");
    limit.kind = optional_attr(l, "kind");
    limit.min = optional_attr(l, "min");
    limit.max = optional_attr(l, "max");
    limit.loc = view_.element_loc(l);
    p.limits.push_back(std::move(limit));
  }
  for (pugi::xml_node s : root.children("severity")) {
    p.severities.push_back(
        SeverityOverride{attr(s, "rule"), attr(s, "level"), view_.element_loc(s)});
  }
  auto element_list = [&](pugi::xml_node n) {
    const std::optional<Text> in = optional_attr(n, "in");
    return in ? split_words(in->value) : std::vector<std::string>{};
  };

  for (pugi::xml_node t : root.children("term")) {
    p.terms.push_back(PreferredTerm{attr(t, "use"), attr(t, "instead-of"), element_list(t), view_.element_loc(t)});
  }
  for (pugi::xml_node a : root.children("avoid")) {
    p.avoids.push_back(AvoidedPhrase{attr(a, "phrase"), attr(a, "reason"), element_list(a), view_.element_loc(a)});
  }
  for (pugi::xml_node r : root.children("readability")) {
    p.reading_levels.push_back(
        ReadingLevel{element_list(r), attr(r, "max-grade"), optional_attr(r, "formula"), view_.element_loc(r)});
  }
  if (pugi::xml_node s = root.child("spelling")) {
    p.spelling = SpellingPolicy{optional_attr(s, "dictionaries"), child_texts(s, "accept"), view_.element_loc(s)};
  }
  if (pugi::xml_node r = root.child("reviews")) p.reviews = review_policy(r);
  for (pugi::xml_node l : root.children("license")) {
    p.licenses.push_back(License{attr(l, "name"), optional_attr(l, "path"), optional_attr(l, "title"), view_.element_loc(l)});
  }
  for (pugi::xml_node r : root.children("rule")) p.house_rules.push_back(house_rule(r));
}

ReviewPolicy ModelBuilder::review_policy(pugi::xml_node r) const {
  ReviewPolicy out;
  out.repository = attr(r, "repository");
  out.every = optional_attr(r, "every");
  out.warn = optional_attr(r, "warn");
  out.loc = view_.element_loc(r);
  for (pugi::xml_node v : r.children("reviewer")) {
    out.reviewers.push_back(Reviewer{attr(v, "id"), attr(v, "name"), split_words(attr(v, "roles").value),
                                     optional_attr(v, "revoked"), view_.element_loc(v)});
  }
  for (pugi::xml_node q : r.children("require")) {
    out.requirements.push_back(ReviewRequirement{split_words(attr(q, "on").value), attr(q, "role"), view_.element_loc(q)});
  }
  return out;
}

std::shared_ptr<const HouseRule> ModelBuilder::house_rule(pugi::xml_node r) const {
  auto h = std::make_shared<HouseRule>();
  h->id = attr(r, "id");
  h->level = attr(r, "level");
  h->context = attr(r, "context");
  h->assertion = attr(r, "assert");
  h->message = attr(r, "message");
  if (pugi::xml_node d = r.child("description")) h->description = view_.text(d);
  for (pugi::xml_node e : r.children("example")) {
    h->examples.push_back(HouseExample{attr(e, "expect").value != "passes",
                                       std::string(view_.inner_source(e)), view_.element_loc(e)});
  }
  h->loc = view_.element_loc(r);
  h->summary = h->description ? h->description->value : h->message.value;
  // One line, without a closing full stop, as built-in summaries are written.
  if (const size_t stop = h->summary.find(". "); stop != std::string::npos) h->summary.resize(stop + 1);
  while (!h->summary.empty() && h->summary.back() == '.') h->summary.pop_back();
  h->summary = "house rule: " + h->summary;
  h->explain = fmt::format("{}{}For every node that\n  {}\nselects, this must hold:\n  {}\nelse: {}",
                           h->description ? h->description->value.str() : std::string(),
                           h->description ? "\n\n" : "", h->context.value, h->assertion.value,
                           h->message.value);
  for (const HouseExample& e : h->examples) {
    h->explain += fmt::format("\n\nExample ({}):\n{}", e.expect_fires ? "fires" : "passes", e.xml);
  }
  h->rule = Rule{h->id.value, level_from_name(h->level.value), h->summary, h->explain};
  return h;
}

}  // namespace contentc
