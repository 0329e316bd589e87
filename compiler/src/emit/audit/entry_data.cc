// An entry as the audit pages' data: what audit.js draws an entry's view from (its layout is
// described in audit.js, beside the code that reads it). Only data: no markup, and every text
// from the content stays a JSON string that the script puts in a text node.

#include <fmt/format.h>

#include "emit/audit/views.h"
#include "model/dose_value.h"
#include "util/json_writer.h"

namespace contentc {
namespace {

constexpr size_t kContextBytes = 300;  // how far a quote's sentence may reach either side

/// The sentence (or so) around a quoted passage: its texts, outside and inside the passage's
/// parts by turns (outside first and last).
void in_context(JsonWriter& w, const AuditIndex& index, const Cite& c, const Article& a) {
  const std::string& text = index.files()[a.snapshot_file].text;
  const Span first = c.match.spans.front(), last = c.match.spans.back();
  size_t begin = first.begin, end = last.end;
  const size_t floor = begin > kContextBytes ? begin - kContextBytes : 0;
  while (begin > floor && !(text[begin - 1] == '\n' ||
                            (begin >= 2 && std::string_view(".!?").find(text[begin - 2]) != std::string_view::npos &&
                             text[begin - 1] == ' '))) {
    --begin;
  }
  while (begin < first.begin && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  const size_t ceiling = std::min(text.size(), end + kContextBytes);
  while (end < ceiling && text[end] != '\n' &&
         !(std::string_view(".!?").find(text[end - 1]) != std::string_view::npos && end > last.begin && text[end] == ' ')) {
    ++end;
  }
  while (end < text.size() && end > last.end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  w.begin_array();
  size_t pos = begin;
  for (const Span& s : c.match.spans) {
    w.value(std::string_view(text).substr(pos, s.begin - pos));
    w.value(std::string_view(text).substr(s.begin, s.end - s.begin));
    pos = s.end;
  }
  w.value(std::string_view(text).substr(pos, end - pos));
  w.end_array();
}

/// Each citation: [article, citation id, section, live link, context], the article as its
/// place in the page's article table; one whose passage was not found: [quote, article id].
void citation_list(JsonWriter& w, const AuditIndex& index, PageArticles& articles, const std::vector<Cite>& cites) {
  w.begin_array();
  for (const Cite& c : cites) {
    const Article* a = index.article(c.article.value);
    w.begin_array();
    if (!a || !c.match.found) {
      w.value(c.quote.value).value(c.article.value);
    } else {
      const CitationIndex::Entry& ci = index.citations()[c];
      w.value(articles.place(*a)).value(ci.id).value(c.section ? std::string_view(c.section->value) : "");
      // The live link, short when it is the article's own address with a fragment.
      std::string_view live = ci.quote_url;
      if (a->url && live.starts_with(a->url->value) && live.substr(a->url->value.size()).starts_with("#")) {
        live.remove_prefix(a->url->value.size());
      }
      w.value(live);
      in_context(w, index, c, *a);
    }
    w.end_array();
  }
  w.end_array();
}

/// A row of the entry's field list: [label, parts, class]; each part a text from the content,
/// or ["a", href, text], ["t", plain text], ["code", text].
class Rows {
 public:
  explicit Rows(JsonWriter& w) : w_(w) { w_.key("rows").begin_array(); }
  ~Rows() { w_.end_array(); }
  JsonWriter& begin(std::string_view label) { return w_.begin_array().value(label).begin_array(); }
  void end(std::string_view cls = "") {
    w_.end_array();
    if (!cls.empty()) w_.value(cls);
    w_.end_array();
  }
  void text(std::string_view label, std::string_view value) {
    begin(label).value(value);
    end();
  }
  void list(std::string_view label, const std::vector<Text>& values) {
    if (values.empty()) return;
    begin(label);
    for (const Text& v : values) w_.value(v.value);
    end();
  }
  void link(const AuditIndex& index, const Entry& e) {
    w_.begin_array().value("a").value(index.entry_href(e)).value(index.name(e)).end_array();
  }
  void condition(const AuditIndex& index, std::string_view id) {
    if (const Condition* c = index.condition(id)) {
      link(index, *c);
    } else {
      plain(id);
    }
  }
  void plain(std::string_view s) { w_.begin_array().value("t").value(s).end_array(); }

 private:
  JsonWriter& w_;
};

void dose_text(JsonWriter& w, const Dose& d) {
  w.key("text").begin_array();
  auto add = [&w](std::string_view name, const DoseAmount& a) {
    const DoseValue& v = a.value;
    if (v.kind == DoseValue::Kind::kRange || v.kind == DoseValue::Kind::kWord) {
      std::string part = fmt::format("{} {}", name, format_dose_value(v));
      if (a.to() && a.target().is_range()) part += fmt::format(", working up to {}", format_dose_value(a.target()));
      w.value(part);
    }
  };
  add("reps", d.reps);
  add("hold", d.hold);
  add("sets", d.sets);
  if (d.side) w.value("side " + d.side->value);
  add("frequency", d.frequency);
  if (d.timing) w.value("timing " + d.timing->value);
  w.end_array();
}

void movement_rows(Rows& rows, const AuditIndex& index, const Movement& mv) {
  rows.list("Aliases", mv.aliases);
  if (mv.position) rows.text("Position", mv.position->value);
  rows.list("Equipment", mv.equipment);
  rows.list("Targets", mv.targets);
  rows.list("Patterns", mv.patterns);
  if (!mv.fors.empty()) {
    rows.begin("Recommended for");
    for (size_t i = 0; i < mv.fors.size(); ++i) {
      if (i > 0) rows.plain(", ");
      rows.condition(index, mv.fors[i].condition.value);
      rows.plain(" (" + mv.fors[i].phase.value + ")");
    }
    rows.end();
  }
  // The editors' answers to possible-duplicate, with their reasons.
  for (const MovementLink& l : mv.same_as) rows.text("Same movement as", l.ref.value);
  for (const MovementLink& l : mv.distinct_from) {
    JsonWriter& w = rows.begin("Not the same as").value(l.ref.value);
    if (l.reason) {
      rows.plain(" — ");
      w.value(l.reason->value);
    }
    rows.end();
  }
}

void movement_body(JsonWriter& w, const AuditIndex& index, PageArticles& articles, const Movement& mv) {
  w.key("steps").begin_array();
  for (const Step& s : mv.steps) w.begin_array().value(s.value).value(s.house).end_array();
  w.end_array();
  w.key("doses").begin_array();
  for (const Dose& d : mv.doses) {
    w.begin_object();
    dose_text(w, d);
    if (d.house) w.key("house").value(true);
    w.key("cites");
    citation_list(w, index, articles, d.cites);
    w.end_object();
  }
  w.end_array();
}

void warnings(JsonWriter& w, const AuditIndex& index, PageArticles& articles, const std::vector<Warning>& list) {
  if (list.empty()) return;
  w.key("warnings").begin_array();
  for (const Warning& x : list) {
    w.begin_object().key("category").value(x.category.value).key("text").value(x.text.value);
    if (x.house) w.key("house").value(true);
    if (x.editorial()) {
      if (!x.house) w.key("editorial").value(true);
    } else {
      w.key("cites");
      citation_list(w, index, articles, x.cites);
    }
    w.end_object();
  }
  w.end_array();
}

/// Each finding on the entry: [level, rule, message, why suppressed, reviewer].
void findings(JsonWriter& w, const AuditIndex& index, const Entry& e) {
  const auto* list = index.findings_on(e);
  if (!list) return;
  w.key("findings").begin_array();
  for (const Finding* f : *list) {
    w.begin_array().value(level_name(f->level)).value(f->rule).value(f->message).value(f->suppressed_reason);
    const Suppression* s = f->suppressed_reason.empty() ? nullptr : index.suppression_of(e, f->rule);
    w.value(s && s->reviewer ? std::string_view(s->reviewer->value) : "").end_array();
  }
  w.end_array();
}

void review_row(Rows& rows, const AuditIndex& index, const Entry& e) {
  const Model& m = index.model();
  if (!m.policy.reviews && m.reviews.records.empty()) return;
  const auto& reviews = index.citations().reviews(e);
  JsonWriter& w = rows.begin("Review");
  if (reviews.empty()) w.begin_array().value("muted").value("no valid review").end_array();
  for (size_t i = 0; i < reviews.size(); ++i) {
    const CitationIndex::Review& r = reviews[i];
    rows.plain(fmt::format("{}{} review by ", i > 0 ? "; " : "", r.role));
    w.value(r.reviewer);
    rows.plain(fmt::format(" on {}, due again {}", r.reviewed, r.due));
  }
  rows.end("review-status");
}

}  // namespace

uint32_t PageArticles::place(const Article& a) {
  auto [it, fresh] = places_.try_emplace(&a, static_cast<uint32_t>(order_.size()));
  if (fresh) order_.push_back(&a);
  return it->second;
}

void entry_data(JsonWriter& w, const AuditIndex& index, PageArticles& articles, const Entry& e) {
  w.begin_object().key("id").value(e.id.value).key("kind").value(kind_name(e.kind)).key("name").value(index.name(e));
  w.key("search").value(index.search_text(e));
  const std::vector<Warning>* warning_list = nullptr;
  {
    Rows rows(w);
    review_row(rows, index, e);
    if (e.kind == EntryKind::kCondition) {
      const auto& c = static_cast<const Condition&>(e);
      rows.list("Aliases", c.aliases);
      if (!c.related.empty()) {
        rows.begin("Related");
        for (size_t i = 0; i < c.related.size(); ++i) {
          if (i > 0) rows.plain(", ");
          rows.condition(index, c.related[i].value);
        }
        rows.end();
      }
      if (c.summary) rows.text("Summary", c.summary->value);
      rows.list("Symptoms", c.symptoms);
      warning_list = &c.warnings;
    } else if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
      const auto& mv = static_cast<const Movement&>(e);
      movement_rows(rows, index, mv);
      warning_list = &mv.warnings;
    } else if (e.kind == EntryKind::kAdvice) {
      const auto& a = static_cast<const Advice&>(e);
      rows.begin("Stance").begin_array().value("t").value(a.stance.value).end_array();
      rows.end();
      rows.begin("Condition");
      rows.condition(index, a.condition.value);
      rows.plain(" (" + a.phase.value + ")");
      rows.end();
      rows.list("Patterns", a.patterns);
      rows.list("Exercises", a.exercises);
      rows.text("Text", a.text.value);
    } else if (e.kind == EntryKind::kClaim) {
      const auto& c = static_cast<const Claim&>(e);
      rows.begin("About");
      if (c.about) {
        rows.condition(index, c.about->value);
      } else {
        rows.plain("pregnancy in general");
      }
      rows.plain(" (" + c.phase.value + ")");
      rows.end();
      rows.text("Topic", c.topic.value);
      rows.text("Claim", c.text.value);
      if (c.effect) {
        rows.begin("Effect");
        rows.plain(c.effect->factor.value + " " + c.effect->direction.value);
        rows.end();
      }
      for (const Figure& f : c.figures) {
        rows.begin("Figure");
        rows.plain(f.value.value + (f.unit ? " " + f.unit->value : "") + " — ");
        w.value(f.text.value);
        if (f.sample) rows.plain(" (sample " + f.sample->value + ")");
        rows.end();
      }
    }
  }
  if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
    movement_body(w, index, articles, static_cast<const Movement&>(e));
  }
  if (warning_list) warnings(w, index, articles, *warning_list);
  w.key("cites");
  citation_list(w, index, articles, e.cites);
  findings(w, index, e);
  w.end_object();
}

}  // namespace contentc
