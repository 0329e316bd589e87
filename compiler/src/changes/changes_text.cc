#include "changes/changes_text.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "changes/sql_tuples.h"
#include "diag/renderers.h"
#include "emit/bundle_tables.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// One row of each table, in words.
constexpr std::string_view kRowNames[][2] = {
    {"entry", "entries"}, {"article", "articles"}, {"condition", "conditions"}, {"exercise", "exercises"},
    {"stretch", "stretches"}, {"advice", "advice"}, {"claim", "claims"}, {"alias", "aliases"},
    {"related condition", "related conditions"}, {"symptom", "symptoms"}, {"equipment", "equipment"},
    {"target", "targets"}, {"pattern", "patterns"}, {"recommendation", "recommendations"}, {"step", "steps"},
    {"dose", "doses"}, {"warning", "warnings"}, {"advice pattern", "advice patterns"},
    {"advice exercise", "advice exercises"}, {"claim figure", "claim figures"}, {"citation", "citations"},
    {"citation span", "citation spans"}, {"suppression", "suppressions"}};

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
/// alone when there is one.
std::string row_values(const Table& t, const std::vector<std::string>& row) {
  std::vector<std::string> parts;
  const size_t first = t.primary_key.size();
  for (size_t i = first; i < row.size(); ++i) {
    const std::string_view name = t.columns[i].name;
    if (row[i] == "NULL") continue;
    if (name.ends_with("_min") && i + 1 < row.size() && t.columns[i + 1].name.ends_with("_max")) {
      parts.push_back(fmt::format("{} {}", name.substr(0, name.size() - 4), range(row[i], row[i + 1])));
      ++i;
      continue;
    }
    parts.push_back(row.size() == first + 1 ? shown(row[i]) : fmt::format("{} {}", name, shown(row[i])));
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

/// The fields that changed: "reps 8-10 → 10-12, text a → b" (a min and a max that changed
/// together are shown as one range).
std::string field_changes(const Table& t, const std::vector<std::string_view>& before,
                          const std::vector<std::string_view>& after, const ModifiedRow& m) {
  std::set<size_t> changed;
  for (const FieldChange& f : m.fields) changed.insert(f.column);
  std::string out;
  for (size_t i : changed) {
    const std::string_view name = t.columns[i].name;
    std::string part;
    if (name.ends_with("_min") && changed.contains(i + 1) && t.columns[i + 1].name.ends_with("_max")) {
      part = fmt::format("{} {} → {}", name.substr(0, name.size() - 4), range(before[i], before[i + 1]),
                         range(after[i], after[i + 1]));
      changed.erase(i + 1);
    } else if (t.columns.size() == t.primary_key.size() + 1) {
      part = fmt::format("{} → {}", shown(before[i]), shown(after[i]));  // the row's one value
    } else {
      part = fmt::format("{} {} → {}", name, shown(before[i]), shown(after[i]));
    }
    out += (out.empty() ? "" : ", ") + part;
  }
  return out;
}

/// "dose 1", "citation span 2.1": the row named by the rest of its key; "" for the entry's own row.
std::string row_label(size_t table, const std::vector<std::string>& key) {
  if (key.size() < 2) return "";
  std::string label(kRowNames[table][0]);
  for (size_t i = 1; i < key.size(); ++i) label += (i == 1 ? " " : ".") + shown(key[i]);
  return label;
}

}  // namespace

std::string count_rows(size_t table, size_t n) {
  return fmt::format("{} {}", n, kRowNames[table][n == 1 ? 0 : 1]);
}

ChangeSummary summarize(const ChangeSet& c) {
  const std::vector<Table> tables = bundle_schemas();
  ChangeSummary s;
  // Entries added or removed, by kind (the entries table's second column).
  std::set<std::string> whole;  // their rows in other tables are part of them
  std::map<std::string, std::vector<std::string>> added, removed;
  for (const auto& row : c.tables[0].added) {
    added[unquote_literal(row[1])].push_back(unquote_literal(row[0]));
    whole.insert(row[0]);
  }
  for (const auto& row : c.tables[0].removed) {
    removed[unquote_literal(row[1])].push_back(unquote_literal(row[0]));
    whole.insert(row[0]);
  }
  const std::map<std::string_view, size_t> kind_table = {{"article", 1}, {"condition", 2}, {"exercise", 3},
                                                         {"stretch", 4}, {"advice", 5}, {"claim", 6}};
  for (const auto& [verb, by_kind] : {std::pair{"added", &added}, std::pair{"removed", &removed}}) {
    for (const auto& [kind, ids] : *by_kind) {
      auto it = kind_table.find(kind);
      const std::string what = it == kind_table.end() ? fmt::format("{} {}", ids.size(), kind) : count_rows(it->second, ids.size());
      std::string list;
      for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
      s.entry_lines.push_back(fmt::format("{} {}: {}", what, verb, list));
    }
  }
  // Every other change, by entry: each table's first key column is the entry it belongs to.
  std::map<std::string, std::vector<std::string>> lines;
  std::vector<std::string> counts;
  for (size_t t = 0; t < tables.size(); ++t) {
    if (t == 0) continue;  // entries: added and removed above; a kind change shows in its tables
    const Table& table = tables[t];
    const size_t n = table.primary_key.size();
    size_t a = 0, r = 0, m = 0;
    for (const auto& row : c.tables[t].added) {
      if (whole.contains(row[0])) continue;
      ++a;
      const std::string label = row_label(t, {row.begin(), row.begin() + static_cast<std::ptrdiff_t>(n)});
      lines[unquote_literal(row[0])].push_back(fmt::format("{} added: {}", label.empty() ? std::string(kRowNames[t][0]) : label, row_values(table, row)));
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
      const std::string label = row_label(t, mr.key);
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
      const std::string label = row_label(t, {row.begin(), row.begin() + static_cast<std::ptrdiff_t>(n)});
      lines[unquote_literal(row[0])].push_back(fmt::format("{} removed: {}", label.empty() ? std::string(kRowNames[t][0]) : label, row_values(table, row)));
    }
    if (a) counts.push_back(count_rows(t, a) + " added");
    if (m) counts.push_back(count_rows(t, m) + " changed");
    if (r) counts.push_back(count_rows(t, r) + " removed");
    s.changed_rows += a + m + r;
  }
  for (const std::string& part : counts) s.row_counts += (s.row_counts.empty() ? "" : ", ") + part;
  for (auto& [entry, l] : lines) s.changed.push_back({entry, std::move(l)});
  return s;
}

std::string render_changes_text(const ChangeSet& c) {
  const ChangeSummary s = summarize(c);
  std::string out = fmt::format("content {} → {} ({})\n", c.from_version.empty() ? "(none)" : c.from_version,
                                c.to_version, c.bump == Bump::kNone ? "nothing changed" : bump_name(c.bump));
  for (const std::string& line : s.entry_lines) out += line + "\n";
  if (!s.row_counts.empty()) {
    out += fmt::format("{} in {}: {}\n", s.changed_rows == 1 ? "1 change" : fmt::format("{} changes", s.changed_rows),
                       s.changed.size() == 1 ? "1 entry" : fmt::format("{} entries", s.changed.size()), s.row_counts);
  }
  for (const EntryChanges& e : s.changed) {
    out += fmt::format("\n{}\n", e.entry_id);
    for (const std::string& line : e.lines) out += "  " + line + "\n";
  }
  for (const SnapshotChange& snap : c.snapshots) {
    out += fmt::format("\nthe snapshot of article {} changed: {} to read again\n", snap.article,
                       snap.citations.size() == 1 ? "1 citation" : fmt::format("{} citations", snap.citations.size()));
    for (const auto& cite : snap.citations) {
      out += fmt::format("  {} citation {} ({}): \"{}\"\n", cite.entry_id, cite.ordinal, cite.context,
                         shown_text(cite.quote));
    }
  }
  return out;
}

std::string changes_one_line(const ChangeSet& c) {
  if (c.bump == Bump::kNone) return fmt::format("nothing changed; content version {}", c.to_version);
  const ChangeSummary s = summarize(c);
  std::string what;
  for (const std::string& line : s.entry_lines) what += (what.empty() ? "" : ", ") + line.substr(0, line.find(':'));
  if (!s.row_counts.empty()) what += (what.empty() ? "" : ", ") + s.row_counts;
  if (!c.snapshots.empty()) {
    size_t cites = 0;
    for (const SnapshotChange& snap : c.snapshots) cites += snap.citations.size();
    what += (what.empty() ? "" : ", ") + fmt::format("the text of {} changed ({} to read again)",
                                                     count_rows(1, c.snapshots.size()),
                                                     cites == 1 ? std::string("1 citation") : fmt::format("{} citations", cites));
  }
  return fmt::format("{}; content version {} → {} ({})", what, c.from_version, c.to_version, bump_name(c.bump));
}

}  // namespace contentc
