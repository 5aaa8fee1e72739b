#pragma once

#include "store/connectionsettings.h"

#include <QStringList>

namespace adesk {

/// Options every batch command understands. `--db CONNINFO` (libpq string, URI or service=NAME),
/// `--demo` (the embedded demo cluster); neither means libpq defaults (PG* variables, .pgpass).
struct BatchContext {
    ConnectionSettings connection;
    bool demo = false;
    QStringList args; ///< the command's own arguments, after the command name
};

int runMigrate(const BatchContext &ctx);         // commandline.cpp
int runExpireSweep(const BatchContext &ctx);     // commandline.cpp
int runSeedDemo(const BatchContext &ctx);        // demoseeder.cpp: [--scale N]
int runScreenshot(const BatchContext &ctx);      // screenshots.cpp: --out DIR
int runGui(const BatchContext &ctx);             // gui.cpp

} // namespace adesk
