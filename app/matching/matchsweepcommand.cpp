// `autodoctor-desk match-sweep`: moves the session requests on (migration 0025,
// desk.advance_session_requests): the selected mechanic's window, hybrid's second wave, expiry.
// Run every minute, like expire-sweep, by an admin login.
#include "app/batchcommands.h"
#include "models/core/dbexecutor.h"
#include "models/matching/matchingrepository.h"

#include <QCoreApplication>
#include <QTextStream>

namespace adesk {

int runMatchSweep(const BatchContext &ctx) {
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("match-sweep")), 1);
    auto r = exec.run<matching::SweepCounts>([](QSqlDatabase &db) { return MatchingRepository::sweep(db); })
                 .result();
    if (!r.ok()) {
        batchErr() << "match-sweep: " << r.error().serverText() << Qt::endl;
        return 1;
    }
    batchOut() << QCoreApplication::translate("adesk::BatchCommands",
                                              "match-sweep: windows timed out: %1, second waves: %2, "
                                              "offers sent: %3, requests expired: %4")
                      .arg(r->timedOut)
                      .arg(r->secondWaves)
                      .arg(r->offers)
                      .arg(r->expired)
               << Qt::endl;
    return 0;
}

} // namespace adesk
