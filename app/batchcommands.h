#pragma once

#include "models/core/connectionsettings.h"

#include <QStringList>

class QTextStream;

namespace adesk {

/// Options every batch command understands. `--db CONNINFO` (libpq string, URI or service=NAME),
/// `--demo` (the embedded demo cluster); neither means libpq defaults (PG* variables, .pgpass).
struct BatchContext {
    ConnectionSettings connection;
    bool demo = false;
    /// The demo: the login role to sign in as (--as finance, …); the demo's sign-in choices are
    /// offered in the File menu.
    QString demoLogin;
    QStringList args; ///< the command's own arguments, after the command name
};

int runMigrate(const BatchContext &ctx);     // shell/migratecommand.cpp
int runExpireSweep(const BatchContext &ctx); // compliance/expiresweepcommand.cpp
int runMatchSweep(const BatchContext &ctx);  // matching/matchsweepcommand.cpp
int runBootstrapRoles(
    const BatchContext &ctx);             // shell/migratecommand.cpp: --deployer ROLE (once, as a superuser)
int runSeedDemo(const BatchContext &ctx); // demo/demoseeder.cpp: [--scale N]
int runScreenshot(const BatchContext &ctx); // screenshots.cpp: --out DIR
struct WarmDemoStart;
struct DemoHistoryLoad;
/// shell/gui.cpp; @p warm: the demo's warm launch (app/shell/signin.h), its main window painted
/// before the demo server answers; @p history: the demo's history still to load behind the window.
int runGui(const BatchContext &ctx, const WarmDemoStart *warm = nullptr,
           const DemoHistoryLoad *history = nullptr);
int runStatements(const BatchContext &ctx); // earnings/statementsbatch.cpp: --month YYYY-MM --out DIR
int runExportIcs(
    const BatchContext &ctx); // bays/icsexport.cpp: --workshop ID --out FILE [--bay ID | --mechanic ID]
int runT4A(const BatchContext &ctx);         // tax/t4abatch.cpp: --year YYYY --out DIR
int runT4AOverview(const BatchContext &ctx); // tax/t4abatch.cpp: --year YYYY [--reports CONNINFO|PROFILE]
int runCharges(const BatchContext &ctx);     // earnings/chargescommand.cpp: --month YYYY-MM
int runRender(const BatchContext &ctx);      // compliance/rendercommand.cpp: FILE --page N --dpi D --out PNG

/// One option of a batch command, for its own `COMMAND --help` and its parser. The description is
/// marked with QT_TRANSLATE_NOOP("adesk::BatchCommands", …) and translated when the help is shown.
struct BatchOption {
    const char *name;        ///< "month" for --month
    const char *valueName;   ///< "YYYY-MM"; nullptr for a flag
    const char *description; ///< QT_TRANSLATE_NOOP("adesk::BatchCommands", …)
};

/// One batch command of `autodoctor-desk COMMAND …`. Features add theirs to batchCommands() in
/// app/batchcommands.cpp (one entry each). The command line parses the command's options (and the
/// global ones, before or after the command) with a QCommandLineParser of its own, answers
/// `COMMAND --help` without running anything, and hands the command its options in ctx.args in the
/// canonical form `--name value` / `--name`, followed by the positional arguments.
struct BatchCommand {
    /// What the command needs of the application object: QCoreApplication (no display), a
    /// QGuiApplication (fonts for PDFs; the offscreen platform when there is no display) or a
    /// QApplication (widgets).
    enum class Needs { Core, Gui, Widgets };
    QString name;
    QString usage; ///< shown by --help, e.g. "statements --month YYYY-MM --out DIR"
    int (*run)(const BatchContext &ctx);
    Needs needs;
    bool needsDatabase = true;       ///< false: no connection checks (render reads a file only)
    const char *description{};       ///< QT_TRANSLATE_NOOP("adesk::BatchCommands", …)
    QList<BatchOption> options{};    ///< the command's own options
    QList<BatchOption> positional{}; ///< positional arguments (name, syntax, description)
};
const QList<BatchCommand> &batchCommands();

/// Standard output and standard error for the batch commands' messages ("COMMAND: …"; end each line
/// with Qt::endl, which flushes).
QTextStream &batchOut();
QTextStream &batchErr();

} // namespace adesk
