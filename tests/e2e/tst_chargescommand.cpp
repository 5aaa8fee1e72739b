// `autodoctor-desk charges --month YYYY-MM` against a real PostgreSQL: the month's bay-rental charge
// from the partner's bookings (hourly rate, capped per day by the day rate) and the membership fee
// with its overage beyond the included hours, one line per charge billed and a total; a second run
// bills nothing new and says so; bad arguments, a month not ended and a login that may not bill are
// refused. Once through ChargesCommand::run (the output read back), once through the executable (the
// command as registered in batchCommands()).

#include "app/earnings/chargescommand.h"
#include "models/common/money.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

#ifndef ADESK_EXECUTABLE
#error "ADESK_EXECUTABLE must be defined (path of autodoctor-desk)"
#endif

using namespace adesk;

class TstChargesCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void billsTheMonthOnceWithATotal();
    void refusesBadArgumentsAndLogins();
    void executableRunsTheCommand();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QString &role, const QStringList &args) {
        BatchContext ctx;
        ctx.connection = m_db.login(role);
        ctx.args = args;
        Run r;
        QTextStream out(&r.out), err(&r.err);
        r.code = ChargesCommand::run(ctx, out, err);
        return r;
    }
    qint64 ledgerRows(const QString &eventType) {
        return m_db
            .scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = ?"),
                    {eventType})
            .toLongLong();
    }

    TestDatabase m_db;
    QString m_fin, m_owner;
    qint64 m_rent = 0, m_member = 0;
};

void TstChargesCommand::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    const qint64 workshop = m_db.insertWorkshop(QStringLiteral("Garage Charges"), QStringLiteral("ON"));
    const qint64 renter =
        m_db.insertPhysicalMechanic(QStringLiteral("Rita Renter"), 0, QStringLiteral("licensed_mobile"));
    const qint64 member =
        m_db.insertPhysicalMechanic(QStringLiteral("Mo Member"), 0, QStringLiteral("licensed_mobile"));
    QVERIFY(workshop && renter && member);
    // $25/h capped at $150 a day; $299 a month with 10 bay-hours included, $20/h beyond.
    m_rent = m_db.insertPartnership(workshop, renter, QStringLiteral("bay_rental"), 0);
    m_member = m_db.insertPartnership(workshop, member, QStringLiteral("membership"), 1000);
    QVERIFY(m_rent && m_member);
    // A bay-rental partner who booked nothing: run, nothing billed, no line.
    const qint64 idle =
        m_db.insertPhysicalMechanic(QStringLiteral("Ida Idle"), 0, QStringLiteral("licensed_mobile"));
    QVERIFY(idle && m_db.insertPartnership(workshop, idle, QStringLiteral("bay_rental"), 0));
    const qint64 bay1 = m_db.insertBay(workshop, QStringLiteral("Bay 1"));
    const qint64 bay2 = m_db.insertBay(workshop, QStringLiteral("Bay 2"));
    QVERIFY(bay1 && bay2);
    // June: the renter 3 h one day ($75) and 8 h another (capped at the $150 day rate), a cancelled
    // booking (not billed); the member 12 h (2 h beyond the 10 included, at $20).
    QVERIFY(m_db.insertPastBooking(bay1, renter, QStringLiteral("2025-06-03 08:00 America/Toronto"), 180));
    QVERIFY(m_db.insertPastBooking(bay1, renter, QStringLiteral("2025-06-04 08:00 America/Toronto"), 480));
    QVERIFY(m_db.insertPastBooking(bay1, renter, QStringLiteral("2025-06-05 08:00 America/Toronto"), 480,
                                   QStringLiteral("cancelled")));
    QVERIFY(m_db.insertPastBooking(bay2, member, QStringLiteral("2025-06-10 08:00 America/Toronto"), 360));
    QVERIFY(m_db.insertPastBooking(bay2, member, QStringLiteral("2025-06-11 08:00 America/Toronto"), 360));
    // July: the renter 1 h.
    QVERIFY(m_db.insertPastBooking(bay1, renter, QStringLiteral("2025-07-02 09:00 America/Toronto"), 60));

    m_fin = m_db.roleName(QStringLiteral("fin"));
    m_owner = m_db.roleName(QStringLiteral("own"));
    QVERIFY(m_db.createLogin(m_fin, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(m_owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner"),
                             {workshop}));
}

void TstChargesCommand::billsTheMonthOnceWithATotal() {
    const Run first = run(m_fin, {QStringLiteral("--month"), QStringLiteral("2025-06")});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QStringList lines = first.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(!first.out.contains(QStringLiteral("Ida Idle")), qPrintable(first.out));
    const qint64 rentCents = 7500 + 15000, memberCents = 29900 + 4000;
    QVERIFY2(lines[0].contains(QStringLiteral("partnership %1").arg(m_rent)) &&
                 lines[0].contains(QStringLiteral("Rita Renter at Garage Charges")) &&
                 lines[0].contains(QStringLiteral("bay rental")) &&
                 lines[0].contains(Money::fromCents(rentCents).toString()) &&
                 lines[0].contains(QStringLiteral("11:00 h")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QStringLiteral("partnership %1").arg(m_member)) &&
                 lines[1].contains(QStringLiteral("membership")) &&
                 lines[1].contains(Money::fromCents(memberCents).toString()) &&
                 lines[1].contains(QStringLiteral("12:00 h")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral("2025-06: 2 charge(s) billed, total %1")
                                   .arg(Money::fromCents(rentCents + memberCents).toString())),
             qPrintable(lines[2]));
    QVERIFY(first.err.isEmpty());
    // In the ledger: each charge moves its amount from the mechanic to the workshop, under its
    // partnership and agreement.
    QCOMPARE(ledgerRows(QStringLiteral("bay_rental")), 2);
    QCOMPARE(ledgerRows(QStringLiteral("membership")), 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE "
                                        "partnership_id = ? AND party = 'workshop' AND basis = 'charge' "
                                        "AND agreement_id IS NOT NULL"),
                         {m_rent})
                 .toLongLong(),
             rentCents);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT overage_cents FROM desk.membership_fees WHERE partnership_id = ?"),
                    {m_member})
            .toLongLong(),
        4000);

    // Again: nothing new, and it says what earlier runs billed.
    const Run second = run(m_fin, {QStringLiteral("--month"), QStringLiteral("2025-06")});
    QCOMPARE(second.code, 0);
    QCOMPARE(
        second.out.trimmed(),
        QStringLiteral("charges: 2025-06: nothing new was billed (2 charge(s) billed by earlier runs, %1)")
            .arg(Money::fromCents(rentCents + memberCents).toString()));
    QCOMPARE(ledgerRows(QStringLiteral("bay_rental")), 2);
    QCOMPARE(ledgerRows(QStringLiteral("membership")), 2);
}

void TstChargesCommand::refusesBadArgumentsAndLogins() {
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("--month")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2025-6")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2025-13")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2025-06"), QStringLiteral("--out")}}) {
        const Run r = run(m_fin, args);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
    // This month has not ended: nothing is billed.
    const QString thisMonth =
        m_db.scalar(QStringLiteral("SELECT to_char(desk.toronto_today(), 'YYYY-MM')")).toString();
    const Run early = run(m_fin, {QStringLiteral("--month"), thisMonth});
    QCOMPARE(early.code, 1);
    QVERIFY2(early.err.contains(QStringLiteral("has not")), qPrintable(early.err));
    // An owner may not bill (a plain sentence, not the server's text alone).
    const Run owner = run(m_owner, {QStringLiteral("--month"), QStringLiteral("2025-05")});
    QCOMPARE(owner.code, 1);
    QVERIFY2(owner.err.contains(QStringLiteral("not allowed")), qPrintable(owner.err));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.membership_fees WHERE period = '2025-05-01'"))
            .toLongLong(),
        0);
}

void TstChargesCommand::executableRunsTheCommand() {
    const ConnectionSettings login = m_db.login(m_fin);
    auto exe = [&](const QString &month) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), login.password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ADESK_EXECUTABLE),
                {QStringLiteral("--db"), login.conninfo, QStringLiteral("charges"), QStringLiteral("--month"),
                 month});
        if (!p.waitForFinished(60000))
            return std::pair{-1, QString()};
        return std::pair{p.exitCode(),
                         QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    const auto [code, out] = exe(QStringLiteral("2025-07"));
    QVERIFY2(code == 0, qPrintable(out));
    // $25 for the renter's hour, $299 for the membership (the executable formats in its own locale).
    // The executable loads its English catalogue: the plural reads "2 charges".
    QVERIFY2(out.contains(QStringLiteral("2025-07: 2 charges billed, total")) && out.contains(u"324"),
             qPrintable(out));
    const auto [again, said] = exe(QStringLiteral("2025-07"));
    QCOMPARE(again, 0);
    QVERIFY2(said.contains(QStringLiteral("nothing new was billed")), qPrintable(said));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.bay_rental_charges WHERE period = '2025-07-01'"))
                 .toLongLong(),
             1);
}

QTEST_GUILESS_MAIN(TstChargesCommand)
#include "tst_chargescommand.moc"
