// Setting up a workshop and the booking rules of migration 0014, at the database, as the roles that
// would call them: bays (save_bay, capabilities, buffer, out of service from a date), split-shift
// opening hours with effective dates, closures, the mechanic-level exclusion under a 16-client race
// (one mechanic, 16 bays), the workshop's licence and insurance on the booking's date, a partner's
// contract on the booking's date, and a booking's partnership belonging to its mechanic and workshop.

#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <barrier>
#include <latch>
#include <memory>

using namespace adesk;

namespace {
constexpr int kRacers = 16;
constexpr int kRounds = 60;
const QString kZone = QStringLiteral("America/Toronto");

/// The booking ids of a "bookings in the way" refusal (DETAIL bookings=1,2,3).
QList<qint64> idsInTheWay(const TestDatabase::SqlResult &r) {
    QList<qint64> ids;
    const QString detail = r.error.detail;
    if (!detail.startsWith(u"bookings="))
        return ids;
    for (const QString &s : detail.mid(9).split(u','))
        ids << s.toLongLong();
    return ids;
}
} // namespace

class TstBookingRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ownersEditOnlyThroughFunctions();
    void saveBayCreatesAndEditsWithVersion();
    void bayBufferIsAMinimum();
    void outOfServiceFromADateListsThenCancels();
    void splitShiftsAndEffectiveDates();
    void cuttingHoursListsBookingsFirst();
    void closuresListBookingsFirst();
    void anotherWorkshopsIdsAreNotFound();
    void mechanicIsInOnePlaceAtATime();
    void mechanicRaceAcrossBaysCommitsOnePerRound();
    void workshopMustBeLicensedAndInsuredOnTheDay();
    void partnerContractOnTheBookingsDate();
    void partnershipMustBelongToMechanicAndWorkshop();

private:
    QSqlDatabase as(const QString &conn) const { return QSqlDatabase::database(conn, false); }
    TestDatabase::SqlResult book(const QString &conn, qint64 bay, qint64 mechanic, const QString &localStart,
                                 const QString &localEnd, int buffer = 0);
    qint64 bookOk(qint64 bay, qint64 mechanic, const QString &s, const QString &e, int buffer = 0);
    QString status(qint64 booking);
    int bayVersion(qint64 bay);
    int hoursVersion(qint64 shop);

    TestDatabase m_db;
    qint64 m_shopA = 0;
    qint64 m_shopB = 0;
    qint64 m_mechA = 0;
    qint64 m_mechA2 = 0;
    qint64 m_mechB = 0;
    qint64 m_bayA1 = 0;
    qint64 m_bayA2 = 0;
    qint64 m_bayB = 0;
};

TestDatabase::SqlResult TstBookingRules::book(const QString &conn, qint64 bay, qint64 mechanic,
                                              const QString &localStart, const QString &localEnd,
                                              int buffer) {
    return TestDatabase::run(
        as(conn),
        QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                       "?::timestamp AT TIME ZONE '%1', ?, 'confirmed')")
            .arg(kZone),
        {bay, mechanic, localStart, localEnd, buffer});
}

qint64 TstBookingRules::bookOk(qint64 bay, qint64 mechanic, const QString &s, const QString &e, int buffer) {
    const auto r = book(QStringLiteral("ownerA"), bay, mechanic, s, e, buffer);
    if (!r.ok)
        qWarning() << r.describe();
    return r.ok ? r.scalar().toLongLong() : 0;
}

QString TstBookingRules::status(qint64 booking) {
    return m_db.scalar(QStringLiteral("SELECT status FROM desk.bay_bookings WHERE id = ?"), {booking})
        .toString();
}

int TstBookingRules::bayVersion(qint64 bay) {
    return m_db.scalar(QStringLiteral("SELECT version FROM desk.bays WHERE id = ?"), {bay}).toInt();
}

int TstBookingRules::hoursVersion(qint64 shop) {
    return m_db.scalar(QStringLiteral("SELECT hours_version FROM desk.organizations WHERE id = ?"), {shop})
        .toInt();
}

void TstBookingRules::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(QStringLiteral("Garage A"), QStringLiteral("ON"));
    m_shopB = m_db.insertWorkshop(QStringLiteral("Garage B"), QStringLiteral("ON"));
    QVERIFY(m_shopA > 0 && m_shopB > 0);
    m_mechA = m_db.insertPhysicalMechanic(QStringLiteral("Alice Affiliated"), m_shopA,
                                          QStringLiteral("workshop_affiliated"));
    m_mechA2 = m_db.insertPhysicalMechanic(QStringLiteral("Aaron Affiliated"), m_shopA,
                                           QStringLiteral("workshop_affiliated"));
    m_mechB = m_db.insertPhysicalMechanic(QStringLiteral("Bob OtherShop"), m_shopB,
                                          QStringLiteral("workshop_affiliated"));
    QVERIFY(m_mechA && m_mechA2 && m_mechB);
    m_bayA1 = m_db.insertBay(m_shopA, QStringLiteral("Lift 1"));
    m_bayA2 = m_db.insertBay(m_shopA, QStringLiteral("Lift 2"));
    m_bayB = m_db.insertBay(m_shopB, QStringLiteral("B lift"));
    QVERIFY(m_bayA1 && m_bayA2 && m_bayB);
    for (qint64 shop : {m_shopA, m_shopB})
        QVERIFY(m_db.exec(
            QStringLiteral("INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                           "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"),
            {shop}));
    const QString ownerA = m_db.roleName(QStringLiteral("setup_owner_a"));
    const QString ownerB = m_db.roleName(QStringLiteral("setup_owner_b"));
    const QString admin = m_db.roleName(QStringLiteral("setup_admin"));
    QVERIFY(m_db.createLogin(ownerA, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner A"),
                             {m_shopA}));
    QVERIFY(m_db.createLogin(ownerB, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner B"),
                             {m_shopB}));
    QVERIFY(m_db.createLogin(admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Admin")));
    for (const auto &[role, name] :
         {std::pair{ownerA, QStringLiteral("ownerA")}, std::pair{ownerB, QStringLiteral("ownerB")},
          std::pair{admin, QStringLiteral("admin")}}) {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstBookingRules::cleanupTestCase() {
    for (const char *c : {"ownerA", "ownerB", "admin"})
        TestDatabase::closeConnection(QString::fromLatin1(c));
}

void TstBookingRules::ownersEditOnlyThroughFunctions() {
    // Direct writes would skip the version and the bookings in the way: no privilege.
    for (const QString &conn : {QStringLiteral("ownerA"), QStringLiteral("admin")}) {
        for (const QString &sql :
             {QStringLiteral("INSERT INTO desk.bays (workshop_id, name) VALUES (%1, 'Sneaky')").arg(m_shopA),
              QStringLiteral("UPDATE desk.bays SET active = false WHERE id = %1").arg(m_bayA1),
              QStringLiteral("DELETE FROM desk.workshop_hours WHERE workshop_id = %1").arg(m_shopA),
              QStringLiteral("INSERT INTO desk.bay_closures (workshop_id, span) VALUES (%1, "
                             "tstzrange(now(), now() + interval '1 hour'))")
                  .arg(m_shopA)}) {
            const auto r = TestDatabase::run(as(conn), sql);
            QVERIFY2(!r.ok, qPrintable(sql));
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
    }
    // They still read their rows.
    QVERIFY(TestDatabase::run(
                as(QStringLiteral("ownerA")),
                QStringLiteral("SELECT count(*) FROM desk.workshop_hours WHERE workshop_id = ?"), {m_shopA})
                .scalar()
                .toInt() == 7);
}

void TstBookingRules::saveBayCreatesAndEditsWithVersion() {
    auto save = [this](const QString &conn, const QVariant &id, const QVariant &version, const QString &name,
                       const QString &caps) {
        return TestDatabase::run(
            as(conn),
            QStringLiteral(
                "SELECT desk.save_bay(?::bigint, ?::integer, ?, ?, 'lift', ?::text[], 20, 5000, NULL)"),
            {id, version, m_shopA, name, caps});
    };
    auto r = save(QStringLiteral("ownerA"), QVariant(QMetaType::fromType<qlonglong>()),
                  QVariant(QMetaType::fromType<int>()), QStringLiteral("  Bay 9  "),
                  QStringLiteral("{lift,diagnostics}"));
    ADESK_VERIFY_SQL(r);
    const QJsonObject made = QJsonDocument::fromJson(r.scalar().toString().toUtf8()).object();
    const qint64 bay = made.value(u"id").toInteger();
    QVERIFY(bay > 0);
    QCOMPARE(made.value(u"version").toInt(), 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name || '/' || capabilities::text || '/' || buffer_minutes "
                                        "FROM desk.bays WHERE id = ?"),
                         {bay})
                 .toString(),
             QStringLiteral("Bay 9/{diagnostics,lift}/20"));
    // Rename with the version it has; a stale version is someone else's edit.
    ADESK_VERIFY_SQL(save(QStringLiteral("ownerA"), bay, 1, QStringLiteral("Bay 9 — Diagnostics"),
                          QStringLiteral("{diagnostics}")));
    r = save(QStringLiteral("ownerA"), bay, 1, QStringLiteral("Bay 9 again"), QStringLiteral("{}"));
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM desk.bays WHERE id = ?"), {bay}).toString(),
             QStringLiteral("Bay 9 — Diagnostics"));
    // A duplicate name (case-insensitive), an unknown capability: clear refusals.
    r = save(QStringLiteral("ownerA"), QVariant(QMetaType::fromType<qlonglong>()),
             QVariant(QMetaType::fromType<int>()), QStringLiteral("lift 1"), QStringLiteral("{}"));
    QCOMPARE(r.sqlState(), QStringLiteral("23505"));
    QVERIFY2(r.error.serverMessage.contains(u"already has a bay named"), qPrintable(r.describe()));
    r = save(QStringLiteral("ownerA"), bay, 2, QStringLiteral("Bay 9"), QStringLiteral("{teleporter}"));
    QCOMPARE(r.sqlState(), QStringLiteral("22023"));
    QVERIFY2(r.error.serverMessage.contains(u"teleporter"), qPrintable(r.describe()));
    // The other workshop's owner cannot rename it, nor tell it exists.
    r = save(QStringLiteral("ownerB"), bay, 2, QStringLiteral("Mine now"), QStringLiteral("{}"));
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    QCOMPARE(r.error.serverMessage, QStringLiteral("bay %1 does not exist").arg(bay));
}

void TstBookingRules::bayBufferIsAMinimum() {
    const qint64 bay = m_db.insertBay(m_shopA, QStringLiteral("Paint booth"));
    QVERIFY(bay);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.bays SET buffer_minutes = 45 WHERE id = ?"), {bay}));
    const qint64 first =
        bookOk(bay, m_mechA, QStringLiteral("2031-03-03 09:00"), QStringLiteral("2031-03-03 10:00"), 10);
    QVERIFY(first);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT buffer_minutes FROM desk.bay_bookings WHERE id = ?"), {first})
                 .toInt(),
             45);
    // 10:30 is inside the bay's 45-minute buffer (the booking asked for 10).
    const auto r = book(QStringLiteral("ownerA"), bay, m_mechA2, QStringLiteral("2031-03-03 10:30"),
                        QStringLiteral("2031-03-03 11:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY(bookOk(bay, m_mechA2, QStringLiteral("2031-03-03 10:45"), QStringLiteral("2031-03-03 11:00")));
}

void TstBookingRules::outOfServiceFromADateListsThenCancels() {
    const qint64 bay = m_db.insertBay(m_shopA, QStringLiteral("Old lift"));
    QVERIFY(bay);
    const qint64 before =
        bookOk(bay, m_mechA, QStringLiteral("2031-04-01 09:00"), QStringLiteral("2031-04-01 10:00"));
    const qint64 after1 =
        bookOk(bay, m_mechA, QStringLiteral("2031-04-15 09:00"), QStringLiteral("2031-04-15 10:00"));
    const qint64 after2 =
        bookOk(bay, m_mechA2, QStringLiteral("2031-05-02 09:00"), QStringLiteral("2031-05-02 10:00"));
    QVERIFY(before && after1 && after2);
    const QString sql = QStringLiteral("SELECT desk.set_bay_out_of_service(?, ?, '2031-04-10', %1, %2)");
    // Without naming the bookings: refused, and all of them listed.
    auto r =
        TestDatabase::run(as(QStringLiteral("ownerA")),
                          sql.arg(QStringLiteral("NULL"), QStringLiteral("NULL")), {bay, bayVersion(bay)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QCOMPARE(idsInTheWay(r), (QList<qint64>{after1, after2}));
    QVERIFY2(r.error.serverMessage.contains(u"Old lift"), qPrintable(r.describe()));
    // Naming only one of them is not enough; naming both without a reason neither.
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        sql.arg(QStringLiteral("ARRAY[%1]::bigint[]").arg(after1), QStringLiteral("'Lift replaced'")),
        {bay, bayVersion(bay)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        sql.arg(QStringLiteral("ARRAY[%1,%2]::bigint[]").arg(after1).arg(after2), QStringLiteral("' '")),
        {bay, bayVersion(bay)});
    QCOMPARE(r.sqlState(), QStringLiteral("22023"));
    QCOMPARE(status(after1), QStringLiteral("confirmed"));
    r = TestDatabase::run(as(QStringLiteral("ownerA")),
                          sql.arg(QStringLiteral("ARRAY[%1,%2]::bigint[]").arg(after1).arg(after2),
                                  QStringLiteral("'Lift replaced'")),
                          {bay, bayVersion(bay)});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(status(after1), QStringLiteral("cancelled"));
    QCOMPARE(status(after2), QStringLiteral("cancelled"));
    QCOMPARE(status(before), QStringLiteral("confirmed"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT status_reason FROM desk.bay_bookings WHERE id = ?"), {after1})
                 .toString(),
             QStringLiteral("Lift replaced"));
    // Before the date the bay still books; from it, not.
    QVERIFY(bookOk(bay, m_mechA2, QStringLiteral("2031-04-09 09:00"), QStringLiteral("2031-04-09 10:00")));
    r = book(QStringLiteral("ownerA"), bay, m_mechA2, QStringLiteral("2031-04-10 09:00"),
             QStringLiteral("2031-04-10 10:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"is out of service"), qPrintable(r.describe()));
    // A date in the past is refused; back in service, it books again.
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.set_bay_out_of_service(?, ?, current_date - 2, NULL, NULL)"),
        {bay, bayVersion(bay)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    ADESK_VERIFY_SQL(
        TestDatabase::run(as(QStringLiteral("ownerA")),
                          QStringLiteral("SELECT desk.set_bay_out_of_service(?, ?, NULL, NULL, NULL)"),
                          {bay, bayVersion(bay)}));
    QVERIFY(bookOk(bay, m_mechA2, QStringLiteral("2031-04-10 09:00"), QStringLiteral("2031-04-10 10:00")));
}

void TstBookingRules::splitShiftsAndEffectiveDates() {
    // From 2031-06-02 (a Monday), Mondays are 08:00–12:00 and 13:00–17:00.
    auto r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.set_opening_hours(?, ?, 1, '2031-06-02', "
            "'[{\"opens\":\"13:00\",\"closes\":\"17:00\"},{\"opens\":\"08:00\",\"closes\":\"12:00\"}]', "
            "NULL, NULL)"),
        {m_shopA, hoursVersion(m_shopA)});
    ADESK_VERIFY_SQL(r);
    // Before the date, the old hours (07:00–19:00).
    QVERIFY(bookOk(m_bayA1, m_mechA, QStringLiteral("2031-05-26 12:00"), QStringLiteral("2031-05-26 13:00")));
    // From it: within a shift yes, across the lunch break or in it no.
    QVERIFY(bookOk(m_bayA1, m_mechA, QStringLiteral("2031-06-02 08:00"), QStringLiteral("2031-06-02 09:00")));
    QVERIFY(bookOk(m_bayA1, m_mechA, QStringLiteral("2031-06-09 13:00"), QStringLiteral("2031-06-09 17:00")));
    for (const auto &[s, e] :
         {std::pair{QStringLiteral("2031-06-02 11:30"), QStringLiteral("2031-06-02 12:30")},
          std::pair{QStringLiteral("2031-06-02 12:00"), QStringLiteral("2031-06-02 13:00")},
          std::pair{QStringLiteral("2031-06-02 07:00"), QStringLiteral("2031-06-02 08:00")}}) {
        r = book(QStringLiteral("ownerA"), m_bayA2, m_mechA2, s, e);
        QCOMPARE(r.sqlState(), QStringLiteral("23514"));
        QVERIFY2(r.error.serverMessage.contains(u"outside opening hours"), qPrintable(r.describe()));
        QVERIFY2(r.error.serverMessage.contains(u"08:00–12:00, 13:00–17:00"), qPrintable(r.describe()));
    }
    // Overlapping shifts, a shift that closes before it opens, and a stale hours version: refused.
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.set_opening_hours(?, ?, 2, '2031-06-03', "
            "'[{\"opens\":\"08:00\",\"closes\":\"12:00\"},{\"opens\":\"11:00\",\"closes\":\"15:00\"}]', "
            "NULL, NULL)"),
        {m_shopA, hoursVersion(m_shopA)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    r = TestDatabase::run(as(QStringLiteral("ownerA")),
                          QStringLiteral("SELECT desk.set_opening_hours(?, ?, 2, '2031-06-03', "
                                         "'[{\"opens\":\"12:00\",\"closes\":\"08:00\"}]', NULL, NULL)"),
                          {m_shopA, hoursVersion(m_shopA)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.set_opening_hours(?, ?, 2, '2031-06-03', '[]', NULL, NULL)"),
        {m_shopA, hoursVersion(m_shopA) - 1});
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    // A later change (Mondays closed from 2031-07-07) keeps the June hours in between.
    ADESK_VERIFY_SQL(TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.set_opening_hours(?, ?, 1, '2031-07-07', '[]', NULL, NULL)"),
        {m_shopA, hoursVersion(m_shopA)}));
    QVERIFY(
        bookOk(m_bayA2, m_mechA2, QStringLiteral("2031-06-30 08:00"), QStringLiteral("2031-06-30 09:00")));
    r = book(QStringLiteral("ownerA"), m_bayA2, m_mechA2, QStringLiteral("2031-07-07 08:00"),
             QStringLiteral("2031-07-07 09:00"));
    QVERIFY2(r.error.serverMessage.contains(u"closed on Monday"), qPrintable(r.describe()));
    const auto shifts =
        TestDatabase::run(as(QStringLiteral("ownerA")),
                          QStringLiteral("SELECT string_agg(opens_at || '-' || closes_at, ' ') "
                                         "FROM desk.opening_hours_on(?, '2031-06-16')"),
                          {m_shopA});
    QCOMPARE(shifts.scalar().toString(), QStringLiteral("08:00:00-12:00:00 13:00:00-17:00:00"));
    // Mondays back to 07:00–19:00 from 2031-06-02 on (until the July change), then from the July
    // change on, for the tests after.
    for (const QString &from : {QStringLiteral("2031-06-02"), QStringLiteral("2031-07-07")})
        ADESK_VERIFY_SQL(
            TestDatabase::run(as(QStringLiteral("ownerA")),
                              QStringLiteral("SELECT desk.set_opening_hours(?, ?, 1, ?, "
                                             "'[{\"opens\":\"07:00\",\"closes\":\"19:00\"}]', NULL, NULL)"),
                              {m_shopA, hoursVersion(m_shopA), from}));
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT string_agg(coalesce(effective_until::text, '-'), ' ' ORDER BY "
                        "effective_from) FROM desk.workshop_hours WHERE workshop_id = ? AND weekday = 1"),
                    {m_shopA})
            .toString(),
        QStringLiteral("2031-06-02 2031-07-07 -"));
}

void TstBookingRules::cuttingHoursListsBookingsFirst() {
    // Wednesdays: a booking at 17:00 stands in the way of closing at 16:00 from 2031-08-06.
    const qint64 late =
        bookOk(m_bayA1, m_mechA, QStringLiteral("2031-08-13 17:00"), QStringLiteral("2031-08-13 18:00"));
    const qint64 early =
        bookOk(m_bayA1, m_mechA, QStringLiteral("2031-08-13 09:00"), QStringLiteral("2031-08-13 10:00"));
    QVERIFY(late && early);
    const QString sql = QStringLiteral("SELECT desk.set_opening_hours(?, ?, 3, '2031-08-06', "
                                       "'[{\"opens\":\"08:00\",\"closes\":\"16:00\"}]', %1, %2)");
    auto r = TestDatabase::run(as(QStringLiteral("ownerA")),
                               sql.arg(QStringLiteral("NULL"), QStringLiteral("NULL")),
                               {m_shopA, hoursVersion(m_shopA)});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QCOMPARE(idsInTheWay(r), QList<qint64>{late});
    const int version = hoursVersion(m_shopA);
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        sql.arg(QStringLiteral("ARRAY[%1]::bigint[]").arg(late), QStringLiteral("'Shorter winter hours'")),
        {m_shopA, version});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(hoursVersion(m_shopA), version + 1);
    QCOMPARE(status(late), QStringLiteral("cancelled"));
    QCOMPARE(status(early), QStringLiteral("confirmed"));
}

void TstBookingRules::closuresListBookingsFirst() {
    const qint64 inside =
        bookOk(m_bayA2, m_mechA2, QStringLiteral("2031-09-10 10:00"), QStringLiteral("2031-09-10 11:00"));
    const qint64 otherBay =
        bookOk(m_bayA1, m_mechA, QStringLiteral("2031-09-10 10:00"), QStringLiteral("2031-09-10 11:00"));
    QVERIFY(inside && otherBay);
    const QString sql =
        QStringLiteral(
            "SELECT desk.add_closure(?, ?, 'maintenance', '2031-09-10 09:00'::timestamp AT TIME ZONE '%1', "
            "'2031-09-10 13:00'::timestamp AT TIME ZONE '%1', 'Lift inspection', %2, %3)")
            .arg(kZone);
    auto r = TestDatabase::run(as(QStringLiteral("ownerA")),
                               sql.arg(QStringLiteral("NULL"), QStringLiteral("NULL")), {m_shopA, m_bayA2});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QCOMPARE(idsInTheWay(r), QList<qint64>{inside});
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        sql.arg(QStringLiteral("ARRAY[%1]::bigint[]").arg(inside), QStringLiteral("'Inspection'")),
        {m_shopA, m_bayA2});
    ADESK_VERIFY_SQL(r);
    const qint64 closure =
        QJsonDocument::fromJson(r.scalar().toString().toUtf8()).object().value(u"id").toInteger();
    QVERIFY(closure > 0);
    QCOMPARE(status(inside), QStringLiteral("cancelled"));
    QCOMPARE(status(otherBay), QStringLiteral("confirmed"));
    r = book(QStringLiteral("ownerA"), m_bayA2, m_mechA2, QStringLiteral("2031-09-10 12:00"),
             QStringLiteral("2031-09-10 12:30"));
    QVERIFY2(r.error.serverMessage.contains(u"is closed"), qPrintable(r.describe()));
    // Removing it needs its version; then the slot books.
    r = TestDatabase::run(as(QStringLiteral("ownerA")), QStringLiteral("SELECT desk.remove_closure(?, 7)"),
                          {closure});
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    ADESK_VERIFY_SQL(TestDatabase::run(as(QStringLiteral("ownerA")),
                                       QStringLiteral("SELECT desk.remove_closure(?, 1)"), {closure}));
    QVERIFY(
        bookOk(m_bayA2, m_mechA2, QStringLiteral("2031-09-10 12:00"), QStringLiteral("2031-09-10 12:30")));
}

void TstBookingRules::anotherWorkshopsIdsAreNotFound() {
    // Owner B probes workshop A's ids: every answer is the one for an id that does not exist.
    const QList<std::pair<QString, QString>> calls = {
        {QStringLiteral("SELECT desk.set_opening_hours(%1, 1, 1, NULL, '[]', NULL, NULL)").arg(m_shopA),
         QStringLiteral("workshop %1 does not exist").arg(m_shopA)},
        {QStringLiteral("SELECT desk.add_closure(%1, NULL, 'holiday', now() + interval '1 day', "
                        "now() + interval '2 days', '', NULL, NULL)")
             .arg(m_shopA),
         QStringLiteral("workshop %1 does not exist").arg(m_shopA)},
        {QStringLiteral("SELECT desk.add_closure(%1, %2, 'holiday', now() + interval '1 day', "
                        "now() + interval '2 days', '', NULL, NULL)")
             .arg(m_shopB)
             .arg(m_bayA1),
         QStringLiteral("bay %1 does not exist").arg(m_bayA1)},
        {QStringLiteral("SELECT desk.set_bay_out_of_service(%1, 1, NULL, NULL, NULL)").arg(m_bayA1),
         QStringLiteral("bay %1 does not exist").arg(m_bayA1)},
        {QStringLiteral("SELECT desk.workshop_physical_work_problems(%1, NULL)").arg(m_shopA),
         QStringLiteral("workshop %1 does not exist").arg(m_shopA)},
        {QStringLiteral("SELECT desk.workshop_physical_work_problems(987654321, NULL)"),
         QStringLiteral("workshop 987654321 does not exist")},
    };
    for (const auto &[sql, message] : calls) {
        const auto r = TestDatabase::run(as(QStringLiteral("ownerB")), sql);
        QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
        QCOMPARE(r.error.serverMessage, message);
        QVERIFY(r.error.detail.isEmpty());
    }
    QCOMPARE(TestDatabase::run(as(QStringLiteral("ownerB")),
                               QStringLiteral("SELECT count(*) FROM desk.opening_hours_on(?, '2031-06-16')"),
                               {m_shopA})
                 .scalar()
                 .toInt(),
             0);
}

void TstBookingRules::mechanicIsInOnePlaceAtATime() {
    const qint64 first =
        bookOk(m_bayA1, m_mechA, QStringLiteral("2031-10-06 09:00"), QStringLiteral("2031-10-06 10:00"), 15);
    QVERIFY(first);
    // Another bay, same time: refused naming the booking.
    auto r = book(QStringLiteral("ownerA"), m_bayA2, m_mechA, QStringLiteral("2031-10-06 09:30"),
                  QStringLiteral("2031-10-06 10:30"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY2(r.error.serverMessage.contains(u"is already booked"), qPrintable(r.describe()));
    QVERIFY2(r.error.serverMessage.contains(QStringLiteral("booking %1").arg(first)),
             qPrintable(r.describe()));
    // The same buffer rule: 10:10 is inside the first booking's 15 minutes; 10:15 is not.
    r = book(QStringLiteral("ownerA"), m_bayA2, m_mechA, QStringLiteral("2031-10-06 10:10"),
             QStringLiteral("2031-10-06 11:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    const qint64 next =
        bookOk(m_bayA2, m_mechA, QStringLiteral("2031-10-06 10:15"), QStringLiteral("2031-10-06 11:00"));
    QVERIFY(next);
    // Moving a booking onto the mechanic's other one is refused too.
    r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.move_booking(?, 1, ?, '2031-10-06 09:30'::timestamp AT TIME ZONE "
                       "'%1', '2031-10-06 10:00'::timestamp AT TIME ZONE '%1')")
            .arg(kZone),
        {next, m_bayA2});
    QVERIFY2(r.error.serverMessage.contains(u"is already booked"), qPrintable(r.describe()));
    // A cancelled booking frees the mechanic; restoring it clashes again.
    ADESK_VERIFY_SQL(TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.set_booking_status(?, 1, 'cancelled', 'moved')"), {first}));
    const qint64 instead =
        bookOk(m_bayA2, m_mechA, QStringLiteral("2031-10-06 09:00"), QStringLiteral("2031-10-06 09:45"), 15);
    QVERIFY(instead);
    r = TestDatabase::run(as(QStringLiteral("ownerA")),
                          QStringLiteral("SELECT desk.set_booking_status(?, 2, 'confirmed')"), {first});
    QVERIFY2(r.error.serverMessage.contains(u"is already booked"), qPrintable(r.describe()));

    // A partner of workshop B booked there: owner A learns "elsewhere", not where or when.
    const qint64 partnership =
        m_db.insertPartnership(m_shopB, m_mechA, QStringLiteral("revenue_share"), 2000);
    QVERIFY(partnership);
    const auto atB = TestDatabase::run(
        as(QStringLiteral("ownerB")),
        QStringLiteral("SELECT desk.create_booking(?, ?, '2031-10-08 09:00'::timestamp AT TIME ZONE '%1', "
                       "'2031-10-08 10:00'::timestamp AT TIME ZONE '%1', 0, 'confirmed', '', ?)")
            .arg(kZone),
        {m_bayB, m_mechA, partnership});
    ADESK_VERIFY_SQL(atB);
    r = book(QStringLiteral("ownerA"), m_bayA1, m_mechA, QStringLiteral("2031-10-08 09:30"),
             QStringLiteral("2031-10-08 10:30"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QCOMPARE(r.error.serverMessage,
             QStringLiteral("Alice Affiliated is already booked elsewhere at that time"));
    QVERIFY(r.error.detail.isEmpty());
}

void TstBookingRules::mechanicRaceAcrossBaysCommitsOnePerRound() {
    // 16 owners' connections, each on its own bay, book one mechanic over the same hour: exactly
    // one commits per round, every other gets the readable clash (never a deadlock or a raw error).
    QList<qint64> bays;
    for (int k = 0; k < kRacers; ++k) {
        bays << m_db.insertBay(m_shopA, QStringLiteral("Race bay %1").arg(k));
        QVERIFY(bays.last());
    }
    const qint64 mech = m_db.insertPhysicalMechanic(QStringLiteral("Rita Racer"), m_shopA,
                                                    QStringLiteral("workshop_affiliated"));
    QVERIFY(mech);
    struct Outcome {
        std::vector<int> wins = std::vector<int>(kRounds, 0);
        QStringList errors;
    };
    std::vector<Outcome> outcomes(kRacers);
    std::latch connected(kRacers + 1);
    std::barrier roundStart(kRacers);
    std::vector<std::unique_ptr<QThread>> threads;
    const ConnectionSettings settings = m_db.login(m_db.roleName(QStringLiteral("setup_owner_a")));
    for (int k = 0; k < kRacers; ++k) {
        Outcome *out = &outcomes[size_t(k)];
        const qint64 bay = bays[k];
        threads.emplace_back(QThread::create([=, &connected, &roundStart] {
            const QString name = QStringLiteral("tst_bookingrules_racer_%1").arg(k);
            {
                QSqlDatabase db = TestDatabase::openConnection(settings, name);
                connected.count_down();
                connected.wait();
                for (int r = 0; r < kRounds; ++r) {
                    roundStart.arrive_and_wait();
                    const QDateTime start = QDateTime(QDate(2032, 1, 5).addDays(r / 4), QTime(8, 0))
                                                .addSecs(qint64(r % 4) * 2 * 3600 + qint64(k) * 60);
                    const auto res = TestDatabase::run(
                        db,
                        QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                                       "?::timestamp AT TIME ZONE '%1', 0, 'confirmed')")
                            .arg(kZone),
                        {bay, mech, start.toString(Qt::ISODate), start.addSecs(3600).toString(Qt::ISODate)});
                    if (res.ok)
                        out->wins[size_t(r)] = 1;
                    else if (res.sqlState() != u"23P01" ||
                             !res.error.serverMessage.contains(
                                 u"Rita Racer is already booked at that time: booking "))
                        out->errors << res.describe();
                }
            }
            TestDatabase::closeConnection(name);
        }));
        threads.back()->start();
    }
    connected.count_down();
    connected.wait();
    for (auto &t : threads)
        t->wait();
    QStringList errors;
    for (const Outcome &o : outcomes)
        errors << o.errors;
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u'\n')));
    for (int r = 0; r < kRounds; ++r) {
        int wins = 0;
        for (const Outcome &o : outcomes)
            wins += o.wins[size_t(r)];
        QVERIFY2(wins == 1, qPrintable(QStringLiteral("round %1: %2 commits").arg(r).arg(wins)));
    }
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE mechanic_id = ?"), {mech})
            .toInt(),
        kRounds);
}

void TstBookingRules::workshopMustBeLicensedAndInsuredOnTheDay() {
    const qint64 shop = m_db.insertWorkshop(QStringLiteral("Garage Lapsing"), QStringLiteral("ON"));
    const qint64 mech = m_db.insertPhysicalMechanic(QStringLiteral("Larry Lapsing"), shop,
                                                    QStringLiteral("workshop_affiliated"));
    const qint64 bay = m_db.insertBay(shop, QStringLiteral("Lift"));
    QVERIFY(shop && mech && bay);
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                       "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"),
        {shop}));
    const QString owner = m_db.roleName(QStringLiteral("setup_owner_lapsing"));
    QVERIFY(
        m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner L"), {shop}));
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(owner), QStringLiteral("ownerL"));
    QVERIFY(db.isOpen());
    // Licence valid to 2031-11-30, insurance to 2031-12-15.
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.organizations SET business_license_expiry = '2031-11-30', "
                                     "liability_insurance_expiry = '2031-12-15' WHERE id = ?"),
                      {shop}));
    auto bookAt = [&](const QString &day) {
        return TestDatabase::run(
            db,
            QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                           "?::timestamp AT TIME ZONE '%1', 0, 'confirmed')")
                .arg(kZone),
            {bay, mech, day + QStringLiteral(" 09:00"), day + QStringLiteral(" 10:00")});
    };
    ADESK_VERIFY_SQL(bookAt(QStringLiteral("2031-11-28")));
    auto r = bookAt(QStringLiteral("2031-12-02"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"cannot host physical work"), qPrintable(r.describe()));
    QVERIFY2(r.error.serverMessage.contains(u"business licence expired on 2031-11-30"),
             qPrintable(r.describe()));
    r = bookAt(QStringLiteral("2031-12-20"));
    QCOMPARE(r.error.detail, QStringLiteral("problems=business_license_expired,insurance_expired"));
    // Unverified zoning refuses every date, and the owner's calendar can say why today.
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.organizations SET zoning_compliance_verified = false, "
                                     "business_license_expiry = '2099-12-31', liability_insurance_expiry = "
                                     "'2099-12-31' WHERE id = ?"),
                      {shop}));
    r = bookAt(QStringLiteral("2031-11-27"));
    QVERIFY2(r.error.serverMessage.contains(u"cannot host physical work"), qPrintable(r.describe()));
    QVERIFY2(r.error.serverMessage.contains(u"zoning compliance is not verified"), qPrintable(r.describe()));
    r = TestDatabase::run(
        db, QStringLiteral("SELECT array_to_string(desk.workshop_physical_work_problems(?, NULL), ',')"),
        {shop});
    QCOMPARE(r.scalar().toString(), QStringLiteral("zoning_unverified"));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.organizations SET zoning_compliance_verified = true WHERE id = ?"),
        {shop}));
    ADESK_VERIFY_SQL(bookAt(QStringLiteral("2031-11-27")));
    db = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("ownerL"));
}

void TstBookingRules::partnerContractOnTheBookingsDate() {
    // An independent mechanic whose partnership with A starts on 2031-12-01 and ends 2032-03-31.
    const qint64 mech = m_db.insertMechanic(QStringLiteral("Petra Partner"));
    QVERIFY(mech);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"),
                      {mech}));
    const qint64 partnership = m_db.insertPartnership(m_shopA, mech, QStringLiteral("revenue_share"), 2000);
    QVERIFY(partnership);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.partnerships SET contract_start_date = '2031-12-01', "
                                     "contract_end_date = '2032-03-31' WHERE id = ?"),
                      {partnership}));
    auto bookAt = [&](const QString &day, const QVariant &partnershipId) {
        return TestDatabase::run(
            as(QStringLiteral("ownerA")),
            QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                           "?::timestamp AT TIME ZONE '%1', 0, 'confirmed', '', ?::bigint)")
                .arg(kZone),
            {m_bayA1, mech, day + QStringLiteral(" 14:00"), day + QStringLiteral(" 15:00"), partnershipId});
    };
    auto r = bookAt(QStringLiteral("2031-11-24"), partnership);
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"may not do physical work"), qPrintable(r.describe()));
    ADESK_VERIFY_SQL(bookAt(QStringLiteral("2031-12-01"), partnership));
    ADESK_VERIFY_SQL(bookAt(QStringLiteral("2032-03-31"), partnership));
    r = bookAt(QStringLiteral("2032-04-01"), partnership);
    QVERIFY2(r.error.serverMessage.contains(u"may not do physical work"), qPrintable(r.describe()));
    // A suspended partnership named by a booking does not cover it, even when the mechanic is
    // otherwise allowed.
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.partnerships SET status = 'suspended' WHERE id = ?"),
                      {partnership}));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.mechanics SET workshop_id = ?, service_tier = 'workshop_affiliated', "
                       "workshop_verified = true, can_perform_physical_work = true WHERE id = ?"),
        {m_shopA, mech}));
    r = bookAt(QStringLiteral("2032-01-12"), partnership);
    QVERIFY2(r.error.serverMessage.contains(u"does not cover"), qPrintable(r.describe()));
    ADESK_VERIFY_SQL(bookAt(QStringLiteral("2032-01-12"), QVariant(QMetaType::fromType<qlonglong>())));
}

void TstBookingRules::partnershipMustBelongToMechanicAndWorkshop() {
    const qint64 other = m_db.insertMechanic(QStringLiteral("Olga Other"));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"),
                      {other}));
    const qint64 partnership = m_db.insertPartnership(m_shopA, other, QStringLiteral("revenue_share"), 3000);
    QVERIFY(partnership);
    // Through the function: refused before anything is written.
    auto r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral("SELECT desk.create_booking(?, ?, '2032-02-02 09:00'::timestamp AT TIME ZONE "
                       "'%1', '2032-02-02 10:00'::timestamp AT TIME ZONE '%1', 0, 'confirmed', '', ?)")
            .arg(kZone),
        {m_bayA1, m_mechA2, partnership});
    QVERIFY2(r.error.serverMessage.contains(u"is not between this mechanic and this workshop"),
             qPrintable(r.describe()));
    // And at the table, whoever writes (the web platform's backend, an import): the trigger.
    const qint64 booking =
        bookOk(m_bayA1, m_mechA2, QStringLiteral("2032-02-02 09:00"), QStringLiteral("2032-02-02 10:00"));
    QVERIFY(booking);
    r = m_db.run(QStringLiteral("UPDATE desk.bay_bookings SET partnership_id = ? WHERE id = ?"),
                 {partnership, booking});
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"is not between this mechanic and this workshop"),
             qPrintable(r.describe()));
    r = m_db.run(QStringLiteral("UPDATE desk.bay_bookings SET partnership_id = 987654321 WHERE id = ?"),
                 {booking});
    QVERIFY2(r.error.serverMessage.contains(u"is not between this mechanic and this workshop"),
             qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TstBookingRules)
#include "tst_bookingrules.moc"
