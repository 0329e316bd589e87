#include "cli/termination.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <system_error>
#include <thread>

#include "emit/output_dir.h"

namespace contentc {

void clean_up_on_termination() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  try {
    std::thread([signals] {
      int sig = 0;
      while (sigwait(&signals, &sig) != 0) {
      }
      OutputDir::abandon_active_staging();
      // End the way the signal would have: the caller sees "killed by SIGTERM", not an exit code.
      signal(sig, SIG_DFL);
      pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
      raise(sig);
      _exit(128 + sig);
    }).detach();
  } catch (const std::system_error&) {
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
  }
}

}  // namespace contentc
