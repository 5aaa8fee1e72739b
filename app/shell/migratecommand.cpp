// `autodoctor-desk migrate`: applies the embedded migrations (models/core/migrator.h).
#include "app/batchcommands.h"
#include "models/core/dbexecutor.h"
#include "models/core/migrator.h"

#include <QTextStream>

namespace adesk {

namespace {
QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}
} // namespace

int runMigrate(const BatchContext &ctx) {
    DbExecutor exec(ctx.connection, 1);
    auto r = exec.run<QStringList>([](QSqlDatabase &db) { return Migrator::migrate(db); }).result();
    if (!r.ok()) {
        err() << "migrate: " << r.error().serverMessage << Qt::endl;
        return 1;
    }
    if (r->isEmpty())
        out() << "migrate: schema is up to date" << Qt::endl;
    for (const QString &m : r.value())
        out() << "migrate: applied " << m << Qt::endl;
    return 0;
}

} // namespace adesk
