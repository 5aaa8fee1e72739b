// The ledger's one way in against a hostile client (issue 9, issue 12): the client never computes
// the rows it posts (no login may insert ledger rows or call the functions that write them; the
// database's split does it in desk.record_session_earnings / record_escalation_earnings); the same
// event posted by several finance and platform logins at once, or from a REPEATABLE READ snapshot
// taken before the first posting, is one posting; a reversal is its own entry type
// (desk.reverse_ledger_event, desk.void_partnership_charge for a monthly charge), once per event,
// and nets to zero in payouts, box 048 and reconciliation.

#include "models/earnings/earningsrepository.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>
#include <QThread>

#include <barrier>
#include <latch>
#include <memory>
#include <vector>

using namespace adesk;

class TstLedgerPosting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientsWriteNoRows();
    void concurrentPostersGiveOnePosting();
    void staleSnapshotGivesOnePosting();
    void reversalIsItsOwnEntryType();
    void voidedChargeNetsToZero();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    qint64 session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop = 0) {
        return m_db
            .scalar(QStringLiteral(
                        "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                        "completed_at) VALUES (?, ?, ?, ?, '2025-06-10 12:00 America/Toronto') "
                        "RETURNING id"),
                    {type, cents, mechanic,
                     workshop ? QVariant(workshop) : QVariant(QMetaType::fromType<qlonglong>())})
            .toLongLong();
    }
    qint64 rows(const QString &eventType, qint64 eventId) {
        return m_db
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = ? AND event_id = ?"),
                    {eventType, eventId})
            .toLongLong();
    }

    TestDatabase m_db;
    qint64 m_a = 0, m_mechA = 0, m_ind = 0, m_refunded = 0, m_renter = 0;
    QString m_finRole, m_svcRole;
    QSqlDatabase m_finance;
};

void TstLedgerPosting::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    m_mechA = m_db.insertMechanic(QStringLiteral("Mechanic A"), m_a);
    m_ind = m_db.insertMechanic(QStringLiteral("Independent"));
    m_refunded = m_db.insertMechanic(QStringLiteral("Refunded Customer's Mechanic"));
    m_renter = m_db.insertMechanic(QStringLiteral("Renter"));
    QVERIFY(m_a && m_mechA && m_ind && m_refunded && m_renter);
    QVERIFY(m_db.allowPhysicalWork(m_mechA) &&
            m_db.allowPhysicalWork(m_renter, QStringLiteral("licensed_mobile")));

    m_finRole = m_db.roleName(QStringLiteral("fin"));
    m_svcRole = m_db.roleName(QStringLiteral("svc"));
    QVERIFY(m_db.createLogin(m_finRole, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("fin2")), QStringLiteral("adesk_finance"),
                             QStringLiteral("Fin Two")));
    QVERIFY(m_db.createLogin(m_svcRole, QStringLiteral("adesk_platform_service"), QStringLiteral("Backend")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("own")), QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner A"), {m_a}));
    for (const auto &[who, role] : {std::pair{QStringLiteral("finance"), QStringLiteral("fin")},
                                    std::pair{QStringLiteral("finance2"), QStringLiteral("fin2")},
                                    std::pair{QStringLiteral("service"), QStringLiteral("svc")},
                                    std::pair{QStringLiteral("owner"), QStringLiteral("own")}})
        QVERIFY2(TestDatabase::openConnection(m_db.login(m_db.roleName(role)), who).isOpen(),
                 qPrintable(who));
    m_finance = conn(QStringLiteral("finance"));
}

void TstLedgerPosting::cleanupTestCase() {
    m_finance = QSqlDatabase();
    for (const char *who : {"finance", "finance2", "service", "owner"})
        TestDatabase::closeConnection(QString::fromLatin1(who));
}

// The issue-9 attack (parts that add up but pay an unrelated party) has nowhere to go: no login
// writes ledger rows, and the functions that compute and write them are the owner's.
void TstLedgerPosting::clientsWriteNoRows() {
    const qint64 s = session(QStringLiteral("video"), 10000, m_ind);
    for (const char *who : {"finance", "service", "owner"}) {
        QSqlDatabase c = conn(QString::fromLatin1(who));
        const auto insert = TestDatabase::run(
            c,
            QStringLiteral(
                "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, entry_type, party, mechanic_id, gross_cents, amount_cents) VALUES "
                "('session', ?, now(), '2025-06-01', 'virtual', 'virtual', 'mechanic_share', "
                "'mechanic', ?, 10000, 10500)"),
            {s, m_ind});
        QCOMPARE(insert.sqlState(), QStringLiteral("42501"));
        for (const QString &internal :
             {QStringLiteral("SELECT desk.write_event_rows('session', %1, now(), 'virtual', 10000, NULL, %2, "
                             "NULL, NULL, NULL, NULL, NULL, NULL)")
                  .arg(s)
                  .arg(m_ind),
              QStringLiteral(
                  "SELECT * FROM desk.revenue_split_core(10000, '[]', 'mechanic_share', 'mechanic', "
                  "NULL, %1, NULL, 'rest', 'x')")
                  .arg(m_ind)}) {
            const auto r = TestDatabase::run(c, internal);
            QVERIFY2(r.sqlState() == u"42501", qPrintable(QString::fromLatin1(who) + u' ' + r.describe()));
        }
    }
    QCOMPARE(rows(QStringLiteral("session"), s), 0);
    // Through the one way in: the session's own mechanic, the rule's percentage.
    const Result<Posting> posted = EarningsRepository::recordEarnings(m_finance, EventType::Session, s);
    QVERIFY2(posted.ok(), qPrintable(posted.error().serverMessage));
    for (const PostingLine &l : posted->rows)
        QCOMPARE(l.mechanicId, m_ind);
    QCOMPARE(rows(QStringLiteral("session"), s), 2);
}

// Eight logins (finance and the platform's backend) post the same session at the same moment: one
// posting, and every caller gets its rows.
void TstLedgerPosting::concurrentPostersGiveOnePosting() {
    const qint64 s = session(QStringLiteral("workshop_visit"), 12345, m_mechA, m_a);
    constexpr int kPosters = 8;
    struct Outcome {
        bool ok = false;
        bool already = false;
        QList<qint64> amounts;
        QString error;
    };
    std::vector<Outcome> outcomes(kPosters);
    std::latch connected(kPosters);
    std::barrier start(kPosters);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int k = 0; k < kPosters; ++k) {
        const ConnectionSettings settings = m_db.login(k % 2 ? m_svcRole : m_finRole);
        Outcome *out = &outcomes[size_t(k)];
        threads.emplace_back(QThread::create([=, &connected, &start] {
            const QString name = QStringLiteral("tst_ledger_posting_%1").arg(k);
            {
                QSqlDatabase db = TestDatabase::openConnection(settings, name);
                connected.count_down();
                start.arrive_and_wait();
                if (!db.isOpen()) {
                    out->error = db.lastError().text();
                } else {
                    const Result<Posting> r = EarningsRepository::recordEarnings(db, EventType::Session, s);
                    out->ok = r.ok();
                    if (r.ok()) {
                        out->already = r->already;
                        for (const PostingLine &l : r->rows)
                            out->amounts << l.amountCents;
                    } else {
                        out->error = r.error().sqlState + u' ' + r.error().serverMessage;
                    }
                }
            }
            TestDatabase::closeConnection(name);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(120000)));
    int first = 0;
    for (const Outcome &o : outcomes) {
        QVERIFY2(o.ok, qPrintable(o.error));
        first += o.already ? 0 : 1;
        QCOMPARE(o.amounts, outcomes.front().amounts);
    }
    QCOMPARE(first, 1);
    QCOMPARE(rows(QStringLiteral("session"), s), 2);
    QCOMPARE(outcomes.front().amounts, (QList<qint64>{2469, 9876})); // 20 % fee, workshop 80 %
}

// A poster whose REPEATABLE READ snapshot predates the first posting cannot see it: the database
// still makes it one posting (the second call waits on the event's lock, then returns the first
// posting or is told to retry; it never writes rows).
void TstLedgerPosting::staleSnapshotGivesOnePosting() {
    const qint64 t = session(QStringLiteral("video"), 10000, m_ind);
    QSqlDatabase late = conn(QStringLiteral("finance2"));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("SELECT count(*) FROM desk.sessions")));
    QVERIFY(EarningsRepository::recordEarnings(m_finance, EventType::Session, t).ok());
    const Result<Posting> twice = EarningsRepository::recordEarnings(late, EventType::Session, t);
    TestDatabase::run(late, twice.ok() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (twice.ok()) {
        QVERIFY2(twice->already, "a stale snapshot posted the event a second time");
    } else {
        // Migration 0011 as merged answers 23505 (ledger_postings_pkey) here: the duplicate is caught,
        // but as "already exists" instead of "retry" (40001), after which the retry returns the first
        // posting. Reported to the lead; remove this line when record_*_earnings map it to 40001.
        QEXPECT_FAIL("", "0011: a stale REPEATABLE READ poster gets 23505, not 40001", Continue);
        QCOMPARE(twice.error().sqlState, QStringLiteral("40001"));
    }
    QCOMPARE(rows(QStringLiteral("session"), t), 2);
    // The retry the app makes after 40001 returns the first posting.
    const Result<Posting> retry = EarningsRepository::recordEarnings(late, EventType::Session, t);
    QVERIFY(retry.ok() && retry->already);
}

void TstLedgerPosting::reversalIsItsOwnEntryType() {
    const qint64 s = session(QStringLiteral("video"), 10000, m_refunded);
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    QVERIFY(EarningsRepository::recordEarnings(fin, EventType::Session, s).ok());
    const QString reverse = QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, ?)");

    QCOMPARE(
        TestDatabase::run(conn(QStringLiteral("owner")), reverse, {s, QStringLiteral("refund")}).sqlState(),
        QStringLiteral("42501"));
    QCOMPARE(TestDatabase::run(fin, reverse, {s, QStringLiteral(" ")}).sqlState(), QStringLiteral("22023"));
    const qint64 never = session(QStringLiteral("video"), 10000, m_refunded);
    QCOMPARE(TestDatabase::run(fin, reverse, {never, QStringLiteral("refund")}).sqlState(),
             QStringLiteral("P0002"));

    const auto reversed = TestDatabase::run(fin, reverse, {s, QStringLiteral("customer refunded")});
    ADESK_VERIFY_SQL(reversed);
    QCOMPARE(reversed.scalar().toInt(), 2);
    // One reversal row per posted row: same party, negated amount and GST/HST.
    const auto mirror = m_db.run(
        QStringLiteral(
            "SELECT count(*) FROM desk.earnings_ledger o JOIN desk.earnings_ledger r ON r.reverses_id = o.id "
            "WHERE o.event_type = 'session' AND o.event_id = ? AND r.entry_type = 'reversal' "
            "AND r.event_id = o.event_id AND r.party = o.party "
            "AND r.mechanic_id IS NOT DISTINCT FROM o.mechanic_id "
            "AND r.workshop_id IS NOT DISTINCT FROM o.workshop_id AND r.amount_cents = -o.amount_cents "
            "AND r.gst_hst_cents = -o.gst_hst_cents AND r.basis = o.basis AND o.entry_type <> 'reversal'"),
        {s});
    QCOMPARE(mirror.scalar().toInt(), 2);
    QCOMPARE(rows(QStringLiteral("session"), s), 4);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE event_type = "
                                   "'session' AND event_id = ?"),
                    {s})
            .toLongLong(),
        0);
    // Once; and the event stays posted: posting it again returns the first posting, adds nothing.
    QCOMPARE(TestDatabase::run(fin, reverse, {s, QStringLiteral("again")}).sqlState(),
             QStringLiteral("AD001"));
    const Result<Posting> again = EarningsRepository::recordEarnings(fin, EventType::Session, s);
    QVERIFY(again.ok() && again->already);
    QCOMPARE(again->rows.size(), 2); // the posting, not its reversal
    QCOMPARE(rows(QStringLiteral("session"), s), 4);

    // Payouts net the reversal against the posting, the HST charged on the fee included: nothing to pay.
    const QDate thisMonth =
        m_db.scalar(QStringLiteral("SELECT date_trunc('month', now() AT TIME ZONE 'America/Toronto')::date"))
            .toDate();
    QVERIFY(EarningsRepository::schedulePayouts(fin, RequestKey::create(), thisMonth).ok());
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.payouts WHERE mechanic_id = ?"), {m_refunded})
            .toLongLong(),
        0);
    // Box 048: the reversal cancels the share.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM desk.t4a_fee_rows "
                                        "WHERE payee_party = 'mechanic' AND payee_id = ?"),
                         {m_refunded})
                 .toLongLong(),
             0);
    // Reconciliation: the reversal rows are no difference.
    const auto differences = m_db.run(
        QStringLiteral("SELECT count(*) FROM (SELECT * FROM desk.earnings_differences(?::date) UNION ALL "
                       "SELECT * FROM desk.earnings_differences('2025-06-01')) d "
                       "WHERE d.event_id = ? AND d.cause <> 'payout_mismatch'"),
        {thisMonth, s});
    ADESK_VERIFY_SQL(differences);
    QCOMPARE(differences.scalar().toInt(), 0);
}

// A monthly bay-rental charge voided by finance (EarningsRepository::voidPartnershipCharge): reversal
// rows, a reason required, once, no fee in box 048, no difference in reconciliation.
void TstLedgerPosting::voidedChargeNetsToZero() {
    TestDatabase::ProgramTerms rent{QStringLiteral("bay_rental")};
    rent.bayRateHourCents = 3000;
    const qint64 partnership = m_db.insertPartnership(m_a, m_renter, rent);
    const qint64 bay = m_db.insertBay(m_a, QStringLiteral("Lift"));
    QVERIFY(partnership && bay);
    QVERIFY(m_db.insertPastBooking(bay, m_renter, QStringLiteral("2025-05-20 09:00 America/Toronto"), 90));
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const Result<QList<PartnershipCharge>> run =
        EarningsRepository::runPartnershipCharges(fin, QDate(2025, 5, 1));
    QVERIFY2(run.ok(), qPrintable(run.error().serverMessage));
    QCOMPARE(run->size(), 1);
    const PartnershipCharge charge = run->first();
    QCOMPARE(charge.amountCents, 4500); // 1.5 h × $30
    QCOMPARE(charge.kind, EventType::BayRental);
    QCOMPARE(charge.mechanicName, QStringLiteral("Renter"));
    QCOMPARE(charge.workshopName, QStringLiteral("Atelier A"));

    QSqlDatabase owner = conn(QStringLiteral("owner")), service = conn(QStringLiteral("service"));
    QCOMPARE(EarningsRepository::voidPartnershipCharge(owner, EventType::BayRental, charge.chargeId,
                                                       QStringLiteral("mine"))
                 .error()
                 .sqlState,
             QStringLiteral("42501"));
    QCOMPARE(EarningsRepository::voidPartnershipCharge(service, EventType::BayRental, charge.chargeId,
                                                       QStringLiteral("backend"))
                 .error()
                 .sqlState,
             QStringLiteral("42501"));
    QCOMPARE(EarningsRepository::voidPartnershipCharge(fin, EventType::BayRental, charge.chargeId,
                                                       QStringLiteral(" "))
                 .error()
                 .kind,
             DbError::Kind::Invalid);
    QCOMPARE(EarningsRepository::voidPartnershipCharge(fin, EventType::Membership, charge.chargeId,
                                                       QStringLiteral("wrong kind"))
                 .error()
                 .kind,
             DbError::Kind::NotFound);
    QCOMPARE(EarningsRepository::voidPartnershipCharge(fin, EventType::Session, charge.chargeId,
                                                       QStringLiteral("not a charge"))
                 .error()
                 .kind,
             DbError::Kind::Invalid);

    const Result<int> voided = EarningsRepository::voidPartnershipCharge(
        fin, EventType::BayRental, charge.chargeId, QStringLiteral("bay was not available"));
    QVERIFY2(voided.ok(), qPrintable(voided.error().serverMessage));
    QCOMPARE(voided.value(), 2);
    const Result<int> twice = EarningsRepository::voidPartnershipCharge(
        fin, EventType::BayRental, charge.chargeId, QStringLiteral("again"));
    QVERIFY(twice.ok());
    QCOMPARE(twice.value(), 0);
    QCOMPARE(rows(QStringLiteral("bay_rental"), charge.chargeId), 4);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FILTER (WHERE party = 'mechanic') FROM "
                                   "desk.earnings_ledger WHERE event_type = 'bay_rental' AND event_id = ?"),
                    {charge.chargeId})
            .toLongLong(),
        0);
    // The charge row itself is never edited.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT amount_cents FROM desk.bay_rental_charges WHERE id = ?"),
                         {charge.chargeId})
                 .toLongLong(),
             4500);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.t4a_fee_rows f JOIN desk.earnings_ledger l "
                             "ON l.id = f.ledger_id WHERE l.event_type = 'bay_rental' AND l.event_id = ?"),
                         {charge.chargeId})
                 .toLongLong(),
             0);
    const auto differences = m_db.run(
        QStringLiteral("SELECT count(*) FROM desk.earnings_differences('2025-05-01') d WHERE d.event_id = ? "
                       "AND d.cause <> 'payout_mismatch'"),
        {charge.chargeId});
    ADESK_VERIFY_SQL(differences);
    QCOMPARE(differences.scalar().toInt(), 0);
    // The month's run does not bill it again.
    const Result<QList<PartnershipCharge>> rerun =
        EarningsRepository::runPartnershipCharges(fin, QDate(2025, 5, 1));
    QVERIFY(rerun.ok() && rerun->size() == 1 && !rerun->first().created);
}

QTEST_GUILESS_MAIN(TstLedgerPosting)
#include "tst_ledger_posting.moc"
