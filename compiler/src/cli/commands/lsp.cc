// contentc lsp: the language server, over standard input and output.

#include <unistd.h>

#include <cstdlib>

#include <boost/program_options.hpp>

#include "cli/command.h"
#include "lsp/server.h"

namespace contentc {

namespace po = boost::program_options;

int run_lsp(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string today, jobs;
  std::vector<std::string> positional;
  desc.add_options()("jobs,j", po::value(&jobs))("today", po::value(&today))("stdio", po::bool_switch())(
      "sources", po::value(&positional)->multitoken());
  const po::variables_map vm = parse_command_line(args, desc, "sources");
  if (positional.size() > 1) throw UsageError{"'lsp' takes one sources folder at most"};
  lsp::ServerOptions options;
  if (!positional.empty()) options.sources = positional[0];
  if (vm.count("jobs")) options.jobs = parse_jobs(jobs);
  std::string error;
  options.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{error};
  return lsp::run_server(STDIN_FILENO, STDOUT_FILENO, options);
}

}  // namespace contentc
