#include "fix/fix_property.h"

#include <random>
#include <set>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "pipeline/compile.h"
#include "diag/fix_ranges.h"
#include "fix/apply_fixes.h"
#include "load/source_tree.h"

namespace contentc::testing {

const char* const kFixPropertyPolicy =
    "<policy>\n"
    "  <term use=\"low back pain\" instead-of=\"back pain|lumbago\"/>\n"
    "  <term use=\"pelvic girdle pain\" instead-of=\"PGP|pelvic pain|pelvic pain syndrome\"/>\n"
    "</policy>\n";

namespace {

/// The file's markup that no fix may touch, in order: comments, processing instructions,
/// CDATA sections' delimiters, references.
std::vector<std::string> markup_of(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto take = [&](std::string_view close) {
      const size_t end = text.find(close, i);
      const size_t stop = end == std::string_view::npos ? text.size() : end + close.size();
      out.emplace_back(text.substr(i, stop - i));
      i = stop - 1;
    };
    if (text.substr(i, 4) == "<!--") take("-->");
    else if (text.substr(i, 2) == "<?") take("?>");
    else if (text.substr(i, 9) == "<![CDATA[") {  // its text may be fixed; '&' in it is text
      out.emplace_back("<![CDATA[");
      const size_t end = text.find("]]>", i);
      if (end == std::string_view::npos) break;
      out.emplace_back("]]>");
      i = end + 2;
    } else if (text[i] == '&') {  // a reference; a bare '&' makes the file malformed, never fixed
      const size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 41) take(";");
    }
  }
  return out;
}

bool well_formed(const std::string& text) {
  pugi::xml_document doc;
  return static_cast<bool>(doc.load_buffer(text.data(), text.size(), pugi::parse_default));
}

/// `s` lower-cased with its white space runs folded to one space.
std::string folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return out;
}

/// Whether a finding of another rule stands within `f`'s fix: what makes a fix uncertain.
bool another_finding_within(const Findings& findings, const Finding& f) {
  for (const Replacement& r : f.fix->replacements) {
    for (const Finding& other : findings.items()) {
      if (&other == &f || other.rule == f.rule || other.loc.file != r.begin.file) continue;
      const auto at = std::tuple(other.loc.line, other.loc.column);
      if (std::tuple(r.begin.line, r.begin.column) <= at && at <= std::tuple(r.end.line, r.end.column)) return true;
    }
  }
  return false;
}

}  // namespace

std::string generate_fix_document(uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](std::initializer_list<const char*> options) {
    return std::string(options.begin()[rng() % options.size()]);
  };
  auto text = [&]() {
    std::string out;
    const size_t pieces = 1 + rng() % 12;
    for (size_t p = 0; p < pieces; ++p) {
      switch (rng() % 10) {
        case 0: out += pick({"<!-- reviewed by Ana -->", "<!--x-->", "<!-- PGP -->"}); break;
        case 1: out += pick({"<?editor note?>", "<?x PGP?>"}); break;
        case 2: out += pick({"<![CDATA[back pain]]>", "<![CDATA[ PGP & more ]]>", "<![CDATA[lumbago]]>"}); break;
        case 3: out += pick({"&#10;", "&#9;", "&#32;", "&amp;", "&#80;GP", "P&#71;P", "back&#32;pain", "&lt;"}); break;
        case 4: out += pick({" ", "\n      ", "  \t"}); break;
        default:
          out += pick({"PGP", "pgp", "back pain", "Back pain", "low back pain", "lumbago", "pelvic pain",
                       "pelvic pain syndrome", "pelvic girdle pain", "pelvic\n   pain", "back  pain", "worse",
                       "at night", "rest.", "Walk:"});
      }
      if (rng() % 2) out += ' ';
    }
    return out;
  };
  std::string doc = "<content>\n";
  const size_t conditions = 1 + rng() % 4;
  for (size_t i = 0; i < conditions; ++i) {
    doc += fmt::format("  <condition id=\"c{}\">\n    <name>Condition {}</name>\n", i, i);
    doc += "    <summary>" + text() + "</summary>\n";
    const size_t symptoms = rng() % 3;
    for (size_t s = 0; s < symptoms; ++s) doc += "    <symptom>" + text() + "</symptom>\n";
    doc += "  </condition>\n";
  }
  return doc + "</content>\n";
}

std::string check_fix_property(std::string_view policy, std::string_view content) {
  // The policy's forms, as the replaced bytes must read once folded.
  std::set<std::string> forms;
  pugi::xml_document policy_doc;
  policy_doc.load_buffer(policy.data(), policy.size());
  for (pugi::xml_node term : policy_doc.document_element().children("term")) {
    const std::string all = term.attribute("instead-of").value();
    for (size_t from = 0; from <= all.size();) {
      const size_t bar = std::min(all.find('|', from), all.size());
      forms.insert(folded(std::string_view(all).substr(from, bar - from)));
      from = bar + 1;
    }
  }
  SourceTree tree;
  tree.put("policy.xml", std::string(policy));
  std::string text(content);
  const std::vector<std::string> markup = markup_of(text);
  CompileOptions options;
  options.load.jobs = 1;
  options.load.keep_text = true;
  options.load.max_file_size = 1 << 20;
  options.today = "2026-06-01";
  // `contentc fix` applies certain fixes round after round: a fix held back as uncertain (another
  // rule's finding stands on its characters) can become certain once an earlier round removes
  // that finding. So a later round may fix only as many forms as the round before held back.
  size_t held_back = 0;
  for (int round = 0;; ++round) {
    tree.put("a.xml", text);
    const Compilation c = compile_sources(tree, "src", options);
    uint32_t file = UINT32_MAX;
    for (uint32_t i = 0; i < c.files.size(); ++i) {
      if (c.files[i].rel_path == "a.xml") file = i;
    }
    if (file == UINT32_MAX) return "a.xml was not loaded";
    for (const Finding& f : c.findings.items()) {
      if (f.rule == "xml-malformed" && f.loc.file == file) return round == 0 ? "" : "a fix left the file malformed";
    }
    std::vector<ByteEdit> edits;
    size_t uncertain = 0;
    for (const Finding& f : c.findings.items()) {
      if (f.rule != "preferred-term" || !f.fix || !f.suppressed_reason.empty()) continue;
      if (!f.fix->certain) {
        if (!another_finding_within(c.findings, f)) return "a preferred-term fix that is not certain, with nothing on its text";
        ++uncertain;
        continue;
      }
      for (ByteEdit& e : byte_edits(*f.fix, file, text, c.files[file].line_starts)) {
        const std::string_view replaced = std::string_view(text).substr(e.begin, e.end - e.begin);
        for (std::string_view bad : {"<", "&", "]]>"}) {
          if (replaced.find(bad) != std::string_view::npos) {
            return fmt::format("a fix replaces '{}', which holds '{}': {}", replaced, bad, f.message);
          }
        }
        if (!forms.contains(folded(replaced))) {
          return fmt::format("a fix replaces '{}', which is not a form: {}", replaced, f.message);
        }
        edits.push_back(std::move(e));
      }
    }
    if (edits.empty()) return "";
    if (round > 0 && edits.size() > held_back) {
      return fmt::format("round {} still fixes {} form(s), first at byte {}, after {} held back", round + 1,
                         edits.size(), edits[0].begin, held_back);
    }
    if (round == kMaxFixRounds) {
      return fmt::format("fixes still change the text after {} rounds", kMaxFixRounds);
    }
    held_back = uncertain;
    text = apply_edits(text, std::move(edits));
    if (!well_formed(text)) return "the fixed file is not well-formed";
    if (markup_of(text) != markup) return "the fixes changed the file's comments, PIs, CDATA or references";
  }
}

}  // namespace contentc::testing
