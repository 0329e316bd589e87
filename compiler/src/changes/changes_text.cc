#include "changes/changes_text.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "changes/sql_tuples.h"
#include "diag/renderers.h"
#include "tables/bundle_tables.h"
#include "util/plural.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// One row of each table, in words. An entry's kind ("exercise") is the row name of its table.
struct RowName {
  std::string_view table, one, many;
};
constexpr RowName kRowNames[] = {
    {"entries", "entry", "entries"}, {"articles", "article", "articles"},
    {"conditions", "condition", "conditions"}, {"exercises", "exercise", "exercises"},
    {"stretches", "stretch", "stretches"}, {"advice", "advice", "advice"}, {"claims", "claim", "claims"},
    {"aliases", "alias", "aliases"}, {"related_conditions", "related condition", "related conditions"},
    {"symptoms", "symptom", "symptoms"}, {"equipment", "equipment", "equipment"},
    {"targets", "target", "targets"}, {"patterns", "pattern", "patterns"},
    {"recommendations", "recommendation", "recommendations"}, {"steps", "step", "steps"},
    {"doses", "dose", "doses"}, {"warnings", "warning", "warnings"},
    {"advice_patterns", "advice pattern", "advice patterns"},
    {"advice_exercises", "advice exercise", "advice exercises"},
    {"claim_figures", "claim figure", "claim figures"}, {"citations", "citation", "citations"},
    {"citation_spans", "citation span", "citation spans"}, {"suppressions", "suppression", "suppressions"}};

/// The names of a table's rows, found by the table's name or by the singular ("exercise").
RowName row_name(std::string_view name) {
  for (const RowName& r : kRowNames) {
    if (r.table == name || r.one == name) return r;
  }
  return {name, name, name};
}

std::string counted(std::string_view name, size_t n) {
  const RowName r = row_name(name);
  return plural(n, r.one, r.many);
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

/// A text cut at 80 characters, safe for a terminal.
std::string shown_text(std::string_view raw) {
  std::string text = terminal_safe(raw);
  constexpr size_t kMax = 80;
  if (utf8_count_code_points(text) <= kMax) return text;
  size_t bytes = 0;
  for (size_t cps = 0; cps < kMax && bytes < text.size(); ++cps) {
    bytes += utf8_sequence_length(static_cast<unsigned char>(text[bytes]));
  }
  return text.substr(0, std::min(bytes, text.size())) + "…";
}

/// A value as a person reads it: a number as it is, a text in double quotes (cut at 80
/// characters), `none` for NULL.
std::string shown(std::string_view literal) {
  if (literal == "NULL") return "none";
  if (literal == "TRUE" || literal == "FALSE") return literal == "TRUE" ? "true" : "false";
  if (literal.empty() || literal[0] != '\'') return std::string(literal);
  return '"' + shown_text(unquote_literal(literal)) + '"';
}

/// `8-10`, or `8` when both ends are one number.
std::string range(std::string_view min, std::string_view max) {
  return min == max ? shown(min) : fmt::format("{}-{}", shown(min), shown(max));
}

/// The fields of a row that are not its key, in words: "reps 8-10, side each", or the value
/// alone when it is the only one given (a step's text, its source null).
std::string row_values(const Table& t, const std::vector<std::string>& row) {
  std::vector<std::string> parts;
  const size_t first = t.primary_key.size();
  const bool alone = first < row.size() && row[first] != "NULL" &&
                     std::all_of(row.begin() + first + 1, row.end(), [](const std::string& v) { return v == "NULL"; });
  for (size_t i = first; i < row.size(); ++i) {
    const std::string_view name = t.columns[i].name;
    if (row[i] == "NULL") continue;
    if (name.ends_with("_min") && i + 1 < row.size() && t.columns[i + 1].name.ends_with("_max")) {
      parts.push_back(fmt::format("{} {}", name.substr(0, name.size() - 4), range(row[i], row[i + 1])));
      ++i;
      continue;
    }
    parts.push_back(alone ? shown(row[i]) : fmt::format("{} {}", name, shown(row[i])));
  }
  return joined(parts);
}

/// The fields that changed: "reps 8-10 → 10-12, text a → b" (a min and a max that changed
/// together are shown as one range).
std::string field_changes(const Table& t, const std::vector<std::string_view>& before,
                          const std::vector<std::string_view>& after, const ModifiedRow& m) {
  std::set<size_t> changed;
  for (const FieldChange& f : m.fields) changed.insert(f.column);
  std::vector<std::string> parts;
  for (size_t i : changed) {
    const std::string_view name = t.columns[i].name;
    std::string part;
    if (name.ends_with("_min") && changed.contains(i + 1) && t.columns[i + 1].name.ends_with("_max")) {
      part = fmt::format("{} {} → {}", name.substr(0, name.size() - 4), range(before[i], before[i + 1]),
                         range(after[i], after[i + 1]));
      changed.erase(i + 1);
    } else if (t.columns.size() == t.primary_key.size() + 1 || t.name == std::string(name) + "s") {
      // the row's one value, or the value the table is named after (a step's text)
      part = fmt::format("{} → {}", shown(before[i]), shown(after[i]));
    } else {
      part = fmt::format("{} {} → {}", name, shown(before[i]), shown(after[i]));
    }
    parts.push_back(std::move(part));
  }
  return joined(parts);
}

/// "dose 1", "citation span 2.1": the row named by the rest of its key; "" for the entry's own row.
std::string row_label(const Table& table, const std::vector<std::string>& key) {
  if (key.size() < 2) return "";
  std::string label(row_name(table.name).one);
  for (size_t i = 1; i < key.size(); ++i) label += (i == 1 ? " " : ".") + shown(key[i]);
  return label;
}

}  // namespace

ChangeSummary summarize(const ChangeSet& c) {
  const std::vector<Table> tables = bundle_schemas();
  ChangeSummary s;
  // Entries added or removed, by kind (the entries table's second column).
  std::set<std::string> whole;  // their rows in other tables are part of them
  for (const auto& [verb, rows] : {std::pair{"added", &c.tables[0].added}, std::pair{"removed", &c.tables[0].removed}}) {
    std::map<std::string, std::vector<std::string>> by_kind;
    for (const auto& row : *rows) {
      by_kind[unquote_literal(row[1])].push_back(unquote_literal(row[0]));
      whole.insert(row[0]);
    }
    for (auto& [kind, ids] : by_kind) s.entries.push_back({counted(kind, ids.size()) + " " + verb, std::move(ids)});
  }
  // Every other change, by entry: each table's first key column is the entry it belongs to.
  std::map<std::string, std::vector<std::string>> lines;
  std::vector<std::string> counts;
  for (size_t t = 0; t < tables.size(); ++t) {
    if (t == 0) continue;  // entries: added and removed above; a kind change shows in its tables
    const Table& table = tables[t];
    const size_t n = table.primary_key.size();
    size_t a = 0, r = 0, m = 0;
    // A row added to, or removed from, an entry that stays.
    auto whole_row = [&](const std::vector<std::string>& row, std::string_view verb) {
      const std::string label = row_label(table, {row.begin(), row.begin() + static_cast<std::ptrdiff_t>(n)});
      lines[unquote_literal(row[0])].push_back(
          fmt::format("{} {}: {}", label.empty() ? std::string(row_name(table.name).one) : label, verb, row_values(table, row)));
    };
    for (const auto& row : c.tables[t].added) {
      if (whole.contains(row[0])) continue;
      ++a;
      whole_row(row, "added");
    }
    // A passage that only moved (the snapshot changed before it) is one line per entry.
    const bool spans = table.name == "citation_spans";
    std::map<std::string, std::set<int64_t>> moved;
    for (const ModifiedRow& mr : c.tables[t].modified) {
      if (whole.contains(mr.key[0])) continue;
      ++m;
      if (spans && mr.fields.size() == 2 &&
          std::stoll(mr.fields[0].after) - std::stoll(mr.fields[0].before) ==
              std::stoll(mr.fields[1].after) - std::stoll(mr.fields[1].before)) {
        moved[unquote_literal(mr.key[0])].insert(std::stoll(mr.key[1]));
        continue;
      }
      std::vector<std::string_view> before(table.columns.size()), after(table.columns.size());
      for (const FieldChange& f : mr.fields) before[f.column] = f.before, after[f.column] = f.after;
      const std::string label = row_label(table, mr.key);
      lines[unquote_literal(mr.key[0])].push_back(
          fmt::format("{}{}", label.empty() ? "" : label + ": ", field_changes(table, before, after, mr)));
    }
    for (const auto& [entry, ordinals] : moved) {
      std::string list;
      for (int64_t n : ordinals) list += fmt::format("{}{}", list.empty() ? "" : ", ", n);
      lines[entry].push_back(fmt::format("{} {}: the passage moved in the article's text",
                                         ordinals.size() == 1 ? "citation" : "citations", list));
    }
    for (const auto& row : c.tables[t].removed) {
      if (whole.contains(row[0])) continue;
      ++r;
      whole_row(row, "removed");
    }
    if (a) counts.push_back(counted(table.name, a) + " added");
    if (m) counts.push_back(counted(table.name, m) + " changed");
    if (r) counts.push_back(counted(table.name, r) + " removed");
    s.changed_rows += a + m + r;
  }
  s.row_counts = joined(counts);
  for (auto& [entry, l] : lines) s.changed.push_back({entry, std::move(l)});
  return s;
}

std::string render_changes_text(const ChangeSet& c) {
  const ChangeSummary s = summarize(c);
  std::string out = fmt::format("content {} → {} ({})\n", c.from_version.empty() ? "(none)" : c.from_version,
                                c.to_version, c.bump == Bump::kNone ? "nothing changed" : bump_name(c.bump));
  for (const EntryGroup& g : s.entries) out += fmt::format("{}: {}\n", g.what, joined(g.ids));
  if (!s.row_counts.empty()) {
    out += fmt::format("{} in {}: {}\n", plural(s.changed_rows, "change", "changes"),
                       plural(s.changed.size(), "entry", "entries"), s.row_counts);
  }
  for (const EntryChanges& e : s.changed) {
    out += fmt::format("\n{}\n", e.entry_id);
    for (const std::string& line : e.lines) out += "  " + line + "\n";
  }
  for (const SnapshotChange& snap : c.snapshots) {
    out += fmt::format("\nthe snapshot of article {} changed: {} to read again\n", snap.article,
                       plural(snap.citations.size(), "citation", "citations"));
    // Worst first: an edited quote with its risk and the words that changed, then the rest.
    for (const auto& cite : snap.citations) {
      std::string how = std::string(relocation_name(cite.status));
      if (cite.status == Relocation::kQuoteChanged) {
        how = cite.before_quote.empty() ? fmt::format("{}, new", risk_name(cite.risk.risk))
                                        : fmt::format("{}, quote changed: {}", risk_name(cite.risk.risk), cite.risk.detail);
      }
      out += fmt::format("  {} citation {} ({}), {}: \"{}\"\n", cite.entry_id, cite.ordinal, cite.context, how,
                         shown_text(cite.quote));
    }
  }
  return out;
}

std::string changes_one_line(const ChangeSet& c) {
  if (c.bump == Bump::kNone) return fmt::format("nothing changed; content version {}", c.to_version);
  const ChangeSummary s = summarize(c);
  std::vector<std::string> what;
  for (const EntryGroup& g : s.entries) what.push_back(g.what);
  if (!s.row_counts.empty()) what.push_back(s.row_counts);
  if (!c.snapshots.empty()) {
    size_t cites = 0;
    for (const SnapshotChange& snap : c.snapshots) cites += snap.citations.size();
    what.push_back(fmt::format("the text of {} changed ({} to read again)", counted("articles", c.snapshots.size()),
                               plural(cites, "citation", "citations")));
  }
  return fmt::format("{}; content version {} → {} ({})", joined(what), c.from_version, c.to_version, bump_name(c.bump));
}

}  // namespace contentc
