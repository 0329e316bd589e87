#include "rules/review_content.h"

#include <map>
#include <optional>

#include <fmt/format.h>

#include "rules/article_index.h"
#include "rules/cited_passages.h"
#include "util/utf8.h"

namespace contentc {
namespace {

class FieldList {
 public:
  /// `articles`: an index of the model's articles to use; null, one of its own (made for each
  /// call: a caller that asks for many entries' fields gives one).
  FieldList(const Model& model, const SourceFiles& files, const ArticleIndex* articles)
      : files_(files), articles_(articles ? *articles : own_articles_.emplace(model)) {}

  void add(std::string name, std::string value, Loc loc) {
    if (!value.empty()) out.push_back(ReviewField{std::move(name), std::move(value), loc});
  }
  void add(std::string name, const Text& t) { add(std::move(name), t.value.str(), t.loc); }
  void add(std::string name, const std::optional<Text>& t) {
    if (t) add(std::move(name), *t);
  }
  void add_list(const std::string& name, const std::vector<Text>& items) {
    for (size_t i = 0; i < items.size(); ++i) add(fmt::format("{} {}", name, i + 1), items[i]);
  }
  void add_cites(const std::string& prefix, const std::vector<Cite>& cites) {
    for (size_t i = 0; i < cites.size(); ++i) {
      const Cite& c = cites[i];
      add(fmt::format("{}cite {}", prefix, i + 1),
          fmt::format("{}{}: {}", c.article.value, c.section ? " § " + c.section->value : "", c.quote.value), c.loc);
      add_passage(c);
    }
  }
  void add_dose(size_t n, const Dose& d) {
    const std::string p = fmt::format("dose {} ", n);
    const auto amount = [&](const char* name, const DoseAmount& a) {
      if (a) add(p + name, a.text->value + (a.to() ? " to " + a.to()->value : ""), a.text->loc);
    };
    amount("reps", d.reps);
    amount("hold", d.hold);
    amount("sets", d.sets);
    amount("frequency", d.frequency);
    add(p + "side", d.side);
    add(p + "timing", d.timing);
    if (d.house) add(p + "source", "house", d.loc);
    add_cites(p, d.cites);
  }
  void add_warnings(const std::vector<Warning>& warnings) {
    for (size_t i = 0; i < warnings.size(); ++i) {
      const Warning& w = warnings[i];
      const std::string p = fmt::format("warning {}", i + 1);
      add(p, fmt::format("{}{}: {}", w.category.value, w.house ? " (house)" : "", w.text.value), w.loc);
      add_cites(p + " ", w.cites);
    }
  }
  void finish() {
    for (size_t i = 0; i < passages_.size(); ++i) {
      out.push_back(ReviewField{fmt::format("passage {}", i + 1), passages_[i].first, passages_[i].second});
    }
  }

  std::vector<ReviewField> out;

 private:
  // The paragraph around a found quote, once per paragraph.
  void add_passage(const Cite& c) {
    const Article* a = articles_.find(c.article.value);
    if (!a || a->snapshot_file == Loc::kNoFile || !c.match.found || c.match.spans.empty()) return;
    const std::string_view text = files_[a->snapshot_file].text;
    const auto [from, to] = paragraph_around(text, c.match.spans.front().begin, c.match.spans.back().end);
    std::string passage = c.article.value + ": " + std::string(text.substr(from, to - from));
    if (std::none_of(passages_.begin(), passages_.end(), [&](const auto& p) { return p.first == passage; })) {
      passages_.emplace_back(std::move(passage), c.loc);
    }
  }

  const SourceFiles& files_;
  std::optional<ArticleIndex> own_articles_;  // declared before articles_, which may refer to it
  const ArticleIndex& articles_;
  std::vector<std::pair<std::string, Loc>> passages_;  // the text, and the first cite of it
};

}  // namespace

std::vector<ReviewField> review_fields(const Model& model, const SourceFiles& files, const Entry& entry,
                                       const ArticleIndex* articles) {
  FieldList f(model, files, articles);
  switch (entry.kind) {
    case EntryKind::kExercise:
    case EntryKind::kStretch: {
      const auto& m = static_cast<const Movement&>(entry);
      f.add("name", m.name);
      f.add_list("alias", m.aliases);
      f.add("position", m.position);
      f.add_list("equipment", m.equipment);
      f.add_list("target", m.targets);
      f.add_list("pattern", m.patterns);
      for (size_t i = 0; i < m.fors.size(); ++i) {
        const ForCondition& c = m.fors[i];
        f.add(fmt::format("for {}", i + 1),
              fmt::format("{} (phase {}, severity {})", c.condition.value, c.phase.value, c.severity.value), c.loc);
      }
      for (size_t i = 0; i < m.steps.size(); ++i) {
        f.add(fmt::format("step {}", i + 1), m.steps[i].value + (m.steps[i].house ? " (house)" : ""), m.steps[i].loc);
      }
      for (size_t i = 0; i < m.doses.size(); ++i) f.add_dose(i + 1, m.doses[i]);
      f.add_warnings(m.warnings);
      // What an app shows beside the movement: the advice that names it.
      size_t n = 0;
      for (const Advice& a : model.advice) {
        if (std::none_of(a.exercises.begin(), a.exercises.end(), [&](const Text& t) { return t.value == m.id.value; })) continue;
        f.add(fmt::format("advice {}", ++n), fmt::format("{} ({} {}, phase {}): {}", a.id.value, a.stance.value,
                                                          a.condition.value, a.phase.value, a.text.value),
              a.loc);
      }
      break;
    }
    case EntryKind::kCondition: {
      const auto& c = static_cast<const Condition&>(entry);
      f.add("name", c.name);
      f.add_list("alias", c.aliases);
      f.add_list("related", c.related);
      f.add("summary", c.summary);
      f.add_list("symptom", c.symptoms);
      f.add_warnings(c.warnings);
      break;
    }
    case EntryKind::kAdvice: {
      const auto& a = static_cast<const Advice&>(entry);
      f.add("stance", a.stance);
      f.add("condition", a.condition);
      f.add("phase", a.phase);
      f.add("severity", a.severity);
      f.add_list("pattern", a.patterns);
      f.add_list("exercise", a.exercises);
      f.add("text", a.text);
      break;
    }
    case EntryKind::kClaim: {
      const auto& c = static_cast<const Claim&>(entry);
      f.add("about", c.about);
      f.add("phase", c.phase);
      f.add("topic", c.topic);
      f.add("text", c.text);
      if (c.effect) f.add("effect", c.effect->factor.value + " " + c.effect->direction.value, c.effect->loc);
      for (size_t i = 0; i < c.figures.size(); ++i) {
        const Figure& g = c.figures[i];
        f.add(fmt::format("figure {}", i + 1),
              fmt::format("{}{}{}: {}", g.value.value, g.unit ? " " + g.unit->value : "",
                          g.sample ? " (n=" + g.sample->value + ")" : "", g.text.value),
              g.loc);
      }
      break;
    }
    case EntryKind::kArticle:
      break;
  }
  f.add_cites("", entry.cites);
  f.finish();
  return std::move(f.out);
}

std::vector<ReviewedFieldChange> review_diff(const std::vector<ReviewField>& approved, const std::vector<ReviewField>& now) {
  std::map<std::string, const ReviewField*> before, after;
  for (const ReviewField& f : approved) before.emplace(f.name, &f);
  for (const ReviewField& f : now) after.emplace(f.name, &f);
  std::vector<ReviewedFieldChange> out;
  for (const ReviewField& f : approved) {
    const auto it = after.find(f.name);
    if (it == after.end() || it->second->value != f.value) {
      out.push_back({f.name, f.value, it == after.end() ? std::string() : it->second->value, true, it != after.end()});
    }
  }
  for (const ReviewField& f : now) {
    if (!before.contains(f.name)) out.push_back({f.name, "", f.value, false, true});
  }
  return out;
}

std::vector<std::string> review_changes(const std::vector<ReviewField>& approved, const std::vector<ReviewField>& now) {
  const auto shown = [](const std::string& v) { return "'" + utf8_shortened(v, 80) + "'"; };
  // A long value that changed is shown around its change: "'…for 5 seconds, release…'".
  const auto around_change = [](const std::string& a, const std::string& b) -> std::pair<std::string, std::string> {
    size_t p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
    size_t s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s]) ++s;
    const auto cut = [&](const std::string& v) {
      size_t from = p > 24 ? v.rfind(' ', p - 24) : 0;  // a few words before the change
      from = from == std::string::npos || p <= 24 ? 0 : from + 1;
      size_t to = v.size() - s;
      to = s > 24 ? v.find(' ', to + 24) : v.size();
      if (to == std::string::npos) to = v.size();
      std::string out = (from > 0 ? "…" : "") + utf8_shortened(std::string_view(v).substr(from, to - from), 100);
      if (to < v.size() && out.size() >= 3 && out.compare(out.size() - 3, 3, "…") != 0) out += "…";
      return "'" + out + "'";
    };
    return {cut(a), cut(b)};
  };
  std::vector<std::string> out;
  for (const ReviewedFieldChange& c : review_diff(approved, now)) {
    if (!c.is_there) {
      out.push_back(fmt::format("{}: {} (gone)", c.name, shown(c.before)));
    } else if (!c.was_there) {
      out.push_back(fmt::format("{}: (new) {}", c.name, shown(c.after)));
    } else {
      const auto [before_text, after_text] = around_change(c.before, c.after);
      out.push_back(fmt::format("{}: {} → {}", c.name, before_text, after_text));
    }
  }
  return out;
}

}  // namespace contentc
