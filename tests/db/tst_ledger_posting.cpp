// desk.post_ledger_event against a hostile finance login (issue 9, "Consent and business rules"):
// parts whose sum is right but that pay an unrelated party, a negative platform fee, a wrong
// percentage or GST/HST, and a second posting of the same event (also from a REPEATABLE READ snapshot
// taken before the first) are refused; the split engine's parts of every scenario are accepted; a
// reversal is its own entry type (desk.reverse_ledger_event), once per event, and nets to zero in
// payouts and box 048.
//
// A second posting is REFUSED (AD001, or 40001 when the caller's snapshot predates the first
// posting); it never returns the first posting.

#include "models/earnings/earningsrepository.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace adesk;

class TstLedgerPosting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void engineSplitsOfEveryScenarioAreAccepted();
    void unrelatedPartiesAreRefused();
    void negativeOrWrongAmountsAreRefused();
    void secondPostingIsRefused();
    void reversalIsItsOwnEntryType();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    qint64 session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop = 0,
                   qint64 referring = 0, const QString &program = {}, int shareBp = 0,
                   qint64 partnership = 0);
    /// One part as the app sends it (ids and amounts as strings, like EarningsRepository::postEvents).
    static QJsonObject part(const QString &entry, const QString &party, qint64 workshopId, qint64 mechanicId,
                            qint64 cents);
    /// The platform fee part with its rule, percentage and GST/HST.
    QJsonObject fee(qint64 workshopId, qint64 mechanicId, qint64 cents, int shareBp, qint64 ruleId,
                    qint64 gst, int gstBp, const QString &province) const;
    /// The parts the split engine gives a $100 video session of an Ontario mechanic (read from the
    /// rule and rate tables: 15 % virtual fee, 13 % HST on it).
    QJsonArray videoParts(qint64 mechanic) const;
    TestDatabase::SqlResult post(const QString &who, const QString &eventType, qint64 eventId,
                                 const QString &scenario, const QString &tier, const QJsonArray &parts);
    qint64 rows(const QString &eventType, qint64 eventId) {
        return m_db
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = ? AND event_id = ?"),
                    {eventType, eventId})
            .toLongLong();
    }

    TestDatabase m_db;
    qint64 m_a = 0, m_b = 0, m_mechA = 0, m_mechB = 0, m_ind = 0, m_unrelated = 0, m_refunded = 0;
    qint64 m_virtualRule = 0;
    int m_virtualBp = 0, m_onBp = 0;
    QList<std::pair<QString, qint64>>
        m_events; ///< (scenario, session/escalation/charge id) of every scenario
    qint64 m_rental = 0;
};

qint64 TstLedgerPosting::session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop,
                                 qint64 referring, const QString &program, int shareBp, qint64 partnership) {
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    return m_db
        .scalar(QStringLiteral(
                    "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                    "referring_workshop_id, partnership_id, program_type, program_workshop_share_bp, "
                    "completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2025-06-10 12:00 America/Toronto') "
                    "RETURNING id"),
                {type, cents, mechanic, workshop ? QVariant(workshop) : nullId,
                 referring ? QVariant(referring) : nullId, partnership ? QVariant(partnership) : nullId,
                 program.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(program),
                 program.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(shareBp)})
        .toLongLong();
}

QJsonObject TstLedgerPosting::part(const QString &entry, const QString &party, qint64 workshopId,
                                   qint64 mechanicId, qint64 cents) {
    QJsonObject o;
    o.insert(QStringLiteral("entry_type"), entry);
    o.insert(QStringLiteral("party"), party);
    if (workshopId)
        o.insert(QStringLiteral("workshop_id"), QString::number(workshopId));
    if (mechanicId)
        o.insert(QStringLiteral("mechanic_id"), QString::number(mechanicId));
    o.insert(QStringLiteral("amount_cents"), QString::number(cents));
    return o;
}

QJsonObject TstLedgerPosting::fee(qint64 workshopId, qint64 mechanicId, qint64 cents, int shareBp,
                                  qint64 ruleId, qint64 gst, int gstBp, const QString &province) const {
    QJsonObject o =
        part(QStringLiteral("platform_fee"), QStringLiteral("platform"), workshopId, mechanicId, cents);
    o.insert(QStringLiteral("share_bp"), shareBp);
    o.insert(QStringLiteral("rule_id"), QString::number(ruleId));
    o.insert(QStringLiteral("gst_hst_cents"), QString::number(gst));
    o.insert(QStringLiteral("gst_hst_bp"), gstBp);
    o.insert(QStringLiteral("tax_province"), province);
    return o;
}

QJsonArray TstLedgerPosting::videoParts(qint64 mechanic) const {
    const qint64 feeCents = 10000LL * m_virtualBp / 10000;
    const qint64 gst = (feeCents * m_onBp + 5000) / 10000;
    return QJsonArray{
        fee(0, mechanic, feeCents, m_virtualBp, m_virtualRule, gst, m_onBp, QStringLiteral("ON")),
        part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, mechanic, 10000 - feeCents)};
}

TestDatabase::SqlResult TstLedgerPosting::post(const QString &who, const QString &eventType, qint64 eventId,
                                               const QString &scenario, const QString &tier,
                                               const QJsonArray &parts) {
    return TestDatabase::run(conn(who), QStringLiteral("SELECT desk.post_ledger_event(?, ?, ?, ?, ?::jsonb)"),
                             {eventType, eventId, scenario, tier,
                              QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact))});
}

void TstLedgerPosting::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    m_b = m_db.insertWorkshop(QStringLiteral("Garage B"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_mechA = m_db.insertMechanic(QStringLiteral("Mechanic A"), m_a);
    m_mechB = m_db.insertMechanic(QStringLiteral("Mécanicien B"), m_b, QStringLiteral("fr"));
    m_ind = m_db.insertMechanic(QStringLiteral("Independent"));
    m_unrelated = m_db.insertMechanic(QStringLiteral("Unrelated"));
    m_refunded = m_db.insertMechanic(QStringLiteral("Refunded Customer's Mechanic"));
    QVERIFY(m_a && m_b && m_mechA && m_mechB && m_ind && m_unrelated && m_refunded);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.organizations SET platform_fee_bp = 1000 WHERE id = ?"),
                      {m_b}));
    m_virtualRule =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.platform_fee_rules WHERE applies_to = 'virtual'"))
            .toLongLong();
    m_virtualBp = m_db.scalar(QStringLiteral("SELECT fee_bp FROM desk.platform_fee_rules WHERE id = ?"),
                              {m_virtualRule})
                      .toInt();
    m_onBp = m_db.scalar(QStringLiteral("SELECT rate_bp FROM desk.gst_hst_rates WHERE province = 'ON' "
                                        "AND effective_to IS NULL"))
                 .toInt();
    QVERIFY(m_virtualRule && m_virtualBp > 0 && m_onBp > 0);

    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("fin")), QStringLiteral("adesk_finance"),
                             QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("fin2")), QStringLiteral("adesk_finance"),
                             QStringLiteral("Fin Two")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("own")), QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner A"), {m_a}));
    for (const auto &[who, role] : {std::pair{QStringLiteral("finance"), QStringLiteral("fin")},
                                    std::pair{QStringLiteral("finance2"), QStringLiteral("fin2")},
                                    std::pair{QStringLiteral("owner"), QStringLiteral("own")}})
        QVERIFY2(TestDatabase::openConnection(m_db.login(m_db.roleName(role)), who).isOpen(),
                 qPrintable(who));

    // One event of every scenario the split engine knows.
    const QString visit = QStringLiteral("workshop_visit");
    m_events = {
        {QStringLiteral("virtual"), session(QStringLiteral("video"), 2500, m_ind)},
        {QStringLiteral("independent"), session(visit, 8000, m_ind)},
        {QStringLiteral("workshop_mechanic"), session(visit, 10000, m_mechA, m_a)},
        {QStringLiteral("workshop_mechanic"), session(visit, 10001, m_mechB, m_b)}, // custom fee 10 %
        {QStringLiteral("cross_workshop"), session(visit, 10000, m_mechB, m_b, m_a)},
        {QStringLiteral("revenue_share_job"),
         session(visit, 40000, m_ind, m_b, 0, QStringLiteral("revenue_share"), 1000, 77)},
        {QStringLiteral("membership_job"),
         session(visit, 33333, m_ind, m_a, 0, QStringLiteral("membership"), 500, 78)},
        {QStringLiteral("bay_rental_job"),
         session(visit, 50000, m_ind, m_a, 0, QStringLiteral("bay_rental"), 0, 79)},
    };
    const auto escalation = [&](qint64 partnership) {
        return m_db
            .scalar(QStringLiteral("INSERT INTO desk.escalations (mechanic_id, workshop_id, partnership_id, "
                                   "repair_amount_cents, completed_at) VALUES (?, ?, ?, 120000, "
                                   "'2025-06-12 10:00 America/Toronto') RETURNING id"),
                    {m_ind, m_a,
                     partnership ? QVariant(partnership) : QVariant(QMetaType::fromType<qlonglong>())})
            .toLongLong();
    };
    m_events << std::pair{QStringLiteral("escalation_referral"), escalation(0)}
             << std::pair{QStringLiteral("quote_commission"), escalation(80)};
    m_rental =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bay_rental_charges (booking_id, partnership_id, "
                                   "mechanic_id, workshop_id, amount_cents, charged_at) VALUES (5, 79, ?, ?, "
                                   "12000, '2025-06-13 08:00 America/Toronto') RETURNING id"),
                    {m_ind, m_a})
            .toLongLong();
    m_events << std::pair{QStringLiteral("bay_rental_charge"), m_rental};
    m_events << std::pair{
        QStringLiteral("membership_fee"),
        m_db.scalar(QStringLiteral("INSERT INTO desk.membership_fees (partnership_id, mechanic_id, "
                                   "workshop_id, period, amount_cents, charged_at) VALUES (78, ?, "
                                   "?, '2025-06-01', 29900, '2025-06-01 09:00 America/Toronto') "
                                   "RETURNING id"),
                    {m_ind, m_b})
            .toLongLong()};
    for (const auto &[scenario, id] : std::as_const(m_events))
        QVERIFY2(id, qPrintable(scenario));
}

void TstLedgerPosting::cleanupTestCase() {
    for (const char *who : {"finance", "finance2", "owner"})
        TestDatabase::closeConnection(QString::fromLatin1(who));
}

// The checks accept what the app's split engine posts, for every scenario.
void TstLedgerPosting::engineSplitsOfEveryScenarioAreAccepted() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const Result<int> posted = EarningsRepository::postPending(fin);
    QVERIFY2(posted.ok(), qPrintable(posted.error().sqlState + u' ' + posted.error().serverMessage));
    for (const auto &[scenario, id] : std::as_const(m_events)) {
        const auto r =
            m_db.run(QStringLiteral("SELECT DISTINCT scenario FROM desk.earnings_ledger WHERE event_id = ? "
                                    "AND scenario = ?"),
                     {id, scenario});
        ADESK_VERIFY_SQL(r);
        QVERIFY2(r.rows.size() == 1, qPrintable(QStringLiteral("%1 %2 not posted").arg(scenario).arg(id)));
    }
    // The custom 10 % fee of workshop B, not the 20 % rule.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT share_bp FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ? AND entry_type = 'platform_fee'"),
                    {m_events[3].second})
            .toInt(),
        1000);
}

// The attack: the parts add up, but pay an unrelated mechanic (and a negative platform fee).
void TstLedgerPosting::unrelatedPartiesAreRefused() {
    const qint64 s = session(QStringLiteral("video"), 10000, m_ind);
    const auto attack =
        post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
             QStringLiteral("virtual"),
             {part(QStringLiteral("platform_fee"), QStringLiteral("platform"), 0, m_unrelated, -500),
              part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_unrelated, 10500)});
    QVERIFY2(!attack.ok, "an unrelated mechanic was paid a negative platform fee");
    QCOMPARE(attack.sqlState(), QStringLiteral("22023"));
    QCOMPARE(rows(QStringLiteral("session"), s), 0);

    // Right amounts, fee charged to the session's mechanic, share paid to another one.
    QJsonArray parts = videoParts(m_ind);
    parts[1] = part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_unrelated,
                    parts[1].toObject().value(QStringLiteral("amount_cents")).toString().toLongLong());
    const auto share = post(QStringLiteral("finance"), QStringLiteral("session"), s,
                            QStringLiteral("virtual"), QStringLiteral("virtual"), parts);
    QCOMPARE(share.sqlState(), QStringLiteral("22023"));
    QVERIFY2(share.error.serverMessage.contains(QString::number(m_ind)), qPrintable(share.describe()));
    // The fee charged to another mechanic.
    parts = videoParts(m_ind);
    QJsonObject f = parts[0].toObject();
    f.insert(QStringLiteral("mechanic_id"), QString::number(m_unrelated));
    parts[0] = f;
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                  QStringLiteral("virtual"), parts)
                 .sqlState(),
             QStringLiteral("22023"));
    // A workshop session's share paid to another workshop; a part the scenario does not have.
    const qint64 w = session(QStringLiteral("workshop_visit"), 10000, m_mechA, m_a);
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), w,
                  QStringLiteral("workshop_mechanic"), QStringLiteral("physical"),
                  {part(QStringLiteral("workshop_share"), QStringLiteral("workshop"), m_b, 0, 10000)})
                 .sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), w,
                  QStringLiteral("workshop_mechanic"), QStringLiteral("physical"),
                  {part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_mechA, 10000)})
                 .sqlState(),
             QStringLiteral("22023"));
    // Another event's scenario (a virtual split posted on a workshop session).
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), w, QStringLiteral("virtual"),
                  QStringLiteral("virtual"), videoParts(m_mechA))
                 .sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(rows(QStringLiteral("session"), w), 0);

    // The engine's own parts for the same events go through.
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    QVERIFY(EarningsRepository::postEvent(fin, EventType::Session, s).ok());
    QVERIFY(EarningsRepository::postEvent(fin, EventType::Session, w).ok());
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ? AND mechanic_id = ?"),
                    {s, m_unrelated})
            .toLongLong(),
        0);
}

void TstLedgerPosting::negativeOrWrongAmountsAreRefused() {
    const qint64 s = session(QStringLiteral("video"), 10000, m_ind);
    const QJsonArray right = videoParts(m_ind);
    const qint64 feeCents = right[0].toObject().value(QStringLiteral("amount_cents")).toString().toLongLong();
    auto withFee = [&](qint64 cents, int bp, qint64 gst) {
        QJsonArray p{
            fee(0, m_ind, cents, bp, m_virtualRule, gst, m_onBp, QStringLiteral("ON")),
            part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_ind, 10000 - cents)};
        return post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                    QStringLiteral("virtual"), p);
    };
    // A negative platform fee (the mechanic gets more than the gross).
    QCOMPARE(withFee(-feeCents, m_virtualBp, 0).sqlState(), QStringLiteral("22023"));
    // A fee below the rule's percentage (10 % instead of 15 %), GST/HST consistent with it.
    QCOMPARE(withFee(1000, 1000, (1000LL * m_onBp + 5000) / 10000).sqlState(), QStringLiteral("22023"));
    // The rule's percentage announced, a smaller amount taken.
    QCOMPARE(withFee(feeCents - 100, m_virtualBp, ((feeCents - 100) * m_onBp + 5000) / 10000).sqlState(),
             QStringLiteral("22023"));
    // No GST/HST on the fee.
    QCOMPARE(withFee(feeCents, m_virtualBp, 0).sqlState(), QStringLiteral("22023"));
    // The fee left out (the mechanic takes all of it).
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                  QStringLiteral("virtual"),
                  {part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_ind, 10000)})
                 .sqlState(),
             QStringLiteral("22023"));
    // A part twice (one share split in two rows).
    QCOMPARE(
        post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
             QStringLiteral("virtual"),
             {right[0], part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_ind, 5000),
              part(QStringLiteral("mechanic_share"), QStringLiteral("mechanic"), 0, m_ind,
                   10000 - feeCents - 5000)})
            .sqlState(),
        QStringLiteral("22023"));
    // A reversal row slipped into a posting.
    QCOMPARE(
        post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
             QStringLiteral("virtual"),
             {right[0], right[1], part(QStringLiteral("reversal"), QStringLiteral("mechanic"), 0, m_ind, 0)})
            .sqlState(),
        QStringLiteral("22023"));
    // A charge that takes more from the mechanic than the charge, or pays the workshop a negative amount.
    const qint64 rent =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bay_rental_charges (mechanic_id, workshop_id, "
                                   "amount_cents, charged_at) VALUES (?, ?, 5000, "
                                   "'2025-06-14 08:00 America/Toronto') RETURNING id"),
                    {m_ind, m_a})
            .toLongLong();
    const QString charge = QStringLiteral("bay_rental_charge");
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("bay_rental"), rent, charge,
                  QStringLiteral("physical"),
                  {part(charge, QStringLiteral("mechanic"), 0, m_ind, -10000),
                   part(charge, QStringLiteral("workshop"), m_a, 0, 5000),
                   part(charge, QStringLiteral("workshop"), m_a, 0, 5000)})
                 .sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("bay_rental"), rent, charge,
                  QStringLiteral("physical"),
                  {part(charge, QStringLiteral("mechanic"), 0, m_ind, 5000),
                   part(charge, QStringLiteral("workshop"), m_a, 0, -5000)})
                 .sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(rows(QStringLiteral("session"), s), 0);
    QCOMPARE(rows(QStringLiteral("bay_rental"), rent), 0);
    // The right parts go through.
    ADESK_VERIFY_SQL(post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                          QStringLiteral("virtual"), right));
    ADESK_VERIFY_SQL(post(QStringLiteral("finance"), QStringLiteral("bay_rental"), rent, charge,
                          QStringLiteral("physical"),
                          {part(charge, QStringLiteral("mechanic"), 0, m_ind, -5000),
                           part(charge, QStringLiteral("workshop"), m_a, 0, 5000)}));
}

void TstLedgerPosting::secondPostingIsRefused() {
    // One after the other.
    const qint64 s = session(QStringLiteral("video"), 10000, m_ind);
    ADESK_VERIFY_SQL(post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                          QStringLiteral("virtual"), videoParts(m_ind)));
    const auto again = post(QStringLiteral("finance2"), QStringLiteral("session"), s,
                            QStringLiteral("virtual"), QStringLiteral("virtual"), videoParts(m_ind));
    QCOMPARE(again.sqlState(), QStringLiteral("AD001"));
    QCOMPARE(rows(QStringLiteral("session"), s), 2);

    // From a REPEATABLE READ snapshot taken before the first posting committed: the "already posted"
    // check cannot see it, the unique posting row can.
    const qint64 t = session(QStringLiteral("video"), 10000, m_ind);
    QSqlDatabase late = conn(QStringLiteral("finance2"));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")));
    ADESK_VERIFY_SQL(post(QStringLiteral("finance"), QStringLiteral("session"), t, QStringLiteral("virtual"),
                          QStringLiteral("virtual"), videoParts(m_ind)));
    const auto twice = post(QStringLiteral("finance2"), QStringLiteral("session"), t,
                            QStringLiteral("virtual"), QStringLiteral("virtual"), videoParts(m_ind));
    TestDatabase::run(late, twice.ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    QVERIFY2(!twice.ok, "the same event was posted twice");
    QVERIFY2(twice.sqlState() == u"AD001" || twice.sqlState() == u"40001", qPrintable(twice.describe()));
    QCOMPARE(rows(QStringLiteral("session"), t), 2);
}

void TstLedgerPosting::reversalIsItsOwnEntryType() {
    const qint64 s = session(QStringLiteral("video"), 10000, m_refunded);
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    QVERIFY(EarningsRepository::postEvent(fin, EventType::Session, s).ok());
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
            "AND r.gst_hst_cents = -o.gst_hst_cents AND o.entry_type <> 'reversal'"),
        {s});
    QCOMPARE(mirror.scalar().toInt(), 2);
    QCOMPARE(rows(QStringLiteral("session"), s), 4);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE event_type = "
                                   "'session' AND event_id = ?"),
                    {s})
            .toLongLong(),
        0);
    // Once; and the event stays posted.
    QCOMPARE(TestDatabase::run(fin, reverse, {s, QStringLiteral("again")}).sqlState(),
             QStringLiteral("AD001"));
    QCOMPARE(post(QStringLiteral("finance"), QStringLiteral("session"), s, QStringLiteral("virtual"),
                  QStringLiteral("virtual"), videoParts(m_refunded))
                 .sqlState(),
             QStringLiteral("AD001"));

    // Payouts net the reversal against the posting, the HST charged on the fee included: nothing to pay.
    const QDate thisMonth =
        m_db.scalar(QStringLiteral("SELECT date_trunc('month', now() AT TIME ZONE 'America/Toronto')::date"))
            .toDate();
    QVERIFY(EarningsRepository::schedulePayouts(fin, RequestKey::create(), thisMonth).ok());
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.payouts WHERE mechanic_id = ?"), {m_refunded})
            .toLongLong(),
        0);
    // Box 048: the reversal cancels the share; a reversed charge is no fee either.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM desk.t4a_fee_rows "
                                        "WHERE payee_party = 'mechanic' AND payee_id = ?"),
                         {m_refunded})
                 .toLongLong(),
             0);
    ADESK_VERIFY_SQL(TestDatabase::run(fin,
                                       QStringLiteral("SELECT desk.reverse_ledger_event('bay_rental', ?, ?)"),
                                       {m_rental, QStringLiteral("bay not available")}));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.t4a_fee_rows f JOIN desk.earnings_ledger l "
                             "ON l.id = f.ledger_id WHERE l.event_type = 'bay_rental' AND l.event_id = ?"),
                         {m_rental})
                 .toLongLong(),
             0);
    // Reconciliation: the reversal rows are no difference.
    const auto differences = m_db.run(
        QStringLiteral("SELECT count(*) FROM (SELECT * FROM desk.earnings_differences(?::date) UNION ALL "
                       "SELECT * FROM desk.earnings_differences('2025-06-01')) d "
                       "WHERE d.event_id IN (?, ?) AND d.cause <> 'payout_mismatch'"),
        {thisMonth, s, m_rental});
    ADESK_VERIFY_SQL(differences);
    QCOMPARE(differences.scalar().toInt(), 0);
}

QTEST_GUILESS_MAIN(TstLedgerPosting)
#include "tst_ledger_posting.moc"
