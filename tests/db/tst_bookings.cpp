// Bay bookings at the database (migration 0003): the exclusion constraint under a 16-connection race,
// back-to-back bookings and buffers, opening hours in the workshop's zone, closures, the
// physical-work eligibility rule, versioned state changes, RLS between two workshops' owners, the
// live-update NOTIFY and the utilization function.

#include "tests/support/testdatabase.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <atomic>
#include <barrier>
#include <latch>
#include <memory>

using namespace adesk;

namespace {
constexpr int kRacers = 16;
constexpr int kRounds = 1000;
const QString kZone = QStringLiteral("America/Toronto");
} // namespace

class TstBookings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void racingOverlapsCommitExactlyOnePerRound();
    void exclusionConstraintIsTheGuarantee();
    void backToBackIsAccepted();
    void bufferIsEnforced();
    void clashMessageNamesTheBooking();
    void openingHoursInTheWorkshopZone();
    void closuresRefuseBookings();
    void closureOverLiveBookingsIsRefused();
    void eligibilityRule();
    void statusChangesAreVersioned();
    void moveChecksEverythingAgain();
    void rlsBetweenOwners();
    void ownersWriteOnlyThroughFunctions();
    void notifiesDeskBookings();
    void utilization();

private:
    QSqlDatabase as(const QString &conn) const { return QSqlDatabase::database(conn, false); }
    /// desk.create_booking with local wall-clock times of kZone.
    TestDatabase::SqlResult book(const QString &conn, qint64 bay, qint64 mechanic, const QString &localStart,
                                 const QString &localEnd, int buffer = 15,
                                 const QString &status = QStringLiteral("confirmed"));
    qint64 bookOk(qint64 bay, qint64 mechanic, const QString &s, const QString &e, int buffer = 15);
    /// Moves booking @p id (as superuser) to the local wall-clock span [@p localStart, @p localEnd) of
    /// kZone: how a test lets time pass, since a booking is neither created in the past nor checked in
    /// before its start (migration 0008).
    bool moveTo(qint64 id, const QString &localStart, const QString &localEnd);

    TestDatabase m_db;
    QString m_ownerA;
    QString m_ownerB;
    QString m_admin;
    qint64 m_shopA = 0;
    qint64 m_shopB = 0;
    qint64 m_raceBay = 0;
    qint64 m_bay1 = 0;
    qint64 m_bay2 = 0;
    qint64 m_bayB = 0;
    qint64 m_mechA = 0;
    qint64 m_mechA2 = 0;
    qint64 m_mechB = 0;
    qint64 m_unverified = 0;
};

TestDatabase::SqlResult TstBookings::book(const QString &conn, qint64 bay, qint64 mechanic,
                                          const QString &localStart, const QString &localEnd, int buffer,
                                          const QString &status) {
    return TestDatabase::run(
        as(conn),
        QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                       "?::timestamp AT TIME ZONE '%1', ?, ?)")
            .arg(kZone),
        {bay, mechanic, localStart, localEnd, buffer, status});
}

qint64 TstBookings::bookOk(qint64 bay, qint64 mechanic, const QString &s, const QString &e, int buffer) {
    const auto r = book(QStringLiteral("ownerA"), bay, mechanic, s, e, buffer);
    if (!r.ok)
        qWarning() << r.describe();
    return r.ok ? r.scalar().toLongLong() : 0;
}

bool TstBookings::moveTo(qint64 id, const QString &localStart, const QString &localEnd) {
    return m_db.exec(
        QStringLiteral("UPDATE desk.bay_bookings SET span = tstzrange(?::timestamp AT TIME ZONE '%1', "
                       "?::timestamp AT TIME ZONE '%1') WHERE id = ?")
            .arg(kZone),
        {localStart, localEnd, id});
}

void TstBookings::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(QStringLiteral("Garage A"), QStringLiteral("ON"));
    m_shopB = m_db.insertWorkshop(QStringLiteral("Garage B"), QStringLiteral("ON"));
    QVERIFY(m_shopA > 0 && m_shopB > 0);
    m_mechA = m_db.insertMechanic(QStringLiteral("Alice Verified"), m_shopA);
    m_mechA2 = m_db.insertMechanic(QStringLiteral("Aaron Verified"), m_shopA);
    m_mechB = m_db.insertMechanic(QStringLiteral("Bob OtherShop"), m_shopB);
    m_unverified = m_db.insertMechanic(QStringLiteral("Uma Unverified"), m_shopA);
    QVERIFY(m_mechA && m_mechA2 && m_mechB && m_unverified);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', "
                                     "workshop_verified = true, can_perform_physical_work = true, "
                                     "compliance_status = 'approved' WHERE id IN (?, ?, ?)"),
                      {m_mechA, m_mechA2, m_mechB}));
    auto bay = [this](qint64 shop, const QString &name, int rate) {
        return m_db
            .scalar(QStringLiteral(
                        "INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) VALUES (?, ?, ?) "
                        "RETURNING id"),
                    {shop, name, rate})
            .toLongLong();
    };
    m_raceBay = bay(m_shopA, QStringLiteral("Race bay"), 5000);
    m_bay1 = bay(m_shopA, QStringLiteral("Lift 1"), 6000);
    m_bay2 = bay(m_shopA, QStringLiteral("Lift 2"), 4500);
    m_bayB = bay(m_shopB, QStringLiteral("B lift"), 5000);
    QVERIFY(m_raceBay && m_bay1 && m_bay2 && m_bayB);
    // A: every day 07:00–19:00; B: weekdays 08:00–17:00.
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '07:00', '19:00' "
                                     "FROM generate_series(1, 7) d"),
                      {m_shopA}));
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '08:00', '17:00' "
                                     "FROM generate_series(1, 5) d"),
                      {m_shopB}));
    m_ownerA = m_db.roleName(QStringLiteral("owner_a"));
    m_ownerB = m_db.roleName(QStringLiteral("owner_b"));
    m_admin = m_db.roleName(QStringLiteral("admin"));
    QVERIFY(m_db.createLogin(m_ownerA, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner A"),
                             {m_shopA}));
    QVERIFY(m_db.createLogin(m_ownerB, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner B"),
                             {m_shopB}));
    QVERIFY(m_db.createLogin(m_admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Admin")));
    for (const auto &[role, name] :
         {std::pair{m_ownerA, QStringLiteral("ownerA")}, std::pair{m_ownerB, QStringLiteral("ownerB")},
          std::pair{m_admin, QStringLiteral("admin")}}) {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstBookings::cleanupTestCase() {
    for (const char *c : {"ownerA", "ownerB", "admin"})
        TestDatabase::closeConnection(QString::fromLatin1(c));
}

void TstBookings::racingOverlapsCommitExactlyOnePerRound() {
    // Round r uses a 90-minute window (8 a day from 07:00, day r / 8 from 2031-01-06); racer k asks
    // for [window + k min, window + k + 60 min) + 15 min buffer: all 16 overlap, and no round
    // overlaps another.
    struct Outcome {
        std::vector<int> wins = std::vector<int>(kRounds, 0);
        int clashes = 0;
        QStringList errors;
        QStringList messages;
    };
    std::vector<Outcome> outcomes(kRacers);
    std::latch connected(kRacers + 1);
    std::barrier roundStart(kRacers);
    std::vector<std::unique_ptr<QThread>> threads;
    const ConnectionSettings settings = m_db.login(m_ownerA);
    const qint64 bay = m_raceBay;
    const qint64 mech = m_mechA;
    for (int k = 0; k < kRacers; ++k) {
        Outcome *out = &outcomes[size_t(k)];
        threads.emplace_back(QThread::create([=, &connected, &roundStart] {
            const QString name = QStringLiteral("tst_bookings_racer_%1").arg(k);
            {
                QSqlDatabase db = TestDatabase::openConnection(settings, name);
                connected.count_down();
                connected.wait();
                for (int r = 0; r < kRounds; ++r) {
                    roundStart.arrive_and_wait();
                    if (!db.isOpen()) {
                        out->errors << db.lastError().text();
                        continue;
                    }
                    const QDateTime window = QDateTime(QDate(2031, 1, 6).addDays(r / 8), QTime(7, 0))
                                                 .addSecs(qint64(r % 8) * 90 * 60 + qint64(k) * 60);
                    const auto res = TestDatabase::run(
                        db,
                        QStringLiteral(
                            "SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE 'America/Toronto', "
                            "?::timestamp AT TIME ZONE 'America/Toronto', 15, 'confirmed')"),
                        {bay, mech, window.toString(Qt::ISODate),
                         window.addSecs(3600).toString(Qt::ISODate)});
                    if (res.ok)
                        ++out->wins[size_t(r)];
                    else if (res.sqlState() == u"23P01") {
                        ++out->clashes;
                        if (out->messages.size() < 2)
                            out->messages << res.error.serverMessage;
                    } else
                        out->errors << res.describe();
                }
            }
            TestDatabase::closeConnection(name);
        }));
        threads.back()->start();
    }
    connected.count_down();
    for (auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(600000)));

    int totalClashes = 0;
    QStringList errors;
    for (const Outcome &o : outcomes) {
        totalClashes += o.clashes;
        errors << o.errors;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u'\n')));
    for (int r = 0; r < kRounds; ++r) {
        int wins = 0;
        for (const Outcome &o : outcomes)
            wins += o.wins[size_t(r)];
        QVERIFY2(wins == 1, qPrintable(QStringLiteral("round %1: %2 commits").arg(r).arg(wins)));
    }
    QCOMPARE(totalClashes, kRounds * (kRacers - 1));
    // Every loser was told which booking it clashes with (each racer keeps its first two messages).
    for (size_t k = 0; k < outcomes.size(); ++k) {
        const Outcome &o = outcomes[k];
        QCOMPARE(int(o.messages.size()), std::min(o.clashes, 2));
        for (const QString &m : o.messages)
            QVERIFY2(m.contains(u"already taken by booking"),
                     qPrintable(QStringLiteral("racer %1: %2").arg(k).arg(m)));
    }
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE bay_id = ?"), {m_raceBay})
            .toInt(),
        kRounds);
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.bay_bookings a JOIN desk.bay_bookings b "
                        "ON a.bay_id = b.bay_id AND a.id < b.id AND a.span_with_buffer && b.span_with_buffer "
                        "WHERE a.bay_id = ?"),
                    {m_raceBay})
            .toInt(),
        0);
}

void TstBookings::exclusionConstraintIsTheGuarantee() {
    // With the readable-message trigger off (as the table owner could), the constraint still refuses.
    const qint64 first =
        bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-04T09:00"), QStringLiteral("2030-03-04T10:00"));
    QVERIFY(first);
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("BEGIN")));
    ADESK_VERIFY_SQL(
        m_db.run(QStringLiteral("ALTER TABLE desk.bay_bookings DISABLE TRIGGER bay_bookings_check")));
    const auto r =
        m_db.run(QStringLiteral("INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) "
                                "VALUES (?, ?, ?, tstzrange('2030-03-04 09:30-05', '2030-03-04 09:45-05'))"),
                 {m_shopA, m_bay1, m_mechA});
    m_db.run(QStringLiteral("ROLLBACK"));
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY2(r.error.serverMessage.contains(u"bay_bookings_no_overlap"), qPrintable(r.describe()));
}

void TstBookings::backToBackIsAccepted() {
    QVERIFY(
        bookOk(m_bay2, m_mechA, QStringLiteral("2030-03-05T09:00"), QStringLiteral("2030-03-05T10:00"), 0));
    QVERIFY(
        bookOk(m_bay2, m_mechA2, QStringLiteral("2030-03-05T10:00"), QStringLiteral("2030-03-05T11:00"), 0));
    // …and one ending exactly where another starts.
    QVERIFY(
        bookOk(m_bay2, m_mechA2, QStringLiteral("2030-03-05T08:00"), QStringLiteral("2030-03-05T09:00"), 0));
}

void TstBookings::bufferIsEnforced() {
    const qint64 id =
        bookOk(m_bay2, m_mechA, QStringLiteral("2030-03-06T09:00"), QStringLiteral("2030-03-06T10:00"), 30);
    QVERIFY(id);
    auto r = book(QStringLiteral("ownerA"), m_bay2, m_mechA2, QStringLiteral("2030-03-06T10:20"),
                  QStringLiteral("2030-03-06T11:00"), 0);
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    // The new booking's own buffer counts too: ending at 08:50 + 15 min reaches into 09:00.
    r = book(QStringLiteral("ownerA"), m_bay2, m_mechA2, QStringLiteral("2030-03-06T08:00"),
             QStringLiteral("2030-03-06T08:50"), 15);
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY(
        bookOk(m_bay2, m_mechA2, QStringLiteral("2030-03-06T10:30"), QStringLiteral("2030-03-06T11:00"), 0));
    QVERIFY(
        bookOk(m_bay2, m_mechA2, QStringLiteral("2030-03-06T08:00"), QStringLiteral("2030-03-06T08:45"), 15));
}

void TstBookings::clashMessageNamesTheBooking() {
    const qint64 id =
        bookOk(m_bay1, m_mechA2, QStringLiteral("2030-03-07T13:00"), QStringLiteral("2030-03-07T14:30"));
    QVERIFY(id);
    const auto r = book(QStringLiteral("ownerA"), m_bay1, m_mechA, QStringLiteral("2030-03-07T14:00"),
                        QStringLiteral("2030-03-07T15:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    const QString msg = r.error.serverMessage;
    QVERIFY2(msg.contains(QStringLiteral("booking %1").arg(id)) && msg.contains(u"Aaron Verified") &&
                 msg.contains(u"13:00") && msg.contains(u"14:30") && msg.contains(u"Lift 1") &&
                 msg.contains(kZone),
             qPrintable(msg));
    QCOMPARE(r.error.detail, QStringLiteral("clashing_booking=%1").arg(id));
    QCOMPARE(r.error.kind, DbError::Kind::Overlap);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("booking %1").arg(id)));
}

void TstBookings::openingHoursInTheWorkshopZone() {
    // B is open 08:00–17:00 Toronto time on weekdays; 2030-03-11 is a Monday (EDT).
    auto r = book(QStringLiteral("ownerB"), m_bayB, m_mechB, QStringLiteral("2030-03-11T07:30"),
                  QStringLiteral("2030-03-11T09:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"outside opening hours") &&
                 r.error.serverMessage.contains(u"08:00"),
             qPrintable(r.describe()));
    r = book(QStringLiteral("ownerB"), m_bayB, m_mechB, QStringLiteral("2030-03-11T16:00"),
             QStringLiteral("2030-03-11T17:15"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    r = book(QStringLiteral("ownerB"), m_bayB, m_mechB, QStringLiteral("2030-03-09T10:00"),
             QStringLiteral("2030-03-09T11:00")); // Saturday
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"closed on Saturday"), qPrintable(r.describe()));
    // 08:00–17:00 exactly is fine; the check is in Toronto time whatever the session's TimeZone.
    ADESK_VERIFY_SQL(
        TestDatabase::run(as(QStringLiteral("ownerB")), QStringLiteral("SET TimeZone = 'Asia/Tokyo'")));
    r = book(QStringLiteral("ownerB"), m_bayB, m_mechB, QStringLiteral("2030-03-11T08:00"),
             QStringLiteral("2030-03-11T17:00"), 0);
    ADESK_VERIFY_SQL(r);
    TestDatabase::run(as(QStringLiteral("ownerB")), QStringLiteral("RESET TimeZone"));
    // A booking may not span two days.
    r = book(QStringLiteral("ownerA"), m_bay1, m_mechA, QStringLiteral("2030-03-12T18:00"),
             QStringLiteral("2030-03-13T08:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
}

void TstBookings::closuresRefuseBookings() {
    // Holiday on 2030-03-14 (whole workshop), maintenance on Lift 1 on 2030-03-15 13:00–17:00.
    ADESK_VERIFY_SQL(TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.add_closure(?, NULL, 'holiday', "
            "'2030-03-14 00:00'::timestamp AT TIME ZONE 'America/Toronto', "
            "'2030-03-15 00:00'::timestamp AT TIME ZONE 'America/Toronto', 'Staff day', NULL, NULL)"),
        {m_shopA}));
    ADESK_VERIFY_SQL(TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.add_closure(?, ?, 'maintenance', "
            "'2030-03-15 13:00'::timestamp AT TIME ZONE 'America/Toronto', "
            "'2030-03-15 17:00'::timestamp AT TIME ZONE 'America/Toronto', 'Lift inspection', NULL, NULL)"),
        {m_shopA, m_bay1}));
    auto r = book(QStringLiteral("ownerA"), m_bay2, m_mechA, QStringLiteral("2030-03-14T10:00"),
                  QStringLiteral("2030-03-14T11:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"Staff day"), qPrintable(r.describe()));
    r = book(QStringLiteral("ownerA"), m_bay1, m_mechA, QStringLiteral("2030-03-15T16:00"),
             QStringLiteral("2030-03-15T16:30"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"Lift inspection"), qPrintable(r.describe()));
    // Another bay is not affected; the same bay before the block is fine.
    QVERIFY(bookOk(m_bay2, m_mechA, QStringLiteral("2030-03-15T16:00"), QStringLiteral("2030-03-15T16:30")));
    QVERIFY(
        bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-15T11:00"), QStringLiteral("2030-03-15T12:45"), 0));
}

void TstBookings::closureOverLiveBookingsIsRefused() {
    const qint64 id =
        bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-18T10:00"), QStringLiteral("2030-03-18T11:00"));
    QVERIFY(id);
    const auto r = TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.add_closure(?, NULL, 'holiday', '2030-03-18 00:00-04', '2030-03-19 00:00-04', "
            "'', NULL, NULL)"),
        {m_shopA});
    // Listed (migration 0014): the closure is laid once they are cancelled with a reason.
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QCOMPARE(r.error.detail, QStringLiteral("bookings=%1").arg(id));
    QVERIFY2(r.error.serverMessage.contains(QStringLiteral("booking %1").arg(id)), qPrintable(r.describe()));
}

void TstBookings::eligibilityRule() {
    auto r = book(QStringLiteral("ownerA"), m_bay1, m_unverified, QStringLiteral("2030-03-19T10:00"),
                  QStringLiteral("2030-03-19T11:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY2(r.error.serverMessage.contains(u"Uma Unverified may not do physical work"),
             qPrintable(r.describe()));
    // A verified mechanic of another workshop is not affiliated here; to A's owner that mechanic
    // does not even exist (P0002, as a missing id: migration 0008).
    r = book(QStringLiteral("ownerA"), m_bay1, m_mechB, QStringLiteral("2030-03-19T10:00"),
             QStringLiteral("2030-03-19T11:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT desk.mechanic_may_work_at(?, ?)"), {m_mechA, m_shopA}).toBool());
    QVERIFY(
        !m_db.scalar(QStringLiteral("SELECT desk.mechanic_may_work_at(?, ?)"), {m_mechB, m_shopA}).toBool());
    // A workshop that stops allowing physical repairs takes its mechanics' right with it.
    ADESK_VERIFY_SQL(
        m_db.run(QStringLiteral("UPDATE desk.organizations SET allows_physical_repairs = false WHERE id = ?"),
                 {m_shopA}));
    r = book(QStringLiteral("ownerA"), m_bay1, m_mechA, QStringLiteral("2030-03-19T10:00"),
             QStringLiteral("2030-03-19T11:00"));
    ADESK_VERIFY_SQL(
        m_db.run(QStringLiteral("UPDATE desk.organizations SET allows_physical_repairs = true WHERE id = ?"),
                 {m_shopA}));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    QVERIFY(bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-19T10:00"), QStringLiteral("2030-03-19T11:00")));
}

void TstBookings::statusChangesAreVersioned() {
    const auto created = book(QStringLiteral("ownerA"), m_bay1, m_mechA, QStringLiteral("2030-03-20T10:00"),
                              QStringLiteral("2030-03-20T11:00"), 15, QStringLiteral("requested"));
    ADESK_VERIFY_SQL(created);
    const qint64 id = created.scalar().toLongLong();
    auto set = [&](int version, const QString &status) {
        return TestDatabase::run(as(QStringLiteral("ownerA")),
                                 QStringLiteral("SELECT desk.set_booking_status(?, ?, ?)"),
                                 {id, version, status});
    };
    auto r = set(1, QStringLiteral("completed")); // requested → completed skips steps
    QCOMPARE(r.sqlState(), QStringLiteral("AD001"));
    r = set(1, QStringLiteral("confirmed"));
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 2);
    // The booking starts (time passes: it is moved to a past Wednesday) before it is checked in.
    QVERIFY(moveTo(id, QStringLiteral("2020-03-18T10:00"), QStringLiteral("2020-03-18T11:00")));
    r = set(1, QStringLiteral("checked_in")); // stale version
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    QCOMPARE(set(2, QStringLiteral("checked_in")).scalar().toInt(), 3);
    QCOMPARE(set(3, QStringLiteral("completed")).scalar().toInt(), 4);
    QCOMPARE(set(4, QStringLiteral("checked_in")).scalar().toInt(), 5); // undo of complete
    QCOMPARE(set(5, QStringLiteral("cancelled")).scalar().toInt(), 6);
    // While cancelled the slot is free; restoring the booking then clashes, and says with what.
    QVERIFY(moveTo(id, QStringLiteral("2030-03-20T10:00"), QStringLiteral("2030-03-20T11:00")));
    const qint64 other =
        bookOk(m_bay1, m_mechA2, QStringLiteral("2030-03-20T10:30"), QStringLiteral("2030-03-20T11:30"));
    QVERIFY(other);
    r = set(6, QStringLiteral("confirmed"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY2(r.error.serverMessage.contains(QStringLiteral("booking %1").arg(other)),
             qPrintable(r.describe()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE table_name = 'bay_bookings' "
                                   "AND row_id = ? AND action = 'booking.status'"),
                    {id})
            .toInt(),
        5);
}

void TstBookings::moveChecksEverythingAgain() {
    const qint64 a =
        bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-21T09:00"), QStringLiteral("2030-03-21T10:00"));
    const qint64 b =
        bookOk(m_bay2, m_mechA2, QStringLiteral("2030-03-21T09:00"), QStringLiteral("2030-03-21T10:00"));
    QVERIFY(a && b);
    auto move = [&](qint64 id, int version, qint64 bay, const QString &s, const QString &e) {
        return TestDatabase::run(
            as(QStringLiteral("ownerA")),
            QStringLiteral("SELECT desk.move_booking(?, ?, ?, ?::timestamp AT TIME ZONE "
                           "'America/Toronto', ?::timestamp AT TIME ZONE 'America/Toronto')"),
            {id, version, bay, s, e});
    };
    auto r = move(a, 1, m_bay2, QStringLiteral("2030-03-21T09:30"), QStringLiteral("2030-03-21T10:30"));
    QCOMPARE(r.sqlState(), QStringLiteral("23P01"));
    QVERIFY(r.error.serverMessage.contains(QStringLiteral("booking %1").arg(b)));
    r = move(a, 1, m_bay1, QStringLiteral("2030-03-21T18:30"), QStringLiteral("2030-03-21T19:30"));
    QCOMPARE(r.sqlState(), QStringLiteral("23514"));
    r = move(a, 1, m_bayB, QStringLiteral("2030-03-21T09:00"), QStringLiteral("2030-03-21T10:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("P0002")); // another workshop's bay: not found, as a missing one
    r = move(a, 1, m_bay2, QStringLiteral("2030-03-21T10:15"), QStringLiteral("2030-03-21T11:00"));
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 2);
    // Moving within its own old slot does not clash with itself.
    ADESK_VERIFY_SQL(
        move(a, 2, m_bay2, QStringLiteral("2030-03-21T10:30"), QStringLiteral("2030-03-21T11:15")));
}

void TstBookings::rlsBetweenOwners() {
    const qint64 a =
        bookOk(m_bay1, m_mechA, QStringLiteral("2030-03-22T09:00"), QStringLiteral("2030-03-22T10:00"));
    QVERIFY(a);
    const QSqlDatabase b = as(QStringLiteral("ownerB"));
    auto count = [](const QSqlDatabase &db, const QString &table) {
        return TestDatabase::run(db, QStringLiteral("SELECT count(*) FROM desk.%1").arg(table))
            .scalar()
            .toInt();
    };
    const int allBays = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bays")).toInt();
    QCOMPARE(count(b, QStringLiteral("bays")), 1);
    QCOMPARE(count(as(QStringLiteral("ownerA")), QStringLiteral("bays")), allBays - 1);
    QCOMPARE(count(as(QStringLiteral("admin")), QStringLiteral("bays")), allBays);
    const int bookingsA =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"), {m_shopA})
            .toInt();
    const int bookingsB =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"), {m_shopB})
            .toInt();
    QCOMPARE(count(b, QStringLiteral("bay_bookings")), bookingsB);
    QCOMPARE(count(as(QStringLiteral("ownerA")), QStringLiteral("bay_bookings")), bookingsA);
    QCOMPARE(count(as(QStringLiteral("admin")), QStringLiteral("bay_bookings")), bookingsA + bookingsB);
    QCOMPARE(count(b, QStringLiteral("workshop_hours")), 5);
    // B can neither book, move, change nor see A's: A's bay and booking do not exist for B (P0002,
    // the answer to a missing id).
    auto r = book(QStringLiteral("ownerB"), m_bay1, m_mechA, QStringLiteral("2030-03-25T09:00"),
                  QStringLiteral("2030-03-25T10:00"));
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    r = TestDatabase::run(b, QStringLiteral("SELECT desk.set_booking_status(?, 1, 'cancelled')"), {a});
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    // Bays and hours are written only through the setup functions (migration 0014).
    r = TestDatabase::run(b, QStringLiteral("UPDATE desk.bays SET hourly_rate_cents = 1 WHERE id = ?"),
                          {m_bay1});
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    r = TestDatabase::run(
        b, QStringLiteral("SELECT desk.save_bay(?, 1, NULL, 'Mine', 'lift', '{}', 0, 1, NULL)"), {m_bay1});
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    r = TestDatabase::run(b, QStringLiteral("INSERT INTO desk.bays (workshop_id, name) VALUES (?, 'Sneaky')"),
                          {m_shopA});
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    r = TestDatabase::run(b, QStringLiteral("DELETE FROM desk.workshop_hours WHERE workshop_id = ?"),
                          {m_shopA});
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.workshop_hours WHERE workshop_id = ?"),
                         {m_shopA})
                 .toInt(),
             7);
    QCOMPARE(TestDatabase::run(
                 b,
                 QStringLiteral("SELECT count(*) FROM desk.bay_utilization(?, '2030-03-18', '2030-03-25')"),
                 {m_shopA})
                 .scalar()
                 .toInt(),
             0);
    // The admin may act on any workshop.
    ADESK_VERIFY_SQL(TestDatabase::run(as(QStringLiteral("admin")),
                                       QStringLiteral("SELECT desk.set_booking_status(?, 1, 'requested')"),
                                       {a}));
}

void TstBookings::ownersWriteOnlyThroughFunctions() {
    const QSqlDatabase a = as(QStringLiteral("ownerA"));
    auto r = TestDatabase::run(
        a,
        QStringLiteral("INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) "
                       "VALUES (?, ?, ?, tstzrange('2030-04-01 10:00-04', '2030-04-01 11:00-04'))"),
        {m_shopA, m_bay1, m_mechA});
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    r = TestDatabase::run(a, QStringLiteral("UPDATE desk.bay_bookings SET status = 'completed'"));
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    r = TestDatabase::run(a, QStringLiteral("SELECT desk.describe_booking(1)"));
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
}

void TstBookings::notifiesDeskBookings() {
    QSqlDatabase listener = TestDatabase::openConnection(m_db.login(m_ownerA), QStringLiteral("listen"));
    QVERIFY(listener.isOpen());
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("desk_bookings")));
    QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
    const qint64 id =
        bookOk(m_bay2, m_mechA, QStringLiteral("2030-03-26T09:00"), QStringLiteral("2030-03-26T10:00"));
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
    QCOMPARE(spy.first().at(2).toString(), QString::number(id));
    spy.clear();
    ADESK_VERIFY_SQL(TestDatabase::run(
        as(QStringLiteral("ownerA")),
        QStringLiteral(
            "SELECT desk.save_bay(id, version, NULL, name, bay_type, capabilities, buffer_minutes, 4600, "
            "sort_order) FROM desk.bays WHERE id = ?"),
        {m_bay2}));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
    QCOMPARE(spy.first().at(2).toString(), QStringLiteral("*"));
    listener = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("listen"));
}

void TstBookings::utilization() {
    // Workshop B, week of Monday 2020-06-01: open 5 × 9 h = 2,700 min on its one bay; book 3 h
    // confirmed + 1 h completed + 2 h cancelled (not counted); rate 50 $/h → 200 $. The bookings are
    // made for the same days of 2030 and moved to 2020 as time would move them (a booking is not
    // created in the past, nor checked in before its start).
    const QSqlDatabase b = as(QStringLiteral("ownerB"));
    auto bookB = [&](const QString &s, const QString &e, const QString &status) {
        return book(QStringLiteral("ownerB"), m_bayB, m_mechB, s, e, 0, status).scalar().toLongLong();
    };
    const qint64 kept = bookB(QStringLiteral("2030-06-03T09:00"), QStringLiteral("2030-06-03T12:00"),
                              QStringLiteral("confirmed"));
    const qint64 done = bookB(QStringLiteral("2030-06-04T09:00"), QStringLiteral("2030-06-04T10:00"),
                              QStringLiteral("confirmed"));
    const qint64 gone = bookB(QStringLiteral("2030-06-05T09:00"), QStringLiteral("2030-06-05T11:00"),
                              QStringLiteral("confirmed"));
    QVERIFY(kept && done && gone);
    QVERIFY(moveTo(kept, QStringLiteral("2020-06-01T09:00"), QStringLiteral("2020-06-01T12:00")));
    QVERIFY(moveTo(done, QStringLiteral("2020-06-02T09:00"), QStringLiteral("2020-06-02T10:00")));
    QVERIFY(moveTo(gone, QStringLiteral("2020-06-03T09:00"), QStringLiteral("2020-06-03T11:00")));
    ADESK_VERIFY_SQL(
        TestDatabase::run(b, QStringLiteral("SELECT desk.set_booking_status(?, 1, 'checked_in')"), {done}));
    ADESK_VERIFY_SQL(
        TestDatabase::run(b, QStringLiteral("SELECT desk.set_booking_status(?, 2, 'completed')"), {done}));
    ADESK_VERIFY_SQL(
        TestDatabase::run(b, QStringLiteral("SELECT desk.set_booking_status(?, 1, 'cancelled')"), {gone}));
    const auto r = TestDatabase::run(
        b,
        QStringLiteral("SELECT bay_id, week_start::text, open_minutes, booked_minutes, "
                       "revenue_cents FROM desk.bay_utilization(?, '2020-06-01', '2020-06-08')"),
        {m_shopB});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0][0].toLongLong(), m_bayB);
    QCOMPARE(r.rows[0][1].toString(), QStringLiteral("2020-06-01"));
    QCOMPARE(r.rows[0][2].toLongLong(), 2700);
    QCOMPARE(r.rows[0][3].toLongLong(), 240);
    QCOMPARE(r.rows[0][4].toLongLong(), 20000);
}

QTEST_GUILESS_MAIN(TstBookings)
#include "tst_bookings.moc"
