#pragma once

#include <filesystem>
#include <string>

namespace contentc::lsp {

struct ServerOptions {
  /// The sources folder; empty: the workspace folder the client names in `initialize` (a
  /// repository made by `contentc init` stands for its sources/).
  std::filesystem::path sources;
  unsigned jobs = 0;           ///< threads; 0: one per core
  std::string today;           ///< YYYY-MM-DD, for suppressions' expiry
  /// The quiet time after an edit before the sources are checked again: as long as recent
  /// checks took (their median), within these bounds, so that a small folder answers at once and
  /// a large one is not checked on every keystroke.
  int min_debounce_ms = 50;
  int max_debounce_ms = 500;
};

/// Runs a Language Server Protocol 3.17 server over `in` and `out` (stdin and stdout) until
/// the client sends `exit` or closes the stream. Returns the process's exit status: 0 after
/// `shutdown` then `exit`, 1 otherwise (as the protocol asks).
int run_server(int in, int out, ServerOptions options);

}  // namespace contentc::lsp
