// contentc policy show: prints the policy a run uses, policy.xml merged with what it includes,
// each element with the place it was written.

#include <unistd.h>

#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "diag/renderers.h"
#include "emit/policy_listing.h"

namespace contentc {

int run_policy(const std::vector<std::string>& args) {
  if (args.empty() || args[0] != "show") {
    throw UsageError{args.empty() ? "'policy' needs what to do: contentc policy show [SOURCES]"
                                  : fmt::format("'policy {}' is not a command; contentc policy show [SOURCES] prints "
                                                "the merged policy", args[0])};
  }
  if (args.size() > 2) throw UsageError{"'policy show' takes one sources folder at most"};
  if (args.size() == 2 && args[1].starts_with('-')) throw UsageError{fmt::format("'policy show' takes no option '{}'", args[1])};
  const KnownRules known = known_rules(args.size() == 2 ? args[1] : "sources");
  if (!known.found) {
    throw UsageError{fmt::format("there is no policy.xml in '{}' (contentc policy show SOURCES names the sources folder)",
                                 args.size() == 2 ? args[1] : "sources")};
  }
  Findings findings = known.policy.findings;
  findings.sort(known.policy.files);
  if (!findings.items().empty()) std::cerr << render_text(findings, known.policy.files, isatty(STDERR_FILENO) && !getenv("NO_COLOR"));
  write_stdout(policy_listing(known.policy.model.policy, known.policy.files));
  return tally(findings).errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace contentc
