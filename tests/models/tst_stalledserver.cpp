// Stopping database work while a connection is being opened to a server that stops answering.
// QPSQL's open() runs its first statements (SELECT version(), SET DATESTYLE…) before it returns the
// connection, so neither the executor nor the listener has a socket to shut down yet: before this
// test, closing the window then waited for the server (CI, AddressSanitizer: tst_reviewflow's
// closing waited 60 s for a listener still opening its connection). Now the listener's stop() and
// the executor's destructor return within their bounds, the job left behind fails with
// ConnectionLost, nobody is called back on a destroyed object (the asan label runs this test under
// AddressSanitizer), and the workers left behind end once libpq returns.

#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/core/sqlquery.h"
#include "tests/support/stallingproxy.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace adesk;

class TstStalledServer : public QObject {
    Q_OBJECT

    TestDatabase m_db;
    QString m_admin;

    /// The admin's settings through @p proxy, in clear (the proxy reads the handshake).
    ConnectionSettings throughProxy(const StallingProxy &proxy) const {
        ConnectionSettings settings = m_db.login(m_admin);
        settings.conninfo += QStringLiteral(" host=127.0.0.1 port=%1 sslmode=disable gssencmode=disable")
                                 .arg(proxy.port()); // the last ones count
        return settings;
    }
    static std::unique_ptr<StallingProxy> proxyToCluster() {
        const QString pgHost = qEnvironmentVariable("PGHOST");
        const int pgPort = qEnvironmentVariableIntValue("PGPORT");
        auto proxy = std::make_unique<StallingProxy>(
            pgHost.isEmpty() || pgHost.startsWith(u'/') ? QStringLiteral("localhost") : pgHost,
            quint16(pgPort ? pgPort : 5432));
        return proxy->port() ? std::move(proxy) : nullptr;
    }

private slots:
    void initTestCase() {
        ADESK_START_TEST_DATABASE(m_db);
        m_admin = m_db.roleName(QStringLiteral("stall_admin"));
        QVERIFY(
            m_db.createLogin(m_admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Stall Admin")));
    }

    void proxyRelaysUntilStalled() {
        // The proxy itself: without a stall the admin's job goes through it and back.
        auto proxy = proxyToCluster();
        QVERIFY(proxy);
        DbExecutor exec(throughProxy(*proxy), 1);
        QFuture<Result<QString>> f = exec.run<QString>([](QSqlDatabase &db) -> Result<QString> {
            SqlQuery q(db, QStringLiteral("SELECT current_user::text"));
            if (!q.exec() || !q.next())
                return q.error();
            return q.value(0).toString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
        QVERIFY2(f.result().ok(), qPrintable(f.result().ok() ? QString() : f.result().error().serverMessage));
        QCOMPARE(f.result().value(), m_admin);
        QCOMPARE(proxy->stalledAfterHandshake(), 0);
    }

    void listenerStopsWhileItsConnectionOpens() {
        auto proxy = proxyToCluster();
        QVERIFY(proxy);
        proxy->stallAfterHandshake();
        auto listener = std::make_unique<NotificationListener>(
            throughProxy(*proxy), QStringList{QStringLiteral("verification_changed")});
        QSignalSpy listening(listener.get(), &NotificationListener::listening);
        QSignalSpy state(listener.get(), &NotificationListener::connectionStateChanged);
        listener->start();
        // libpq is through the handshake; QPSQL's first statement waits for an answer.
        QTRY_VERIFY_WITH_TIMEOUT(proxy->stalledAfterHandshake() == 1, 30000);
        listener.reset();
        QVERIFY2(!proxy->resumedByWatchdog(),
                 "stopping the listener waited for a server that does not answer");
        QVERIFY(NotificationListener::abandonedWorkers() >= 1);

        // The server goes away: the worker left behind ends, and tells nobody.
        proxy.reset();
        QTRY_COMPARE_WITH_TIMEOUT(NotificationListener::abandonedWorkers(), 0, 60000);
        QCoreApplication::processEvents();
        QCOMPARE(listening.count(), 0);
        QCOMPARE(state.count(), 0);
    }

    void executorStopsWhileAWorkerOpensItsConnection() {
        auto proxy = proxyToCluster();
        QVERIFY(proxy);
        proxy->stallAfterHandshake();
        auto exec = std::make_unique<DbExecutor>(throughProxy(*proxy), 1);
        QSignalSpy lost(exec.get(), &DbExecutor::connectionLost);
        QFuture<Result<int>> f = exec->run<int>([](QSqlDatabase &db) -> Result<int> {
            SqlQuery q(db, QStringLiteral("SELECT 1"));
            if (!q.exec() || !q.next())
                return q.error();
            return q.value(0).toInt();
        });
        QTRY_VERIFY_WITH_TIMEOUT(proxy->stalledAfterHandshake() == 1, 30000);
        exec.reset();
        QVERIFY2(!proxy->resumedByWatchdog(),
                 "destroying the executor waited for a server that does not answer");
        QVERIFY(DbExecutor::abandonedWorkers() >= 1);
        QVERIFY(!f.isFinished()); // its worker still waits in QPSQL's open()

        // The server goes away: the worker fails the job without connecting again, and ends.
        proxy.reset();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
        QVERIFY(!f.result().ok());
        QCOMPARE(f.result().error().kind, DbError::Kind::ConnectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(DbExecutor::abandonedWorkers(), 0, 60000);
        QCOMPARE(lost.count(), 0); // the executor is gone: nothing is emitted on it
    }

    void executorInterruptsAJobWaitingForTheServer() {
        // A worker whose connection is open and waits for an answer is interrupted (its socket shut
        // down): it ends without the server answering, and the job fails with ConnectionLost.
        auto proxy = proxyToCluster();
        QVERIFY(proxy);
        auto exec = std::make_unique<DbExecutor>(throughProxy(*proxy), 1);
        QFuture<Result<int>> opened = exec->run<int>([](QSqlDatabase &) -> Result<int> { return 1; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 30000);
        QVERIFY(opened.result().ok());
        const int leftBefore = DbExecutor::abandonedWorkers();
        proxy->stall();
        QFuture<Result<int>> f = exec->run<int>(
            [](QSqlDatabase &db) -> Result<int> {
                SqlQuery q(db, QStringLiteral("SELECT 1"));
                if (!q.exec() || !q.next())
                    return q.error();
                return q.value(0).toInt();
            },
            DbExecutor::Retry::Never);
        exec.reset();
        QVERIFY2(!proxy->resumedByWatchdog(),
                 "destroying the executor waited for a server that does not answer");
        // The interrupted worker ends by itself (on a slow machine perhaps after the destructor
        // returned), long before the proxy would resume: nothing waits for the server.
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
        QVERIFY(!f.result().ok());
        QCOMPARE(f.result().error().kind, DbError::Kind::ConnectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(DbExecutor::abandonedWorkers(), leftBefore, 30000);
        QVERIFY(!proxy->resumedByWatchdog());
    }
};

QTEST_GUILESS_MAIN(TstStalledServer)
#include "tst_stalledserver.moc"
