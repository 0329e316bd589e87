#include "scaffold/skeleton.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <random>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "load/schema.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace contentc {
namespace {

/// What goes in an element, and, for a dose value, an example to show: a placeholder would not
/// be valid there.
struct Hint {
  std::string_view what;
  std::string_view example = {};
};

const std::map<std::string_view, Hint, std::less<>>& hints() {
  static const std::map<std::string_view, Hint, std::less<>> kHints = {
      {"title", {"the article's title, as published"}},
      {"author", {"who wrote it: a person or an organisation"}},
      {"publisher", {"who published it"}},
      {"url", {"where it was published"}},
      {"retrieved", {"the day the snapshot was taken"}},
      {"license", {"the terms the article is published under"}},
      {"snapshot", {"the archived text of the article: a path relative to this file, inside the sources folder"}},
      {"name", {"the name the app shows"}},
      {"alias", {"another name the articles use for it, one per element"}},
      {"related", {"a related condition, by id (the relation goes both ways)"}},
      {"summary", {"one or two sentences the app shows"}},
      {"symptom", {"a symptom, one per element"}},
      {"warning", {"a safety warning in your words (category: a warning-category term of policy.xml), citing the "
                   "quote it comes from; without a cite it is an editorial statement"}},
      {"cite", {"the article's id, the heading the quote is under (section, optional) and the quote: its exact "
                "words, copied from the snapshot ('...' elides)"}},
      {"position", {"the starting position"}},
      {"equipment", {"an equipment term of policy.xml, one per element"}},
      {"target", {"a target term of policy.xml, one per element"}},
      {"pattern", {"a movement pattern term of policy.xml, one per element"}},
      {"for", {"a condition it is recommended for, by id; phase and severity say when (both default to any)"}},
      {"step", {"one step of the instructions, in order"}},
      {"dose", {"how much: each value as the quote cited inside it gives it; reps N, N-M, few or several; hold N or "
                "N-M s, min, breaths or count; sets N or N-M; side both, each or alternate; frequency N or N-M per "
                "day or per week"}},
      {"reps", {"", "8-10"}},
      {"hold", {"", "5 s"}},
      {"sets", {"", "2"}},
      {"frequency", {"", "3 per week"}},
      {"text", {"what the entry says, in your words"}},
      {"exercise", {"an exercise or stretch this is about, by id"}},
      {"effect", {"what a factor (a factor term of policy.xml) does to the condition: improves or worsens"}},
      {"figure", {"a number the article gives: its value, unit and sample size, and what it counts"}},
      {"suppress", {"only when a reviewer accepts a finding: the rule, why, who, and until when"}},
  };
  return kHints;
}

/// What an entry's own attribute holds.
std::string_view attribute_what(std::string_view attribute) {
  if (attribute == "about" || attribute == "condition") return " (the condition, by id)";
  if (attribute == "phase" || attribute == "severity") return " (when it applies; any is the default)";
  return "";
}

std::string_view what(std::string_view element) {
  const auto it = hints().find(element);
  return it == hints().end() ? std::string_view() : it->second.what;
}

std::string_view how_many(const ChildSpec& c) {
  if (c.min >= 1) return c.max == 1 ? "required" : "one or more";
  return c.max == 1 ? "optional" : "any number";
}

/// A value that is valid for `spec` as it stands: a placeholder where one can be ("TODO",
/// "todo"), else the element's example or the first allowed value.
std::string placeholder(std::string_view element, std::string_view attribute, const ValueSpec& spec) {
  switch (spec.type) {
    case ValueType::kAnyText:
    case ValueType::kText:
      return "TODO";
    case ValueType::kToken: {
      const auto it = hints().find(element);
      if (attribute.empty() && it != hints().end() && !it->second.example.empty()) return std::string(it->second.example);
      return "todo";
    }
    case ValueType::kEnum:
    case ValueType::kEnumList:
      return std::string(spec.allowed.front());
    case ValueType::kDate:
      return "2026-01-31";
    case ValueType::kDecimal:
      return "0";
    case ValueType::kCount:
      return "1";
    case ValueType::kDuration:
      return "3y";
    case ValueType::kTimestamp:
      return "2026-01-31T12:00:00Z";
    case ValueType::kSha256:
      return std::string(64, '0');
    case ValueType::kLicenseId:
      return "CC-BY-4.0";
  }
  return "todo";
}

/// `<name attr="…">…</name>` for `spec` at `indent`, children included; with `all`, optional
/// attributes and children too (for a block shown inside a comment, which holds no comments).
void element(std::string& out, const ElementSpec& spec, size_t indent, bool all) {
  const std::string pad(indent, ' ');
  out += pad + "<" + std::string(spec.name);
  for (const AttrSpec& a : spec.attrs) {
    if (a.required || all) out += fmt::format(" {}=\"{}\"", a.name, placeholder(spec.name, a.name, a.value));
  }
  switch (spec.content) {
    case ContentModel::kEmpty:
      out += "/>\n";
      return;
    case ContentModel::kText:
      out += fmt::format(">{}</{}>\n", placeholder(spec.name, "", spec.text), spec.name);
      return;
    case ContentModel::kMixed:
      out += ">TODO\n";
      break;
    case ContentModel::kElements:
      out += ">\n";
      break;
  }
  for (const ChildSpec& c : spec.children) {
    if (c.min >= 1 || all) element(out, *c.spec, indent + 2, all);
  }
  out += pad + "</" + std::string(spec.name) + ">\n";
}

/// The values an enumeration allows, joined by `separator`.
std::string allowed_values(const ValueSpec& spec, std::string_view separator) {
  std::string out;
  for (std::string_view v : spec.allowed) out += (out.empty() ? "" : std::string(separator)) + std::string(v);
  return out;
}

/// The optional attributes of `spec`, with the values they take, for its comment.
std::string optional_attributes(const ElementSpec& spec) {
  std::string out;
  for (const AttrSpec& a : spec.attrs) {
    if (a.required) continue;
    out += fmt::format("{}{}", out.empty() ? "; optional attributes: " : ", ", a.name);
    if (a.value.type == ValueType::kEnum) {
      out += " (" + allowed_values(a.value, " | ") + ")";
    } else if (a.value.type == ValueType::kDate) {
      out += " (YYYY-MM-DD)";
    }
  }
  return out;
}

std::string values_of(const ValueSpec& spec) {
  return spec.type == ValueType::kEnum ? ": one of " + allowed_values(spec, ", ") : "";
}

}  // namespace

std::string entry_skeleton(std::string_view kind, std::string_view id) {
  const ElementSpec* entry = nullptr;
  for (const ChildSpec& c : content_root_spec().children) {
    if (c.spec->name == kind) entry = c.spec;
  }
  if (!entry) return "";
  const bool article = kind == "article";
  std::string out = fmt::format("  <!-- New {}: fill in each TODO and todo; uncomment what you need. -->\n  <{} id=\"{}\"",
                                kind, kind, id);
  for (const AttrSpec& a : entry->attrs) {
    if (a.name != "id" && a.required) out += fmt::format(" {}=\"{}\"", a.name, placeholder(kind, a.name, a.value));
  }
  out += ">\n";
  // The entry's own attributes, said once at the top.
  std::string attributes;
  for (const AttrSpec& a : entry->attrs) {
    if (a.name == "id") continue;
    attributes += fmt::format("{}{}{}{}{}", attributes.empty() ? "" : "; ", a.name, a.required ? "" : " (optional)",
                              attribute_what(a.name), values_of(a.value));
  }
  if (!attributes.empty()) out += fmt::format("    <!-- {} -->\n", attributes);
  for (const ChildSpec& c : entry->children) {
    const ElementSpec& spec = *c.spec;
    // Every entry but an article needs a cite (missing-citation): it is written out.
    const bool real = c.min >= 1 || (spec.name == "cite" && !article);
    std::string comment = fmt::format("{} ({}): {}{}{}", spec.name, how_many(c), what(spec.name),
                                      spec.content == ContentModel::kText ? values_of(spec.text) : "",
                                      optional_attributes(spec));
    if (real) {
      out += fmt::format("    <!-- {} -->\n", comment);
      element(out, spec, 4, false);
      continue;
    }
    std::string block;
    element(block, spec, 4, true);
    if (std::count(block.begin(), block.end(), '\n') == 1) {
      out += fmt::format("    <!-- {} -->\n    <!-- {} -->\n", comment, block.substr(4, block.size() - 5));
    } else {
      out += fmt::format("    <!-- {}\n{}    -->\n", comment, block);
    }
  }
  out += fmt::format("  </{}>\n", kind);
  return out;
}

std::string content_file(std::string_view entries, std::string_view schema_dir) {
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<?xml-model href=\"{}/content.xsd\" type=\"application/xml\" "
                     "schematypens=\"http://www.w3.org/2001/XMLSchema\"?>\n<content>\n{}</content>\n",
                     schema_dir, entries);
}

std::string add_to_content_file(const std::filesystem::path& given, std::string_view entry, std::string_view id,
                                std::string_view schema_dir) {
  // A symbolic link stays one: the file it points at is the one read and replaced.
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(given, ec))) {
    const std::filesystem::path folder = given.parent_path().empty() ? "." : given.parent_path();
    if (!std::filesystem::is_directory(folder, ec)) {
      return fmt::format("cannot create '{}': folder '{}' does not exist", given.string(), folder.string());
    }
    if (const int error = write_new_file(given, content_file(entry, schema_dir)); error) {
      return fmt::format("cannot create '{}': {}", given.string(), std::strerror(error));
    }
    return "";
  }
  const std::filesystem::path path = std::filesystem::is_symlink(given, ec) ? std::filesystem::canonical(given, ec) : given;
  if (ec) return fmt::format("cannot read '{}': {}", given.string(), ec.message());
  std::string text;
  if (const int error = read_whole_file(path, size_t{64} << 20, text); error) {
    return fmt::format("cannot read '{}': {}", path.string(), std::strerror(error));
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_comments);
  if (!parsed) return fmt::format("'{}' is not well-formed XML ({}); fix it first", path.string(), parsed.description());
  if (std::string_view(doc.document_element().name()) != "content") {
    return fmt::format("'{}' is not a content file (its root is <{}>, not <content>)", path.string(),
                       doc.document_element().name());
  }
  for (const pugi::xml_node& e : doc.document_element().children()) {
    if (std::string_view(e.attribute("id").value()) == id) {
      return fmt::format("'{}' already holds an entry with id '{}' (<{}>)", path.string(), id, e.name());
    }
  }
  const size_t close = text.rfind("</content");
  if (close == std::string::npos) return fmt::format("'{}' has no </content>", path.string());
  size_t line_start = close;
  while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
  const bool own_line = line_start == 0 || text[line_start - 1] == '\n';
  const size_t at = own_line ? line_start : close;
  // The entry's lines end as the file's do: CRLF in a file whose first line ends so.
  const size_t first_break = text.find('\n');
  const bool crlf = first_break != std::string::npos && first_break > 0 && text[first_break - 1] == '\r';
  std::string lines(entry);
  if (crlf) {
    lines.clear();
    for (char c : entry) {
      if (c == '\n') lines += '\r';
      lines += c;
    }
  }
  const std::string updated = text.substr(0, at) + (own_line ? "" : (crlf ? "\r\n" : "\n")) + lines + text.substr(at);
  pugi::xml_document check;
  if (!check.load_buffer(updated.data(), updated.size())) {
    return fmt::format("adding the entry to '{}' would not leave it well-formed; nothing changed", path.string());
  }
  // A new file beside it, renamed over it: FILE is either as it was or whole.
  if (const int error = replace_file(path, updated); error) {
    return error == EACCES ? fmt::format("'{}' is not writable; nothing changed", path.string())
                           : fmt::format("cannot replace '{}': {}; nothing changed", path.string(), std::strerror(error));
  }
  return "";
}

}  // namespace contentc
