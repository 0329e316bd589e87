// contentc-gen: writes a generated corpus for benchmarks and tests.
#include <iostream>

#include <boost/program_options.hpp>

#include "gen/corpus_generator.h"

int main(int argc, char** argv) {
  namespace po = boost::program_options;
  contentc::CorpusOptions options;
  std::string out;
  po::options_description desc(
      "contentc-gen --entries N [--seed S] -o DIR [--defect-rate R]\n"
      "Writes a deterministic corpus in the contentc source format into DIR (new or empty). With\n"
      "--defect-rate, plants defects of every rule and writes DIR/expected-findings.json");
  desc.add_options()("help,h", "this help")("entries,n", po::value(&options.entries)->required(), "entries to write")(
      "seed,s", po::value(&options.seed)->default_value(1), "random seed")(
      "out,o", po::value(&out)->required(), "the folder to write")(
      "defect-rate", po::value(&options.defect_rate)->default_value(0), "share of entries with a planted defect (0-1)");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return 0;
    }
    po::notify(vm);
    if (options.defect_rate < 0 || options.defect_rate > 1) throw po::error("--defect-rate: give a share from 0 to 1");
  } catch (const po::error& e) {
    std::cerr << "contentc-gen: error: " << e.what() << " (try --help)\n";
    return 2;
  }
  if (const std::string error = contentc::generate_corpus(out, options); !error.empty()) {
    std::cerr << "contentc-gen: error: " << error << "\n";
    return 2;
  }
  return 0;
}
