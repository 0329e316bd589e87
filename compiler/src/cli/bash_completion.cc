// The bash completion script, written from the same text as --help (cli/usage.cc) and the rule
// catalogue, so that it offers exactly the commands, options and rule ids contentc knows.

#include <fmt/format.h>

#include "cli/usage.h"

namespace contentc {
namespace {

bool takes(const OptionDoc& o, std::string_view command) {
  size_t pos = 0;
  while (pos < o.commands.size()) {
    const size_t end = std::min(o.commands.find(' ', pos), o.commands.size());
    if (o.commands.substr(pos, end - pos) == command) return true;
    pos = end + 1;
  }
  return false;
}

std::string names(const OptionDoc& o) {
  return o.short_name.empty() ? std::string(o.long_name) : fmt::format("{}|{}", o.short_name, o.long_name);
}

template <typename Range, typename F>
std::string joined(const Range& items, F&& f, char separator = ' ') {
  std::string out;
  for (const auto& item : items) {
    std::string word = f(item);
    if (word.empty()) continue;
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}

}  // namespace

std::string bash_completion(const RuleCatalogue& rules) {
  const Usage& u = usage();
  std::string out =
      "# bash completion for contentc(1). Written by contentc-docs from the text of\n"
      "# contentc --help and the rule catalogue; edit those, not this file.\n"
      "_contentc() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  # compgen prints one word a line; -W lists are split at spaces (IFS=' ' compgen).\n"
      "  local IFS=$'\\n'\n"
      "  COMPREPLY=()\n"
      "  if [[ $COMP_CWORD -eq 1 ]]; then\n";
  out += fmt::format("    COMPREPLY=($(IFS=' ' compgen -W '{} --help --version' -- \"$cur\"))\n    return\n  fi\n",
                     joined(u.commands, [](const CommandDoc& c) { return std::string(c.name); }));
  out += "  # An option's argument.\n  case $prev in\n";
  for (const OptionDoc& o : u.options) {
    switch (o.kind) {
      case ArgumentKind::kNone:
        break;
      case ArgumentKind::kFolder:
        out += fmt::format("    {}) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n", names(o));
        break;
      case ArgumentKind::kFile:
        out += fmt::format("    {}) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", names(o));
        break;
      case ArgumentKind::kChoice:
        out += fmt::format("    {}) COMPREPLY=($(IFS=' ' compgen -W '{}' -- \"$cur\")); return ;;\n", names(o),
                           joined(o.choices, [](std::string_view s) { return std::string(s); }));
        break;
      case ArgumentKind::kOther:
        out += fmt::format("    {}) return ;;\n", names(o));
        break;
    }
  }
  out += "  esac\n"
         "  # The command's own options, when the word starts with '-'.\n"
         "  local options=\n"
         "  case ${COMP_WORDS[1]} in\n";
  for (const CommandDoc& c : u.commands) {
    const std::string options = joined(u.options, [&c](const OptionDoc& o) {
      if (!takes(o, c.name)) return std::string();
      return o.short_name.empty() ? std::string(o.long_name) : fmt::format("{} {}", o.short_name, o.long_name);
    });
    out += fmt::format("    {}) options='{} --help' ;;\n", c.name, options);
  }
  out += "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(IFS=' ' compgen -W \"$options\" -- \"$cur\"))\n"
         "    return\n"
         "  fi\n"
         "  # Arguments: which one this is, not counting options and their arguments.\n"
         "  local i position=0\n"
         "  for ((i = 2; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in\n";
  const std::string with_argument = joined(u.options, [](const OptionDoc& o) {
    return o.kind == ArgumentKind::kNone ? std::string() : names(o);
  }, '|');
  out += fmt::format("      {}) ((i++)) ;;\n", with_argument);
  out += "      -*) ;;\n"
         "      *) ((position++)) ;;\n"
         "    esac\n"
         "  done\n"
         "  case ${COMP_WORDS[1]} in\n"
         "    build|check|fix|init|lsp|rules)\n"
         "      [[ $position -eq 0 ]] && { compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\")); } ;;\n"
         "    policy)\n"
         "      if [[ $position -eq 0 ]]; then COMPREPLY=($(compgen -W 'show' -- \"$cur\"));\n"
         "      elif [[ $position -eq 1 ]]; then compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\")); fi ;;\n"
         "    snapshot)\n"
         "      [[ $position -eq 0 ]] && { compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); } ;;\n";
  out += fmt::format("    explain)\n      [[ $position -eq 0 ]] && COMPREPLY=($(IFS=' ' compgen -W '{}' -- \"$cur\")) ;;\n",
                     joined(rules, [](const Rule* r) { return std::string(r->id); }));
  out += fmt::format("    new)\n      [[ $position -eq 0 ]] && COMPREPLY=($(IFS=' ' compgen -W '{}' -- \"$cur\")) ;;\n",
                     joined(skeleton_kinds(), [](std::string_view s) { return std::string(s); }));
  out += "  esac\n"
         "}\n"
         "complete -F _contentc contentc\n";
  return out;
}

}  // namespace contentc
