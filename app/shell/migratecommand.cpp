// `autodoctor-desk migrate`: applies the embedded migrations (models/core/migrator.h) as the deploying
// role; `migrate --status` lists them (applied, checksum, pending) and changes nothing;
// `bootstrap-roles --deployer ROLE`: the one superuser step that creates the group roles first.
#include "app/batchcommands.h"
#include "models/core/dbexecutor.h"
#include "models/core/migrator.h"

#include <QCoreApplication>
#include <QTextStream>

namespace adesk {

namespace {

/// `migrate --status`: one line per migration, read-only. Exit 0 even when some are pending or do not
/// match (the lines say so); 1 when the database cannot be read.
int runMigrateStatus(const BatchContext &ctx) {
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("migrate")), 1);
    auto r =
        exec.run<QList<Migrator::StatusLine>>([](QSqlDatabase &db) { return Migrator::status(db); }).result();
    if (!r.ok()) {
        batchErr() << "migrate: " << r.error().serverMessage << Qt::endl;
        return 1;
    }
    int pending = 0;
    int mismatched = 0;
    for (const Migrator::StatusLine &line : r.value()) {
        QString state;
        switch (line.state) {
        case Migrator::StatusLine::State::Applied:
            state = QStringLiteral("applied %1  checksum ok").arg(line.appliedAt);
            break;
        case Migrator::StatusLine::State::ChecksumMismatch:
            state = QStringLiteral("applied %1  checksum MISMATCH (the file changed after it was applied)")
                        .arg(line.appliedAt);
            ++mismatched;
            break;
        case Migrator::StatusLine::State::Pending:
            state = QStringLiteral("pending");
            ++pending;
            break;
        case Migrator::StatusLine::State::NotInThisBinary:
            state = QStringLiteral("applied %1  not in this binary (a newer Auto Doctor Desk migrated it)")
                        .arg(line.appliedAt);
            break;
        }
        batchOut() << QStringLiteral("%1  %2  %3")
                          .arg(line.version, 4, 10, QLatin1Char('0'))
                          .arg(line.name, -28)
                          .arg(state)
                   << Qt::endl;
    }
    batchOut() << QStringLiteral("migrate: %1 pending, %2 checksum mismatch").arg(pending).arg(mismatched)
               << Qt::endl;
    return 0;
}

} // namespace

int runMigrate(const BatchContext &ctx) {
    if (ctx.args.contains(QStringLiteral("--status")))
        return runMigrateStatus(ctx);
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("migrate")), 1);
    auto r = exec.run<QStringList>([](QSqlDatabase &db) { return Migrator::migrate(db); }).result();
    if (!r.ok()) {
        batchErr() << "migrate: " << r.error().serverMessage << Qt::endl;
        return 1;
    }
    if (r->isEmpty())
        batchOut() << QCoreApplication::translate("adesk::BatchCommands", "migrate: schema is up to date")
                   << Qt::endl;
    for (const QString &m : r.value())
        batchOut() << QCoreApplication::translate("adesk::BatchCommands", "migrate: applied %1").arg(m)
                   << Qt::endl;
    return 0;
}

int runBootstrapRoles(const BatchContext &ctx) {
    QString deployer;
    for (int i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args.at(i) == u"--deployer" && i + 1 < ctx.args.size())
            deployer = ctx.args.at(++i);
        else if (ctx.args.at(i).startsWith(QStringLiteral("--deployer=")))
            deployer = ctx.args.at(i).section(u'=', 1);
    }
    if (deployer.isEmpty()) {
        batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                  "bootstrap-roles: name the deploying role: bootstrap-roles "
                                                  "--deployer ROLE")
                   << Qt::endl;
        return 2;
    }
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("bootstrap-roles")), 1);
    auto r =
        exec.run<QStringList>([deployer](QSqlDatabase &db) { return Migrator::bootstrapRoles(db, deployer); })
            .result();
    if (!r.ok()) {
        batchErr() << "bootstrap-roles: " << r.error().serverMessage << Qt::endl;
        return 1;
    }
    for (const QString &line : r.value())
        batchOut() << "bootstrap-roles: " << line << Qt::endl;
    return 0;
}

} // namespace adesk
