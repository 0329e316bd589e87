#include "cli/cli.h"

int main(int argc, char** argv) { return contentc::run_cli(argc, argv, contentc::AfterRun::kProcessEnds); }
