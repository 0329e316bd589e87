#include <fmt/format.h>

#include "emit/audit/views.h"
#include "emit/html.h"
#include "model/dose_value.h"

namespace contentc {
namespace {

/// What marks a step, dose or warning that is the house's own advice, apart from the article's words.
constexpr const char* kHouseBadge = "<span class=\"badge house\">house advice: not from the article</span>";

constexpr size_t kContextBytes = 300;  // how far a quote's sentence may reach either side

/// The sentence (or so) around a quoted passage, with the passage marked.
void in_context(std::string& out, const AuditIndex& index, const Cite& c, const Article& a) {
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
  size_t pos = begin;
  for (const Span& s : c.match.spans) {
    append_html(out, std::string_view(text).substr(pos, s.begin - pos));
    out += "<mark>";
    append_html(out, std::string_view(text).substr(s.begin, s.end - s.begin));
    out += "</mark>";
    pos = s.end;
  }
  append_html(out, std::string_view(text).substr(pos, end - pos));
}

/// Each citation: a link to the highlighted passage in its article, and the passage in its
/// sentence.
void citation_list(std::string& out, const AuditIndex& index, const std::vector<Cite>& cites) {
  out += "<ul class=\"citations\">\n";
  for (const Cite& c : cites) {
    const Article* a = index.article(c.article.value);
    out += "<li>";
    if (!a || !c.match.found) {
      put(out, "“{}” <span class=\"muted\">({})</span>", bdi(c.quote.value), bdi(c.article.value));
    } else {
      const CitationIndex::Entry& ci = index.citations()[c];
      put(out, "<a href=\"{}\">{}</a>{}{}\n<blockquote>", html(index.cite_href(ci.id, c.article.value)),
          bdi(a->title.value), c.section ? ", section “" + bdi(c.section->value) + "”" : std::string(),
          ci.quote_url.empty() ? std::string() : " — " + live_link(*a, ci.quote_url, "on the live page"));
      in_context(out, index, c, *a);
      out += "</blockquote>";
    }
    out += "</li>\n";
  }
  out += "</ul>\n";
}

void list_row(std::string& out, std::string_view label, const std::vector<Text>& values) {
  if (values.empty()) return;
  put(out, "<dt>{}</dt><dd>", label);
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += bdi(values[i].value);
  }
  out += "</dd>\n";
}

std::string dose_text(const Dose& d) {
  std::vector<std::string> parts;
  auto add = [&parts](std::string_view name, const DoseAmount& a) {
    const DoseValue& v = a.value;
    if (v.kind == DoseValue::Kind::kRange || v.kind == DoseValue::Kind::kWord) {
      std::string part = fmt::format("{} {}", name, format_dose_value(v));
      if (a.to() && a.target().is_range()) part += fmt::format(", working up to {}", format_dose_value(a.target()));
      parts.push_back(std::move(part));
    }
  };
  add("reps", d.reps);
  add("hold", d.hold);
  add("sets", d.sets);
  if (d.side) parts.push_back("side " + d.side->value);
  add("frequency", d.frequency);
  if (d.timing) parts.push_back("timing " + d.timing->value);
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + bdi(p);
  return out;
}

void movement_fields(std::string& out, const AuditIndex& index, const Movement& mv) {
  list_row(out, "Aliases", mv.aliases);
  if (mv.position) put(out, "<dt>Position</dt><dd>{}</dd>\n", bdi(mv.position->value));
  list_row(out, "Equipment", mv.equipment);
  list_row(out, "Targets", mv.targets);
  list_row(out, "Patterns", mv.patterns);
  if (!mv.fors.empty()) {
    out += "<dt>Recommended for</dt><dd>";
    for (size_t i = 0; i < mv.fors.size(); ++i) {
      if (i > 0) out += ", ";
      put(out, "{} ({})", index.condition_link(mv.fors[i].condition.value), html(mv.fors[i].phase.value));
    }
    out += "</dd>\n";
  }
  // The editors' answers to possible-duplicate, with their reasons.
  for (const MovementLink& l : mv.same_as) put(out, "<dt>Same movement as</dt><dd>{}</dd>\n", bdi(l.ref.value));
  for (const MovementLink& l : mv.distinct_from) {
    put(out, "<dt>Not the same as</dt><dd>{}{}</dd>\n", bdi(l.ref.value),
        l.reason ? " — " + bdi(l.reason->value) : std::string());
  }
  out += "</dl>\n<ol class=\"steps\">\n";
  for (const Step& s : mv.steps) {
    if (s.house) {
      put(out, "<li class=\"house\">{} {}</li>\n", bdi(s.value), kHouseBadge);
    } else {
      put(out, "<li>{}</li>\n", bdi(s.value));
    }
  }
  out += "</ol>\n";
  for (size_t i = 0; i < mv.doses.size(); ++i) {
    put(out, "<h4>Dose {}: {}{}</h4>\n", i + 1, dose_text(mv.doses[i]), mv.doses[i].house ? std::string(" ") + kHouseBadge : "");
    if (mv.doses[i].cites.empty()) {
      out += "<p class=\"muted\">No quote.</p>\n";
    } else {
      citation_list(out, index, mv.doses[i].cites);
    }
  }
  out += "<dl>\n";
}

void findings_list(std::string& out, const AuditIndex& index, const Entry& e) {
  const auto* findings = index.findings_on(e);
  if (!findings) return;
  out += "<h4>Findings</h4>\n<ul>\n";
  for (const Finding* f : *findings) {
    put(out, "<li><span class=\"badge level-{}\">{}</span> <code>{}</code> {}", level_name(f->level),
        f->suppressed_reason.empty() ? level_name(f->level) : "suppressed", html(f->rule), bdi(f->message));
    if (!f->suppressed_reason.empty()) {
      const Suppression* s = index.suppression_of(e, f->rule);
      put(out, " <em>Suppressed: {}{}</em>", bdi(f->suppressed_reason),
          s && s->reviewer ? " (reviewer: " + bdi(s->reviewer->value) + ")" : "");
    }
    out += "</li>\n";
  }
  out += "</ul>\n";
}

}  // namespace

void entry_view(std::string& out, const AuditIndex& index, const Entry& e) {
  put(out, "<article class=\"entry\" id=\"entry-{}\" data-search=\"{}\">\n<h3><span class=\"kind\">{}</span>{}</h3>\n<dl>\n",
      html(e.id.value), html(index.search_text(e)), kind_name(e.kind), bdi(index.name(e)));
  put(out, "<dt>Id</dt><dd><code>{}</code></dd>\n", html(e.id.value));
  review_status(out, index, e);
  const std::vector<Warning>* warnings = nullptr;
  if (e.kind == EntryKind::kCondition) {
    const auto& c = static_cast<const Condition&>(e);
    list_row(out, "Aliases", c.aliases);
    if (!c.related.empty()) {
      out += "<dt>Related</dt><dd>";
      for (size_t i = 0; i < c.related.size(); ++i) out += (i > 0 ? ", " : "") + index.condition_link(c.related[i].value);
      out += "</dd>\n";
    }
    if (c.summary) put(out, "<dt>Summary</dt><dd>{}</dd>\n", bdi(c.summary->value));
    list_row(out, "Symptoms", c.symptoms);
    warnings = &c.warnings;
  } else if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
    const auto& mv = static_cast<const Movement&>(e);
    movement_fields(out, index, mv);
    warnings = &mv.warnings;
  } else if (e.kind == EntryKind::kAdvice) {
    const auto& a = static_cast<const Advice&>(e);
    put(out, "<dt>Stance</dt><dd>{}</dd>\n<dt>Condition</dt><dd>{} ({})</dd>\n", html(a.stance.value),
        index.condition_link(a.condition.value), html(a.phase.value));
    list_row(out, "Patterns", a.patterns);
    list_row(out, "Exercises", a.exercises);
    put(out, "<dt>Text</dt><dd>{}</dd>\n", bdi(a.text.value));
  } else if (e.kind == EntryKind::kClaim) {
    const auto& c = static_cast<const Claim&>(e);
    put(out, "<dt>About</dt><dd>{} ({})</dd>\n<dt>Topic</dt><dd>{}</dd>\n<dt>Claim</dt><dd>{}</dd>\n",
        c.about ? index.condition_link(c.about->value) : std::string("pregnancy in general"), html(c.phase.value),
        bdi(c.topic.value), bdi(c.text.value));
    if (c.effect) put(out, "<dt>Effect</dt><dd>{} {}</dd>\n", html(c.effect->factor.value), html(c.effect->direction.value));
    for (const Figure& f : c.figures) {
      put(out, "<dt>Figure</dt><dd>{}{} — {}{}</dd>\n", html(f.value.value), f.unit ? " " + html(f.unit->value) : "",
          bdi(f.text.value), f.sample ? " (sample " + html(f.sample->value) + ")" : "");
    }
  }
  out += "</dl>\n";
  if (warnings && !warnings->empty()) {
    out += "<h4>Warnings</h4>\n<ul>\n";
    for (const Warning& w : *warnings) {
      put(out, "<li><span class=\"badge\">{}</span> {}", html(w.category.value), bdi(w.text.value));
      if (w.house) out += std::string(" ") + kHouseBadge;
      if (w.editorial()) {
        if (!w.house) out += " <span class=\"badge editorial\">editorial: cites no source</span>";
      } else {
        out += "\n";
        citation_list(out, index, w.cites);
      }
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "<h4>Citations</h4>\n";
  citation_list(out, index, e.cites);
  findings_list(out, index, e);
  out += "</article>\n";
}

}  // namespace contentc
