#pragma once

namespace adesk {

/// Entry point: `autodoctor-desk [--demo | --db CONNINFO] [COMMAND [options]]`.
/// Without a command the GUI starts. Commands (batch, no window): bootstrap-roles, migrate, seed-demo,
/// expire-sweep, screenshot …. Returns the process exit code (0 ok, 1 failure, 2 usage error).
int runCommandLine(int argc, char *argv[]);

} // namespace adesk
