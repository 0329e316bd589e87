// contentc init: makes a new content repository.

#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "scaffold/repository.h"
#include "version.h"

namespace contentc {

int run_init(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].starts_with("-") || args[0].empty()) {
    throw UsageError{"'init' takes one folder, e.g. contentc init my-content"};
  }
  const InitResult result = init_repository(args[0], RepositorySettings{installed_schema_dir(), kPackageUrl});
  if (!result.error.empty()) {
    std::cerr << fmt::format("contentc: error: {}\n", result.error);
    return kExitUsage;
  }
  std::string listing = fmt::format("created a content repository in {}:\n", args[0]);
  for (const std::string& f : result.created) listing += fmt::format("  {}\n", f);
  listing += fmt::format("next: cd {} && contentc check && contentc build -o out\n", args[0]);
  write_stdout(listing);
  return kExitClean;
}

}  // namespace contentc
