#include "changes/changes_json.h"

#include <nlohmann/json.hpp>

#include "changes/sql_tuples.h"
#include "tables/bundle_tables.h"
#include "tables/csv_writer.h"
#include "util/json_writer.h"

namespace contentc {
namespace {

/// An SQL literal as the JSON value bundle.json gives it.
void literal_value(JsonWriter& w, std::string_view literal) {
  if (literal == "NULL") {
    w.null();
  } else if (literal == "TRUE" || literal == "FALSE") {
    w.value(literal == "TRUE");
  } else if (!literal.empty() && literal[0] == '\'') {
    w.value(unquote_literal(literal));
  } else {
    w.raw(literal);
  }
}

/// A JSON value back as the SQL literal it was written from.
std::string json_literal(const nlohmann::json& v) {
  if (v.is_null()) return "NULL";
  if (v.is_boolean()) return v.get<bool>() ? "TRUE" : "FALSE";
  if (v.is_string()) {
    std::string out = "'";
    append_quoted_body(out, v.get<std::string>(), '\'');
    return out + "'";
  }
  return v.dump();
}

void record(JsonWriter& w, const Table& t, const std::vector<std::string>& row) {
  w.begin_object();
  for (size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
    w.key(t.columns[i].name);
    literal_value(w, row[i]);
  }
  w.end_object();
}

void counts(JsonWriter& w, size_t added, size_t removed, size_t modified) {
  w.key("counts").begin_object();
  w.key("added").value(static_cast<uint64_t>(added));
  w.key("removed").value(static_cast<uint64_t>(removed));
  w.key("modified").value(static_cast<uint64_t>(modified));
  w.end_object();
}

}  // namespace

std::string write_changes_json(const ChangeSet& c) {
  const std::vector<Table> tables = bundle_schemas();
  JsonWriter w;
  w.flatten_below(4);  // one line per record
  w.begin_object();
  w.key("format_version").value(kFormatVersion);
  w.key("from_version").value(c.from_version);
  w.key("to_version").value(c.to_version);
  w.key("bump").value(bump_name(c.bump));
  size_t added = 0, removed = 0, modified = 0;
  for (const TableChanges& t : c.tables) {
    added += t.added.size(), removed += t.removed.size(), modified += t.modified.size();
  }
  counts(w, added, removed, modified);
  w.key("tables").begin_array();
  for (size_t i = 0; i < tables.size(); ++i) {
    const Table& t = tables[i];
    const TableChanges& ch = c.tables[i];
    w.begin_object();
    w.key("name").value(t.name);
    w.key("primary_key").begin_array();
    for (std::string_view k : t.primary_key) w.value(k);
    w.end_array();
    counts(w, ch.added.size(), ch.removed.size(), ch.modified.size());
    w.key("added").begin_array();
    for (const auto& row : ch.added) record(w, t, row);
    w.end_array();
    w.key("removed").begin_array();
    for (const auto& row : ch.removed) record(w, t, row);
    w.end_array();
    w.key("modified").begin_array();
    for (const ModifiedRow& m : ch.modified) {
      w.begin_object();
      w.key("key");
      record(w, t, m.key);
      w.key("changes").begin_array();
      for (const FieldChange& f : m.fields) {
        w.begin_object();
        w.key("field").value(t.columns[f.column].name);
        w.key("before");
        literal_value(w, f.before);
        w.key("after");
        literal_value(w, f.after);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("snapshots").begin_array();
  for (const SnapshotChange& s : c.snapshots) {
    w.begin_object();
    w.key("article").value(s.article);
    w.key("before_sha256").value(s.before_sha256);
    w.key("after_sha256").value(s.after_sha256);
    w.key("citations").begin_array();
    for (const auto& cite : s.citations) {
      w.begin_object();
      w.key("entry_id").value(cite.entry_id);
      w.key("ordinal").value(cite.ordinal);
      w.key("context").value(cite.context);
      w.key("quote").value(cite.quote);
      w.key("status").value(relocation_name(cite.status));
      w.key("risk").value(risk_name(cite.risk.risk));
      if (cite.status == Relocation::kQuoteChanged) {
        w.key("risk_detail").value(cite.risk.detail);
        w.key("before_quote").value(cite.before_quote);
      }
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

std::optional<ChangeSet> read_changes_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  const std::vector<Table> tables = bundle_schemas();
  if (!j.is_object() || !j.contains("tables") || !j["tables"].is_array() || j["tables"].size() != tables.size()) {
    return std::nullopt;
  }
  try {
    ChangeSet c;
    c.from_version = j.at("from_version").get<std::string>();
    c.to_version = j.at("to_version").get<std::string>();
    const std::string bump = j.at("bump").get<std::string>();
    for (Bump b : {Bump::kNone, Bump::kPatch, Bump::kMinor, Bump::kMajor}) {
      if (bump_name(b) == bump) c.bump = b;
    }
    c.tables.resize(tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
      const Table& t = tables[i];
      const nlohmann::json& jt = j["tables"][i];
      if (jt.at("name").get<std::string>() != t.name) return std::nullopt;
      auto row = [&](const nlohmann::json& r, size_t n) {
        std::vector<std::string> out;
        for (size_t k = 0; k < n; ++k) out.push_back(json_literal(r.at(std::string(t.columns[k].name))));
        return out;
      };
      for (const auto& r : jt.at("added")) c.tables[i].added.push_back(row(r, t.columns.size()));
      for (const auto& r : jt.at("removed")) c.tables[i].removed.push_back(row(r, t.columns.size()));
      for (const auto& m : jt.at("modified")) {
        ModifiedRow mr{row(m.at("key"), t.primary_key.size()), {}};
        for (const auto& f : m.at("changes")) {
          const std::string field = f.at("field").get<std::string>();
          size_t column = 0;
          while (column < t.columns.size() && t.columns[column].name != field) ++column;
          if (column == t.columns.size()) return std::nullopt;
          mr.fields.push_back({column, json_literal(f.at("before")), json_literal(f.at("after"))});
        }
        c.tables[i].modified.push_back(std::move(mr));
      }
    }
    for (const auto& s : j.at("snapshots")) {
      SnapshotChange sc{s.at("article").get<std::string>(), s.at("before_sha256").get<std::string>(),
                        s.at("after_sha256").get<std::string>(), {}};
      for (const auto& cite : s.at("citations")) {
        sc.citations.push_back({cite.at("entry_id").get<std::string>(), cite.at("context").get<std::string>(),
                                cite.at("ordinal").get<int64_t>(), cite.at("quote").get<std::string>()});
        SnapshotChange::Citation& read = sc.citations.back();
        // Written since format 2.6: how the citation changed, and its risk.
        const std::string status = cite.value("status", "unchanged"), risk = cite.value("risk", "none");
        for (int r = 0; r <= static_cast<int>(Relocation::kGone); ++r) {
          if (relocation_name(static_cast<Relocation>(r)) == status) read.status = static_cast<Relocation>(r);
        }
        for (int r = 0; r <= static_cast<int>(ClinicalRisk::kNone); ++r) {
          if (risk_name(static_cast<ClinicalRisk>(r)) == risk) read.risk.risk = static_cast<ClinicalRisk>(r);
        }
        read.risk.detail = cite.value("risk_detail", "");
        read.before_quote = cite.value("before_quote", "");
      }
      c.snapshots.push_back(std::move(sc));
    }
    return c;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace contentc
