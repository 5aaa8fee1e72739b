#pragma once

// What the end-to-end tests share to drive the application as a user would: run a batch command in
// process, sign a login in, open the main window. Header-only: include it from a test that links
// adesk_app (and adesk_views).

#include "app/batchcommands.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"

#include <QSize>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <memory>

namespace adesk {

/// Runs batch @p command (runMigrate, runSeedDemo, …) against @p conninfo with @p args, as the
/// executable would; its exit code.
inline int runBatch(int (*command)(const BatchContext &), const QString &conninfo,
                    const QStringList &args = {}) {
    BatchContext ctx;
    ctx.connection.conninfo = conninfo;
    ctx.args = args;
    return command(ctx);
}

/// Points a QPSQL connection at the cluster the PG* variables name (pg_virtualenv sets them).
inline void applyPgEnvironment(QSqlDatabase &db) {
    if (qEnvironmentVariableIsSet("PGHOST"))
        db.setHostName(qEnvironmentVariable("PGHOST"));
    if (qEnvironmentVariableIsSet("PGPORT"))
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
    if (qEnvironmentVariableIsSet("PGUSER"))
        db.setUserName(qEnvironmentVariable("PGUSER"));
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
}

/// runBatch(runMigrate, @p conninfo) while holding the cluster lock TestDatabase::migrate() takes
/// (advisory lock 7346252 in the cluster's maintenance database, PGDATABASE or "postgres"): the first
/// migration of a fresh cluster creates cluster-wide roles, and two test binaries migrating at once
/// would both try CREATE ROLE (duplicate key on pg_authid). -1 when the lock cannot be taken.
inline int runMigrateLocked(const QString &conninfo) {
    const QString name = QStringLiteral("adesk_migrate_lock_%1").arg(quintptr(&conninfo), 0, 16);
    int code = -1;
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        applyPgEnvironment(lock);
        const QString maintenance = qEnvironmentVariable("PGDATABASE");
        lock.setDatabaseName(maintenance.isEmpty() ? QStringLiteral("postgres") : maintenance);
        if (lock.open() && QSqlQuery(lock).exec(QStringLiteral("SELECT pg_advisory_lock(7346252)"))) {
            code = runBatch(runMigrate, conninfo);
            QSqlQuery(lock).exec(QStringLiteral("SELECT pg_advisory_unlock(7346252)"));
        }
        lock.close();
    }
    QSqlDatabase::removeDatabase(name);
    return code;
}

/// A session signed in with @p settings, its identity set, owned by the caller; nullptr with the
/// server's reason in @p problem when the sign-in fails.
inline Session *signedInSession(const ConnectionSettings &settings, QString *problem = nullptr) {
    auto *session = new Session(settings);
    const Result<Identity> who = signInWaiting(session);
    if (!who.ok()) {
        if (problem)
            *problem =
                who.error().serverMessage.isEmpty() ? who.error().userMessage() : who.error().serverMessage;
        delete session;
        return nullptr;
    }
    session->setIdentity(who.value());
    return session;
}

/// The main window of a login signed in with @p settings, at @p size, shown, exposed and started (its
/// panes begin loading); nullptr with the reason in @p problem.
inline std::unique_ptr<MainWindow> openMainWindow(const ConnectionSettings &settings, QSize size,
                                                  QString *problem = nullptr) {
    Session *session = signedInSession(settings, problem);
    if (!session)
        return nullptr;
    auto window = std::make_unique<MainWindow>(session); // takes the session
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        if (problem)
            *problem = QStringLiteral("the main window was never exposed");
        return nullptr;
    }
    window->start();
    return window;
}

} // namespace adesk
