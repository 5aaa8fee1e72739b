// Monthly partnership charges (issue 12): desk.run_partnership_charges bills bay rental (hours ×
// rate, capped by the day and month rates) and membership (fee + bay-hours beyond those included ×
// overage rate) from the partner's bookings and the agreement's frozen terms; once per partnership
// and month; finance voids a charge with a reason (reversal rows, never an edit); only ended months,
// only finance or the platform.
//
// The property test: random bookings over several months, the months run in a shuffled order; every
// charge equals the amount computed here from the bookings (an independent implementation of the
// rule in this file), every charge's rows move exactly its amount from the mechanic to the
// workshop, and the total does not depend on the order.

#include "tests/support/testdatabase.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace adesk;

class TstCharges : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bayRentalJobAndItsMonthlyCharge();
    void membershipWithIncludedHoursAndOverage();
    void runTwiceBillsOnce();
    void onlyEndedMonthsAndAllowedCallers();
    void financeVoidsAChargeWithAReason();
    void randomBookingsShuffledMonthsExact();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    /// Books [start, start + minutes) local time at workshop A in @p bay for @p mechanic, bypassing the
    /// booking triggers (a past booking as it was recorded; opening hours are not the subject here).
    bool book(qint64 bay, qint64 mechanic, const QDateTime &localStart, int minutes, const QString &status);
    TestDatabase::SqlResult run(const QString &who, QDate month) {
        return TestDatabase::run(
            conn(who),
            QStringLiteral("SELECT partnership_id, kind, charge_id, amount_cents, minutes_used, "
                           "created FROM desk.run_partnership_charges(?) ORDER BY 1"),
            {month});
    }
    /// The charge (amount, created) the run gave @p partnership.
    static std::pair<qint64, bool> chargeOf(const TestDatabase::SqlResult &r, qint64 partnership) {
        for (const QVariantList &row : r.rows)
            if (row[0].toLongLong() == partnership)
                return {row[3].toLongLong(), row[5].toBool()};
        return {-1, false};
    }
    qint64 bay(const QString &name) {
        return m_db
            .scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name) VALUES (?, ?) RETURNING id"),
                    {m_a, name})
            .toLongLong();
    }
    // The rule, independently: per day min(minutes × $25/h rounded half up, $150), month ≤ $2,000;
    // membership $299 + minutes beyond 600 × $20/h rounded half up.
    static qint64 expectedRental(const QMap<QDate, int> &minutesPerDay) {
        qint64 total = 0;
        for (int m : minutesPerDay)
            total += std::min<qint64>((qint64(m) * 2500 + 30) / 60, 15000);
        return std::min<qint64>(total, 200000);
    }
    static qint64 expectedMembership(int minutes) {
        return 29900 + (qint64(std::max(0, minutes - 600)) * 2000 + 30) / 60;
    }

    TestDatabase m_db;
    qint64 m_a = 0, m_renter = 0, m_member = 0, m_pending = 0, m_rent = 0, m_membership = 0, m_unsigned = 0;
    qint64 m_bayRent = 0, m_bayMember = 0;
};

bool TstCharges::book(qint64 bayId, qint64 mechanic, const QDateTime &localStart, int minutes,
                      const QString &status) {
    const QString from = localStart.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return m_db.exec(QStringLiteral("SET session_replication_role = replica")) &&
           m_db.exec(
               QStringLiteral(
                   "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, "
                   "buffer_minutes, status) SELECT ?, ?, ?, tstzrange(s, s + make_interval(mins => ?)), "
                   "0, ? FROM (SELECT ?::timestamp AT TIME ZONE 'America/Toronto' AS s) x"),
               {m_a, bayId, mechanic, minutes, status, from}) &&
           m_db.exec(QStringLiteral("SET session_replication_role = DEFAULT"));
}

void TstCharges::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    m_renter = m_db.insertPhysicalMechanic(QStringLiteral("Renter"), 0, QStringLiteral("licensed_mobile"));
    m_member = m_db.insertPhysicalMechanic(QStringLiteral("Member"), 0, QStringLiteral("licensed_mobile"));
    m_pending =
        m_db.insertPhysicalMechanic(QStringLiteral("Not yet signed"), 0, QStringLiteral("licensed_mobile"));
    QVERIFY(m_a && m_renter && m_member && m_pending);
    m_rent = m_db.insertPartnership(m_a, m_renter, QStringLiteral("bay_rental"), 0);
    m_membership = m_db.insertPartnership(m_a, m_member, QStringLiteral("membership"), 1000);
    m_unsigned = m_db.insertPartnership(m_a, m_pending, QStringLiteral("membership"), 1000, false);
    QVERIFY(m_rent && m_membership && m_unsigned);
    m_bayRent = bay(QStringLiteral("Lift 1"));
    m_bayMember = bay(QStringLiteral("Lift 2"));
    QVERIFY(m_bayRent && m_bayMember);

    QVERIFY(
        m_db.connectAs(QStringLiteral("finance"), QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    QVERIFY(m_db.connectAs(QStringLiteral("service"), QStringLiteral("adesk_platform_service"),
                           QStringLiteral("Platform backend")));
    QVERIFY(m_db.connectAs(QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner"),
                           QStringLiteral("Owner A"), {m_a}));
}

void TstCharges::cleanupTestCase() {
    for (const char *who : {"finance", "service", "owner"})
        TestDatabase::closeConnection(QString::fromLatin1(who));
}

// phase3 "Bay rental: mechanic pays fixed fee": March 2025, 3 h one day ($75), 8 h another (capped at
// the $150 day rate), a cancelled and a requested booking (not billed). The job itself pays the
// agreement's platform fee and the mechanic keeps the rest (tst_money_path); here, its charge.
void TstCharges::bayRentalJobAndItsMonthlyCharge() {
    QVERIFY(book(m_bayRent, m_renter, QDateTime(QDate(2025, 3, 4), QTime(9, 0)), 180,
                 QStringLiteral("completed")));
    QVERIFY(book(m_bayRent, m_renter, QDateTime(QDate(2025, 3, 5), QTime(8, 0)), 480,
                 QStringLiteral("completed")));
    QVERIFY(book(m_bayRent, m_renter, QDateTime(QDate(2025, 3, 6), QTime(8, 0)), 480,
                 QStringLiteral("cancelled")));
    QVERIFY(book(m_bayRent, m_renter, QDateTime(QDate(2025, 3, 7), QTime(8, 0)), 480,
                 QStringLiteral("requested")));
    const auto r = run(QStringLiteral("finance"), QDate(2025, 3, 1));
    ADESK_VERIFY_SQL(r);
    QCOMPARE(chargeOf(r, m_rent), std::pair(qint64(7500 + 15000), true));
    const auto rows =
        m_db.run(QStringLiteral("SELECT party, amount_cents, basis, agreement_id IS NOT NULL FROM "
                                "desk.earnings_ledger WHERE event_type = 'bay_rental' AND "
                                "partnership_id = ? ORDER BY party"),
                 {m_rent});
    ADESK_VERIFY_SQL(rows);
    QCOMPARE(rows.rows.size(), 2);
    QCOMPARE(rows.rows[0][0].toString(), QStringLiteral("mechanic"));
    QCOMPARE(rows.rows[0][1].toLongLong(), -22500);
    QCOMPARE(rows.rows[1][1].toLongLong(), 22500);
    QCOMPARE(rows.rows[1][2].toString(), QStringLiteral("charge"));
    QVERIFY(rows.rows[1][3].toBool());
    // The unsigned agreement's partnership is not billed.
    QCOMPARE(chargeOf(r, m_unsigned).first, -1);
}

// phase3 "Membership: monthly fee + revenue share": 12 h in April against 10 included → 2 h × $20.
void TstCharges::membershipWithIncludedHoursAndOverage() {
    for (int day = 1; day <= 3; ++day)
        QVERIFY(book(m_bayMember, m_member, QDateTime(QDate(2025, 4, day), QTime(8, 0)), 240,
                     QStringLiteral("completed")));
    const auto r = run(QStringLiteral("service"), QDate(2025, 4, 1));
    ADESK_VERIFY_SQL(r);
    QCOMPARE(chargeOf(r, m_membership), std::pair(qint64(29900 + 4000), true));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT overage_cents FROM desk.membership_fees WHERE partnership_id = ? AND "
                             "period = '2025-04-01'"),
                         {m_membership})
                 .toLongLong(),
             4000);
    // A month without bookings: the fee alone; the bay renter, nothing.
    const auto may = run(QStringLiteral("finance"), QDate(2025, 5, 1));
    QCOMPARE(chargeOf(may, m_membership), std::pair(qint64(29900), true));
    QCOMPARE(chargeOf(may, m_rent), std::pair(qint64(0), true));
}

void TstCharges::runTwiceBillsOnce() {
    const qint64 before =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    const auto again = run(QStringLiteral("finance"), QDate(2025, 3, 1));
    ADESK_VERIFY_SQL(again);
    QCOMPARE(chargeOf(again, m_rent), std::pair(qint64(22500), false));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong(), before);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_rental_charges WHERE partnership_id = ?"),
                    {m_rent})
            .toLongLong(),
        1);
}

void TstCharges::onlyEndedMonthsAndAllowedCallers() {
    const QDate thisMonth =
        m_db.scalar(QStringLiteral("SELECT date_trunc('month', desk.toronto_today())::date")).toDate();
    QCOMPARE(run(QStringLiteral("finance"), thisMonth).sqlState(), QStringLiteral("22023"));
    QCOMPARE(run(QStringLiteral("finance"), QDate(2025, 3, 15)).sqlState(), QStringLiteral("22023"));
    QCOMPARE(run(QStringLiteral("owner"), QDate(2025, 6, 1)).sqlState(), QStringLiteral("42501"));
    // The runs' lock rows are the owner's alone.
    QCOMPARE(TestDatabase::run(conn(QStringLiteral("finance")),
                               QStringLiteral("SELECT count(*) FROM desk.partnership_charge_runs"))
                 .sqlState(),
             QStringLiteral("42501"));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.membership_fees WHERE period = '2025-06-01'"))
            .toLongLong(),
        0);
}

void TstCharges::financeVoidsAChargeWithAReason() {
    const qint64 charge =
        m_db.scalar(
                QStringLiteral("SELECT id FROM desk.bay_rental_charges WHERE partnership_id = ? AND period = "
                               "'2025-03-01'"),
                {m_rent})
            .toLongLong();
    QVERIFY(charge);
    const auto voidAs = [&](const QString &who, const QString &reason) {
        return TestDatabase::run(conn(who),
                                 QStringLiteral("SELECT desk.void_partnership_charge('bay_rental', ?, ?)"),
                                 {charge, reason});
    };
    QCOMPARE(voidAs(QStringLiteral("owner"), QStringLiteral("mine")).sqlState(), QStringLiteral("42501"));
    QCOMPARE(voidAs(QStringLiteral("finance"), QStringLiteral("  ")).sqlState(), QStringLiteral("22023"));
    const auto voided = voidAs(QStringLiteral("finance"), QStringLiteral("bay out of service on the 5th"));
    ADESK_VERIFY_SQL(voided);
    QCOMPARE(voided.scalar().toInt(), 2);
    QCOMPARE(voidAs(QStringLiteral("finance"), QStringLiteral("retry")).scalar().toInt(), 0);
    // Reversal rows, never an edit: the charge's rows are unchanged, the event nets to zero.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'bay_rental' "
                             "AND event_id = ? AND entry_type <> 'reversal' AND abs(amount_cents) = 22500"),
                         {charge})
                 .toLongLong(),
             2);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FILTER (WHERE party = 'workshop') FROM "
                                   "desk.earnings_ledger WHERE event_type = 'bay_rental' AND event_id = ?"),
                    {charge})
            .toLongLong(),
        0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT detail->>'reason' FROM desk.audit_log WHERE action = "
                                        "'ledger_event_reversed' AND row_id = ?"),
                         {charge})
                 .toString(),
             QStringLiteral("bay out of service on the 5th"));
    // The owner's per-partnership view shows the charge voided.
    const auto view =
        TestDatabase::run(conn(QStringLiteral("owner")),
                          QStringLiteral("SELECT charges_cents FROM desk.partnership_earnings(?, ?) "
                                         "WHERE partnership_id = ?"),
                          {QDate(2025, 1, 1), QDate(2030, 1, 1), m_rent});
    ADESK_VERIFY_SQL(view);
    QCOMPARE(view.scalar().toLongLong(), 0);
    // A voided month is not billed again by a new run.
    QCOMPARE(chargeOf(run(QStringLiteral("finance"), QDate(2025, 3, 1)), m_rent).second, false);
}

void TstCharges::randomBookingsShuffledMonthsExact() {
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    const QString why = QStringLiteral("seed %1").arg(seed);
    QList<QDate> months;
    for (int m = 7; m <= 12; ++m)
        months.append(QDate(2025, m, 1));
    QHash<QDate, QMap<QDate, int>> rentDays;
    QHash<QDate, int> memberMinutes;
    for (const QDate &month : std::as_const(months)) {
        for (int day = 1; day <= month.daysInMonth(); ++day) {
            const QDate date(month.year(), month.month(), day);
            // Renter: up to two bookings a day (morning and evening), 15 to 600 minutes.
            for (int slot = 0; slot < 2; ++slot) {
                if (rng.bounded(3) != 0)
                    continue;
                const int minutes = 15 * (1 + int(rng.bounded(slot == 0 ? 40 : 16)));
                const QString status =
                    rng.bounded(5) == 0 ? QStringLiteral("cancelled") : QStringLiteral("completed");
                QVERIFY2(
                    book(m_bayRent, m_renter, QDateTime(date, QTime(slot == 0 ? 0 : 12, 5)), minutes, status),
                    qPrintable(why));
                if (status == u"completed")
                    rentDays[month][date] += minutes;
            }
            if (rng.bounded(4) == 0) {
                const int minutes = 15 * (1 + int(rng.bounded(24)));
                QVERIFY2(book(m_bayMember, m_member, QDateTime(date, QTime(7, 0)), minutes,
                              QStringLiteral("no_show")),
                         qPrintable(why));
                memberMinutes[month] += minutes;
            }
        }
    }
    std::shuffle(months.begin(), months.end(), rng);
    qint64 expectedTotal = 0, chargedTotal = 0;
    for (const QDate &month : std::as_const(months)) {
        const auto r = run(QStringLiteral("finance"), month);
        ADESK_VERIFY_SQL(r);
        const qint64 rental = expectedRental(rentDays.value(month));
        const qint64 membership = expectedMembership(memberMinutes.value(month));
        QVERIFY2(chargeOf(r, m_rent) == std::pair(rental, true), qPrintable(why + u' ' + month.toString()));
        QVERIFY2(chargeOf(r, m_membership) == std::pair(membership, true),
                 qPrintable(why + u' ' + month.toString()));
        expectedTotal += rental + membership;
        for (const QVariantList &row : r.rows)
            chargedTotal += row[3].toLongLong();
    }
    QCOMPARE(chargedTotal, expectedTotal);
    // Every charge moves exactly its amount: rows sum to zero, the workshop's row is the charge.
    QCOMPARE(
        m_db
            .scalar(QStringLiteral(
                "SELECT count(*) FROM (SELECT l.event_type, l.event_id, sum(l.amount_cents) AS total, "
                "sum(l.amount_cents) FILTER (WHERE l.party = 'workshop') AS payee, max(l.gross_cents) AS "
                "gross FROM desk.earnings_ledger l WHERE l.event_type IN ('bay_rental', 'membership') "
                "AND l.entry_type <> 'reversal' GROUP BY 1, 2) x WHERE total <> 0 OR payee <> gross"))
            .toLongLong(),
        0);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT coalesce(sum(amount_cents), 0) FROM desk.earnings_ledger WHERE "
                             "party = 'workshop' AND entry_type <> 'reversal' AND period >= '2025-07-01' "
                             "AND period < '2026-01-01' AND event_type IN ('bay_rental', 'membership')"))
                 .toLongLong(),
             expectedTotal);
    // Reconciliation finds nothing to say about those months.
    for (const QDate &month : std::as_const(months))
        QCOMPARE(TestDatabase::run(conn(QStringLiteral("finance")),
                                   QStringLiteral("SELECT count(*) FROM desk.earnings_differences(?)"),
                                   {month})
                     .scalar()
                     .toLongLong(),
                 0);
}

QTEST_GUILESS_MAIN(TstCharges)
#include "tst_charges.moc"
