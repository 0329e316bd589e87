#pragma once

namespace contentc {

/// Makes SIGINT, SIGTERM and SIGHUP end a build cleanly: they are blocked in every thread and
/// taken by one thread of their own, which removes the staging folder of the build in progress
/// (OutputDir::abandon_active_staging) and then ends the process by the same signal. Call it
/// before any other thread starts. When no thread can be started, the signals keep their
/// default action, and the next build removes what is left.
void clean_up_on_termination();

}  // namespace contentc
