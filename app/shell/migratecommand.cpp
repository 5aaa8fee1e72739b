// `autodoctor-desk migrate`: applies the embedded migrations (models/core/migrator.h) as the deploying
// role; `bootstrap-roles --deployer ROLE`: the one superuser step that creates the group roles first.
#include "app/batchcommands.h"
#include "models/core/dbexecutor.h"
#include "models/core/migrator.h"

#include <QTextStream>

namespace adesk {

int runMigrate(const BatchContext &ctx) {
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("migrate")), 1);
    auto r = exec.run<QStringList>([](QSqlDatabase &db) { return Migrator::migrate(db); }).result();
    if (!r.ok()) {
        batchErr() << "migrate: " << r.error().serverMessage << Qt::endl;
        return 1;
    }
    if (r->isEmpty())
        batchOut() << "migrate: schema is up to date" << Qt::endl;
    for (const QString &m : r.value())
        batchOut() << "migrate: applied " << m << Qt::endl;
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
        batchErr() << "bootstrap-roles: name the deploying role: bootstrap-roles --deployer ROLE" << Qt::endl;
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
