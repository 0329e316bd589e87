#include "emit/json_bundle_writer.h"

#include "tables/bundle_tables.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "version.h"

namespace contentc {
namespace {

const std::string kZeroDigest(64, '0');

class BundleJson {
 public:
  BundleJson(const CitationIndex& citations, OutputBuffer& out) : citations_(citations), w_(out), out_(out) {
    w_.flatten_below(2);  // one line per record
  }

  /// Returns the offset of the content digest's zeros.
  size_t write(const Model& m) {
    w_.begin_object();
    w_.key("format_version").value(kFormatVersion);
    w_.key("generator").value(std::string("contentc ") + kVersion);
    w_.key("content_digest").value("sha256:" + kZeroDigest);
    const size_t digest_at = out_.size() - 1 - kZeroDigest.size();
    w_.key("articles").begin_array();
    for (const Article& a : m.articles) article(a);
    w_.end_array();
    w_.key("conditions").begin_array();
    for (const Condition& c : m.conditions) condition(c);
    w_.end_array();
    for (EntryKind kind : {EntryKind::kExercise, EntryKind::kStretch}) {
      w_.key(kind == EntryKind::kExercise ? "exercises" : "stretches").begin_array();
      for (const Movement& mv : m.movements) {
        if (mv.kind == kind) movement(mv);
      }
      w_.end_array();
    }
    w_.key("advice").begin_array();
    for (const Advice& a : m.advice) advice(a);
    w_.end_array();
    w_.key("claims").begin_array();
    for (const Claim& c : m.claims) claim(c);
    w_.end_array();
    w_.end_object();
    w_.finish();
    return digest_at;
  }

 private:
  void str(std::string_view key, const Text& t) { w_.key(key).value(t.value); }
  void opt(std::string_view key, const std::optional<Text>& t) {
    w_.key(key);
    t ? (void)w_.value(t->value) : (void)w_.null();
  }
  void strings(std::string_view key, const std::vector<Text>& list) {
    w_.key(key).begin_array();
    for (const Text& t : list) w_.value(t.value);
    w_.end_array();
  }

  void cites(const std::vector<Cite>& list) {
    w_.key("citations").begin_array();
    for (const Cite& c : list) {
      const CitationIndex::Entry& ci = citations_[c];
      w_.begin_object();
      w_.key("ordinal").value(ci.ordinal);
      str("article", c.article);
      opt("section", c.section);
      str("quote", c.quote);
      if (!ci.quote_url.empty()) w_.key("quote_url").value(ci.quote_url);
      w_.key("spans").begin_array();
      for (const auto& [start, end] : ci.spans) {
        w_.begin_object().key("start").value(start).key("end").value(end).end_object();
      }
      w_.end_array();
      w_.end_object();
    }
    w_.end_array();
  }

  /// "source": "house" for the house's own advice, "article" for the article's words.
  void source(bool house) { w_.key("source").value(house ? "house" : "article"); }

  void warnings(const std::vector<Warning>& list) {
    w_.key("warnings").begin_array();
    for (const Warning& x : list) {
      w_.begin_object();
      str("category", x.category);
      str("text", x.text);
      w_.key("editorial").value(x.editorial());
      source(x.house);
      cites(x.cites);
      w_.end_object();
    }
    w_.end_array();
  }

  void reviews(const Entry& e) {
    w_.key("reviews").begin_array();
    for (const CitationIndex::Review& r : citations_.reviews(e)) {
      w_.begin_object();
      w_.key("role").value(r.role);
      w_.key("reviewer").value(r.reviewer);
      w_.key("reviewed").value(r.reviewed);
      w_.key("due").value(r.due);
      w_.end_object();
    }
    w_.end_array();
  }

  void suppressions(const Entry& e) {
    w_.key("suppressions").begin_array();
    for (const Suppression* each : entry_suppressions(e)) {  // a dose's too
      const Suppression& s = *each;
      w_.begin_object();
      str("rule", s.rule);
      str("reason", s.reason);
      opt("reviewer", s.reviewer);
      opt("until", s.until);
      w_.key("scope");
      if (s.scope.empty()) {
        w_.null();
      } else {
        w_.value(s.scope);
      }
      w_.end_object();
    }
    w_.end_array();
  }

  /// {"min", "max"} (with "unit" or "per" when given), {"word"}, or null.
  /// min, max, the unit (under `unit_key`) and how exact ("approx", when not exact); or the word.
  void dose_number(const DoseValue& v, std::string_view unit_key) {
    w_.begin_object();
    if (v.is_range()) {
      w_.key("min").value(static_cast<int64_t>(v.min)).key("max").value(static_cast<int64_t>(v.max));
      if (!unit_key.empty()) w_.key(unit_key).value(v.unit);
      if (!v.approx.empty()) w_.key("approx").value(v.approx);
    } else {
      w_.key("word").value(v.word);
    }
  }

  void dose_value(std::string_view key, const DoseAmount& a, std::string_view unit_key) {
    w_.key(key);
    const DoseValue& v = a.value;
    if (v.kind == DoseValue::Kind::kAbsent || v.kind == DoseValue::Kind::kInvalid) {
      w_.null();
      return;
    }
    dose_number(v, unit_key);
    if (a.to() && a.target().is_range()) {  // a progression: what to work up to
      w_.key("to");
      dose_number(a.target(), unit_key);
      w_.end_object();
    }
    w_.end_object();
  }

  void article(const Article& a) {
    w_.begin_object();
    str("id", a.id);
    str("title", a.title);
    str("author", a.author);
    opt("publisher", a.publisher);
    opt("url", a.url);
    opt("retrieved", a.retrieved);
    opt("license", a.license);
    const auto& [digest, length] = citations_.snapshot(a);
    w_.key("snapshot").begin_object();
    w_.key("path").value(a.snapshot_path);
    w_.key("sha256").value(digest);
    w_.key("length").value(length);
    opt("captured", a.captured);
    opt("page_sha256", a.page_sha256);
    opt("archive", a.archive);
    w_.end_object();
    suppressions(a);
    w_.end_object();
  }

  void condition(const Condition& c) {
    w_.begin_object();
    str("id", c.id);
    str("name", c.name);
    strings("aliases", c.aliases);
    strings("related", c.related);
    opt("summary", c.summary);
    strings("symptoms", c.symptoms);
    warnings(c.warnings);
    cites(c.cites);
    suppressions(c);
    reviews(c);
    w_.end_object();
  }

  void movement(const Movement& m) {
    w_.begin_object();
    str("id", m.id);
    str("name", m.name);
    strings("aliases", m.aliases);
    opt("position", m.position);
    strings("equipment", m.equipment);
    strings("targets", m.targets);
    strings("patterns", m.patterns);
    w_.key("recommended_for").begin_array();
    for (const ForCondition& f : m.fors) {
      w_.begin_object();
      str("condition", f.condition);
      str("phase", f.phase);
      str("severity", f.severity);
      w_.end_object();
    }
    w_.end_array();
    w_.key("same_as").begin_array();  // format 2.3: the editors' answers to possible-duplicate
    for (const MovementLink& l : m.same_as) w_.value(l.ref.value);
    w_.end_array();
    w_.key("distinct_from").begin_array();
    for (const MovementLink& l : m.distinct_from) {
      w_.begin_object();
      str("ref", l.ref);
      opt("reason", l.reason);
      w_.end_object();
    }
    w_.end_array();
    w_.key("steps").begin_array();
    for (const Step& s : m.steps) w_.value(s.value);
    w_.end_array();
    w_.key("house_steps").begin_array();  // the ordinals of the steps that are the house's own advice
    for (size_t i = 0; i < m.steps.size(); ++i) {
      if (m.steps[i].house) w_.value(static_cast<int64_t>(i + 1));
    }
    w_.end_array();
    w_.key("doses").begin_array();
    for (const Dose& d : m.doses) {
      w_.begin_object();
      dose_value("reps", d.reps, "");
      dose_value("hold", d.hold, "unit");
      dose_value("sets", d.sets, "");
      opt("side", d.side);
      dose_value("frequency", d.frequency, "per");
      opt("timing", d.timing);
      source(d.house);
      cites(d.cites);
      w_.end_object();
    }
    w_.end_array();
    warnings(m.warnings);
    cites(m.cites);
    suppressions(m);
    reviews(m);
    w_.end_object();
  }

  void advice(const Advice& a) {
    w_.begin_object();
    str("id", a.id);
    str("stance", a.stance);
    str("condition", a.condition);
    str("phase", a.phase);
    str("severity", a.severity);
    strings("patterns", a.patterns);
    strings("exercises", a.exercises);
    str("text", a.text);
    cites(a.cites);
    suppressions(a);
    reviews(a);
    w_.end_object();
  }

  void claim(const Claim& c) {
    w_.begin_object();
    str("id", c.id);
    opt("about", c.about);
    str("topic", c.topic);
    str("phase", c.phase);
    str("text", c.text);
    w_.key("effect");
    if (c.effect) {
      w_.begin_object();
      str("factor", c.effect->factor);
      str("direction", c.effect->direction);
      w_.end_object();
    } else {
      w_.null();
    }
    w_.key("figures").begin_array();
    for (const Figure& f : c.figures) {
      w_.begin_object();
      w_.key("value").raw(canonical_decimal(f.value.value));
      opt("unit", f.unit);
      w_.key("sample");
      f.sample ? (void)w_.value(static_cast<int64_t>(std::stoll(f.sample->value.str()))) : (void)w_.null();
      str("text", f.text);
      w_.end_object();
    }
    w_.end_array();
    cites(c.cites);
    suppressions(c);
    reviews(c);
    w_.end_object();
  }

  const CitationIndex& citations_;
  JsonWriter w_;
  OutputBuffer& out_;
};

}  // namespace

size_t write_json_bundle(const Model& model, const CitationIndex& citations, OutputBuffer& out) {
  return BundleJson(citations, out).write(model);
}

std::string write_json_bundle(const Model& model, const CitationIndex& citations) {
  OutputBuffer out;
  const size_t digest_at = write_json_bundle(model, citations, out);
  std::string json = out.take();
  json.replace(digest_at, kZeroDigest.size(), sha256_hex(json));
  return json;
}

}  // namespace contentc
