// The earnings ledger model against a real PostgreSQL: key paging under QAbstractItemModelTester
// (with fetchMore), filters applied in SQL, grouped totals that add up to exactly the paged rows,
// an owner's model showing only their workshop, live refresh on NOTIFY desk_earnings, and the Source
// column saying where each amount comes from (fee rule, agreement, partnership commission, remainder,
// monthly charge).

#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/earnings/earningsrepository.h"
#include "models/earnings/ledgermodel.h"
#include "models/earnings/ledgertotalsmodel.h"
#include "tests/support/postings.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace adesk;

class TstLedgerModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesEveryRowOnceUnderTheTester();
    void totalsMatchTheRows_data();
    void totalsMatchTheRows();
    void ownerSeesOnlyTheirWorkshop();
    void liveRefreshOnNotify();
    void sourceColumnSaysWhereEachAmountComesFrom();

private:
    void fetchAll(LedgerModel &model) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
    }
    qint64 addSessions(int n, qint64 workshop, qint64 mechanic) {
        return m_db
            .scalar(QStringLiteral("WITH s AS (INSERT INTO desk.sessions (session_type, price_cents, "
                                   "mechanic_id, workshop_id, completed_at) "
                                   "SELECT 'workshop_visit', 1000 + g * 37, ?, ?, '2025-05-01 09:00 "
                                   "America/Toronto'::timestamptz + g * interval '7 hours' "
                                   "FROM generate_series(1, ?) g RETURNING 1) SELECT count(*) FROM s"),
                    {mechanic, workshop, n})
            .toLongLong();
    }

    TestDatabase m_db;
    std::unique_ptr<DbExecutor> m_finance;
    std::unique_ptr<DbExecutor> m_owner;
    QString m_financeRole;
    qint64 m_a = 0, m_b = 0;
};

void TstLedgerModel::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Ledger A"));
    m_b = m_db.insertWorkshop(QStringLiteral("Ledger B"), QStringLiteral("NS"));
    const qint64 ma =
        m_db.insertPhysicalMechanic(QStringLiteral("Mech A"), m_a, QStringLiteral("workshop_affiliated"));
    const qint64 mb =
        m_db.insertPhysicalMechanic(QStringLiteral("Mech B"), m_b, QStringLiteral("workshop_affiliated"));
    const qint64 ind = m_db.insertMechanic(QStringLiteral("Virtual"));
    QVERIFY(ma && mb && ind);
    QCOMPARE(addSessions(230, m_a, ma), 230);
    QCOMPARE(addSessions(170, m_b, mb), 170);
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                       "SELECT 'chat', 2500 + g, ?, '2025-06-01 09:00 America/Toronto'::timestamptz + g * "
                       "interval '5 hours' "
                       "FROM generate_series(1, 150) g"),
        {ind}));
    m_financeRole = m_db.roleName(QStringLiteral("fin"));
    QVERIFY(m_db.createLogin(m_financeRole, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    const QString owner = m_db.roleName(QStringLiteral("own"));
    QVERIFY(m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner"), {m_a}));
    m_finance = std::make_unique<DbExecutor>(m_db.login(m_financeRole), 2);
    m_owner = std::make_unique<DbExecutor>(m_db.login(owner), 1);
    const QList<EventRef> events = testing::unpostedEvents(m_db);
    QCOMPARE(events.size(), 550);
    const auto posted = m_finance
                            ->run<QList<PostOutcome>>([events](QSqlDatabase &db) {
                                return Result<QList<PostOutcome>>(EarningsRepository::recordEach(db, events));
                            })
                            .result();
    QVERIFY(posted.ok());
    QVERIFY2(testing::refusals(posted.value()).isEmpty(), qPrintable(testing::refusals(posted.value())));
    QCOMPARE(testing::postedRows(posted.value()), 550 * 2);
}

void TstLedgerModel::pagesEveryRowOnceUnderTheTester() {
    LedgerModel model(m_finance.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.setPageSize(97);
    model.setFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1100);
    QSet<qint64> ids;
    qint64 lastUs = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.data(model.index(r, 0), LedgerModel::IdRole).toLongLong());
        QVERIFY(model.rowAt(r).eventAtUs <= lastUs); // newest first
        lastUs = model.rowAt(r).eventAtUs;
    }
    QCOMPARE(ids.size(), 1100);
    QVERIFY(!model.data(model.index(0, LedgerModel::Amount)).toString().isEmpty());
}

void TstLedgerModel::totalsMatchTheRows_data() {
    QTest::addColumn<LedgerFilter>("filter");
    QTest::newRow("all") << LedgerFilter{};
    LedgerFilter june;
    june.month = QDate(2025, 6, 1);
    QTest::newRow("june") << june;
    LedgerFilter workshop;
    workshop.workshopId = m_b;
    QTest::newRow("workshop B") << workshop;
    LedgerFilter fees;
    fees.entryType = EntryType::PlatformFee;
    fees.serviceTier = LedgerTier::Physical;
    QTest::newRow("physical fees") << fees;
    LedgerFilter pending;
    pending.payoutStatus = PayoutStatus::Pending;
    pending.eventType = EventType::Session;
    QTest::newRow("pending") << pending;
}

void TstLedgerModel::totalsMatchTheRows() {
    QFETCH(LedgerFilter, filter);
    LedgerModel model(m_finance.get());
    LedgerTotalsModel totals(m_finance.get());
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&totals, &LedgerTotalsModel::loaded);
    model.setFilter(filter);
    totals.setFilter(filter);
    fetchAll(model);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    qint64 sum = 0;
    QHash<int, qint64> perEntry;
    for (int r = 0; r < model.rowCount(); ++r) {
        sum += model.rowAt(r).amountCents;
        perEntry[int(model.rowAt(r).entryType)] += model.rowAt(r).amountCents;
    }
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(totals.grandRows(), qint64(model.rowCount()));
    QCOMPARE(totals.grandAmount(), sum);
    for (const LedgerTotal &t : totals.totals())
        QCOMPARE(t.amountCents, perEntry.value(int(t.entryType)));
    // The grand-total row shows the same number.
    QCOMPARE(totals
                 .data(totals.index(totals.rowCount() - 1, LedgerTotalsModel::Amount),
                       LedgerTotalsModel::CentsRole)
                 .toLongLong(),
             sum);
}

void TstLedgerModel::ownerSeesOnlyTheirWorkshop() {
    LedgerModel model(m_owner.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.setFilter({});
    fetchAll(model);
    // Keyset paging never repeats a row across page boundaries.
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const LedgerRow &row = model.rowAt(r);
        QVERIFY2(
            !seen.contains(row.id),
            qPrintable(QStringLiteral("ledger row %1 shown twice (again at row %2)").arg(row.id).arg(r)));
        seen.insert(row.id);
    }
    QCOMPARE(model.rowCount(), 460); // 230 sessions × (fee charged to A + A's share)
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowAt(r).workshopId, m_a);
}

void TstLedgerModel::liveRefreshOnNotify() {
    NotificationListener listener(m_db.login(m_financeRole), {QStringLiteral("desk_earnings")});
    LedgerModel model(m_finance.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&listener, &NotificationListener::notified, &model,
            [&](const QString &, const QString &payload) { model.applyNotification(payload); });
    listener.start();
    QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 10000);
    LedgerFilter f;
    f.month = QDate(2025, 9, 1);
    model.setFilter(f);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 0);
    const qint64 mech =
        m_db.scalar(QStringLiteral("SELECT min(id) FROM desk.mechanics WHERE workshop_id IS NULL"))
            .toLongLong();
    const qint64 id =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                        "VALUES ('video', 4000, ?, '2025-09-02 10:00 America/Toronto') RETURNING id"),
                    {mech})
            .toLongLong();
    const auto posted = m_finance
                            ->run<Posting>([id](QSqlDatabase &db) {
                                return EarningsRepository::recordEarnings(db, EventType::Session, id);
                            })
                            .result();
    QVERIFY2(posted.ok(), qPrintable(posted.error().serverMessage));
    QCOMPARE(posted->rows.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
    listener.stop();
}

void TstLedgerModel::sourceColumnSaysWhereEachAmountComesFrom() {
    // A workshop with a revenue-share partner (its agreement's terms), a repair quoted under the
    // partnership (its commission) and a membership partner (a monthly charge).
    const qint64 c = m_db.insertWorkshop(QStringLiteral("Ledger C"));
    const qint64 sharer =
        m_db.insertPhysicalMechanic(QStringLiteral("Sharer"), 0, QStringLiteral("licensed_mobile"));
    const qint64 member =
        m_db.insertPhysicalMechanic(QStringLiteral("Member"), 0, QStringLiteral("licensed_mobile"));
    const qint64 share = m_db.insertPartnership(c, sharer, QStringLiteral("revenue_share"), 500);
    const qint64 membership = m_db.insertPartnership(c, member, QStringLiteral("membership"), 0);
    QVERIFY(c && sharer && member && share && membership);
    const qint64 agreement =
        m_db.scalar(QStringLiteral("SELECT agreement_id FROM desk.partnerships WHERE id = ?"), {share})
            .toLongLong();
    const qint64 memberAgreement =
        m_db.scalar(QStringLiteral("SELECT agreement_id FROM desk.partnerships WHERE id = ?"), {membership})
            .toLongLong();
    const qint64 job =
        m_db.scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                   "workshop_id, partnership_id, program_type, completed_at) VALUES "
                                   "('workshop_visit', 40000, ?, ?, ?, 'revenue_share', "
                                   "'2025-03-10 12:00 America/Toronto') RETURNING id"),
                    {sharer, c, share})
            .toLongLong();
    const qint64 repair =
        m_db.scalar(QStringLiteral("INSERT INTO desk.escalations (mechanic_id, workshop_id, partnership_id, "
                                   "repair_amount_cents, completed_at) VALUES (?, ?, ?, 120000, "
                                   "'2025-03-12 10:00 America/Toronto') RETURNING id"),
                    {sharer, c, share})
            .toLongLong();
    QVERIFY(job && repair);
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.record_session_earnings(?)"), {job}));
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.record_escalation_earnings(?)"), {repair}));
    QVERIFY(m_db.exec(QStringLiteral("SELECT count(*) FROM desk.run_partnership_charges('2025-03-01')")));

    LedgerModel model(m_finance.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LedgerFilter f;
    f.month = QDate(2025, 3, 1);
    model.setFilter(f);
    fetchAll(model);
    QVERIFY(model.rowCount() >= 7);
    QCOMPARE(model.headerData(LedgerModel::Source, Qt::Horizontal).toString(), QStringLiteral("Source"));
    QHash<QString, QString> seen; // "event/entry/party" → Source cell
    for (int r = 0; r < model.rowCount(); ++r) {
        const LedgerRow &row = model.rowAt(r);
        seen.insert(
            QStringLiteral("%1/%2/%3").arg(toCode(row.eventType), toCode(row.entryType), toCode(row.party)),
            model.index(r, LedgerModel::Source).data().toString());
    }
    const QString byAgreement = QStringLiteral("Agreement #%1").arg(agreement);
    QCOMPARE(seen.value(QStringLiteral("session/platform_fee/platform")), byAgreement);
    QCOMPARE(seen.value(QStringLiteral("session/workshop_share/workshop")), byAgreement);
    QCOMPARE(seen.value(QStringLiteral("session/mechanic_share/mechanic")), byAgreement);
    QCOMPARE(seen.value(QStringLiteral("escalation/commission/mechanic")),
             QStringLiteral("Partnership #%1 commission").arg(share));
    QCOMPARE(seen.value(QStringLiteral("escalation/workshop_share/workshop")), QStringLiteral("Remainder"));
    QCOMPARE(seen.value(QStringLiteral("membership/membership_fee/workshop")),
             QStringLiteral("Monthly charge"));
    QCOMPARE(seen.value(QStringLiteral("membership/membership_fee/mechanic")),
             QStringLiteral("Monthly charge"));
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rowAt(r).eventType == EventType::Membership)
            QCOMPARE(model.rowAt(r).source.agreementId, memberAgreement);

    // Rows priced by a fee rule name it (the rule's name is joined in the repository's SQL).
    LedgerModel older(m_finance.get());
    LedgerFilter june;
    june.month = QDate(2025, 6, 1);
    older.setFilter(june);
    fetchAll(older);
    QVERIFY(older.rowCount() > 0);
    for (int r = 0; r < older.rowCount(); ++r) {
        const LedgerRow &row = older.rowAt(r);
        const QString cell = older.index(r, LedgerModel::Source).data().toString();
        if (row.entryType == EntryType::PlatformFee)
            QCOMPARE(cell, row.scenario == u"virtual"
                               ? QStringLiteral("Rule: Virtual Consultation Fee")
                               : QStringLiteral("Rule: Workshop session platform fee"));
        else
            QCOMPARE(cell, QStringLiteral("Remainder"));
    }
    // The owner reads the same sources for their workshop's rows.
    LedgerModel mine(m_owner.get());
    LedgerFilter may;
    may.month = QDate(2025, 5, 1);
    mine.setFilter(may);
    fetchAll(mine);
    QVERIFY(mine.rowCount() > 0);
    for (int r = 0; r < mine.rowCount(); ++r)
        QCOMPARE(mine.index(r, LedgerModel::Source).data().toString(),
                 mine.rowAt(r).entryType == EntryType::PlatformFee
                     ? QStringLiteral("Rule: Workshop session platform fee")
                     : QStringLiteral("Remainder"));
}

QTEST_GUILESS_MAIN(TstLedgerModel)
#include "tst_ledgermodel.moc"
