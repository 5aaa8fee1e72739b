#include "app/batchcommands.h"

namespace adesk {

const QList<BatchCommand> &batchCommands() {
    // Keep one line per command; features append theirs.
    static const QList<BatchCommand> commands = {
        {QStringLiteral("bootstrap-roles"), QStringLiteral("bootstrap-roles --deployer ROLE"),
         &runBootstrapRoles, false},
        {QStringLiteral("migrate"), QStringLiteral("migrate [--status]"), &runMigrate, false},
        {QStringLiteral("seed-demo"), QStringLiteral("seed-demo [--scale N]"), &runSeedDemo, true},
        {QStringLiteral("expire-sweep"), QStringLiteral("expire-sweep"), &runExpireSweep, false},
        {QStringLiteral("screenshot"), QStringLiteral("screenshot --out DIR"), &runScreenshot, true},
        {QStringLiteral("statements"), QStringLiteral("statements --month YYYY-MM --out DIR"), &runStatements,
         true},
        {QStringLiteral("export-ics"),
         QStringLiteral(
             "export-ics --workshop ID --out FILE [--bay ID | --mechanic ID] [--from DATE] [--to DATE]"),
         &runExportIcs, false},
        {QStringLiteral("t4a"), QStringLiteral("t4a --year YYYY --out DIR"), &runT4A, true},
        {QStringLiteral("charges"), QStringLiteral("charges --month YYYY-MM"), &runCharges, false},
        {QStringLiteral("render"),
         QStringLiteral("render FILE [--page N] [--dpi D] (--out PNG | --text) [--password P]"), &runRender,
         false, false},
    };
    return commands;
}

} // namespace adesk
