// Panes and item models destroyed while their database work is still in flight (CONTRIBUTING.md,
// "Threading"): every worker of the executor is held on a job of the test's own (a gate), the pane
// or model queues its loads behind it and is destroyed; then the gate opens and the work finishes
// on the workers. Nothing may run on the dead objects (Qt 6.4 asserts in a debug build when a
// continuation's context is gone; AddressSanitizer reports a use after free: this test carries
// the `asan` label), and no destructor may wait for the database (the gate would give up after a
// minute and the test fails).

#include "app/compliance/reviewcontroller.h"
#include "app/shell/featurepanes.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "models/bays/bookingmodel.h"
#include "models/bays/pendingbookingmodel.h"
#include "models/compliance/verificationqueuemodel.h"
#include "models/earnings/ledgermodel.h"
#include "models/earnings/ledgertotalsmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/support/testdatabase.h"
#include "views/compliance/reviewpane.h"

#include <QPointer>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <functional>

using namespace adesk;

namespace {

/// Holds every worker of an executor on a job of its own until open(): work queued afterwards
/// stays in flight. The jobs give up after a minute, so that an owner waiting for its work in its
/// destructor fails the test (gaveUp()) instead of hanging it.
class Gate {
public:
    ~Gate() { open(); }
    void close(DbExecutor *executor, int workers) {
        for (int i = 0; i < workers; ++i)
            m_held << executor->run<int>([this](QSqlDatabase &) -> Result<int> {
                m_started.release();
                if (!m_open.tryAcquire(1, 60000))
                    m_gaveUp.storeRelaxed(1);
                return 0;
            });
        m_started.acquire(workers);
    }
    void open() {
        m_open.release(int(m_held.size()));
        for (QFuture<Result<int>> &f : m_held)
            f.waitForFinished();
        m_held.clear();
    }
    bool gaveUp() const { return m_gaveUp.loadRelaxed(); }

private:
    QSemaphore m_started;
    QSemaphore m_open;
    QAtomicInt m_gaveUp;
    QList<QFuture<Result<int>>> m_held;
};

/// Lets every queued event (a continuation posted to an object) be delivered.
void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

class TstLifetime : public QObject {
    Q_OBJECT

    TestDatabase m_db;
    QHash<QString, QString> m_roles; ///< admin, owner, finance -> login role
    qint64 m_workshop = 0;

private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ADESK_START_TEST_DATABASE(m_db);
        m_workshop = m_db.insertWorkshop(QStringLiteral("Garage Durée"), QStringLiteral("ON"));
        const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Alex Tremblay"), m_workshop);
        QVERIFY(m_workshop && mechanic);
        QVERIFY(m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QStringLiteral("insurance")));
        m_roles = m_db.createRoleLogins(QStringLiteral("life_"), m_workshop);
        QVERIFY(!m_roles.isEmpty());
    }

    void panesDestroyedWithWorkInFlight_data() {
        QTest::addColumn<QString>("who");
        QTest::newRow("platform admin") << QStringLiteral("admin");
        QTest::newRow("workshop owner") << QStringLiteral("owner");
        QTest::newRow("finance") << QStringLiteral("finance");
    }

    void panesDestroyedWithWorkInFlight() {
        QFETCH(QString, who);
        Session session(m_db.login(m_roles.value(who)));
        const Result<Identity> identity = signInWaiting(&session);
        QVERIFY2(identity.ok(), qPrintable(identity.error().serverMessage));
        session.setIdentity(identity.value());

        Gate gate;
        gate.close(session.executor(), 2);
        // The panes the role gets, as the main window builds them, each shown (loading starts).
        QList<QWidget *> panes;
        QPointer<ReviewController> review;
        if (identity->isAdmin() || identity->isOwner()) {
            // Model, pane and controller are siblings in the main window, destroyed in that order.
            auto *window = new QWidget;
            auto *model = new VerificationQueueModel(session.executor(), window);
            auto *pane = new ReviewPane(window);
            pane->setModel(model);
            pane->setReadOnly(!identity->isAdmin());
            review = new ReviewController(&session, pane, model, window);
            panes << window;
        }
        for (const FeaturePane &p : createFeaturePanes(&session))
            panes << p.create(nullptr);
        QVERIFY(panes.size() >= 2);
        for (QWidget *pane : std::as_const(panes))
            pane->show();
        if (review)
            review->start();
        settle();
        QVERIFY(session.executor()->queuedJobs() > 0); // their loads wait behind the gate

        // Closed in the main window's order while their work waits behind the gate.
        for (QWidget *pane : std::as_const(panes))
            delete pane;
        QVERIFY2(!gate.gaveUp(), "a pane waited for its database work before it went");
        gate.open();
        settle();
        // The session's executor runs what was queued before it stops.
    }

    /// The warm launch's window (issue 19): built and painted for a remembered identity before the
    /// server confirmed it, its panes' loads held. Nothing connects as the login until the sign-in,
    /// which runs while the rest waits; confirming it loads the queue. A held window closed before
    /// its sign-in drops its loads without connecting and without waiting.
    void heldWindowLoadsOnlyOnceSignedIn() {
        const QString login = m_roles.value(QStringLiteral("admin"));
        const auto connections = [&] {
            return m_db
                .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = $1"), {login})
                .toInt();
        };
        Identity remembered;
        {
            Session probe(m_db.login(login));
            const Result<Identity> who = signInWaiting(&probe);
            QVERIFY2(who.ok(), qPrintable(who.error().serverMessage));
            remembered = who.value();
        }
        QTRY_COMPARE_WITH_TIMEOUT(connections(), 0, 30000); // the probe's connection is gone

        auto *session = new Session(m_db.login(login));
        session->holdWork(); // as runGui does, before the window is built
        session->setIdentity(remembered);
        QPointer<MainWindow> window = new MainWindow(session);
        window->waitForSignIn(QStringLiteral("Starting the demo database…"));
        window->panes()->setCurrentIndex(1); // a feature pane, shown: its first load queues
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        settle();
        QVERIFY(session->executor()->queuedJobs() > 0);
        QVERIFY(window->isWaitingForSignIn());
        QVERIFY(!window->panes()->isEnabled());
        QVERIFY(window->queueModel());
        QCOMPARE(window->queueModel()->rowCount(), 0);
        QCOMPARE(connections(), 0); // held: no worker connected for the panes

        // The sign-in runs while the panes' loads stay held.
        const int held = session->executor()->queuedJobs();
        const Result<Identity> who = signInWaiting(session);
        QVERIFY2(who.ok(), qPrintable(who.error().serverMessage));
        QVERIFY(who.value() == remembered);
        QCOMPARE(session->executor()->queuedJobs(), held);
        QCOMPARE(window->queueModel()->rowCount(), 0);

        window->signInConfirmed();
        QVERIFY(!window->isWaitingForSignIn());
        QVERIFY(window->panes()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(window->queueModel()->rowCount() > 0, 60000);
        window->closeWithoutAsking();
        delete window;

        // Closed before its sign-in: the held loads are dropped, none of them connects.
        QTRY_COMPARE_WITH_TIMEOUT(connections(), 0, 30000);
        auto *early = new Session(m_db.login(login));
        early->holdWork();
        early->setIdentity(remembered);
        QPointer<MainWindow> unconfirmed = new MainWindow(early);
        unconfirmed->waitForSignIn(QStringLiteral("Starting the demo database…"));
        unconfirmed->panes()->setCurrentIndex(1);
        unconfirmed->show();
        settle();
        QVERIFY(early->executor()->queuedJobs() > 0);
        std::atomic<bool> ran = false;
        QFuture<Result<int>> late = early->executor()->run<int>([&](QSqlDatabase &) -> Result<int> {
            ran = true;
            return 0;
        });
        unconfirmed->closeWithoutAsking();
        delete unconfirmed;
        QVERIFY(late.isFinished());
        QVERIFY(!late.result().ok());
        QCOMPARE(late.result().error().kind, DbError::Kind::Cancelled);
        QVERIFY(!ran);
        QCOMPARE(connections(), 0);
    }

    void modelsDestroyedWithWorkInFlight() {
        DbExecutor executor(m_db.login(m_roles.value(QStringLiteral("admin"))), 1);
        Gate gate;
        gate.close(&executor, 1);
        const QDateTime from = QDateTime::currentDateTimeUtc();
        const std::vector<std::pair<const char *, std::function<QObject *()>>> models = {
            {"LedgerModel",
             [&] {
                 auto *m = new LedgerModel(&executor);
                 m->setFilter({});
                 return m;
             }},
            {"LedgerTotalsModel",
             [&] {
                 auto *m = new LedgerTotalsModel(&executor);
                 m->setFilter({});
                 return m;
             }},
            {"ProgramListModel",
             [&] {
                 auto *m = new ProgramListModel(&executor);
                 m->setWorkshop(m_workshop);
                 return m;
             }},
            {"ApplicationQueueModel",
             [&] {
                 auto *m = new ApplicationQueueModel(&executor);
                 m->setProgram(1);
                 return m;
             }},
            {"VerificationQueueModel",
             [&] {
                 auto *m = new VerificationQueueModel(&executor);
                 m->setFilter(QueueFilter{});
                 return m;
             }},
            {"BookingModel",
             [&] {
                 auto *m = new BookingModel(&executor);
                 m->load(m_workshop, from, from.addDays(7));
                 return m;
             }},
            {"PendingBookingModel",
             [&] {
                 auto *m = new PendingBookingModel(&executor);
                 m->load(m_workshop);
                 return m;
             }},
        };
        for (const auto &[name, make] : models) {
            const int before = executor.queuedJobs();
            QObject *model = make();
            QVERIFY2(executor.queuedJobs() > before, name); // its load waits behind the gate
            delete model;
            QVERIFY2(!gate.gaveUp(), name);
        }
        gate.open();
        settle();
    }
};

QTEST_MAIN(TstLifetime)
#include "tst_lifetime.moc"
