#include "batchcommands.h"

namespace adesk {

const QList<BatchCommand> &batchCommands()
{
    // Keep one line per command; features append theirs.
    static const QList<BatchCommand> commands = {
        {QStringLiteral("migrate"), QStringLiteral("migrate"), &runMigrate, false},
        {QStringLiteral("seed-demo"), QStringLiteral("seed-demo [--scale N]"), &runSeedDemo, true},
        {QStringLiteral("expire-sweep"), QStringLiteral("expire-sweep"), &runExpireSweep, false},
        {QStringLiteral("screenshot"), QStringLiteral("screenshot --out DIR"), &runScreenshot, true},
    };
    return commands;
}

} // namespace adesk
