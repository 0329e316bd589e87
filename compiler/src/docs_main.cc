// contentc-docs: writes the man page and the bash completion script from the same text as
// `contentc --help` and the rule catalogue. The build runs it; it is not installed.
//   contentc-docs man         contentc(1) in roff
//   contentc-docs completion  the bash completion script

#include <cstdio>
#include <string>
#include <string_view>

#include "cli/usage.h"
#include "rules/registry.h"

int main(int argc, char** argv) {
  const std::string_view what = argc == 2 ? argv[1] : "";
  std::string text;
  if (what == "man") {
    text = contentc::man_page(contentc::builtin_rules());
  } else if (what == "completion") {
    text = contentc::bash_completion(contentc::builtin_rules());
  } else {
    std::fputs("usage: contentc-docs man|completion\n", stderr);
    return 2;
  }
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0 ? 0 : 1;
}
