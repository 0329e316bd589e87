// contentc(1), written from the same text as --help (cli/usage.cc) and the rule catalogue.

#include <fmt/format.h>

#include "cli/usage.h"
#include "diag/finding.h"
#include "util/utf8.h"
#include "version.h"

namespace contentc {
namespace {

/// `text` as roff: backslashes escaped, '-' as a minus sign when `minus` (option names), every
/// non-ASCII character by its code point, and no line starting with a control character.
std::string roff(std::string_view text, bool minus = false) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\\') {
        out += "\\e";
      } else if (c == '-' && minus) {
        out += "\\-";
      } else {
        if ((c == '.' || c == '\'') && (out.empty() || out.back() == '\n')) out += "\\&";
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const auto [cp, length] = utf8_decode(text, i);
    out += fmt::format("\\[u{:04X}]", static_cast<uint32_t>(cp));
    i += length;
  }
  return out;
}

/// A synopsis or flag: options bold, their arguments (upper case words) italic.
std::string roff_synopsis(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find_first_of(" []|", pos), text.size());
    if (end == pos) {
      out += roff(text.substr(pos, 1));
      ++pos;
      continue;
    }
    const std::string_view word = text.substr(pos, end - pos);
    const bool upper = word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos;
    out += (upper ? "\\fI" : "\\fB") + roff(word, true) + "\\fR";
    pos = end;
  }
  return out;
}

/// Text as `explain` prints it: paragraphs separated by blank lines, examples indented by two
/// spaces (kept as they are), everything else filled.
std::string roff_paragraphs(std::string_view text) {
  std::string out;
  bool in_example = false, paragraph_open = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    const bool example = line.starts_with("  ");
    if (line.find_first_not_of(' ') == std::string_view::npos) {
      if (in_example) out += ".fi\n.RE\n";
      in_example = paragraph_open = false;
      if (end == text.size()) break;
      continue;
    }
    if (example && !in_example) {
      out += ".RS 2\n.nf\n";
      in_example = true;
    } else if (!example && in_example) {
      out += ".fi\n.RE\n";
      in_example = false;
    }
    if (!example && !paragraph_open) {
      out += ".PP\n";
      paragraph_open = true;
    }
    out += roff(example ? line.substr(2) : line) + "\n";
    if (end == text.size()) break;
  }
  if (in_example) out += ".fi\n.RE\n";
  return out;
}

}  // namespace

std::string man_page(const RuleCatalogue& rules) {
  const Usage& u = usage();
  std::string out = fmt::format(
      ".\\\" contentc(1): written by contentc-docs from the text of contentc --help and the rule\n"
      ".\\\" catalogue; edit those (compiler/src/cli/usage.cc, compiler/src/rules/), not this file.\n"
      ".TH CONTENTC 1 \"\" \"contentc {}\" \"User Commands\"\n.nh\n"
      ".SH NAME\ncontentc \\- {}\n.SH SYNOPSIS\n.nf\n",
      kVersion, roff(u.summary));
  for (const CommandDoc& c : u.commands) {
    out += fmt::format("\\fBcontentc {}\\fR {}\n", c.name, roff_synopsis(c.synopsis));
  }
  out += "\\fBcontentc \\-\\-version\\fR | \\fB\\-\\-help\\fR\n.fi\n";
  out += ".SH DESCRIPTION\n" + roff_paragraphs(u.description) + ".PP\n" + roff(u.replacing_out) + "\n";
  out += ".SH COMMANDS\n";
  for (const CommandDoc& c : u.commands) out += fmt::format(".TP\n.B {}\n{}\n", c.name, roff(c.help));
  out += ".SH OPTIONS\n";
  for (const OptionDoc& o : u.options) {
    std::string flags = o.short_name.empty() ? "" : fmt::format("\\fB{}\\fR, ", roff(o.short_name, true));
    flags += fmt::format("\\fB{}\\fR", roff(o.long_name, true));
    if (!o.argument.empty()) flags += fmt::format(" \\fI{}\\fR", roff(o.argument));
    std::string help = roff(o.help);
    if (!o.commands.empty()) help += fmt::format(" (commands: {})", roff(o.commands));
    out += fmt::format(".TP\n{}\n{}\n", flags, help);
  }
  out += ".SH RULES\n.PP\nEach finding names one of these rules. Errors fail the run; "
         "\\fB\\-\\-werror\\fR makes warnings fail it too; a policy \\fB<severity>\\fR changes a "
         "rule's level. \\fBcontentc explain\\fR \\fIRULE\\fR prints the same text.\n";
  for (const Rule* r : rules) {
    out += fmt::format(".SS {}\n.PP\n\\fI{} by default:\\fR {}\n", roff(r->id), level_name(r->level), roff(r->summary));
    out += roff_paragraphs(r->explain);
  }
  out += ".SH EXIT STATUS\n";
  for (const auto& [status, meaning] : u.exit_statuses) out += fmt::format(".TP\n.B {}\n{}\n", status, roff(meaning));
  out += ".SH ENVIRONMENT\n";
  for (const auto& [name, meaning] : u.environment) out += fmt::format(".TP\n.B {}\n{}\n", name, roff(meaning));
  out += ".SH FILES\n"
         ".TP\n.I SOURCES/policy.xml\nthe house rules: vocabularies, required warnings, dose limits, rule levels\n"
         ".TP\n.I " + roff(kSchemaDir) + "\nthe XML Schemas of the source format (content.xsd, policy.xsd) and the "
         "JSON Schema of bundle.json (bundle.schema.json)\n";
  out += ".SH EXAMPLES\n.PP\nStart a repository, check it, and write its bundles:\n.PP\n.RS 2\n.nf\n"
         "contentc init my\\-content\ncd my\\-content\ncontentc check\ncontentc build \\-o out\n.fi\n.RE\n"
         ".PP\nAdd an exercise to a content file:\n.PP\n.RS 2\n.nf\n"
         "contentc new exercise pelvic\\-tilt \\-\\-in sources/exercises.xml\n.fi\n.RE\n"
         ".PP\nAnnotate a pull request in GitHub Actions:\n.PP\n.RS 2\n.nf\n"
         "contentc check \\-\\-format github\n.fi\n.RE\n";
  out += ".SH SEE ALSO\n.BR xmllint (1)\n";
  return out;
}

}  // namespace contentc
