// Session hygiene (issue 18) against a real PostgreSQL: every connection names its role in
// pg_stat_activity (PGAPPNAME, the string and a service override it), carries statement, lock and
// idle-in-transaction limits (the user's options, PGOPTIONS, override them), a statement cut by a
// limit gives the plain "took too long" message, a superseded load is cancelled on the server and its
// answer never reaches the model, and a refused connection is classified by its SQLSTATE.

#include "app/shell/session.h"
#include "models/compliance/verificationqueuemodel.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/core/sqlquery.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace adesk;

namespace {

/// Restores an environment variable when it goes out of scope.
class EnvGuard {
public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name)) {}
    ~EnvGuard() {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

/// Runs @p sql on a worker of @p exec and returns the first column of the first row (or the error).
Result<QString> scalarOn(DbExecutor &exec, const QString &sql) {
    QFuture<Result<QString>> f = exec.run<QString>([sql](QSqlDatabase &db) -> Result<QString> {
        SqlQuery q(db, sql);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return QString();
        return q.value(0).toString();
    });
    f.waitForFinished();
    return f.result();
}

/// The SQL reading setting @p name of the session (SHOW cannot be prepared).
QString setting(const char *name) {
    return QStringLiteral("SELECT current_setting('%1')").arg(QLatin1String(name));
}

/// The value, or the error's text (so that a failure compares unequal instead of crashing).
QString valueOf(const Result<QString> &r) {
    return r.ok() ? r.value()
                  : QStringLiteral("error %1: %2").arg(r.error().sqlState, r.error().serverMessage);
}

/// The error a job gets when its connection cannot be opened.
DbError connectError(const ConnectionSettings &settings) {
    DbExecutor exec(settings, 1);
    const Result<QString> r = scalarOn(exec, QStringLiteral("SELECT 1"));
    return r.ok() ? DbError{} : r.error();
}

} // namespace

class TstSessionHygiene : public QObject {
    Q_OBJECT

private:
    TestDatabase m_db;
    QString m_admin;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;

    /// A connection of its own holds the lock (the fixture's connection reads pg_stat_activity, whose
    /// snapshot a transaction would freeze).
    QSqlDatabase m_locker;
    bool lockQueue() {
        return TestDatabase::run(m_locker, QStringLiteral("BEGIN")).ok &&
               TestDatabase::run(m_locker, QStringLiteral("LOCK TABLE desk.compliance_verifications IN "
                                                          "ACCESS EXCLUSIVE MODE"))
                   .ok;
    }

    /// The admin's settings with the application's interactive limits (the fixture sends none).
    ConnectionSettings interactive() const {
        ConnectionSettings s = m_db.login(m_admin);
        s.timeouts = ConnectionSettings::Timeouts::interactive();
        return s;
    }

private slots:
    void initTestCase() {
        ADESK_START_TEST_DATABASE(m_db);
        m_admin = m_db.roleName(QStringLiteral("hygadmin"));
        QVERIFY(m_db.createLogin(m_admin, QStringLiteral("adesk_platform_admin"),
                                 QStringLiteral("Hygiene Admin")));
        m_alpha = m_db.insertWorkshop(QStringLiteral("Alphagarage"), QStringLiteral("ON"));
        m_beta = m_db.insertWorkshop(QStringLiteral("Betagarage"), QStringLiteral("ON"));
        QVERIFY(m_alpha && m_beta);
        auto data = TestDatabase::completeData(QStringLiteral("zoning"));
        data.withDocument = false;
        QVERIFY(m_db.insertVerification(QStringLiteral("workshop"), m_alpha, QStringLiteral("zoning"), data));
        QVERIFY(m_db.insertVerification(QStringLiteral("workshop"), m_beta, QStringLiteral("zoning"), data));
        m_locker = TestDatabase::openConnection(m_db.superuser(), QStringLiteral("hygiene-locker"));
        QVERIFY(m_locker.isOpen());
    }

    void cleanupTestCase() {
        m_locker = QSqlDatabase();
        TestDatabase::closeConnection(QStringLiteral("hygiene-locker"));
    }

    void workerAndListenerNameThemselves() {
        EnvGuard appName("PGAPPNAME");
        qunsetenv("PGAPPNAME");
        Session session(m_db.login(m_admin));
        const Result<Identity> who = session.signIn().result();
        QVERIFY2(who.ok(), qPrintable(who.error().serverMessage));
        session.startListening();
        QTRY_VERIFY_WITH_TIMEOUT(session.listener()->isConnected(), 20000);
        const auto rows =
            m_db.run(QStringLiteral("SELECT application_name, backend_type FROM pg_stat_activity "
                                    "WHERE usename = ? ORDER BY application_name"),
                     {m_admin});
        QVERIFY2(rows.ok, qPrintable(rows.describe()));
        QStringList names;
        for (const QVariantList &row : rows.rows) {
            names << row.at(0).toString();
            QCOMPARE(row.at(1).toString(), QStringLiteral("client backend"));
        }
        QVERIFY2(names.contains(QStringLiteral("autodoctor-desk/worker")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("autodoctor-desk/listen")), qPrintable(names.join(u',')));
    }

    void userNamesOverrideTheRoleName() {
        EnvGuard appName("PGAPPNAME");
        EnvGuard serviceFile("PGSERVICEFILE");
        const ConnectionSettings worker = interactive().forRole(QStringLiteral("worker"));
        {
            qputenv("PGAPPNAME", "reporting-desk");
            DbExecutor exec(worker, 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("application_name"))), QStringLiteral("reporting-desk"));
            qunsetenv("PGAPPNAME");
        }
        {
            ConnectionSettings s = worker;
            s.conninfo += QStringLiteral(" application_name=from-the-string");
            DbExecutor exec(s, 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("application_name"))), QStringLiteral("from-the-string"));
        }
        {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            QFile file(dir.filePath(QStringLiteral("pg_service.conf")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[hygiene]\napplication_name=from-the-service\n");
            file.close();
            qputenv("PGSERVICEFILE", QFile::encodeName(file.fileName()));
            ConnectionSettings s = worker;
            s.conninfo += QStringLiteral(" service=hygiene");
            DbExecutor exec(s, 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("application_name"))),
                     QStringLiteral("from-the-service"));
        }
        {
            DbExecutor exec(worker, 1); // and without any of them, the role's name
            QCOMPARE(valueOf(scalarOn(exec, setting("application_name"))),
                     QStringLiteral("autodoctor-desk/worker"));
        }
    }

    void limitsAreSetAndOverridable() {
        EnvGuard options("PGOPTIONS");
        qunsetenv("PGOPTIONS");
        {
            DbExecutor exec(interactive(), 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("statement_timeout"))), QStringLiteral("30s"));
            QCOMPARE(valueOf(scalarOn(exec, setting("lock_timeout"))), QStringLiteral("5s"));
            QCOMPARE(valueOf(scalarOn(exec, setting("idle_in_transaction_session_timeout"))),
                     QStringLiteral("1min"));
        }
        {
            // A batch command: its own name, no statement limit.
            DbExecutor exec(interactive().forBatch(QStringLiteral("statements")), 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("application_name"))),
                     QStringLiteral("autodoctor-desk/statements"));
            QCOMPARE(valueOf(scalarOn(exec, setting("statement_timeout"))), QStringLiteral("0"));
            QCOMPARE(valueOf(scalarOn(exec, setting("lock_timeout"))), QStringLiteral("1min"));
        }
        {
            // PGOPTIONS wins for what it sets; the rest keeps the application's limits.
            qputenv("PGOPTIONS", "-c statement_timeout=7s");
            DbExecutor exec(interactive(), 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("statement_timeout"))), QStringLiteral("7s"));
            QCOMPARE(valueOf(scalarOn(exec, setting("lock_timeout"))), QStringLiteral("5s"));
            qunsetenv("PGOPTIONS");
        }
        {
            // So do the string's options (libpq would take them instead of PGOPTIONS, as here).
            qputenv("PGOPTIONS", "-c statement_timeout=7s");
            ConnectionSettings s = interactive();
            s.conninfo += QStringLiteral(" options='-c lock_timeout=2s'");
            DbExecutor exec(s, 1);
            QCOMPARE(valueOf(scalarOn(exec, setting("lock_timeout"))), QStringLiteral("2s"));
            QCOMPARE(valueOf(scalarOn(exec, setting("statement_timeout"))), QStringLiteral("30s"));
            qunsetenv("PGOPTIONS");
        }
    }

    void aStatementCutByTheLimitSaysItTookTooLong() {
        ConnectionSettings s = interactive();
        s.conninfo += QStringLiteral(" options='-c statement_timeout=100'");
        DbExecutor exec(s, 1);
        const Result<QString> r = scalarOn(exec, QStringLiteral("SELECT pg_sleep(600)::text"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().sqlState, QStringLiteral("57014"));
        QCOMPARE(r.error().kind, DbError::Kind::TimedOut);
        QVERIFY2(r.error().userMessage().startsWith(QStringLiteral("The database took too long")),
                 qPrintable(r.error().userMessage()));
    }

    void aLockWaitCutByTheLimitIsNotALease() {
        QVERIFY(lockQueue());
        ConnectionSettings s = interactive();
        s.conninfo += QStringLiteral(" options='-c lock_timeout=100'");
        DbExecutor exec(s, 1);
        const Result<QString> r =
            scalarOn(exec, QStringLiteral("SELECT count(*)::text FROM desk.compliance_verifications"));
        QVERIFY(TestDatabase::run(m_locker, QStringLiteral("ROLLBACK")).ok);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().sqlState, QStringLiteral("55P03"));
        QCOMPARE(r.error().kind, DbError::Kind::TimedOut);
    }

    void aCancelledStatementStopsOnTheServer() {
        // Its own name: QPSQL runs prepared statements, so pg_stat_activity shows "EXECUTE …", not the SQL.
        DbExecutor exec(interactive().forRole(QStringLiteral("cancel-test")), 1);
        DbJobCancel cancel;
        QFuture<Result<QString>> slow = exec.run<QString>(
            [](QSqlDatabase &db) -> Result<QString> {
                SqlQuery q(db, QStringLiteral("SELECT pg_sleep(600)::text"));
                if (!q.exec())
                    return q.error();
                return QStringLiteral("slept");
            },
            &cancel);
        // Queued behind it on the only worker: cancelled before it starts, it never runs.
        QAtomicInt ran;
        DbJobCancel cancelQueued;
        QFuture<Result<QString>> queued = exec.run<QString>(
            [&ran](QSqlDatabase &) -> Result<QString> {
                ran.storeRelaxed(1);
                return QStringLiteral("ran");
            },
            &cancelQueued);
        const QString active =
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND "
                           "application_name = ? AND state = 'active' AND wait_event = 'PgSleep'");
        const QVariantList binds{m_admin, QStringLiteral("autodoctor-desk/cancel-test")};
        QTRY_COMPARE_WITH_TIMEOUT(m_db.scalar(active, binds).toInt(), 1, 20000);
        cancelQueued.cancel();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(slow.isFinished() && queued.isFinished(), 20000);
        QCOMPARE(slow.result().error().kind, DbError::Kind::Cancelled);
        QCOMPARE(queued.result().error().kind, DbError::Kind::Cancelled);
        QCOMPARE(ran.loadRelaxed(), 0);
        QCOMPARE(m_db.scalar(active, binds).toInt(), 0);
        QVERIFY(cancel.isFinished());
        cancel.cancel(); // once done: nothing happens, and the connection's next statement runs
        QCOMPARE(valueOf(scalarOn(exec, QStringLiteral("SELECT 'next'"))), QStringLiteral("next"));
    }

    void aSupersededLoadIsCancelledAndDropped() {
        DbExecutor exec(interactive(), 2);
        VerificationQueueModel model(&exec);
        QSignalSpy pages(&model, &VerificationQueueModel::pageLoaded);
        QSignalSpy failures(&model, &VerificationQueueModel::loadFailed);
        // The queue's table is locked: a search waits on the server until it is released.
        QVERIFY(lockQueue());
        const QString waiting = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = ? AND "
                                               "state = 'active' AND wait_event_type = 'Lock' ORDER BY pid");
        QueueFilter first;
        first.text = QStringLiteral("Alphagarage");
        model.setFilter(first);
        QTRY_COMPARE_WITH_TIMEOUT(m_db.run(waiting, {m_admin}).rows.size(), 1, 20000);
        const qint64 firstPid = m_db.run(waiting, {m_admin}).scalar().toLongLong();
        // The user types on: the first search is cancelled on the server, the second one waits.
        QueueFilter second;
        second.text = QStringLiteral("Betagarage");
        model.setFilter(second);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QVariantList pids = m_db.run(waiting, {m_admin}).column();
                return pids.size() == 1 && pids.first().toLongLong() != firstPid;
            }(),
            20000);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = ?"), {firstPid})
                     .toString(),
                 QStringLiteral("idle"));
        QVERIFY(TestDatabase::run(m_locker, QStringLiteral("ROLLBACK")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, 20000);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(failures.count(), 0); // the cancelled search's 57014 is nobody's error
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, VerificationQueueModel::Entity)).toString(),
                 QStringLiteral("Betagarage"));
    }

    void aModelDestroyedWithWorkInFlightCancelsIt() {
        DbExecutor exec(interactive(), 1);
        QVERIFY(lockQueue());
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND "
                                               "state = 'active' AND wait_event_type = 'Lock'");
        {
            VerificationQueueModel model(&exec);
            model.setFilter(QueueFilter{});
            QTRY_COMPARE_WITH_TIMEOUT(m_db.scalar(waiting, {m_admin}).toInt(), 1, 20000);
        }
        // Still locked: only the cancel can have ended the wait.
        QTRY_COMPARE_WITH_TIMEOUT(m_db.scalar(waiting, {m_admin}).toInt(), 0, 20000);
        QVERIFY(TestDatabase::run(m_locker, QStringLiteral("ROLLBACK")).ok);
    }

    void refusedConnectionsAreClassifiedBySqlState() {
        const ConnectionSettings admin = interactive();
        {
            const DbError e = connectError(m_db.login(m_admin, QStringLiteral("not-the-password")));
            QCOMPARE(e.sqlState, QStringLiteral("28P01"));
            QCOMPARE(e.connectFailure, DbError::ConnectFailure::BadPassword);
            QCOMPARE(e.kind, DbError::Kind::Forbidden);
            QVERIFY(e.userMessage().contains(QStringLiteral("refused the password")));
        }
        {
            ConnectionSettings s = admin;
            s.conninfo.replace(m_db.databaseName(), QStringLiteral("adesk_no_such_database"));
            QVERIFY(s.conninfo.contains(QStringLiteral("adesk_no_such_database")));
            const DbError e = connectError(s);
            QCOMPARE(e.sqlState, QStringLiteral("3D000"));
            QCOMPARE(e.connectFailure, DbError::ConnectFailure::NoDatabase);
            QVERIFY(e.userMessage().contains(QStringLiteral("does not exist")));
        }
        {
            const QString noLogin = m_db.roleName(QStringLiteral("hygnologin"));
            QVERIFY(m_db.createPlainLogin(noLogin));
            QVERIFY(m_db.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(noLogin)));
            const DbError e = connectError(m_db.login(noLogin));
            QCOMPARE(e.sqlState, QStringLiteral("28000"));
            QCOMPARE(e.connectFailure, DbError::ConnectFailure::NotAuthorized);
        }
        {
            // Nothing listens on port 1: libpq fails on its own side, without a SQLSTATE.
            ConnectionSettings s;
            s.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=5");
            s.password = QStringLiteral("z");
            const DbError e = connectError(s);
            QCOMPARE(e.sqlState, QString());
            QCOMPARE(e.connectFailure, DbError::ConnectFailure::Unreachable);
            QCOMPARE(e.kind, DbError::Kind::ConnectionLost);
        }
    }
};

QTEST_GUILESS_MAIN(TstSessionHygiene)
#include "tst_sessionhygiene.moc"
