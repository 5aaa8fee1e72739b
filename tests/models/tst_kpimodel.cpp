// The dashboard's models (issue 15, "Platform KPIs"): KpiTableModel of every kind under
// QAbstractItemModelTester, its numbers in the interface's format (French: "12 306,00 $", "80,0 %"),
// the headlines against their targets (met, not met, no data), the period arithmetic, and
// KpiRepository::report read as a platform admin from a real PostgreSQL (migration 0022).

#include "models/compliance/kpirepository.h"
#include "models/compliance/kpitablemodel.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QTest>

using namespace adesk;

namespace {
kpi::Report sample() {
    kpi::Report r;
    r.from = QDate(2026, 9, 1);
    r.to = QDate(2026, 12, 1);
    r.turnaround = {{QDate(2026, 9, 1), 4, 20.5, 60.0, 3, 7500},
                    {QDate(2026, 10, 1), 5, 50.25, 90.0, 2, 4000},
                    {QDate(2026, 11, 1), 0, std::nullopt, std::nullopt, 0, std::nullopt}};
    r.queue = {{QDate(2026, 8, 31), 30, 10, 25}, {QDate(2026, 9, 7), 31, 40, 16}};
    r.tiers = {{u"virtual_only"_qs, 300, 0, 0},
               {u"workshop_affiliated"_qs, 101, 99, 101},
               {u"licensed_mobile"_qs, 7, 7, 7}};
    r.sessions = {{QDate(2026, 9, 1), 480, 20, 120}, {QDate(2026, 10, 1), 501, 30, 130}};
    r.retention = {{QDate(2026, 9, 1), 0, 0, std::nullopt}, {QDate(2026, 10, 1), 120, 96, 8000}};
    r.bookings = {{QDate(2026, 10, 1), 40, 30, 5, 5, 3, 18600, 1230, 661}};
    r.revenue = {{QDate(2026, 9, 1), 1230600, 0, 12}, {QDate(2026, 10, 1), 1000000, 1499999, 40}};
    return r;
}
} // namespace

class TstKpiModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyKindUnderTheTester();
    void numbersInFrench();
    void headlinesAgainstTargets();
    void periodOfLastMonths();
    void reportFromTheDatabase();

private:
    TestDatabase m_db;
    bool m_haveDb = false;
};

void TstKpiModel::initTestCase() {}

void TstKpiModel::cleanupTestCase() {
    TestDatabase::closeConnection(u"kpimodel_admin"_qs);
}

void TstKpiModel::everyKindUnderTheTester() {
    using K = KpiTableModel::Kind;
    const QList<QPair<K, int>> kinds = {{K::Turnaround, 3}, {K::Queue, 2},     {K::Tiers, 3},
                                        {K::Sessions, 2},   {K::Retention, 2}, {K::Bookings, 1},
                                        {K::Revenue, 2}};
    for (const auto &[kind, rows] : kinds) {
        KpiTableModel m(kind);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setReport(sample());
        QCOMPARE(m.rowCount(), rows);
        QVERIFY(m.columnCount() >= 4);
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY(!m.headerData(c, Qt::Horizontal).toString().isEmpty());
        m.setReport(kpi::Report{});
        QCOMPARE(m.rowCount(), 0);
    }
}

void TstKpiModel::numbersInFrench() {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    const QLocale fr;
    const QString g = fr.groupSeparator();
    KpiTableModel revenue(KpiTableModel::Kind::Revenue);
    revenue.setReport(sample());
    // 12 306,00 $ of virtual revenue in September; raw cents behind it.
    QCOMPARE(revenue.index(0, 1).data().toString(), u"12"_qs + g + u"306,00\u00a0$"_qs);
    QCOMPARE(revenue.index(0, 1).data(Qt::UserRole).toLongLong(), 1230600);
    QCOMPARE(revenue.index(1, 3).data().toString(), u"24"_qs + g + u"999,99\u00a0$"_qs);
    KpiTableModel turnaround(KpiTableModel::Kind::Turnaround);
    turnaround.setReport(sample());
    QCOMPARE(turnaround.index(0, 2).data().toString(), u"20,5"_qs);
    QCOMPARE(turnaround.index(0, 5).data().toString(), u"75,0 %"_qs);
    QCOMPARE(turnaround.index(2, 2).data().toString(), u"—"_qs); // no decision, no median
    QVERIFY(turnaround.index(2, 2).data(Qt::UserRole).isNull());
    KpiTableModel tiers(KpiTableModel::Kind::Tiers);
    tiers.setReport(sample());
    QCOMPARE(tiers.index(0, 1).data().toString(), u"300"_qs);
    KpiTableModel bookings(KpiTableModel::Kind::Bookings);
    bookings.setReport(sample());
    QCOMPARE(bookings.index(0, 6).data().toString(), u"310,0"_qs); // 18 600 minutes in hours
    QCOMPARE(bookings.index(0, 8).data().toString(), u"6,6 %"_qs);
    QLocale::setDefault(before);
}

void TstKpiModel::headlinesAgainstTargets() {
    using F = kpi::Headline::Figure;
    // Today in November: the last complete month is October.
    const QList<kpi::Headline> h = kpi::headlines(sample(), QDate(2026, 11, 15));
    QCOMPARE(h.size(), 6);
    auto of = [&](F f) {
        for (const kpi::Headline &x : h)
            if (x.figure == f)
                return x;
        return kpi::Headline{};
    };
    QCOMPARE(of(F::Turnaround).month, QDate(2026, 10, 1));
    QVERIFY(of(F::Turnaround).known);
    QCOMPARE(of(F::Turnaround).value, 50.25);
    QVERIFY(!of(F::Turnaround).met); // over 48 h
    QCOMPARE(of(F::Affiliated).value, 101.0);
    QVERIFY(of(F::Affiliated).met); // more than 100
    QCOMPARE(of(F::VirtualSessions).value, 501.0);
    QVERIFY(of(F::VirtualSessions).met); // more than 500
    QCOMPARE(of(F::Retention).value, 8000.0);
    QVERIFY(of(F::Retention).met); // 80 % exactly
    QCOMPARE(of(F::Revenue).value, 2499999.0);
    QVERIFY(!of(F::Revenue).met); // a cent short of $25K
    QCOMPARE(of(F::Submissions).value, 61.0);
    QVERIFY(of(F::Submissions).met);
    // Today in October: September's retention is unknown (nobody active in August), 480 sessions.
    const QList<kpi::Headline> sept = kpi::headlines(sample(), QDate(2026, 10, 3));
    for (const kpi::Headline &x : sept) {
        if (x.figure == F::Retention)
            QVERIFY(!x.known && !x.met);
        if (x.figure == F::VirtualSessions)
            QVERIFY(x.known && !x.met); // 480
    }
    // Today in December: November had no decision.
    for (const kpi::Headline &x : kpi::headlines(sample(), QDate(2026, 12, 1)))
        if (x.figure == F::Turnaround)
            QVERIFY(!x.known);
}

void TstKpiModel::periodOfLastMonths() {
    QCOMPARE(kpi::lastMonths(QDate(2026, 12, 3), 3), qMakePair(QDate(2026, 10, 1), QDate(2027, 1, 1)));
    QCOMPARE(kpi::lastMonths(QDate(2026, 1, 31), 12), qMakePair(QDate(2025, 2, 1), QDate(2026, 2, 1)));
    QCOMPARE(kpi::lastMonths(QDate(2026, 3, 1), 0), qMakePair(QDate(2026, 3, 1), QDate(2026, 4, 1)));
}

void TstKpiModel::reportFromTheDatabase() {
    ADESK_START_TEST_DATABASE(m_db);
    const qint64 mech = m_db.insertMechanic(u"Virtual"_qs);
    QVERIFY(mech);
    QVERIFY(m_db.exec(
        u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
        "VALUES ('chat', 5000, ?, '2026-09-10 12:00-04'), ('video', 5000, ?, '2026-10-10 12:00-04')"_qs,
        {mech, mech}));
    QVERIFY(
        m_db.exec(u"INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                  "service_tier, entry_type, party, gross_cents, amount_cents) VALUES "
                  "('session', 1, '2026-10-10 12:00-04', '2026-10-01', 'virtual_consultation', 'virtual', "
                  "'platform_fee', 'platform', 5000, 750), "
                  "('session', 2, '2026-10-11 12:00-04', '2026-10-01', 'workshop', 'physical', "
                  "'platform_fee', 'platform', 10000, 2000)"_qs));
    QVERIFY(m_db.connectAs(u"kpimodel_admin"_qs, u"adesk_platform_admin"_qs, u"Admin"_qs));
    QSqlDatabase db = QSqlDatabase::database(u"kpimodel_admin"_qs, false);
    const auto r = KpiRepository::report(db, QDate(2026, 9, 1), QDate(2026, 11, 1));
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QCOMPARE(r->sessions.size(), 2);
    QCOMPARE(r->sessions[0].virtualSessions, 1);
    QCOMPARE(r->retention[1].retentionBp.value_or(-1), 10000); // September's one mechanic came back
    QCOMPARE(r->revenue.size(), 2);
    QCOMPARE(r->revenue[1].virtualCents, 750);
    QCOMPARE(r->revenue[1].physicalCents, 2000);
    QCOMPARE(r->revenue[1].events, 2);
    QCOMPARE(r->tiers.size(), 3);
    QVERIFY(r->queue.size() >= 8); // weeks meeting September and October
    KpiTableModel m(KpiTableModel::Kind::Revenue);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setReport(*r);
    QCOMPARE(m.index(1, 3).data(Qt::UserRole).toLongLong(), 2750);
    // Finance is refused by the database, and the repository says so.
    QVERIFY(m_db.connectAs(u"kpimodel_finance"_qs, u"adesk_finance"_qs, u"Finance"_qs));
    QSqlDatabase fin = QSqlDatabase::database(u"kpimodel_finance"_qs, false);
    const auto refused = KpiRepository::report(fin, QDate(2026, 9, 1), QDate(2026, 11, 1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, u"42501"_qs);
    TestDatabase::closeConnection(u"kpimodel_finance"_qs);
}

QTEST_GUILESS_MAIN(TstKpiModel)
#include "tst_kpimodel.moc"
