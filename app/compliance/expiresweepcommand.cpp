// `autodoctor-desk expire-sweep`: expires approved verifications past their expiry date, then sends
// the 60/30/7-day reminders (migration 0018), then expires the repair quotes sent to customers and
// past their validity (migration 0027).
#include "app/batchcommands.h"
#include "models/compliance/expiryrepository.h"
#include "models/compliance/verificationrepository.h"
#include "models/core/dbexecutor.h"
#include "models/quotes/quoterepository.h"

#include <QCoreApplication>
#include <QTextStream>

namespace adesk {

int runExpireSweep(const BatchContext &ctx) {
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("expire-sweep")), 1);
    auto r = exec.run<int>([](QSqlDatabase &db) { return VerificationRepository::expireSweep(db); }).result();
    if (!r.ok()) {
        batchErr() << "expire-sweep: " << r.error().serverText() << Qt::endl;
        return 1;
    }
    batchOut() << QCoreApplication::translate("adesk::BatchCommands",
                                              "expire-sweep: %n verification(s) expired", nullptr, r.value())
               << Qt::endl;
    auto sent = exec.run<int>([](QSqlDatabase &db) { return ExpiryRepository::sendReminders(db); }).result();
    if (!sent.ok()) {
        batchErr() << "expire-sweep: " << sent.error().serverText() << Qt::endl;
        return 1;
    }
    batchOut() << QCoreApplication::translate("adesk::BatchCommands",
                                              "expire-sweep: %n expiry reminder(s) sent", nullptr,
                                              sent.value())
               << Qt::endl;
    auto quotes = exec.run<int>([](QSqlDatabase &db) { return QuoteRepository::expireQuotes(db); }).result();
    if (!quotes.ok()) {
        batchErr() << "expire-sweep: " << quotes.error().serverText() << Qt::endl;
        return 1;
    }
    batchOut() << QCoreApplication::translate("adesk::BatchCommands",
                                              "expire-sweep: %n repair quote(s) expired", nullptr,
                                              quotes.value())
               << Qt::endl;
    return 0;
}

} // namespace adesk
