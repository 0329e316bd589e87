#pragma once

#include <span>
#include <string>
#include <string_view>

#include "diag/rule.h"

namespace contentc {

/// One command of the command line, as `--help`, the man page and bash completion show it.
struct CommandDoc {
  std::string_view name;      ///< "build"
  std::string_view synopsis;  ///< what follows the name: "[SOURCES] [-o OUT] …"
  std::string_view help;      ///< one paragraph, unwrapped
};

/// What an option's argument is, so that completion can offer the right things.
enum class ArgumentKind { kNone, kFolder, kFile, kChoice, kOther };

/// One option. `commands` lists, space-separated, the commands that take it.
struct OptionDoc {
  std::string_view short_name;  ///< "-o", or empty
  std::string_view long_name;   ///< "--out"
  std::string_view argument;    ///< "DIR"; empty for a switch
  ArgumentKind kind;
  std::string_view commands;    ///< "build check"
  std::string_view help;        ///< one paragraph, unwrapped
  std::span<const std::string_view> choices = {};  ///< for kChoice
};

/// The one description of contentc's command line: `--help`, the man page and the bash
/// completion are all written from it, so they cannot drift apart.
struct Usage {
  std::string_view summary;  ///< "compiles and validates prenatal movement content"
  std::string_view description;  ///< what contentc is for (a paragraph)
  std::span<const CommandDoc> commands;
  std::span<const OptionDoc> options;
  std::string_view replacing_out;  ///< which folders build replaces (a paragraph)
  /// Exit statuses: "0" → what it means.
  std::span<const std::pair<std::string_view, std::string_view>> exit_statuses;
  /// Environment variables read: name → what for.
  std::span<const std::pair<std::string_view, std::string_view>> environment;
};

const Usage& usage();

/// The kinds `contentc new` writes skeletons for.
std::span<const std::string_view> skeleton_kinds();

/// `contentc --help`: synopsis, commands, options, notes, wrapped to 80 columns.
std::string help_text();

/// contentc(1) in roff (man macros), with every rule of `rules` and what `explain` says of it.
std::string man_page(const RuleCatalogue& rules);

/// A bash completion script for contentc: commands, options, formats, rule ids for `explain`,
/// kinds for `new`, folders and files where they are due.
std::string bash_completion(const RuleCatalogue& rules);

/// `text` wrapped at `width` columns (code points), each line after the first indented by
/// `indent` spaces; the first line starts at column `first_column`.
std::string wrap(std::string_view text, size_t width, size_t indent, size_t first_column);

}  // namespace contentc
