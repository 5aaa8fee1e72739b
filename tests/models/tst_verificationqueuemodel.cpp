// The review queue model against a real PostgreSQL: key paging under QAbstractItemModelTester
// (with fetchMore), SQL filters and sorts, live updates through LISTEN/NOTIFY, and recovery when
// the server drops the listener's and the executor's connections.

#include "models/compliance/verificationqueuemodel.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/core/sqlquery.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace adesk;

class TstVerificationQueueModel : public QObject {
    Q_OBJECT

private:
    TestDatabase m_db;
    QString m_admin;
    QString m_admin2;
    QList<qint64> m_workshops;
    QList<qint64> m_mechanics;
    std::unique_ptr<DbExecutor> m_exec;

    /// Loads everything the model can fetch.
    static void drain(VerificationQueueModel &model) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
    }
    QList<qint64> modelIds(const VerificationQueueModel &model) const {
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.idAt(r);
        return ids;
    }
    QList<qint64> sqlIds(const QString &sql) {
        QList<qint64> ids;
        const auto r = m_db.run(sql);
        for (const QVariant &v : r.column())
            ids << v.toLongLong();
        return ids;
    }

private slots:
    void initTestCase() {
        ADESK_START_TEST_DATABASE(m_db);
        m_workshops << m_db.insertWorkshop(QStringLiteral("Garage Alpha"), QStringLiteral("ON"))
                    << m_db.insertWorkshop(QStringLiteral("Atelier Bêta"), QStringLiteral("QC"),
                                           QStringLiteral("fr"))
                    << m_db.insertWorkshop(QStringLiteral("Coastal Auto"), QStringLiteral("BC"));
        for (int i = 0; i < 100; ++i)
            m_mechanics << m_db.insertMechanic(QStringLiteral("Mechanic %1").arg(i), m_workshops.at(i % 3));
        m_admin = m_db.roleName(QStringLiteral("qadmin"));
        m_admin2 = m_db.roleName(QStringLiteral("qadmin2"));
        QVERIFY(
            m_db.createLogin(m_admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Queue Admin")));
        QVERIFY(m_db.createLogin(m_admin2, QStringLiteral("adesk_platform_admin"),
                                 QStringLiteral("Other Admin")));
        const QStringList types = {QStringLiteral("business_license"), QStringLiteral("insurance"),
                                   QStringLiteral("employment")};
        // 330 verifications, one per requirement (a second submission for the same requirement would
        // supersede the first: 0021): 100 mechanics x 3 types, then 30 workshops' zoning.
        for (int i = 0; i < 300; ++i) {
            auto data = TestDatabase::completeData(types.at(i % 3));
            data.withDocument = false;
            if (i % 7 == 0)
                data.expiryDate = QDate::currentDate().addDays(5 + i % 20);
            if (i % 11 == 0)
                data.policyNumber = QStringLiteral("NEEDLE-%1").arg(i);
            QVERIFY(m_db.insertVerification(QStringLiteral("mechanic"), m_mechanics.at(i % 100),
                                            types.at(i % 3), data));
        }
        for (int i = 0; i < 30; ++i) {
            auto data = TestDatabase::completeData(QStringLiteral("zoning"));
            data.withDocument = false;
            const qint64 shop =
                i < 3 ? m_workshops.at(i)
                      : m_db.insertWorkshop(QStringLiteral("Garage %1").arg(i), QStringLiteral("ON"));
            QVERIFY(
                m_db.insertVerification(QStringLiteral("workshop"), shop, QStringLiteral("zoning"), data));
        }
        // Distinct, partly equal submission times (ties broken by id), some in the far past.
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET submitted_at = now() - "
                                         "((id % 97) * interval '37 minutes') "
                                         "- ((id % 5) * interval '3 days')")));
        QVERIFY(m_db.exec(
            QStringLiteral("UPDATE desk.compliance_verifications SET status = 'expired' WHERE id % 13 = 0 "
                           "AND status <> 'superseded'")));
        m_exec = std::make_unique<DbExecutor>(m_db.login(m_admin), 2);
    }

    void cleanupTestCase() { m_exec.reset(); }

    void pagesByKeyInSqlOrder() {
        VerificationQueueModel model(m_exec.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.setPageSize(13); // pages (13, then 65) end inside groups of equal timestamps
        QSignalSpy pages(&model, &VerificationQueueModel::pageLoaded);
        model.setFilter(QueueFilter{});
        drain(model);
        QVERIFY(pages.count() > 5);
        const QList<qint64> expected =
            sqlIds(QStringLiteral("SELECT id FROM desk.compliance_verifications ORDER BY submitted_at, id"));
        QCOMPARE(expected.size(), 330);
        QCOMPARE(modelIds(model), expected);
        QVERIFY(model.atEnd());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.memoryBytes() < 330 * 200);
        // Data of one row.
        const QModelIndex entity = model.index(0, VerificationQueueModel::Entity);
        QVERIFY(!model.data(entity).toString().isEmpty());
        QVERIFY(model.data(model.index(0, VerificationQueueModel::Age)).toString().size() > 0);
        QCOMPARE(model.data(entity, VerificationQueueModel::IdRole).toLongLong(), expected.first());
    }

    void filtersAreAppliedInSql_data() {
        QTest::addColumn<QueueFilter>("filter");
        QTest::addColumn<QString>("where");
        QueueFilter pending;
        pending.status = QStringLiteral("pending");
        QTest::newRow("pending") << pending << QStringLiteral("status = 'pending'");
        QueueFilter quebec;
        quebec.province = QStringLiteral("QC");
        quebec.verificationType = QStringLiteral("insurance");
        QTest::newRow("QC insurance")
            << quebec << QStringLiteral("province = 'QC' AND verification_type = 'insurance'");
        QueueFilter workshops;
        workshops.entityType = QStringLiteral("workshop");
        QTest::newRow("workshops") << workshops << QStringLiteral("entity_type = 'workshop'");
        QueueFilter expiring;
        expiring.expiringWithinDays = 14;
        QTest::newRow("expiring 14 d")
            << expiring << QStringLiteral("expiry_date BETWEEN current_date AND current_date + 14");
        QueueFilter text;
        text.text = QStringLiteral("needle-1");
        QTest::newRow("text") << text << QStringLiteral("policy_number ILIKE '%needle-1%'");
        QueueFilter unaccented;
        unaccented.text = QStringLiteral("ATELIER beta"); // accents and case do not matter
        QTest::newRow("accents and case") << unaccented << QStringLiteral("entity_name = 'Atelier Bêta'");
        QueueFilter none;
        none.text = QStringLiteral("100%_match");
        QTest::newRow("wildcards are literal") << none << QStringLiteral("false");
    }

    void filtersAreAppliedInSql() {
        QFETCH(QueueFilter, filter);
        QFETCH(QString, where);
        VerificationQueueModel model(m_exec.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.setPageSize(50);
        model.setFilter(filter);
        drain(model);
        const QList<qint64> expected = sqlIds(
            QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE %1 ORDER BY submitted_at, id")
                .arg(where));
        QCOMPARE(modelIds(model), expected);
    }

    void sortsInSql_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("expiry asc") << int(VerificationQueueModel::Expiry) << false
                                    << QStringLiteral("coalesce(expiry_date, 'infinity'::date), id");
        QTest::newRow("expiry desc") << int(VerificationQueueModel::Expiry) << true
                                     << QStringLiteral(
                                            "coalesce(expiry_date, 'infinity'::date) DESC, id DESC");
        QTest::newRow("entity asc") << int(VerificationQueueModel::Entity) << false
                                    << QStringLiteral("entity_name, id");
        QTest::newRow("submitted desc")
            << int(VerificationQueueModel::Age) << true << QStringLiteral("submitted_at DESC, id DESC");
    }

    void sortsInSql() {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, orderBy);
        VerificationQueueModel model(m_exec.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.setPageSize(41);
        // Before the first filter nothing loads; a sort only records the order.
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        model.setFilter(QueueFilter{});
        drain(model);
        QCOMPARE(
            modelIds(model),
            sqlIds(QStringLiteral("SELECT id FROM desk.compliance_verifications ORDER BY %1").arg(orderBy)));
        // An unsortable column leaves the order alone.
        const QList<qint64> before = modelIds(model);
        model.sort(VerificationQueueModel::StatusColumn);
        QCOMPARE(modelIds(model), before);
    }

    // A text search pages, filters and sorts inside desk.verification_search_page (0029): small
    // pages in every order give exactly the rows of the same search done on the whole table.
    void textSearchSortsAndPagesInSql_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("orderBy");
        for (const QString &status : {QString(), QStringLiteral("pending")}) {
            const QString s = status.isEmpty() ? QStringLiteral("any status") : status;
            QTest::newRow(qPrintable(s + QStringLiteral(" submitted asc")))
                << int(VerificationQueueModel::Age) << false << status << QStringLiteral("submitted_at, id");
            QTest::newRow(qPrintable(s + QStringLiteral(" submitted desc")))
                << int(VerificationQueueModel::Age) << true << status
                << QStringLiteral("submitted_at DESC, id DESC");
            QTest::newRow(qPrintable(s + QStringLiteral(" expiry asc")))
                << int(VerificationQueueModel::Expiry) << false << status
                << QStringLiteral("coalesce(expiry_date, 'infinity'::date), id");
            QTest::newRow(qPrintable(s + QStringLiteral(" expiry desc")))
                << int(VerificationQueueModel::Expiry) << true << status
                << QStringLiteral("coalesce(expiry_date, 'infinity'::date) DESC, id DESC");
            QTest::newRow(qPrintable(s + QStringLiteral(" entity asc")))
                << int(VerificationQueueModel::Entity) << false << status
                << QStringLiteral("entity_name, id");
            QTest::newRow(qPrintable(s + QStringLiteral(" entity desc")))
                << int(VerificationQueueModel::Entity) << true << status
                << QStringLiteral("entity_name DESC, id DESC");
        }
    }

    void textSearchSortsAndPagesInSql() {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, status);
        QFETCH(QString, orderBy);
        VerificationQueueModel model(m_exec.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.setPageSize(4);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QueueFilter f;
        f.text = QStringLiteral("MECHANIC 1"); // Mechanic 1 and 10-19: their licences, insurance, employment
        f.status = status;
        QSignalSpy pages(&model, &VerificationQueueModel::pageLoaded);
        model.setFilter(f);
        drain(model);
        const QList<qint64> expected = sqlIds(
            QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE desk.search_fold(search_text) "
                           "LIKE '%mechanic 1%' AND (%1) ORDER BY %2")
                .arg(status.isEmpty() ? QStringLiteral("true") : QStringLiteral("status = '%1'").arg(status),
                     orderBy));
        QVERIFY(expected.size() > 8);
        QVERIFY(pages.count() > 2);
        QCOMPARE(modelIds(model), expected);
    }

    // The page function answers a workshop owner with their workshops' rows only, and nobody else
    // with anything, whatever the pattern.
    void textSearchPageKeepsVisibility() {
        const QString owner = m_db.roleName(QStringLiteral("qowner"));
        QVERIFY(m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Queue Owner"),
                                 {m_workshops.at(0)}));
        const QString fin = m_db.roleName(QStringLiteral("qfin"));
        QVERIFY(m_db.createLogin(fin, QStringLiteral("adesk_finance"), QStringLiteral("Queue Finance")));
        const QString call =
            QStringLiteral("SELECT count(*), count(*) FILTER (WHERE workshop_id IS DISTINCT FROM %1) FROM "
                           "desk.verification_search_page('%', NULL, NULL, NULL, NULL, NULL, 'submitted', "
                           "false, NULL, NULL, "
                           "NULL, NULL, 1000)")
                .arg(m_workshops.at(0));
        {
            QSqlDatabase c = TestDatabase::openConnection(m_db.login(owner), QStringLiteral("vis"));
            const auto r = TestDatabase::run(c, call);
            QVERIFY2(r.ok, qPrintable(r.describe()));
            const qint64 own =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.compliance_verifications "
                                           "WHERE workshop_id = ?"),
                            {m_workshops.at(0)})
                    .toLongLong();
            QVERIFY(own > 0);
            QCOMPARE(r.rows.at(0).at(0).toLongLong(), own);
            QCOMPARE(r.rows.at(0).at(1).toLongLong(), 0);
            c = QSqlDatabase();
            TestDatabase::closeConnection(QStringLiteral("vis"));
        }
        {
            QSqlDatabase c = TestDatabase::openConnection(m_db.login(fin), QStringLiteral("vis"));
            QCOMPARE(TestDatabase::run(c, call).sqlState(), QStringLiteral("42501"));
            c = QSqlDatabase();
            TestDatabase::closeConnection(QStringLiteral("vis"));
        }
    }

    void liveUpdatesKeepTheRest() {
        VerificationQueueModel model(m_exec.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        QueueFilter pending;
        pending.status = QStringLiteral("pending");
        model.setPageSize(1000);
        model.setFilter(pending);
        drain(model);
        const int before = model.rowCount();
        QVERIFY(before > 10);

        NotificationListener listener(m_db.login(m_admin), {QStringLiteral("desk_verifications")});
        connect(&listener, &NotificationListener::notified, &model,
                [&model](const QString &, const QString &payload) { model.applyNotification(payload); });
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 10000);

        // Another admin approves the third row: it leaves the pending queue; neighbours stay.
        const qint64 decided = model.idAt(2);
        const qint64 neighbour = model.idAt(3);
        QSqlDatabase other = TestDatabase::openConnection(m_db.login(m_admin2), QStringLiteral("other"));
        QVERIFY(other.isOpen());
        const int version =
            m_db.scalar(QStringLiteral("SELECT version FROM desk.compliance_verifications WHERE id = ?"),
                        {decided})
                .toInt();
        ADESK_VERIFY_SQL(TestDatabase::run(other, QStringLiteral("SELECT desk.approve_verification(?, ?)"),
                                           {decided, version}));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before - 1, 3000);
        QCOMPARE(model.rowOfId(decided), -1);
        QCOMPARE(model.rowOfId(neighbour), 2);

        // A claim by the other admin shows up in its row in place.
        ADESK_VERIFY_SQL(TestDatabase::run(other, QStringLiteral("SELECT * FROM desk.claim_verification(?)"),
                                           {neighbour}));
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(2, VerificationQueueModel::ClaimedBy)).toString(),
                                  m_admin2, 3000);

        // A new upload appears at its sorted place (newest last in submitted order).
        const qint64 fresh = m_db.insertVerification(QStringLiteral("mechanic"), m_mechanics.first(),
                                                     QStringLiteral("certification"));
        QVERIFY(fresh);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOfId(fresh), model.rowCount() - 1, 3000);
        QCOMPARE(model.rowCount(), before);

        // A bulk change ("*") reloads what was loaded.
        QSignalSpy refreshed(&model, &VerificationQueueModel::refreshed);
        QVERIFY(m_db.exec(QStringLiteral(
            "UPDATE desk.compliance_verifications SET notes = 'bulk' WHERE status = 'pending'")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 3000);
        QCOMPARE(modelIds(model), sqlIds(QStringLiteral(
                                      "SELECT id FROM desk.compliance_verifications WHERE status = 'pending' "
                                      "ORDER BY submitted_at, id")));
        other = QSqlDatabase();
        TestDatabase::closeConnection(QStringLiteral("other"));
    }

    void listenerReconnectsAfterServerDropsIt() {
        NotificationListener listener(m_db.login(m_admin), {QStringLiteral("desk_verifications")});
        listener.setPingInterval(200);
        QSignalSpy reconnected(&listener, &NotificationListener::reconnected);
        QSignalSpy listening(&listener, &NotificationListener::listening);
        QSignalSpy notified(&listener, &NotificationListener::notified);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 10000);
        // The first LISTEN is announced too (what a pane loaded before it may have missed a change),
        // but it is not a reconnection.
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);
        QCOMPARE(reconnected.count(), 0);
        QVERIFY(m_db.exec(
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = ? AND query LIKE 'LISTEN%' OR (usename = ? AND query = 'SELECT 1')"),
            {m_admin, m_admin}));
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 5000);
        QVERIFY(listening.count() >= 2);
        // It listens again: a change is delivered.
        const qint64 id = m_db.insertVerification(QStringLiteral("mechanic"), m_mechanics.last(),
                                                  QStringLiteral("ownership"));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 3000);
        QCOMPARE(notified.last().at(1).toString(), QString::number(id));
    }

    void executorRetriesOnAFreshConnection() {
        DbExecutor exec(m_db.login(m_admin), 1);
        auto pid = [&exec] {
            return exec
                .run<int>([](QSqlDatabase &db) -> Result<int> {
                    SqlQuery q(db, QStringLiteral("SELECT pg_backend_pid()"));
                    if (!q.exec())
                        return q.error();
                    q.next();
                    return q.value(0).toInt();
                })
                .result();
        };
        const auto first = pid();
        QVERIFY2(first.ok(), qPrintable(first.error().serverMessage));
        QSignalSpy reconnected(&exec, &DbExecutor::reconnected);
        QVERIFY(m_db.exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {first.value()}));
        QTest::qWait(100);
        const auto second = pid();
        QVERIFY2(second.ok(), qPrintable(second.error().serverMessage));
        QVERIFY(second.value() != first.value());
        QCOMPARE(reconnected.count(), 1);
    }

    void searchFoldsAccents() {
        const qint64 mech = m_db.insertMechanic(QStringLiteral("Chloé Pelletier"), m_workshops.at(1));
        auto data = TestDatabase::completeData(QStringLiteral("insurance"));
        data.withDocument = false;
        const qint64 id =
            m_db.insertVerification(QStringLiteral("mechanic"), mech, QStringLiteral("insurance"), data);
        QVERIFY(id);
        // As an admin, through the function the queue uses: typed without accents, in any case.
        {
            QSqlDatabase admin = TestDatabase::openConnection(m_db.login(m_admin), QStringLiteral("fold"));
            for (const QString &typed : {QStringLiteral("%chloe%"), QStringLiteral("%CHLOE PELL%"),
                                         QStringLiteral("%chloé%"), QStringLiteral("%Chloë%")}) {
                const auto r = TestDatabase::run(
                    admin, QStringLiteral("SELECT id, entity_name FROM desk.verification_search(?)"),
                    {typed});
                QVERIFY2(r.ok, qPrintable(r.error.serverMessage));
                QCOMPARE(r.rows.size(), 1);
                QCOMPARE(r.rows.first().at(0).toLongLong(), id);
                QCOMPARE(r.rows.first().at(1).toString(), QStringLiteral("Chloé Pelletier"));
            }
            admin = QSqlDatabase();
            TestDatabase::closeConnection(QStringLiteral("fold"));
        }
        // The function's query uses the trigram index on the folded text (seq scans off only to
        // make the small table answer by the index when it can: it could not without a match).
        QVERIFY(m_db.exec(QStringLiteral("SET enable_seqscan = off")));
        const auto plan = m_db.run(
            QStringLiteral("EXPLAIN SELECT v.* FROM desk.compliance_verifications v "
                           "WHERE desk.search_fold(v.search_text) LIKE desk.search_fold('%chloe%')"));
        QVERIFY(m_db.exec(QStringLiteral("RESET enable_seqscan")));
        QStringList lines;
        for (const QVariant &v : plan.column())
            lines << v.toString();
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("Index Scan on verifications_search_folded")),
                 qPrintable(lines.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstVerificationQueueModel)
#include "tst_verificationqueuemodel.moc"
