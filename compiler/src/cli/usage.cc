#include "cli/usage.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "util/utf8.h"
#include "version.h"

namespace contentc {
namespace {

constexpr std::array<CommandDoc, 13> kCommands = {{
    {"build", "[SOURCES] [-o OUT] [--previous DIR] [-f FORMAT] [--werror] [--baseline FILE [--only-new]] [-j N] [--spreadsheet-safe]",
     "check SOURCES (default: sources) and, when no error was found, write the bundles to OUT "
     "(default: out). SOURCES may also be a repository made by init: then its sources/ is "
     "checked and its out/ written. When OUT holds an earlier build (or --previous names one), "
     "OUT also gets the change set from it, changes.json, changes.sql and changes.sqlite.sql (which "
     "upgrades the earlier bundle.sqlite in place), and manifest.json a "
     "content version raised as the changes call for"},
    {"check", "[SOURCES] [-f FORMAT] [--werror] [--baseline FILE [--only-new]] [-j N]", "check SOURCES only; write nothing"},
    {"diff", "OLD_OUT NEW_OUT [-f text|json]",
     "print what changed from the build in OLD_OUT to the build in NEW_OUT: entries added and "
     "removed, and each changed entry with its changed fields (dose 1: reps 8-10 → 10-12), and "
     "the citations whose article's snapshot changed; json prints the change set as "
     "changes.json holds it"},
    {"fix", "[SOURCES] [--dry-run]",
     "apply, in place, the fixes that have one right answer: a cite's section to the heading "
     "above its quote, a quote to the article's exact text, children to the schema's order "
     "(comments and formatting kept), a dose field to its quote's one reading, a form the policy "
     "replaces to its preferred term; print each "
     "change (file:line, rule, before → after). Files that are not well-formed are never "
     "touched; each changed file is replaced at once, its mode and owner kept; a file nobody may "
     "write is refused; fixes that have not settled after four rounds write nothing; a second "
     "run finds nothing to fix"},
    {"lsp", "[SOURCES] [-j N]",
     "run a Language Server Protocol server on stdin and stdout for editors: findings as you "
     "type (unsaved text is checked, across files), quick fixes and suppressions, hover on "
     "cites, references and doses, go to definition (a cite goes into its article), find "
     "references, and completion of ids, vocabulary terms, sections, elements and attributes. "
     "SOURCES defaults to the editor's workspace folder (its sources/ for a repository made by "
     "init)"},
    {"quote", "ARTICLE WORDS... [-s SOURCES] [--section HEADING] [--max N]",
     "find the passage of ARTICLE's snapshot that WORDS point at, forgiving what quotes forgive "
     "(white space, quote marks, dashes, letter case) and, when the words do not occur as "
     "written, words left out, added or misspelt; print where it is, the heading it sits under, "
     "the whole sentences verbatim, and a ready <cite article=\"…\" section=\"…\"> to paste. "
     "Several passages are listed, best first, when more than one fits; nothing close exits 1"},
    {"snapshot", "SAVED --article ID [-s SOURCES] [--url URL] [--captured TIME] [--archive URL] [--new] [--dry-run] [-f FORMAT] [--max-file-size N]",
     "make article ID's snapshot from SAVED, a page saved as HTML (a browser's \"save page\", "
     "SingleFile), a WARC or WARC.gz file, or a WACZ: the article's main text without navigation, "
     "header, footer, asides, forms and notices, its headings marked '#' from the page's own, into "
     "ID.md beside the article's entry; the entry's <snapshot> names it with the capture time, "
     "the SHA-256 of the page's raw bytes and --archive, and gets a <url> when it has none. In "
     "an archive, the HTML response for --url is taken (without --url, the only one). --new "
     "writes a new article entry (title, author, publisher from the page). A file the article "
     "does not name is never replaced. Over an article that has a snapshot, every citation resting "
     "on it is re-located in the new text and printed worst first: changed ones (gone, quote "
     "changed, context changed) by clinical risk (a dose's number or unit, a negation or "
     "stop/avoid word, a warning's passage, the rest), then moved, then unchanged"},
    {"init", "DIR",
     "start a content repository in DIR, a new or empty folder: policy.xml, an example article "
     "with its snapshot and one entry of each kind citing it (they check clean), a .gitignore, a "
     "GitHub Actions workflow and a pre-commit hook; never overwrites a file"},
    {"new", "KIND ID [--in FILE | --file]",
     "print a skeleton entry of KIND (exercise, stretch, condition, advice, claim or article) "
     "with id ID: every element in the schema's order, each with a comment saying what goes "
     "there; with --in, add it at the end of the content file FILE instead (creating FILE when "
     "it does not exist); with --file, print a whole content file holding it"},
    {"review", "ENTRY... --by ID [--role ROLE] [--key KEY] [-s SOURCES] [--today DATE] | --list",
     "record that reviewer ID (one of policy.xml <reviews>) approved each ENTRY as it is now: every "
     "field an app shows and the paragraph around each quote, in reviews/ENTRY.ROLE.review, "
     "written whole and at once and never touching the entries; entries with errors are refused. "
     "With --key, the record is signed with that SSH key through ssh-keygen -Y sign (namespace "
     "contentc-review) into .review.sig; without it, sign it so yourself. --list prints what "
     "needs review and why: missing, stale (what changed), due, overdue, invalid"},
    {"rules", "[SOURCES]",
     "list the rules, their default levels and what each catches: the built-in rules, then the "
     "house rules of SOURCES's policy.xml (default: sources, when it has one)"},
    {"explain", "RULE [-s SOURCES]",
     "print what a rule checks, why, and how to fix what it finds; a house rule's description, "
     "expressions and examples come from SOURCES's policy.xml"},
    {"policy", "show [SOURCES]",
     "print the policy a run of SOURCES uses (default: sources): its policy.xml with every policy "
     "it includes (<include href=\"prenatal-movement\"/> or a relative path) merged in, as one "
     "policy.xml whose every element names the file and line it was written at; problems with "
     "the includes go to stderr"},
}};

constexpr std::array<std::string_view, 4> kFormats = {"text", "json", "sarif", "github"};
constexpr std::array<std::string_view, 6> kKinds = {"article", "condition", "exercise",
                                                    "stretch", "advice", "claim"};

constexpr std::array<OptionDoc, 28> kOptions = {{
    {"-o", "--out", "DIR", ArgumentKind::kFolder, "build", "where build writes the bundles (default: out)"},
    {"", "--previous", "DIR", ArgumentKind::kFolder, "build",
     "the earlier build to take the change set and the content version from (default: the "
     "build OUT holds); an error when DIR holds no build contentc can compare with"},
    {"-f", "--format", "FORMAT", ArgumentKind::kChoice, "build check diff snapshot",
     "findings as text (default), json, sarif (SARIF 2.1.0) or github (workflow commands); "
     "findings go to stdout, the summary to stderr. diff and snapshot (its re-capture report) "
     "take text or json",
     kFormats},
    {"", "--werror", "", ArgumentKind::kNone, "build check", "warnings fail the run too"},
    {"", "--baseline", "FILE", ArgumentKind::kFile, "build check",
     "an earlier run's --format sarif or json output (a pull request's base branch): each finding "
     "is marked new, updated (the same problem, changed) or unchanged, and the earlier ones gone "
     "are listed as absent (SARIF baselineState)"},
    {"", "--only-new", "", ArgumentKind::kNone, "build check",
     "with --baseline: text and github output show only new and updated findings, and only they "
     "decide the exit status"},
    {"", "--dry-run", "", ArgumentKind::kNone, "fix snapshot",
     "change nothing; fix prints the fixes as a unified diff (for git apply or patch -p1), "
     "snapshot the re-capture report over an article that has a snapshot (else the snapshot it "
     "would write)"},
    {"-j", "--jobs", "N", ArgumentKind::kOther, "build check fix lsp",
     "threads that load, check and emit, 1 to 256 (default: all cores)"},
    {"", "--spreadsheet-safe", "", ArgumentKind::kNone, "build",
     "prefix CSV text cells that a spreadsheet would run as a formula (= + - @, tab, CR first) "
     "with an apostrophe"},
    {"", "--max-file-size", "N", ArgumentKind::kOther, "build check fix snapshot",
     "largest source file read, in bytes (suffix K, M or G; 1 to 2G; default 64M); for snapshot, "
     "the largest page, and a quarter of the most an archive may hold decompressed"},
    {"", "--timings", "", ArgumentKind::kNone, "build check", "print each stage's wall time on stderr"},
    {"", "--today", "DATE", ArgumentKind::kOther, "build check fix lsp review",
     "the date (YYYY-MM-DD) suppressions expire against, reviews fall due against, and review "
     "records are dated (default: SOURCE_DATE_EPOCH if set, else today, in UTC)"},
    {"", "--in", "FILE", ArgumentKind::kFile, "new",
     "add the skeleton at the end of FILE, a content file (root <content>), instead of printing "
     "it; FILE is replaced whole and at once, and only when the result is well-formed; a FILE "
     "that does not exist is created as a whole content file"},
    {"", "--file", "", ArgumentKind::kNone, "new",
     "print a whole content file (XML declaration, xml-model line, <content>) holding the skeleton"},
    {"", "--by", "ID", ArgumentKind::kOther, "review", "the reviewer: an id of policy.xml <reviews>"},
    {"", "--role", "ROLE", ArgumentKind::kOther, "review",
     "the role reviewed in, one of the reviewer's (default: their only one)"},
    {"", "--key", "KEY", ArgumentKind::kFile, "review",
     "the reviewer's SSH private key (or its .pub with the key in an agent), to sign with"},
    {"", "--list", "", ArgumentKind::kNone, "review", "print what needs review, and why"},
    {"", "--article", "ID", ArgumentKind::kOther, "snapshot", "the article whose snapshot SAVED becomes"},
    {"", "--url", "URL", ArgumentKind::kOther, "snapshot",
     "the page's address: recorded as the article's <url> when it has none, and in an archive, "
     "the response to take (default: the page's canonical link, or where a saving tool says it "
     "came from)"},
    {"", "--captured", "TIME", ArgumentKind::kOther, "snapshot",
     "when the page was captured, as 2026-12-03T08:15:02Z or 2026-12-03 (default: the "
     "archive's WARC-Date, or SingleFile's saved date; else none is recorded)"},
    {"", "--archive", "URL", ArgumentKind::kOther, "snapshot", "the address of the archived copy (a web archive's)"},
    {"", "--new", "", ArgumentKind::kNone, "snapshot",
     "make a new article entry, SOURCES/articles/ID.xml, instead of replacing a snapshot"},
    {"-s", "--sources", "SOURCES", ArgumentKind::kFolder, "quote explain review snapshot",
     "the sources folder holding ARTICLE, or the policy whose house rules explain knows "
     "(default: sources; a repository made by init stands for its sources/)"},
    {"", "--section", "HEADING", ArgumentKind::kOther, "quote",
     "only passages under this heading (a line of the snapshot, compared as quotes are)"},
    {"", "--max", "N", ArgumentKind::kOther, "quote", "list at most N passages, 1 to 1000 (default: 5)"},
    {"-h", "--help", "", ArgumentKind::kNone, "", "print this help"},
    {"", "--version", "", ArgumentKind::kNone, "", "print the version"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kExitStatuses = {{
    {"0", "clean: no finding fails the run (warnings and notes allowed, unless --werror)"},
    {"1", "findings that fail the run: an error, or with --werror a warning; for quote, no "
          "passage close to the words"},
    {"2", "usage or I/O error: an unknown option, a missing folder, an output folder contentc "
          "may not replace, a file that cannot be written, fixes that do not settle, running out of "
          "memory"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kEnvironment = {{
    {"SOURCE_DATE_EPOCH",
     "seconds since 1970 (UTC): the date suppressions expire against when --today is not "
     "given, so that a CI run can be reproduced"},
    {"NO_COLOR", "when set, text findings are never coloured (they are only on a terminal)"},
}};

const Usage kUsage{
    "compiles and validates prenatal movement content",
    "contentc checks content for apps that teach exercises and stretches for pelvic and back "
    "pain in pregnancy. Editors write XML entries (articles, conditions, exercises, stretches, "
    "advice and claims) under a sources folder, each citing a verbatim quote from an archived "
    "copy of its article. contentc checks their structure, references and quotes, doses against "
    "their quotes and the house limits, missing safety warnings and conflicting advice, and "
    "reports findings as a compiler does (file:line:col, the rule, what to do). build then "
    "writes bundles for apps: JSON with its JSON Schema, CSV with a Frictionless "
    "datapackage.json, SQL for SQLite and PostgreSQL, a ready SQLite database with full-text "
    "search, and citation audit pages for reviewers.",
    kCommands,
    kOptions,
    "build replaces OUT only when it is absent, empty, or a folder contentc wrote (its "
    "manifest.json lists every file in it); never the sources folder, a folder inside it or one "
    "holding it. Two builds of one OUT take turns (a lock beside it); OUT is always one whole "
    "build.",
    kExitStatuses,
    kEnvironment,
};

/// "build, check": the commands an option belongs to, comma-separated.
std::string command_list(std::string_view commands) {
  std::string out;
  for (char c : commands) out += c == ' ' ? std::string(", ") : std::string(1, c);
  return out;
}

std::string option_flags(const OptionDoc& o) {
  std::string flags = o.short_name.empty() ? "    " : fmt::format("{}, ", o.short_name);
  flags += o.long_name;
  if (!o.argument.empty()) flags += fmt::format(" {}", o.argument);
  return flags;
}

}  // namespace

const Usage& usage() { return kUsage; }

std::span<const std::string_view> skeleton_kinds() { return kKinds; }

std::string wrap(std::string_view text, size_t width, size_t indent, size_t first_column) {
  std::string out;
  size_t column = first_column;
  bool line_empty = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) break;
    const size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    const size_t length = utf8_count_code_points(word);
    if (!line_empty && column + 1 + length > width) {
      out += '\n';
      out.append(indent, ' ');
      column = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += length;
    line_empty = false;
    pos = end;
  }
  return out;
}

std::string help_text() {
  constexpr size_t kWidth = 80;
  const Usage& u = usage();
  std::string out = fmt::format("contentc {} — {}\n\nusage:\n", kVersion, u.summary);
  for (const CommandDoc& c : u.commands) {
    out += "  " + wrap(fmt::format("contentc {} {}", c.name, c.synopsis), kWidth, 6, 2) + "\n";
  }
  out += "  contentc --version | --help\n\ncommands:\n";
  for (const CommandDoc& c : u.commands) {
    out += fmt::format("  {:<9}{}\n", c.name, wrap(c.help, kWidth, 11, 11));
  }
  // Options grouped by the commands that take them, in the order they first appear.
  std::vector<std::string_view> groups;
  for (const OptionDoc& o : u.options) {
    if (std::find(groups.begin(), groups.end(), o.commands) == groups.end()) groups.push_back(o.commands);
  }
  for (std::string_view group : groups) {
    out += group.empty() ? "\noptions:\n" : fmt::format("\noptions ({}):\n", command_list(group));
    for (const OptionDoc& o : u.options) {
      if (o.commands != group) continue;
      const std::string flags = option_flags(o);
      out += fmt::format("  {:<23}", flags);
      if (flags.size() > 22) out += fmt::format("\n{:25}", "");
      out += wrap(o.help, kWidth, 25, 25) + "\n";
    }
  }
  out += "\n" + wrap(u.replacing_out, kWidth, 0, 0) + "\n\nexit status:\n";
  for (const auto& [status, meaning] : u.exit_statuses) {
    out += fmt::format("  {}  {}\n", status, wrap(meaning, kWidth, 5, 5));
  }
  out += "\nenvironment:\n";
  for (const auto& [name, meaning] : u.environment) {
    out += fmt::format("  {:<19}{}\n", name, wrap(meaning, kWidth, 21, 21));
  }
  out += "\n'contentc rules' lists the rules; 'man contentc' says more.\n";
  return out;
}

}  // namespace contentc
