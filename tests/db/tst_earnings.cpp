// Earnings against a real PostgreSQL: the ledger posted through the database's split
// (EarningsRepository::recordEarnings → desk.record_session_earnings / record_escalation_earnings,
// the month's partnership charges by desk.run_partnership_charges), refusals in plain words, RLS
// between two workshops, finance and an admin, payouts through the SECURITY DEFINER functions,
// reconciliation finding planted differences and finance posting the missing events, statement
// totals, the COPY export.

#include "models/earnings/earningsrepository.h"
#include "tests/support/postings.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <barrier>
#include <latch>
#include <memory>
#include <vector>

using namespace adesk;

class TstEarnings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void postedSplitsFollowTheSeeds();
    void postingTwiceGivesOnePosting();
    void concurrentPostersGiveOnePosting();
    void refusalsSayWhyInPlainWords();
    void rowLevelSecurity();
    void onlyFinancePostsAndPays();
    void payouts();
    void reconciliationFindsPlantedDifferences();
    void postMissingGoesOnPastARefusal();
    void statementsMatchTheLedger();
    void csvExportUsesCopy();
    void financeVoidsACharge();
    void totalsRollupMatchesTheLedger();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    qint64 scalarAs(const QString &who, const QString &sql, const QVariantList &binds = {}) {
        return TestDatabase::run(conn(who), sql, binds).scalar().toLongLong();
    }
    /// A completed session on 2025-06-10; @p partnership: a job under that partnership.
    qint64 session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop, qint64 referring = 0,
                   qint64 partnership = 0, const QString &status = QStringLiteral("completed")) {
        return m_db
            .scalar(QStringLiteral(
                        "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                        "referring_workshop_id, partnership_id, program_type, status, completed_at) "
                        "SELECT ?, ?, ?, ?, ?, p.id, v.program_type, ?, '2025-06-10 12:00 America/Toronto' "
                        "FROM (SELECT) x LEFT JOIN desk.partnerships p ON p.id = ? "
                        "LEFT JOIN desk.partnership_program_versions v ON v.id = p.program_version_id "
                        "RETURNING id"),
                    {type, cents, mechanic,
                     workshop ? QVariant(workshop) : QVariant(QMetaType(QMetaType::LongLong)),
                     referring ? QVariant(referring) : QVariant(QMetaType(QMetaType::LongLong)), status,
                     partnership ? QVariant(partnership) : QVariant(QMetaType(QMetaType::LongLong))})
            .toLongLong();
    }
    qint64 amountOf(const QString &eventType, qint64 eventId, const QString &entry) {
        return m_db
            .scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE event_type = ? "
                                   "AND event_id = ? AND entry_type = ?"),
                    {eventType, eventId, entry})
            .toLongLong();
    }

    TestDatabase m_db;
    qint64 m_a = 0, m_b = 0, m_mechA = 0, m_mechB = 0, m_ind = 0, m_indNs = 0;
    qint64 m_virtual = 0, m_workshopSession = 0, m_cross = 0, m_escalation = 0, m_rental = 0,
           m_membership = 0, m_share = 0, m_nsSession = 0;
    qint64 m_refusedVisit = 0, m_unposted = 0;
    qint64 m_rentPartnership = 0, m_sharePartnership = 0, m_memberPartnership = 0;
    const QDate m_june{2025, 6, 1};
};

void TstEarnings::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    m_b = m_db.insertWorkshop(QStringLiteral("Garage B"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_mechA =
        m_db.insertPhysicalMechanic(QStringLiteral("Mechanic A"), m_a, QStringLiteral("workshop_affiliated"));
    m_mechB = m_db.insertPhysicalMechanic(QStringLiteral("Mécanicien B"), m_b,
                                          QStringLiteral("workshop_affiliated"));
    // A licensed mobile mechanic (Ontario), partner of both workshops below.
    m_ind =
        m_db.insertPhysicalMechanic(QStringLiteral("Independent ON"), 0, QStringLiteral("licensed_mobile"));
    m_indNs = m_db.insertMechanic(QStringLiteral("Independent NS"));
    QVERIFY(m_a && m_b && m_mechA && m_mechB && m_ind && m_indNs);
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.mechanics SET province = 'NS', city = 'Halifax', postal_code = 'B3H 1Y6' "
                       "WHERE id = ?"),
        {m_indNs}));
    const QStringList who = {QStringLiteral("finance"), QStringLiteral("ownerA"), QStringLiteral("ownerB"),
                             QStringLiteral("admin")};
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("fin")), QStringLiteral("adesk_finance"),
                             QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("owna")), QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner A"), {m_a}));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("ownb")), QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner B"), {m_b}));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("svc")), QStringLiteral("adesk_platform_service"),
                             QStringLiteral("Platform backend")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("adm")), QStringLiteral("adesk_platform_admin"),
                             QStringLiteral("Admin")));
    const QStringList roles = {m_db.roleName(QStringLiteral("fin")), m_db.roleName(QStringLiteral("owna")),
                               m_db.roleName(QStringLiteral("ownb")), m_db.roleName(QStringLiteral("adm"))};
    for (int i = 0; i < who.size(); ++i)
        QVERIFY2(TestDatabase::openConnection(m_db.login(roles[i]), who[i]).isOpen(), qPrintable(who[i]));

    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET preferred_language = 'fr' WHERE id = ?"),
                      {m_mechB}));
    // The independent mechanic's partnerships ($25/h capped at $150 a day; $299 a month, 10 bay-hours
    // included): a bay rental at A, a revenue share (workshop 5 %) and a membership at B.
    m_rentPartnership = m_db.insertPartnership(m_a, m_ind, QStringLiteral("bay_rental"), 0);
    m_sharePartnership = m_db.insertPartnership(m_b, m_ind, QStringLiteral("revenue_share"), 500);
    m_memberPartnership = m_db.insertPartnership(m_b, m_ind, QStringLiteral("membership"), 1000);
    QVERIFY(m_rentPartnership && m_sharePartnership && m_memberPartnership);
    // Two hours in a bay at A in June: $50 of bay rental (2 h × $25, under the $150 day rate).
    const qint64 bay = m_db.insertBay(m_a, QStringLiteral("Bay 1"));
    QVERIFY(m_db.insertPastBooking(bay, m_ind, QStringLiteral("2025-06-13 08:00 America/Toronto"), 120));

    m_virtual = session(QStringLiteral("video"), 2500, m_ind, 0);
    m_workshopSession = session(QStringLiteral("workshop_visit"), 10000, m_mechA, m_a);
    m_cross = session(QStringLiteral("workshop_visit"), 10000, m_mechB, m_b, m_a);
    m_share = session(QStringLiteral("workshop_visit"), 40000, m_ind, m_b, 0, m_sharePartnership);
    m_nsSession =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                        "VALUES ('chat', 10000, ?, '2025-03-31 12:00 America/Toronto'), "
                        "('chat', 10000, ?, '2025-06-10 12:00 America/Toronto') RETURNING id"),
                    {m_indNs, m_indNs})
            .toLongLong();
    m_escalation =
        m_db.scalar(QStringLiteral("INSERT INTO desk.escalations (mechanic_id, workshop_id, "
                                   "repair_amount_cents, completed_at) "
                                   "VALUES (?, ?, 120000, '2025-06-12 10:00 America/Toronto') RETURNING id"),
                    {m_ind, m_a})
            .toLongLong();
    QVERIFY(m_virtual && m_workshopSession && m_cross && m_share && m_nsSession && m_escalation);

    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const QString refused = testing::postAll(m_db, fin);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    // June's charges: the bay rental at A from the booking, the membership fee at B (no bay used).
    const Result<QList<PartnershipCharge>> charges = EarningsRepository::runPartnershipCharges(fin, m_june);
    QVERIFY2(charges.ok(), qPrintable(charges.error().serverMessage));
    for (const PartnershipCharge &c : charges.value()) {
        QVERIFY(c.created);
        if (c.kind == EventType::BayRental) {
            QCOMPARE(c.partnershipId, m_rentPartnership);
            QCOMPARE(c.amountCents, 5000);
            QCOMPARE(c.minutesUsed, 120);
            m_rental = c.chargeId;
        } else {
            QCOMPARE(c.partnershipId, m_memberPartnership);
            QCOMPARE(c.amountCents, 29900);
            m_membership = c.chargeId;
        }
    }
    QVERIFY(m_rental && m_membership);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(DISTINCT (event_type, event_id)) FROM desk.earnings_ledger"))
            .toInt(),
        9);
}

void TstEarnings::cleanupTestCase() {
    for (const char *who : {"finance", "ownerA", "ownerB", "admin"})
        TestDatabase::closeConnection(QString::fromLatin1(who));
}

void TstEarnings::postedSplitsFollowTheSeeds() {
    QCOMPARE(amountOf(QStringLiteral("session"), m_virtual, QStringLiteral("platform_fee")), 375);
    QCOMPARE(amountOf(QStringLiteral("session"), m_virtual, QStringLiteral("mechanic_share")), 2125);
    QCOMPARE(amountOf(QStringLiteral("session"), m_workshopSession, QStringLiteral("platform_fee")), 2000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_workshopSession, QStringLiteral("workshop_share")), 8000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_cross, QStringLiteral("platform_fee")), 2000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_cross, QStringLiteral("referral_fee")), 1000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_cross, QStringLiteral("mechanic_share")), 7000);
    QCOMPARE(amountOf(QStringLiteral("escalation"), m_escalation, QStringLiteral("referral_fee")), 6000);
    QCOMPARE(amountOf(QStringLiteral("escalation"), m_escalation, QStringLiteral("workshop_share")), 114000);
    // The revenue-share job pays the agreement: the workshop's 20 % fee frozen into it, the
    // workshop's 5 %, the mechanic's 75 % ($400 → $300).
    QCOMPARE(amountOf(QStringLiteral("session"), m_share, QStringLiteral("platform_fee")), 8000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_share, QStringLiteral("workshop_share")), 2000);
    QCOMPARE(amountOf(QStringLiteral("session"), m_share, QStringLiteral("mechanic_share")), 30000);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ? AND partnership_id = ? AND basis = 'agreement'"),
                    {m_share, m_sharePartnership})
            .toInt(),
        3);
    QCOMPARE(amountOf(QStringLiteral("bay_rental"), m_rental, QStringLiteral("bay_rental_charge")),
             0); // −50 + 50
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT amount_cents FROM desk.earnings_ledger WHERE event_type = 'bay_rental' "
                             "AND party = 'mechanic'"))
                 .toLongLong(),
             -5000);
    // GST/HST on the fee by the payee's province and date: ON 13 %, NS 15 % then 14 %.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT gst_hst_cents FROM desk.earnings_ledger WHERE event_type = 'session' "
                             "AND event_id = ? AND party = 'platform'"),
                         {m_workshopSession})
                 .toLongLong(),
             260);
    const auto ns = m_db.run(
        QStringLiteral("SELECT gst_hst_bp, gst_hst_cents FROM desk.earnings_ledger WHERE mechanic_id = ? "
                       "AND party = 'platform' ORDER BY event_at"),
        {m_indNs});
    ADESK_VERIFY_SQL(ns);
    QCOMPARE(ns.rows.size(), 2);
    QCOMPARE(ns.rows[0][0].toInt(), 1500);
    QCOMPARE(ns.rows[0][1].toLongLong(), 225); // 15 % of $15
    QCOMPARE(ns.rows[1][0].toInt(), 1400);
    QCOMPARE(ns.rows[1][1].toLongLong(), 210);
    // Every split event sums to its gross.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM (SELECT event_type, event_id FROM desk.earnings_ledger "
                             "WHERE event_type IN ('session', 'escalation') GROUP BY 1, 2 "
                             "HAVING sum(amount_cents) <> max(gross_cents)) x"))
                 .toInt(),
             0);
}

void TstEarnings::postingTwiceGivesOnePosting() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const qint64 rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    const Result<Posting> again = EarningsRepository::recordEarnings(fin, EventType::Session, m_virtual);
    QVERIFY2(again.ok(), qPrintable(again.error().serverMessage));
    QVERIFY(again->already);
    QCOMPARE(again->eventType, EventType::Session);
    QCOMPARE(again->eventId, m_virtual);
    QCOMPARE(again->scenario, QStringLiteral("virtual"));
    // The first posting's rows, as the ledger holds them.
    QCOMPARE(again->rows.size(), 2);
    qint64 sum = 0;
    for (const PostingLine &l : again->rows) {
        sum += l.amountCents;
        if (l.entryType == EntryType::PlatformFee) {
            QCOMPARE(l.party, Party::Platform);
            QCOMPARE(l.amountCents, 375);
            QCOMPARE(l.shareBp, 1500);
            QCOMPARE(l.basis, QStringLiteral("rule"));
            QVERIFY(l.ruleId > 0);
            QCOMPARE(l.mechanicId, m_ind);
            QCOMPARE(l.gstHstCents, 49); // 13 % HST on $3.75, half up
        } else {
            QCOMPARE(l.entryType, EntryType::MechanicShare);
            QCOMPARE(l.basis, QStringLiteral("rest"));
        }
    }
    QCOMPARE(sum, 2500);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong(), rows);
    // An escalation too.
    const Result<Posting> escalation =
        EarningsRepository::recordEarnings(fin, EventType::Escalation, m_escalation);
    QVERIFY2(escalation.ok() && escalation->already, qPrintable(escalation.error().serverMessage));
    QCOMPARE(escalation->scenario, QStringLiteral("escalation_referral"));
    // A charge is never posted one by one: the month's charge run bills it.
    const Result<Posting> charge = EarningsRepository::recordEarnings(fin, EventType::BayRental, m_rental);
    QCOMPARE(charge.error().kind, DbError::Kind::Invalid);
    // The charge run again bills nothing new.
    const Result<QList<PartnershipCharge>> rerun = EarningsRepository::runPartnershipCharges(fin, m_june);
    QVERIFY(rerun.ok());
    QCOMPARE(rerun->size(), 2);
    for (const PartnershipCharge &c : rerun.value())
        QVERIFY(!c.created && (c.chargeId == m_rental || c.chargeId == m_membership));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong(), rows);
}

// Eight logins (finance and the platform's backend) post the same session at the same moment: one
// posting, and every caller gets its rows.
void TstEarnings::concurrentPostersGiveOnePosting() {
    // April (June's payouts and reconciliation are checked below), the NS mechanic's chat.
    const qint64 s = session(QStringLiteral("chat"), 12345, m_indNs, 0);
    QVERIFY(s && m_db.exec(QStringLiteral("UPDATE desk.sessions SET completed_at = '2025-04-10 12:00 "
                                          "America/Toronto' WHERE id = ?"),
                           {s}));
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
        const ConnectionSettings settings =
            m_db.login(m_db.roleName(k % 2 ? QStringLiteral("svc") : QStringLiteral("fin")));
        Outcome *out = &outcomes[size_t(k)];
        threads.emplace_back(QThread::create([=, &connected, &start] {
            const QString name = QStringLiteral("tst_earnings_poster_%1").arg(k);
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
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ?"),
                    {s})
            .toInt(),
        2);
    QCOMPARE(outcomes.front().amounts,
             (QList<qint64>{1852, 10493})); // 15 % fee (largest remainder), the rest
}

// AD002 / AD003 and the other refusals reach the user as sentences, never as raw server text alone.
void TstEarnings::refusalsSayWhyInPlainWords() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const qint64 cancelled =
        session(QStringLiteral("chat"), 2000, m_ind, 0, 0, 0, QStringLiteral("cancelled"));
    const Result<Posting> notCompleted =
        EarningsRepository::recordEarnings(fin, EventType::Session, cancelled);
    QCOMPARE(notCompleted.error().sqlState, QStringLiteral("AD002"));
    QCOMPARE(notCompleted.error().kind, DbError::Kind::NotCompleted);
    QVERIFY2(notCompleted.error().userMessage().contains(QStringLiteral("not completed")),
             qPrintable(notCompleted.error().userMessage()));
    // A workshop visit by a mechanic who is not allowed physical work: the rule is named.
    const qint64 virtualOnly = m_db.insertMechanic(QStringLiteral("Virtual Only"));
    const qint64 visit = session(QStringLiteral("workshop_visit"), 9000, virtualOnly, m_a);
    const Result<Posting> refused = EarningsRepository::recordEarnings(fin, EventType::Session, visit);
    QCOMPARE(refused.error().sqlState, QStringLiteral("AD003"));
    QCOMPARE(refused.error().kind, DbError::Kind::NotCompliant);
    const QString said = refused.error().userMessage();
    // The rule named by the catalogue's sentence (servererrors), with the values the server gave.
    QVERIFY2(said.contains(QStringLiteral("compliance rule")) &&
                 said.contains(QStringLiteral("not allowed physical work")),
             qPrintable(said));
    QVERIFY(!refused.error().serverMessage.isEmpty());
    QCOMPARE(DbError::kindForSqlState(QStringLiteral("AD002")), DbError::Kind::NotCompleted);
    QCOMPARE(DbError::kindForSqlState(QStringLiteral("AD003")), DbError::Kind::NotCompliant);
    const Result<Posting> missing = EarningsRepository::recordEarnings(fin, EventType::Escalation, 99999999);
    QCOMPARE(missing.error().kind, DbError::Kind::NotFound);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id IN (?, ?)"),
                    {cancelled, visit})
            .toInt(),
        0);
    // Left for reconciliation: the refused visit is a completed event missing from the ledger.
    m_refusedVisit = visit;
}

void TstEarnings::rowLevelSecurity() {
    const qint64 all = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    QCOMPARE(scalarAs(QStringLiteral("finance"), QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")),
             all);
    for (const auto &[who, mine, other] :
         {std::tuple{QStringLiteral("ownerA"), m_a, m_b}, std::tuple{QStringLiteral("ownerB"), m_b, m_a}}) {
        const qint64 expected =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE workshop_id = ?"),
                        {mine})
                .toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(scalarAs(who, QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")), expected);
        QCOMPARE(scalarAs(who,
                          QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE workshop_id = ?"),
                          {other}),
                 0);
        QCOMPARE(scalarAs(who, QStringLiteral(
                                   "SELECT count(*) FROM desk.earnings_ledger WHERE party = 'mechanic'")),
                 0);
        QCOMPARE(scalarAs(who,
                          QStringLiteral("SELECT count(*) FROM desk.sessions WHERE workshop_id = ? "
                                         "AND coalesce(referring_workshop_id, 0) <> ?"),
                          {other, mine}),
                 0);
    }
    // The cross-workshop session is visible to both: served by B, referred by A.
    QCOMPARE(scalarAs(QStringLiteral("ownerA"),
                      QStringLiteral("SELECT count(*) FROM desk.sessions WHERE id = ?"), {m_cross}),
             1);
    // Admins do not need earnings.
    const auto admin = TestDatabase::run(conn(QStringLiteral("admin")),
                                         QStringLiteral("SELECT count(*) FROM desk.earnings_ledger"));
    QCOMPARE(admin.sqlState(), QStringLiteral("42501"));
    // Nobody writes the ledger directly.
    for (const char *who : {"finance", "ownerA"}) {
        const auto w = TestDatabase::run(conn(QString::fromLatin1(who)),
                                         QStringLiteral("UPDATE desk.earnings_ledger SET amount_cents = 0"));
        QCOMPARE(w.sqlState(), QStringLiteral("42501"));
    }
}

void TstEarnings::onlyFinancePostsAndPays() {
    for (const char *who : {"ownerA", "admin"}) {
        QSqlDatabase c = conn(QString::fromLatin1(who));
        QCOMPARE(
            TestDatabase::run(c, QStringLiteral("SELECT desk.schedule_payouts('2025-06-01')")).sqlState(),
            QStringLiteral("42501"));
        QCOMPARE(
            TestDatabase::run(c, QStringLiteral("SELECT desk.record_session_earnings(?)"), {m_refusedVisit})
                .sqlState(),
            QStringLiteral("42501"));
        QCOMPARE(
            TestDatabase::run(c, QStringLiteral("SELECT * FROM desk.run_partnership_charges('2025-06-01')"))
                .sqlState(),
            QStringLiteral("42501"));
        QCOMPARE(
            EarningsRepository::voidPartnershipCharge(c, EventType::BayRental, m_rental, QStringLiteral("x"))
                .error()
                .sqlState,
            QStringLiteral("42501"));
    }
}

void TstEarnings::payouts() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    // Workshop A is owed its shares (workshop session, cross referral, escalation, rental) minus
    // the GST/HST on the fee charged to it.
    const qint64 owedA = 8000 - 260 + 1000 + 114000 + 5000;
    const Result<qint64> batch = EarningsRepository::schedulePayouts(fin, RequestKey::create(), m_june);
    QVERIFY2(batch.ok(), qPrintable(batch.error().serverMessage));
    const Result<QList<PayoutRow>> rows = EarningsRepository::payouts(fin, m_june);
    QVERIFY(rows.ok());
    const PayoutRow *a = nullptr, *b = nullptr;
    for (const PayoutRow &p : rows.value()) {
        if (p.party == Party::Workshop && p.payeeId == m_a)
            a = &p;
        if (p.party == Party::Workshop && p.payeeId == m_b)
            b = &p;
    }
    QVERIFY(a && b);
    QCOMPARE(a->amountCents, owedA);
    QCOMPARE(a->status, PayoutStatus::Scheduled);
    // The owner sees their own payout only.
    QCOMPARE(scalarAs(QStringLiteral("ownerA"), QStringLiteral("SELECT count(*) FROM desk.payouts")), 1);

    QVERIFY(EarningsRepository::markPayoutPaid(fin, RequestKey::create(), a->id, a->version,
                                               QStringLiteral("EFT-1"))
                .ok());
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE payout_id = ? AND "
                                   "payout_status = 'paid' "
                                   "AND payout_reference = 'EFT-1'"),
                    {a->id})
            .toInt(),
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE payout_id = ?"), {a->id})
            .toInt());
    const Result<int> stale = EarningsRepository::markPayoutFailed(fin, RequestKey::create(), b->id,
                                                                   b->version + 5, QStringLiteral("x"));
    QCOMPARE(stale.error().sqlState, QStringLiteral("40001"));
    QVERIFY(EarningsRepository::markPayoutFailed(fin, RequestKey::create(), b->id, b->version,
                                                 QStringLiteral("Bank account closed"))
                .ok());
    const Result<int> twice = EarningsRepository::markPayoutPaid(fin, RequestKey::create(), a->id,
                                                                 a->version + 1, QStringLiteral("EFT-2"));
    QCOMPARE(twice.error().sqlState, QStringLiteral("AD001"));
    QCOMPARE(EarningsRepository::markPayoutPaid(fin, RequestKey::create(), a->id, a->version + 1,
                                                QStringLiteral(" "))
                 .error()
                 .sqlState,
             QStringLiteral("22023"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE payout_id = ? AND "
                                        "payout_status = 'failed'"),
                         {b->id})
                     .toInt() > 0,
             true);
}

void TstEarnings::reconciliationFindsPlantedDifferences() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    auto causes = [&]() {
        const Result<QList<Difference>> d = EarningsRepository::differences(fin, m_june);
        QStringList out;
        if (!d.ok()) {
            qWarning() << d.error().serverMessage;
            return QStringList{QStringLiteral("error")};
        }
        for (const Difference &x : d.value())
            out << toCode(x.cause) + u':' + (x.eventType ? toCode(*x.eventType) : QStringLiteral("payout")) +
                       u':' + QString::number(x.eventType ? x.eventId : x.payoutId);
        out.sort();
        return out;
    };
    const qint64 failedPayout =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.payouts WHERE status = 'failed'")).toLongLong();
    QCOMPARE(causes(), (QStringList{QStringLiteral("missing_ledger:session:%1").arg(m_refusedVisit),
                                    QStringLiteral("payout_failed:payout:%1").arg(failedPayout)}));

    // Plant one difference of each kind.
    QVERIFY(m_db.exec(
        QStringLiteral(
            "UPDATE desk.earnings_ledger SET amount_cents = amount_cents + 1 WHERE event_type = 'session' "
            "AND event_id = ? AND party = 'mechanic'"),
        {m_virtual}));
    const qint64 unposted = session(QStringLiteral("chat"), 1500, m_ind, 0);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.sessions SET price_cents = 10100 WHERE id = ?"),
                      {m_workshopSession}));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.bay_rental_charges SET amount_cents = amount_cents WHERE id = ?"),
        {m_rental}));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.earnings_ledger SET amount_cents = -4000 WHERE event_type = 'bay_rental' "
                       "AND party = 'mechanic'")));
    const qint64 paidPayout =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.payouts WHERE status = 'paid'")).toLongLong();
    QVERIFY(m_db.exec(
        QStringLiteral(
            "UPDATE desk.earnings_ledger SET payout_reference = NULL WHERE id = "
            "(SELECT min(id) FROM desk.earnings_ledger WHERE payout_id = ? AND event_type = 'escalation')"),
        {paidPayout}));
    const qint64 scheduledPayout =
        m_db.scalar(QStringLiteral("SELECT min(id) FROM desk.payouts WHERE status = 'scheduled'"))
            .toLongLong();
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payouts SET amount_cents = amount_cents + 50 WHERE id = ?"),
                      {scheduledPayout}));

    const QStringList got = causes();
    QStringList want = {QStringLiteral("split_mismatch:session:%1").arg(m_virtual),
                        QStringLiteral("missing_ledger:session:%1").arg(unposted),
                        QStringLiteral("missing_ledger:session:%1").arg(m_refusedVisit),
                        QStringLiteral("gross_mismatch:session:%1").arg(m_workshopSession),
                        QStringLiteral("charge_unbalanced:bay_rental:%1").arg(m_rental),
                        QStringLiteral("paid_without_reference:escalation:%1").arg(m_escalation),
                        QStringLiteral("payout_mismatch:payout:%1").arg(scheduledPayout),
                        QStringLiteral("payout_failed:payout:%1").arg(failedPayout)};
    // The +1 on the virtual mechanic's row also moves the scheduled payout it belongs to.
    const qint64 virtualPayout =
        m_db.scalar(QStringLiteral("SELECT payout_id FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ? AND party = 'mechanic'"),
                    {m_virtual})
            .toLongLong();
    if (virtualPayout && virtualPayout != scheduledPayout)
        want << QStringLiteral("payout_mismatch:payout:%1").arg(virtualPayout);
    // The rental's edited mechanic row belongs to that payee's payout, if they were owed one (a
    // mechanic whose charges exceed their earnings is carried over, not paid).
    const qint64 rentalPayout =
        m_db.scalar(
                QStringLiteral("SELECT payout_id FROM desk.earnings_ledger WHERE event_type = 'bay_rental' "
                               "AND party = 'mechanic'"))
            .toLongLong();
    if (rentalPayout && rentalPayout != scheduledPayout && rentalPayout != virtualPayout)
        want << QStringLiteral("payout_mismatch:payout:%1").arg(rentalPayout);
    want.sort();
    want.removeDuplicates();
    if (got != want)
        qWarning() << "got" << got << "want" << want;
    QCOMPARE(got, want);
    m_unposted = unposted;
}

// Reconciliation's "missing ledger" cause gets an action: finance posts the missing events, one
// call per event, and a refused one does not stop the others.
void TstEarnings::postMissingGoesOnPastARefusal() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const qint64 later = session(QStringLiteral("video"), 3000, m_ind, 0);
    const Result<QList<EventRef>> missing = EarningsRepository::missingEvents(fin, m_june);
    QVERIFY2(missing.ok(), qPrintable(missing.error().serverMessage));
    // Sessions by id: the refused visit, the chat left unposted by reconciliation, the video just added.
    QCOMPARE(missing.value(), (QList<EventRef>{{EventType::Session, m_refusedVisit},
                                               {EventType::Session, m_unposted},
                                               {EventType::Session, later}}));
    // Stopping after the first event leaves the rest untried.
    QList<int> progress;
    const QList<PostOutcome> first = EarningsRepository::recordEach(fin, missing.value(), [&](int done) {
        progress << done;
        return false;
    });
    QCOMPARE(first.size(), 1);
    QCOMPARE(progress, QList<int>{1});
    QVERIFY(!first[0].ok());
    QCOMPARE(EarningsRepository::missingEvents(fin, m_june).value(), missing.value());

    // All of them: the refused visit does not stop the two after it.
    progress.clear();
    const QList<PostOutcome> all = EarningsRepository::recordEach(fin, missing.value(), [&](int done) {
        progress << done;
        return true;
    });
    QCOMPARE(progress, (QList<int>{1, 2, 3}));
    QCOMPARE(all.size(), 3);
    QVERIFY(!all[0].ok());
    QCOMPARE(all[0].event, (EventRef{EventType::Session, m_refusedVisit}));
    QCOMPARE(all[0].error.kind, DbError::Kind::NotCompliant);
    QVERIFY(all[1].ok() && !all[1].posting->already);
    QCOMPARE(all[1].posting->eventId, m_unposted);
    QVERIFY(all[2].ok() && !all[2].posting->already);
    QCOMPARE(all[2].posting->scenario, QStringLiteral("virtual"));
    // Again: the posted ones answer "already", the refused one is refused again.
    const QList<PostOutcome> again = EarningsRepository::recordEach(fin, missing.value());
    QVERIFY(!again[0].ok() && again[1].posting->already && again[2].posting->already);
    // What is left to post is the refused visit, and only it.
    QCOMPARE(EarningsRepository::missingEvents(fin, m_june).value(),
             (QList<EventRef>{{EventType::Session, m_refusedVisit}}));
    // An owner cannot post: every event is refused, none posted.
    const qint64 ownerTry = session(QStringLiteral("chat"), 1000, m_ind, 0);
    QSqlDatabase ownerA = conn(QStringLiteral("ownerA"));
    const QList<PostOutcome> owner = EarningsRepository::recordEach(ownerA, {{EventType::Session, ownerTry}});
    QCOMPARE(owner.size(), 1);
    QCOMPARE(owner[0].error.kind, DbError::Kind::Forbidden);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ?"),
                    {ownerTry})
            .toInt(),
        0);
}

void TstEarnings::statementsMatchTheLedger() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const Result<QList<StatementData>> r =
        EarningsRepository::loadStatements(fin, m_june, Payee{Party::Workshop, m_b, {}});
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QCOMPARE(r.value().size(), 1);
    const StatementData &s = r.value().first();
    QCOMPARE(s.payeeName, QStringLiteral("Garage B"));
    QCOMPARE(s.language, QStringLiteral("fr")); // Quebec payee
    const qint64 ledgerNet =
        m_db.scalar(QStringLiteral(
                        "SELECT sum(CASE WHEN party = 'platform' THEN -gst_hst_cents ELSE amount_cents END) "
                        "FROM desk.earnings_ledger WHERE workshop_id = ? AND period = '2025-06-01'"),
                    {m_b})
            .toLongLong();
    QCOMPARE(s.monthTotals.net.cents(), ledgerNet);
    QCOMPARE(s.events.size(),
             2); // the revenue-share job and the membership fee (the cross session pays mechanic B)
    QCOMPARE(s.closingBalance.cents(), s.openingBalance.cents() + ledgerNet - s.monthTotals.paid.cents());
}

void TstEarnings::csvExportUsesCopy() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const QString path =
        QDir::temp().filePath(QStringLiteral("tst_earnings_%1.csv").arg(QCoreApplication::applicationPid()));
    LedgerFilter f;
    f.month = m_june;
    f.workshopId = m_a;
    const Result<qint64> n = EarningsRepository::exportCsv(fin, f, path);
    QVERIFY2(n.ok(), qPrintable(n.error().serverMessage));
    QCOMPARE(n.value(),
             m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE workshop_id = ? "
                                        "AND period = '2025-06-01'"),
                         {m_a})
                 .toLongLong());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,event_at,period"));
    QCOMPARE(qint64(lines.size() - 2), n.value()); // header + trailing newline
    // An owner exporting sees only what RLS shows them.
    LedgerFilter other;
    other.workshopId = m_b;
    QSqlDatabase owner = conn(QStringLiteral("ownerA"));
    QCOMPARE(EarningsRepository::exportCsv(owner, other, path).value(), 0);
    QFile::remove(path);
}

// Finance voids the June bay rental (a reason required; a session is not a charge): reversal rows,
// the charge row untouched, once.
void TstEarnings::financeVoidsACharge() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    QSqlDatabase owner = conn(QStringLiteral("ownerA"));
    QCOMPARE(EarningsRepository::voidPartnershipCharge(owner, EventType::BayRental, m_rental,
                                                       QStringLiteral("mine"))
                 .error()
                 .kind,
             DbError::Kind::Forbidden);
    QCOMPARE(
        EarningsRepository::voidPartnershipCharge(fin, EventType::BayRental, m_rental, QStringLiteral(" "))
            .error()
            .kind,
        DbError::Kind::Invalid);
    QCOMPARE(
        EarningsRepository::voidPartnershipCharge(fin, EventType::Session, m_virtual, QStringLiteral("no"))
            .error()
            .kind,
        DbError::Kind::Invalid);
    QCOMPARE(
        EarningsRepository::voidPartnershipCharge(fin, EventType::BayRental, 99999999, QStringLiteral("no"))
            .error()
            .kind,
        DbError::Kind::NotFound);
    const qint64 before =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    const Result<int> voided = EarningsRepository::voidPartnershipCharge(fin, EventType::BayRental, m_rental,
                                                                         QStringLiteral("bay closed"));
    QVERIFY2(voided.ok(), qPrintable(voided.error().serverMessage));
    QCOMPARE(voided.value(), 2);
    const Result<int> again = EarningsRepository::voidPartnershipCharge(fin, EventType::BayRental, m_rental,
                                                                        QStringLiteral("again"));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong(),
             before + 2);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'bay_rental' "
                             "AND event_id = ? AND entry_type = 'reversal' AND basis = 'charge'"),
                         {m_rental})
                 .toInt(),
             2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT amount_cents FROM desk.bay_rental_charges WHERE id = ?"),
                         {m_rental})
                 .toLongLong(),
             5000);
}

// The totals the pane shows come from desk.earnings_totals (0028), kept by the ledger's triggers:
// after every kind of write this suite made (postings, reversals, payouts scheduled, paid and
// failed, the superuser's planted edits), each rollup row is the sum of exactly its ledger rows.
void TstEarnings::totalsRollupMatchesTheLedger() {
    const QString keys = QStringLiteral(
        "period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier");
    const QString ledger =
        QStringLiteral("SELECT %1, count(*) AS n, sum(gross_cents) AS g, sum(amount_cents) AS a, "
                       "sum(gst_hst_cents) AS t, sum(qst_cents) AS q "
                       "FROM desk.earnings_ledger GROUP BY %1")
            .arg(keys);
    const QString rollup = QStringLiteral("SELECT %1, row_count, gross_cents, amount_cents, gst_hst_cents, "
                                          "qst_cents FROM desk.earnings_totals WHERE row_count <> 0")
                               .arg(keys);
    auto differences = [&]() {
        return m_db
            .scalar(QStringLiteral("SELECT count(*) FROM ((%1 EXCEPT ALL %2) UNION ALL (%2 EXCEPT ALL %1)) d")
                        .arg(ledger, rollup))
            .toLongLong();
    };
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_totals")).toLongLong() > 5);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(DISTINCT payout_status) FROM desk.earnings_totals"))
                .toLongLong() >= 3);
    QCOMPARE(differences(), 0);

    // A key whose last row moves away keeps its rollup row at zero (never an indexed column updated:
    // HOT updates); the totals skip it.
    const qint64 row = m_db.scalar(QStringLiteral("SELECT min(id) FROM desk.earnings_ledger "
                                                  "WHERE party = 'workshop' AND payout_status = 'pending'"))
                           .toLongLong();
    QVERIFY(row > 0);
    QVERIFY(m_db.exec(QStringLiteral("BEGIN")));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.earnings_ledger SET period = '1999-01-01' WHERE id = ?"),
                      {row}));
    QCOMPARE(differences(), 0);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT row_count FROM desk.earnings_totals WHERE period = '1999-01-01'"))
            .toLongLong(),
        1);
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM desk.earnings_ledger WHERE id = ?"), {row}));
    QCOMPARE(differences(), 0);
    const auto zero =
        m_db.run(QStringLiteral("SELECT row_count, gross_cents, amount_cents, gst_hst_cents, qst_cents "
                                "FROM desk.earnings_totals WHERE period = '1999-01-01'"));
    QVERIFY2(zero.ok && zero.rows.size() == 1, qPrintable(zero.describe()));
    for (const QVariant &v : zero.rows.first())
        QCOMPARE(v.toLongLong(), 0);
    QVariantList binds;
    LedgerFilter old;
    old.month = QDate(1999, 1, 1);
    QCOMPARE(m_db.scalar(EarningsRepository::totalsSql(EarningsRepository::whereClause(old, &binds)), binds),
             QVariant()); // no row for an entry type whose count is zero
    QVERIFY(m_db.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(differences(), 0);
    // A rebuild (after a bulk load with triggers off) gives the same rows.
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.rebuild_earnings_totals()")));
    QCOMPARE(differences(), 0);

    // The repository's totals (from the rollup) equal the ledger's rows as each role sees them.
    for (const QString &who :
         {QStringLiteral("finance"), QStringLiteral("ownerA"), QStringLiteral("ownerB")}) {
        QSqlDatabase c = conn(who);
        for (const qint64 workshop : {qint64(0), m_a, m_b}) {
            LedgerFilter f;
            f.workshopId = workshop;
            const Result<QList<LedgerTotal>> t = EarningsRepository::totals(c, f);
            QVERIFY2(t.ok(), qPrintable(t.error().serverMessage));
            qint64 rows = 0, amount = 0, gst = 0;
            for (const LedgerTotal &x : t.value()) {
                rows += x.rows;
                amount += x.amountCents;
                gst += x.gstHstCents;
            }
            QVariantList binds;
            const QString where = EarningsRepository::whereClause(f, &binds);
            const auto bare = TestDatabase::run(
                c,
                QStringLiteral(
                    "SELECT count(*), coalesce(sum(amount_cents), 0), coalesce(sum(gst_hst_cents), 0) "
                    "FROM desk.earnings_ledger l WHERE %1")
                    .arg(where),
                binds);
            QVERIFY2(bare.ok, qPrintable(who + bare.describe()));
            QCOMPARE(rows, bare.rows.at(0).at(0).toLongLong());
            QCOMPARE(amount, bare.rows.at(0).at(1).toLongLong());
            QCOMPARE(gst, bare.rows.at(0).at(2).toLongLong());
            if (who != u"finance" && workshop && workshop != (who == u"ownerA" ? m_a : m_b))
                QCOMPARE(rows, 0); // another workshop's totals: nothing
        }
    }
    // Owners see their workshop's rollup rows only; admins none; nobody writes it.
    QCOMPARE(scalarAs(QStringLiteral("ownerA"),
                      QStringLiteral(
                          "SELECT count(*) FROM desk.earnings_totals WHERE workshop_id IS DISTINCT FROM ?"),
                      {m_a}),
             0);
    QVERIFY(scalarAs(QStringLiteral("ownerA"), QStringLiteral("SELECT count(*) FROM desk.earnings_totals")) >
            0);
    QCOMPARE(TestDatabase::run(conn(QStringLiteral("admin")),
                               QStringLiteral("SELECT count(*) FROM desk.earnings_totals"))
                 .sqlState(),
             QStringLiteral("42501"));
    for (const char *who : {"finance", "ownerA"}) {
        QCOMPARE(TestDatabase::run(conn(QString::fromLatin1(who)),
                                   QStringLiteral("UPDATE desk.earnings_totals SET amount_cents = 0"))
                     .sqlState(),
                 QStringLiteral("42501"));
        QCOMPARE(TestDatabase::run(conn(QString::fromLatin1(who)),
                                   QStringLiteral("SELECT desk.rebuild_earnings_totals()"))
                     .sqlState(),
                 QStringLiteral("42501"));
    }
}

QTEST_GUILESS_MAIN(TstEarnings)
#include "tst_earnings.moc"
