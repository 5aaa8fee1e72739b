// The roster's item models over what RosterRepository reads as a workshop owner from a real
// PostgreSQL (migration 0015), under QAbstractItemModelTester: the roster (tier, compliance, what
// is missing, next booking, jobs this month), its sort and filters, the invitations' statuses
// (pending, expired, revoked with the reason), and the repository's writes (invite, revoke, unlink
// refused with the bookings listed, then unlinked with them cancelled).

#include "models/roster/invitationmodel.h"
#include "models/roster/rosterfiltermodel.h"
#include "models/roster/rostermodel.h"
#include "models/roster/rosterrepository.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstRosterModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rosterRowsSortAndFilter();
    void invitationsShowTheirStatus();
    void unlinkThroughTheRepository();

private:
    QSqlDatabase owner() const { return QSqlDatabase::database(u"rostermodel_owner"_qs, false); }
    QList<RosterRow> load() {
        QSqlDatabase db = owner();
        const auto r = RosterRepository::roster(db, m_shop);
        if (!r)
            qWarning().noquote() << r.error().serverMessage;
        return r ? *r : QList<RosterRow>{};
    }

    TestDatabase m_db;
    qint64 m_shop = 0;
    qint64 m_bay = 0;
    qint64 m_ready = 0;   ///< may do physical work, two bookings ahead, three jobs this month
    qint64 m_missing = 0; ///< compliance pending: every required document missing
    const QTimeZone m_zone{"America/Toronto"};
};

void TstRosterModel::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Roster"_qs, u"ON"_qs);
    m_bay = m_db.insertBay(m_shop, u"Lift 1"_qs);
    QVERIFY(m_shop && m_bay);
    QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                      "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"_qs,
                      {m_shop}));
    m_ready = m_db.insertPhysicalMechanic(u"Ana Ready"_qs, m_shop, u"workshop_affiliated"_qs);
    m_missing = m_db.insertMechanic(u"Zed Missing"_qs, m_shop);
    QVERIFY(m_ready && m_missing);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET email = 'zed@example.ca' WHERE id = ?"_qs, {m_missing}));
    // Ana's required documents are approved (Zed's are not).
    const auto types = m_db.run(
        u"SELECT verification_type FROM desk.required_verifications WHERE entity_type = 'mechanic' AND path = 'workshop_affiliated'"_qs);
    QVERIFY(types.ok && !types.rows.isEmpty());
    const qint64 reviewer =
        m_db.scalar(
                u"INSERT INTO desk.profiles (full_name, role) VALUES ('Reviewer', 'platform_admin') RETURNING id"_qs)
            .toLongLong();
    for (const QVariant &t : types.column()) {
        const qint64 v = m_db.insertVerification(u"mechanic"_qs, m_ready, t.toString());
        QVERIFY(v);
        QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'approved', verified_by = ?, "
                          "verified_at = now() WHERE id = ?"_qs,
                          {reviewer, v}));
    }
    const QString role = m_db.roleName(u"rmowner"_qs);
    QVERIFY(m_db.createLogin(role, u"adesk_workshop_owner"_qs, u"Owner"_qs, {m_shop}));
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"rostermodel_owner"_qs);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    for (const QString &at : {u"2031-03-04 09:00-05"_qs, u"2031-03-05 09:00-05"_qs}) {
        const auto r = TestDatabase::run(db,
                                         u"SELECT desk.create_booking(?::bigint, ?::bigint, ?::timestamptz, "
                                         "?::timestamptz + interval '1 hour')"_qs,
                                         {m_bay, m_ready, at, at});
        QVERIFY2(r.ok, qPrintable(r.describe()));
    }
    const QString monthStart =
        u"(date_trunc('month', now() AT TIME ZONE 'America/Toronto') AT TIME ZONE 'America/Toronto')"_qs;
    for (int h : {1, 3, 5})
        QVERIFY(m_db.insertPastBooking(
            m_bay, m_ready,
            m_db.scalar(u"SELECT (%1 + make_interval(hours => ?))::text"_qs.arg(monthStart), {h}).toString(),
            60));
}

void TstRosterModel::cleanupTestCase() {
    TestDatabase::closeConnection(u"rostermodel_owner"_qs);
}

void TstRosterModel::rosterRowsSortAndFilter() {
    RosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RosterFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<RosterRow> rows = load();
    QCOMPARE(rows.size(), 2);
    model.setRows(rows, m_zone);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RosterModel::ColumnCount));

    const RosterRow *ready = model.rowOfId(m_ready);
    const RosterRow *missing = model.rowOfId(m_missing);
    QVERIFY(ready && missing);
    QCOMPARE(ready->bookingsAhead, 2);
    QCOMPARE(ready->jobsThisMonth, 3);
    QVERIFY(ready->physicalWork);
    QVERIFY(ready->missing.isEmpty());
    QCOMPARE(ready->nextBookingAt, QDateTime(QDate(2031, 3, 4), QTime(14, 0), Qt::UTC));
    QCOMPARE(missing->compliance, verification::Status::Pending);
    QCOMPARE(
        missing->missing.size(),
        m_db.scalar(
                u"SELECT count(*) FROM desk.required_verifications WHERE entity_type = 'mechanic' AND path = 'workshop_affiliated'"_qs)
            .toInt());

    const int readyRow = int(ready - model.rowAt(0));
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(readyRow, RosterModel::Mechanic), u"Ana Ready"_qs);
    QCOMPARE(cell(readyRow, RosterModel::Tier), u"Workshop-affiliated"_qs);
    QCOMPARE(cell(readyRow, RosterModel::Compliance), u"Approved, physical work allowed"_qs);
    QCOMPARE(cell(readyRow, RosterModel::Missing), u"nothing"_qs);
    QVERIFY2(cell(readyRow, RosterModel::NextBooking).contains(u"4 Mar"_qs), qPrintable(cell(readyRow, 4)));
    QCOMPARE(model.index(readyRow, RosterModel::JobsThisMonth).data().toInt(), 3);
    QCOMPARE(cell(1 - readyRow, RosterModel::NextBooking), u"none"_qs);
    QVERIFY(cell(1 - readyRow, RosterModel::Missing).contains(u"Insurance"_qs));

    // Sort by jobs this month, descending: Ana first; by name descending: Zed first.
    filter.sort(RosterModel::JobsThisMonth, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, RosterModel::Mechanic).data().toString(), u"Ana Ready"_qs);
    filter.sort(RosterModel::Mechanic, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, RosterModel::Mechanic).data().toString(), u"Zed Missing"_qs);
    // Filters: text (name or e-mail), readiness.
    filter.setText(u"ZED@example"_qs);
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());
    filter.setShow(RosterFilterModel::Show::PhysicalWork);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(RosterModel::IdRole).toLongLong(), m_ready);
    filter.setShow(RosterFilterModel::Show::DocumentsMissing);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(RosterModel::IdRole).toLongLong(), m_missing);
    filter.setShow(RosterFilterModel::Show::All);
    QCOMPARE(filter.rowCount(), 2);
    // A reload under the tester.
    model.setRows(load(), m_zone);
    QCOMPARE(filter.rowCount(), 2);
}

void TstRosterModel::invitationsShowTheirStatus() {
    QSqlDatabase db = owner();
    const auto a = RosterRepository::invite(db, RequestKey::create(), m_shop, u"new@example.ca"_qs, 14);
    const auto b = RosterRepository::invite(db, RequestKey::create(), m_shop, u"old@example.ca"_qs, 7);
    const auto c = RosterRepository::invite(db, RequestKey::create(), m_shop, u"gone@example.ca"_qs, 30);
    QVERIFY2(a && b && c, qPrintable(a ? (b ? c.error().serverMessage : b.error().serverMessage)
                                       : a.error().serverMessage));
    QVERIFY(m_db.exec(u"UPDATE desk.mechanic_invitations SET created_at = now() - interval '10 days', "
                      "expires_at = now() - interval '3 days' WHERE id = ?"_qs,
                      {*b}));
    // A retried revoke (same key) answers like the first.
    const RequestKey key = RequestKey::create();
    const auto revoked = RosterRepository::revoke(db, key, *c, 1, u"Wrong address"_qs);
    QVERIFY(revoked);
    const auto again = RosterRepository::revoke(db, key, *c, 1, u"Wrong address"_qs);
    QVERIFY(again);
    QCOMPARE(*again, *revoked);

    const auto rows = RosterRepository::invitations(db, m_shop);
    QVERIFY2(rows, qPrintable(rows.error().serverMessage));
    InvitationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*rows, m_zone, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowCount(), 3);
    QHash<QString, QString> status;
    QHash<QString, bool> revocable;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString email = model.index(r, InvitationModel::Email).data().toString();
        status.insert(email, model.index(r, InvitationModel::StatusColumn).data().toString());
        revocable.insert(email, model.index(r, 0).data(InvitationModel::RevocableRole).toBool());
    }
    QCOMPARE(status.value(u"new@example.ca"_qs), u"Pending"_qs);
    QCOMPARE(status.value(u"old@example.ca"_qs), u"Expired"_qs);
    QCOMPARE(status.value(u"gone@example.ca"_qs), u"Revoked: Wrong address"_qs);
    QVERIFY(revocable.value(u"new@example.ca"_qs));
    QVERIFY(revocable.value(u"old@example.ca"_qs)); // still pending: revoking it is allowed
    QVERIFY(!revocable.value(u"gone@example.ca"_qs));
    // Pending first.
    QVERIFY(model.index(2, 0).data().toString() == u"gone@example.ca"_qs);
}

void TstRosterModel::unlinkThroughTheRepository() {
    QSqlDatabase db = owner();
    const RosterRow *ready = nullptr;
    const QList<RosterRow> rows = load();
    for (const RosterRow &r : rows)
        if (r.mechanicId == m_ready)
            ready = &r;
    QVERIFY(ready);
    const auto ahead = RosterRepository::bookingsAhead(db, m_ready, m_shop);
    QVERIFY(ahead);
    QCOMPARE(ahead->size(), 2);
    QCOMPARE(ahead->first().bayName, u"Lift 1"_qs);
    const auto refused =
        RosterRepository::unlink(db, RequestKey::create(), m_ready, ready->rowVersion, {}, {});
    QVERIFY(!refused);
    QCOMPARE(RosterRepository::bookingsInTheWay(refused.error()),
             (QList<qint64>{ahead->at(0).id, ahead->at(1).id}));
    const auto done = RosterRepository::unlink(db, RequestKey::create(), m_ready, ready->rowVersion,
                                               {ahead->at(0).id, ahead->at(1).id}, u"Moving away"_qs);
    QVERIFY2(done, qPrintable(done.error().serverMessage));
    QCOMPARE(done->cancelled, (QList<qint64>{ahead->at(0).id, ahead->at(1).id}));
    QCOMPARE(done->rowVersion, ready->rowVersion + 1);
    QCOMPARE(load().size(), 1);
}

QTEST_GUILESS_MAIN(TstRosterModel)
#include "tst_rostermodel.moc"
