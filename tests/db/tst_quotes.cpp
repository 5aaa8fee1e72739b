// Escalation leads and partner quotes (issue 16, migration 0026), run as the logins that would run
// them: the platform's backend creates leads and quotes; the workshop's owners work leads and decide
// quotes waiting for approval; admins read; finance sees nothing new. The monthly limit (under, at,
// over; approval required), the race of two quotes for the last of the limit on two real
// connections, catalog prices outside their validity refused, retries with the same key done once,
// another workshop's ids answered like missing ones, and the completed job posted through the
// ledger with the partnership's commission.

#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <thread>

using namespace adesk;

namespace {
QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QJsonObject json(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
/// Two brake pads ($100 each, 2025 price) and an hour of brakes labour ($120/h): $320.
const QString kBrakeJob = u"[{\"kind\": \"part\", \"part_number\": \"BP-100\", \"quantity\": 2}, "
                          u"{\"kind\": \"labour\", \"service_category\": \"brakes\", \"minutes\": 60}]"_qs;
QString pads(int n) {
    return u"[{\"kind\": \"part\", \"part_number\": \"BP-100\", \"quantity\": %1}]"_qs.arg(n);
}
} // namespace

class TstQuotes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void partnerTypesAreDataAndOnlyWorkshopIsOffered();
    void leadsAreCreatedByThePlatformOnce();
    void ownersWorkTheirLeads();
    void limitUnderAtAndOver();
    void approvalRequiredWaitsWhateverTheAmount();
    void twoQuotesRaceForTheLastOfTheLimit();
    void catalogPricesOutsideTheirValidityAreRefused();
    void retriesWithTheSameKeyAreIdempotent();
    void otherWorkshopsQuotesAnswerLikeMissingOnes();
    void financeAndAdminsCannotDecide();
    void rowSecurity();
    void completedJobPostsThePartnershipsCommission();
    void declinedAndExpiredQuotes();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    /// A partnered mechanic of workshop A with its catalog: limit @p limitCents, approval @p approval.
    qint64 partnership(qint64 limitCents, bool approval, qint64 *mechanic = nullptr);
    /// A virtual session of @p mechanic escalated by the platform to @p workshop.
    qint64 lead(qint64 mechanic, qint64 workshop);
    TestDatabase::SqlResult quote(qint64 partnership, qint64 lead, const QString &lines,
                                  const QString &key = newKey(), const QString &who = u"service"_qs) {
        return run(who, u"SELECT desk.create_partner_quote(?::uuid, ?, ?, ?::jsonb)::text"_qs,
                   {key, partnership, lead, lines});
    }
    TestDatabase::SqlResult decide(const QString &who, qint64 quote, bool approve,
                                   const QString &reason = {}) {
        return run(
            who, u"SELECT desk.decide_partner_quote(?::uuid, ?, ?, ?)"_qs,
            {newKey(), quote, approve, reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : reason});
    }
    qint64 mechanicOf(qint64 partnership) {
        return m_db.scalar(u"SELECT mechanic_id FROM desk.partnerships WHERE id = ?"_qs, {partnership})
            .toLongLong();
    }

    TestDatabase m_db;
    qint64 m_a = 0;
    qint64 m_b = 0;
    int m_serial = 0;
};

void TstQuotes::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_b = m_db.insertWorkshop(u"Garage Bêta"_qs, u"QC"_qs, u"fr"_qs);
    QVERIFY(m_a && m_b);
    QVERIFY(m_db.connectAs(u"service"_qs, u"adesk_platform_service"_qs, u"Platform backend"_qs));
    QVERIFY(m_db.connectAs(u"ownerA"_qs, u"adesk_workshop_owner"_qs, u"Olivia Owner"_qs, {m_a}));
    QVERIFY(m_db.connectAs(u"ownerB"_qs, u"adesk_workshop_owner"_qs, u"Olivier Propriétaire"_qs, {m_b}));
    QVERIFY(m_db.connectAs(u"admin"_qs, u"adesk_platform_admin"_qs, u"Ada Admin"_qs));
    QVERIFY(m_db.connectAs(u"finance"_qs, u"adesk_finance"_qs, u"Fern Finance"_qs));
}

void TstQuotes::cleanupTestCase() {
    for (const QString &who : {u"service"_qs, u"ownerA"_qs, u"ownerB"_qs, u"admin"_qs, u"finance"_qs})
        TestDatabase::closeConnection(who);
}

qint64 TstQuotes::partnership(qint64 limitCents, bool approval, qint64 *mechanic) {
    const qint64 mech =
        m_db.insertPhysicalMechanic(u"Partner %1"_qs.arg(++m_serial), 0, u"licensed_mobile"_qs);
    const qint64 p = mech ? m_db.insertPartnership(m_a, mech, u"revenue_share"_qs, 500) : 0;
    if (!p)
        return 0;
    const bool ok =
        m_db.exec(u"UPDATE desk.partnerships SET can_create_quotes = true, quote_approval_required = ?, "
                  u"max_quote_amount_cents = ?, commission_bp = 1200 WHERE id = ?"_qs,
                  {approval, limitCents, p}) &&
        // Brake pads: $90 until 2024, $100 from 2025; brakes labour $120/h from 2025 ($110 before).
        m_db.exec(u"INSERT INTO desk.partnership_parts (partnership_id, workshop_id, part_number, part_name, "
                  u"wholesale_cents, retail_cents, valid_from, valid_until) VALUES "
                  u"(?, ?, 'BP-100', 'Brake pads', 5000, 9000, '2020-01-01', '2024-12-31'), "
                  u"(?, ?, 'BP-100', 'Brake pads', 6000, 10000, '2025-01-01', NULL)"_qs,
                  {p, m_a, p, m_a}) &&
        m_db.exec(
            u"INSERT INTO desk.partnership_labour_rates (partnership_id, workshop_id, service_category, "
            u"rate_per_hour_cents, valid_from, valid_until) VALUES "
            u"(?, ?, 'brakes', 11000, '2020-01-01', '2024-12-31'), (?, ?, 'brakes', 12000, '2025-01-01', NULL)"_qs,
            {p, m_a, p, m_a});
    if (mechanic)
        *mechanic = mech;
    return ok ? p : 0;
}

qint64 TstQuotes::lead(qint64 mechanic, qint64 workshop) {
    const qint64 session = m_db.scalar(u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                       u"completed_at) VALUES ('video', 4500, ?, now() - interval '1 hour') "
                                       u"RETURNING id"_qs,
                                       {mechanic})
                               .toLongLong();
    const auto r = run(u"service"_qs, u"SELECT desk.create_escalation_lead(?::uuid, ?, ?, ?, ?)"_qs,
                       {newKey(), session, workshop, u"2016 Honda Civic"_qs, u"Grinding when braking"_qs});
    if (!r.ok)
        qWarning().noquote() << "lead" << r.describe();
    return r.ok ? r.scalar().toLongLong() : 0;
}

void TstQuotes::partnerTypesAreDataAndOnlyWorkshopIsOffered() {
    const auto r =
        m_db.run(u"SELECT code || '=' || mechanic_share_bp || '/' || offered FROM desk.partner_types "
                 u"ORDER BY code"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.column(),
             (QVariantList{u"network=1000/false"_qs, u"supplier=2000/false"_qs, u"workshop=1500/true"_qs}));
    const qint64 p = partnership(100000, false);
    QVERIFY(p);
    QCOMPARE(m_db.scalar(u"SELECT partner_type FROM desk.partnerships WHERE id = ?"_qs, {p}).toString(),
             u"workshop"_qs);
    const auto supplier =
        m_db.run(u"UPDATE desk.partnerships SET partner_type = 'supplier' WHERE id = ?"_qs, {p});
    QVERIFY(!supplier.ok);
    QCOMPARE(supplier.sqlState(), u"23514"_qs);
    QVERIFY2(supplier.error.serverMessage.contains(u"partnerships_workshop_type_only"_qs),
             qPrintable(supplier.describe()));
}

void TstQuotes::leadsAreCreatedByThePlatformOnce() {
    qint64 mech = 0;
    QVERIFY(partnership(100000, false, &mech));
    const qint64 session = m_db.scalar(u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                       u"completed_at) VALUES ('chat', 2500, ?, now()) RETURNING id"_qs,
                                       {mech})
                               .toLongLong();
    const QString key = newKey();
    const QString sql = u"SELECT desk.create_escalation_lead(?::uuid, ?, ?, 'Ford F-150', 'Noise')"_qs;
    const auto first = run(u"service"_qs, sql, {key, session, m_a});
    ADESK_VERIFY_SQL(first);
    const auto again = run(u"service"_qs, sql, {key, session, m_a});
    ADESK_VERIFY_SQL(again);
    QCOMPARE(again.scalar(), first.scalar());
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.escalation_leads WHERE session_id = ?"_qs, {session}).toInt(),
        1);
    QCOMPARE(m_db.scalar(u"SELECT mechanic_id FROM desk.escalation_leads WHERE id = ?"_qs, {first.scalar()})
                 .toLongLong(),
             mech);
    // Another key for the same session: the session is escalated once.
    QCOMPARE(run(u"service"_qs, sql, {newKey(), session, m_a}).sqlState(), u"23505"_qs);
    // Owners and admins do not create leads.
    for (const QString &who : {u"ownerA"_qs, u"admin"_qs, u"finance"_qs})
        QCOMPARE(run(who, sql, {newKey(), session, m_a}).sqlState(), u"42501"_qs);
    // A workshop visit is not escalated.
    const qint64 visit =
        m_db.scalar(u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                    u"workshop_id, completed_at) VALUES ('workshop_visit', 9000, ?, ?, now()) "
                    u"RETURNING id"_qs,
                    {mech, m_a})
            .toLongLong();
    QCOMPARE(run(u"service"_qs, sql, {newKey(), visit, m_a}).sqlState(), u"22023"_qs);
}

void TstQuotes::ownersWorkTheirLeads() {
    qint64 mech = 0;
    QVERIFY(partnership(100000, false, &mech));
    const qint64 id = lead(mech, m_a);
    QVERIFY(id);
    const QString sql = u"SELECT desk.set_lead_status(?::uuid, ?, ?, ?)"_qs;
    const QVariant noReason = QVariant(QMetaType(QMetaType::QString));
    // Another workshop's owner: as for a missing id.
    const auto other = run(u"ownerB"_qs, sql, {newKey(), id, u"contacted"_qs, noReason});
    const auto missing = run(u"ownerB"_qs, sql, {newKey(), 99999999, u"contacted"_qs, noReason});
    QCOMPARE(other.sqlState(), u"P0002"_qs);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
    QCOMPARE(other.error.serverMessage, u"lead %1 does not exist"_qs.arg(id));
    QCOMPARE(missing.error.serverMessage, u"lead 99999999 does not exist"_qs);
    for (const QString &who : {u"admin"_qs, u"finance"_qs, u"service"_qs})
        QCOMPARE(run(who, sql, {newKey(), id, u"contacted"_qs, noReason}).sqlState(), u"42501"_qs);

    const QString key = newKey();
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, sql, {key, id, u"contacted"_qs, noReason}));
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, sql, {key, id, u"contacted"_qs, noReason})); // retry
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.escalation_leads WHERE id = ?"_qs, {id}).toString(),
             u"contacted"_qs);
    QCOMPARE(run(u"ownerA"_qs, sql, {newKey(), id, u"contacted"_qs, noReason}).sqlState(), u"AD001"_qs);
    QCOMPARE(run(u"ownerA"_qs, sql, {newKey(), id, u"lost"_qs, noReason}).sqlState(), u"22023"_qs);
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, sql, {newKey(), id, u"lost"_qs, u"Customer went elsewhere"_qs}));
    QCOMPARE(m_db.scalar(u"SELECT lost_reason FROM desk.escalation_leads WHERE id = ?"_qs, {id}).toString(),
             u"Customer went elsewhere"_qs);
    QCOMPARE(
        m_db.scalar(
                u"SELECT count(*) FROM desk.audit_log WHERE table_name = 'escalation_leads' AND row_id = ?"_qs,
                {id})
            .toInt(),
        2);
}

void TstQuotes::limitUnderAtAndOver() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, false, &mech); // $1,000 a month
    QVERIFY(p);
    // Under: $320.
    const auto under = quote(p, lead(mech, m_a), kBrakeJob);
    ADESK_VERIFY_SQL(under);
    QJsonObject o = json(under.scalar());
    QCOMPARE(o.value(u"status").toString(), u"sent"_qs);
    QCOMPARE(o.value(u"total_cents").toInteger(), 32000);
    QCOMPARE(o.value(u"month_before_cents").toInteger(), 0);
    const qint64 first = o.value(u"quote_id").toInteger();
    const auto lines = m_db.run(u"SELECT kind, unit_price_cents, amount_cents FROM desk.repair_quote_lines "
                                u"WHERE quote_id = ? ORDER BY line_no"_qs,
                                {first});
    ADESK_VERIFY_SQL(lines);
    QCOMPARE(lines.rows.size(), 2);
    QCOMPARE(lines.rows[0], (QVariantList{u"part"_qs, 10000, 20000})); // the 2025 price
    QCOMPARE(lines.rows[1], (QVariantList{u"labour"_qs, 12000, 12000}));
    QCOMPARE(
        m_db.scalar(
                u"SELECT l.status FROM desk.escalation_leads l JOIN desk.repair_quotes q ON q.lead_id = l.id "
                u"WHERE q.id = ?"_qs,
                {first})
            .toString(),
        u"quoted"_qs);
    // At: $320 + $680 = exactly $1,000.
    o = json(quote(p, lead(mech, m_a),
                   u"[{\"kind\": \"part\", \"part_number\": \"BP-100\", \"quantity\": 4}, "
                   u"{\"kind\": \"labour\", \"service_category\": \"brakes\", \"minutes\": 140}]"_qs)
                 .scalar());
    QCOMPARE(o.value(u"total_cents").toInteger(), 68000);
    QCOMPARE(o.value(u"status").toString(), u"sent"_qs);
    QCOMPARE(o.value(u"month_before_cents").toInteger(), 32000);
    // Over: one more pad.
    o = json(quote(p, lead(mech, m_a), pads(1)).scalar());
    QCOMPARE(o.value(u"status").toString(), u"pending_partner_approval"_qs);
    QCOMPARE(o.value(u"month_before_cents").toInteger(), 100000);
    const qint64 over = o.value(u"quote_id").toInteger();
    QCOMPARE(
        m_db.scalar(u"SELECT over_limit AND NOT approval_required FROM desk.repair_quotes WHERE id = ?"_qs,
                    {over})
            .toBool(),
        true);
    QCOMPARE(m_db.scalar(u"SELECT desk.partnership_quoted_in_month(?, current_date)"_qs, {p}).toLongLong(),
             110000);
    // The workshop rejects it (with a reason): it no longer counts.
    QCOMPARE(decide(u"ownerA"_qs, over, false).sqlState(), u"22023"_qs);
    const auto rejected = decide(u"ownerA"_qs, over, false, u"Over our monthly budget"_qs);
    ADESK_VERIFY_SQL(rejected);
    QCOMPARE(rejected.scalar().toString(), u"rejected_by_partner"_qs);
    QCOMPARE(m_db.scalar(u"SELECT desk.partnership_quoted_in_month(?, current_date)"_qs, {p}).toLongLong(),
             100000);
    QCOMPARE(decide(u"ownerA"_qs, over, true).sqlState(), u"AD001"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'quote.reject' AND row_id = ?"_qs,
                    {over})
            .toInt(),
        1);
}

void TstQuotes::approvalRequiredWaitsWhateverTheAmount() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, true, &mech);
    QVERIFY(p);
    const auto r = quote(p, lead(mech, m_a), pads(1));
    ADESK_VERIFY_SQL(r);
    const QJsonObject o = json(r.scalar());
    QCOMPARE(o.value(u"status").toString(), u"pending_partner_approval"_qs);
    const qint64 id = o.value(u"quote_id").toInteger();
    QCOMPARE(
        m_db.scalar(u"SELECT approval_required AND NOT over_limit FROM desk.repair_quotes WHERE id = ?"_qs,
                    {id})
            .toBool(),
        true);
    const auto approved = decide(u"ownerA"_qs, id, true);
    ADESK_VERIFY_SQL(approved);
    QCOMPARE(approved.scalar().toString(), u"sent"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'quote.approve' AND row_id = ?"_qs,
                    {id})
            .toInt(),
        1);
}

// Two connections of the platform's backend quote $200 each against the last $200 of the month. The
// first holds the partnership's row; the second waits for it, then reads the first's quote: one is
// sent, the other waits for the workshop. Without the lock both would read $300 and both be sent.
void TstQuotes::twoQuotesRaceForTheLastOfTheLimit() {
    qint64 mech = 0;
    const qint64 p = partnership(50000, false, &mech);
    QVERIFY(p);
    ADESK_VERIFY_SQL(quote(p, lead(mech, m_a), pads(3))); // $300 of $500
    const qint64 lead1 = lead(mech, m_a);
    const qint64 lead2 = lead(mech, m_a);
    QVERIFY(lead1 && lead2);

    ADESK_VERIFY_SQL(run(u"service"_qs, u"BEGIN"_qs));
    const auto firstCall = quote(p, lead1, pads(2));
    ADESK_VERIFY_SQL(firstCall);

    TestDatabase::SqlResult second;
    const auto settings = m_db.login(m_db.roleName(u"service"_qs));
    std::thread racer([&] {
        {
            QSqlDatabase db = TestDatabase::openConnection(settings, u"racer"_qs);
            if (db.isOpen())
                second = TestDatabase::run(
                    db, u"SELECT desk.create_partner_quote(?::uuid, ?, ?, ?::jsonb)::text"_qs,
                    {newKey(), p, lead2, pads(2)});
        }
        TestDatabase::closeConnection(u"racer"_qs);
    });
    // Wait (bounded) until the racer is blocked on the partnership's row lock, then commit the first.
    bool waiting = false;
    for (int i = 0; i < 600 && !waiting; ++i) {
        waiting = m_db.scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                              u"AND wait_event_type = 'Lock' AND usename = ?"_qs,
                              {m_db.roleName(u"service"_qs)})
                      .toInt() == 1;
        if (!waiting)
            QThread::msleep(50);
    }
    ADESK_VERIFY_SQL(run(u"service"_qs, u"COMMIT"_qs));
    racer.join();
    ADESK_VERIFY_SQL(second);
    const QJsonObject a = json(firstCall.scalar());
    const QJsonObject b = json(second.scalar());
    QCOMPARE(a.value(u"status").toString(), u"sent"_qs);
    QCOMPARE(a.value(u"month_before_cents").toInteger(), 30000);
    QCOMPARE(b.value(u"status").toString(), u"pending_partner_approval"_qs);
    QCOMPARE(b.value(u"month_before_cents").toInteger(), 50000);
    QCOMPARE(
        m_db.scalar(u"SELECT coalesce(sum(total_cents), 0) FROM desk.repair_quotes WHERE partnership_id = ? "
                    u"AND status = 'sent'"_qs,
                    {p})
            .toLongLong(),
        50000);
    QVERIFY2(waiting, "the second quote never waited for the partnership's row");
}

void TstQuotes::catalogPricesOutsideTheirValidityAreRefused() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, false, &mech);
    QVERIFY(p);
    const qint64 l = lead(mech, m_a);
    const qint64 expiredPart =
        m_db.scalar(u"SELECT id FROM desk.partnership_parts WHERE partnership_id = ? AND "
                    u"valid_until IS NOT NULL"_qs,
                    {p})
            .toLongLong();
    const qint64 expiredRate =
        m_db.scalar(u"SELECT id FROM desk.partnership_labour_rates WHERE partnership_id = ? "
                    u"AND valid_until IS NOT NULL"_qs,
                    {p})
            .toLongLong();
    auto r = quote(p, l, u"[{\"kind\": \"part\", \"part_id\": %1, \"quantity\": 1}]"_qs.arg(expiredPart));
    QCOMPARE(r.sqlState(), u"23514"_qs);
    r = quote(p, l, u"[{\"kind\": \"labour\", \"labour_rate_id\": %1, \"minutes\": 30}]"_qs.arg(expiredRate));
    QCOMPARE(r.sqlState(), u"23514"_qs);
    r = quote(p, l, u"[{\"kind\": \"part\", \"part_number\": \"NOPE-1\", \"quantity\": 1}]"_qs);
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.repair_quotes WHERE partnership_id = ?"_qs, {p}).toInt(),
             0);
    // The table refuses it whoever writes: a valid quote, then a line at the expired price (even as
    // superuser).
    const auto ok = quote(p, l, pads(1));
    ADESK_VERIFY_SQL(ok);
    const qint64 q = json(ok.scalar()).value(u"quote_id").toInteger();
    const auto direct =
        m_db.run(u"INSERT INTO desk.repair_quote_lines (quote_id, workshop_id, line_no, kind, part_id, "
                 u"description, quantity, unit_price_cents, amount_cents) VALUES (?, ?, 2, 'part', ?, "
                 u"'old pads', 1, 9000, 9000)"_qs,
                 {q, m_a, expiredPart});
    QCOMPARE(direct.sqlState(), u"23514"_qs);
    const auto repriced =
        m_db.run(u"UPDATE desk.repair_quote_lines SET unit_price_cents = 1, amount_cents = 1 "
                 u"WHERE quote_id = ?"_qs,
                 {q});
    QCOMPARE(repriced.sqlState(), u"23514"_qs);
}

void TstQuotes::retriesWithTheSameKeyAreIdempotent() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, true, &mech);
    QVERIFY(p);
    const qint64 l = lead(mech, m_a);
    const QString key = newKey();
    const auto first = quote(p, l, kBrakeJob, key);
    ADESK_VERIFY_SQL(first);
    const auto again = quote(p, l, kBrakeJob, key);
    ADESK_VERIFY_SQL(again);
    QCOMPARE(again.scalar(), first.scalar());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.repair_quotes WHERE partnership_id = ?"_qs, {p}).toInt(),
             1);
    const qint64 id = json(first.scalar()).value(u"quote_id").toInteger();
    const QString decideKey = newKey();
    const QString sql = u"SELECT desk.decide_partner_quote(?::uuid, ?, true, NULL)"_qs;
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, sql, {decideKey, id}));
    const auto retried = run(u"ownerA"_qs, sql, {decideKey, id});
    ADESK_VERIFY_SQL(retried);
    QCOMPARE(retried.scalar().toString(), u"sent"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'quote.approve' AND row_id = ?"_qs,
                    {id})
            .toInt(),
        1);
}

void TstQuotes::otherWorkshopsQuotesAnswerLikeMissingOnes() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, true, &mech);
    QVERIFY(p);
    const qint64 id = json(quote(p, lead(mech, m_a), pads(1)).scalar()).value(u"quote_id").toInteger();
    QVERIFY(id);
    const auto other = decide(u"ownerB"_qs, id, true);
    const auto missing = decide(u"ownerB"_qs, 99999999, true);
    QCOMPARE(other.sqlState(), u"P0002"_qs);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
    QCOMPARE(other.error.serverMessage, u"quote %1 does not exist"_qs.arg(id));
    QCOMPARE(missing.error.serverMessage, u"quote 99999999 does not exist"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.repair_quotes WHERE id = ?"_qs, {id}).toString(),
             u"pending_partner_approval"_qs);
}

void TstQuotes::financeAndAdminsCannotDecide() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, true, &mech);
    QVERIFY(p);
    const qint64 id = json(quote(p, lead(mech, m_a), pads(1)).scalar()).value(u"quote_id").toInteger();
    for (const QString &who : {u"admin"_qs, u"finance"_qs, u"service"_qs}) {
        const auto r = decide(who, id, true);
        QVERIFY2(!r.ok, qPrintable(who));
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
    // Nor do owners create quotes or accept them for the customer.
    QCOMPARE(quote(p, lead(mech, m_a), pads(1), newKey(), u"ownerA"_qs).sqlState(), u"42501"_qs);
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.accept_partner_quote(?::uuid, ?)"_qs, {newKey(), id}).sqlState(),
             u"42501"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.repair_quotes WHERE id = ?"_qs, {id}).toString(),
             u"pending_partner_approval"_qs);
}

void TstQuotes::rowSecurity() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, true, &mech);
    QVERIFY(p);
    QVERIFY(quote(p, lead(mech, m_a), pads(1)).ok);
    for (const QString &table : {u"escalation_leads"_qs, u"repair_quotes"_qs, u"repair_quote_lines"_qs}) {
        const QString count = u"SELECT count(*) FROM desk.%1"_qs.arg(table);
        const qint64 all = m_db.scalar(count).toLongLong();
        QVERIFY(all > 0);
        QCOMPARE(run(u"admin"_qs, count).scalar().toLongLong(), all);
        QCOMPARE(run(u"service"_qs, count).scalar().toLongLong(), all);
        QCOMPARE(run(u"ownerA"_qs, count).scalar().toLongLong(),
                 m_db.scalar(u"SELECT count(*) FROM desk.%1 WHERE workshop_id = ?"_qs.arg(table), {m_a})
                     .toLongLong());
        QCOMPARE(run(u"ownerB"_qs, count).scalar().toLongLong(), 0);
        QCOMPARE(run(u"finance"_qs, count).sqlState(), u"42501"_qs);
        // Nobody writes the tables directly.
        for (const QString &who : {u"admin"_qs, u"ownerA"_qs, u"service"_qs})
            QCOMPARE(run(who, u"DELETE FROM desk.%1"_qs.arg(table)).sqlState(), u"42501"_qs);
    }
    QCOMPARE(run(u"finance"_qs, u"SELECT count(*) FROM desk.partner_types"_qs).scalar().toInt(), 3);
    QCOMPARE(run(u"ownerB"_qs, u"SELECT count(*) FROM desk.partner_types"_qs).scalar().toInt(), 3);
}

// partnership-system-deferred.md: a repair quoted under a partnership pays the partnership's
// commission (here 12 %, set on the partnership) through desk.record_escalation_earnings.
void TstQuotes::completedJobPostsThePartnershipsCommission() {
    qint64 mech = 0;
    const qint64 p = partnership(100000, false, &mech);
    QVERIFY(p);
    const qint64 l = lead(mech, m_a);
    const qint64 id = json(quote(p, l, kBrakeJob).scalar()).value(u"quote_id").toInteger();
    QVERIFY(id);
    // Not accepted yet: no job.
    QCOMPARE(run(u"service"_qs, u"SELECT desk.complete_quote_job(?::uuid, ?, now())"_qs, {newKey(), id})
                 .sqlState(),
             u"AD001"_qs);
    ADESK_VERIFY_SQL(run(u"service"_qs, u"SELECT desk.accept_partner_quote(?::uuid, ?)"_qs, {newKey(), id}));
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.escalation_leads WHERE id = ?"_qs, {l}).toString(),
             u"won"_qs);
    const QString key = newKey();
    const QString sql = u"SELECT desk.complete_quote_job(?::uuid, ?, now())::text"_qs;
    const auto done = run(u"service"_qs, sql, {key, id});
    ADESK_VERIFY_SQL(done);
    const auto retried = run(u"service"_qs, sql, {key, id});
    ADESK_VERIFY_SQL(retried);
    QCOMPARE(retried.scalar(), done.scalar());
    const qint64 escalation = json(done.scalar()).value(u"escalation_id").toInteger();
    const auto e =
        m_db.run(u"SELECT partnership_id, repair_amount_cents, service_category, mechanic_id, workshop_id "
                 u"FROM desk.escalations WHERE id = ?"_qs,
                 {escalation});
    ADESK_VERIFY_SQL(e);
    QCOMPARE(e.rows.size(), 1);
    QCOMPARE(e.rows[0], (QVariantList{p, 32000, u"brakes"_qs, mech, m_a}));
    // The ledger rows read back: the mechanic's commission at the partnership's 12 %, the rest to the
    // workshop.
    const auto ledger =
        m_db.run(u"SELECT entry_type || '/' || party || '/' || coalesce(share_bp::text, '-') || '/' || "
                 u"amount_cents || '/' || coalesce(basis, '-') || '/' || partnership_id "
                 u"FROM desk.earnings_ledger WHERE event_type = 'escalation' AND event_id = ? "
                 u"ORDER BY id"_qs,
                 {escalation});
    ADESK_VERIFY_SQL(ledger);
    QCOMPARE(ledger.column(), (QVariantList{u"commission/mechanic/1200/3840/partnership/%1"_qs.arg(p),
                                            u"workshop_share/workshop/8800/28160/rest/%1"_qs.arg(p)}));
}

// 0027: the customer declines a sent quote (the platform records it, once per key); a sent quote is
// valid quote_validity_days (30) from the Toronto day it was sent: the last day it can still be
// accepted, the day after refused even before the sweep, then marked expired by the sweep once.
void TstQuotes::declinedAndExpiredQuotes() {
    qint64 mech = 0;
    const qint64 p = partnership(1000000, false, &mech);
    QVERIFY(p);
    auto sentQuote = [&] {
        const QJsonObject q = json(quote(p, lead(mech, m_a), kBrakeJob).scalar());
        return q.value(u"status"_qs).toString() == u"sent"_qs ? q.value(u"quote_id"_qs).toInteger() : 0;
    };
    const qint64 declined = sentQuote();
    QVERIFY(declined);
    const QString decline = u"SELECT desk.decline_partner_quote(?::uuid, ?, ?)"_qs;
    // Only the platform records the customer's answer.
    for (const QString &who : {u"ownerA"_qs, u"admin"_qs, u"finance"_qs})
        QCOMPARE(run(who, decline, {newKey(), declined, u"Too dear"_qs}).sqlState(), u"42501"_qs);
    const QString key = newKey();
    const auto first = run(u"service"_qs, decline, {key, declined, u"  Too dear  "_qs});
    ADESK_VERIFY_SQL(first);
    QCOMPARE(first.scalar().toString(), u"declined"_qs);
    ADESK_VERIFY_SQL(run(u"service"_qs, decline, {key, declined, u"Too dear"_qs})); // the lost reply, retried
    QCOMPARE(run(u"service"_qs, decline, {newKey(), declined, QString()}).sqlState(), u"AD001"_qs);
    QCOMPARE(run(u"service"_qs, u"SELECT desk.accept_partner_quote(?::uuid, ?)"_qs, {newKey(), declined})
                 .sqlState(),
             u"AD001"_qs);
    const auto row = m_db.run(u"SELECT status, close_reason, closed_at IS NOT NULL FROM desk.repair_quotes "
                              u"WHERE id = ?"_qs,
                              {declined});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0), (QVariantList{u"declined"_qs, u"Too dear"_qs, true}));
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'quote.decline' AND row_id = ?"_qs,
                    {declined})
            .toInt(),
        1);
    QCOMPARE(run(u"service"_qs, decline, {newKey(), 987654321, QString()}).sqlState(), u"P0002"_qs);

    // Sent at noon (Toronto) 30 and 31 days ago: the first is on its last valid day.
    const QString sentDaysAgo =
        u"UPDATE desk.repair_quotes SET sent_at = (((now() AT TIME ZONE 'America/Toronto')::date - ?::int) "
        u"+ time '12:00') AT TIME ZONE 'America/Toronto' WHERE id = ?"_qs;
    const qint64 lastDay = sentQuote();
    const qint64 stale = sentQuote();
    const qint64 staleToo = sentQuote();
    QVERIFY(lastDay && stale && staleToo);
    QVERIFY(m_db.exec(sentDaysAgo, {30, lastDay}) && m_db.exec(sentDaysAgo, {31, stale}) &&
            m_db.exec(sentDaysAgo, {45, staleToo}));
    ADESK_VERIFY_SQL(
        run(u"service"_qs, u"SELECT desk.accept_partner_quote(?::uuid, ?)"_qs, {newKey(), lastDay}));
    const auto late =
        run(u"service"_qs, u"SELECT desk.accept_partner_quote(?::uuid, ?)"_qs, {newKey(), stale});
    QCOMPARE(late.sqlState(), u"AD001"_qs);
    QVERIFY2(late.error.serverMessage.contains(u"valid until"_qs), qPrintable(late.error.serverMessage));

    // The sweep: admins and the platform only; each stale quote once.
    const QString sweep = u"SELECT desk.expire_partner_quotes(now())"_qs;
    QCOMPARE(run(u"ownerA"_qs, sweep).sqlState(), u"42501"_qs);
    QCOMPARE(run(u"finance"_qs, sweep).sqlState(), u"42501"_qs);
    const auto swept = run(u"admin"_qs, sweep);
    ADESK_VERIFY_SQL(swept);
    QCOMPARE(swept.scalar().toInt(), 2);
    const auto again = run(u"service"_qs, sweep);
    ADESK_VERIFY_SQL(again);
    QCOMPARE(again.scalar().toInt(), 0);
    const auto states =
        m_db.run(u"SELECT status FROM desk.repair_quotes WHERE id IN (?, ?, ?) ORDER BY id"_qs,
                 {lastDay, stale, staleToo});
    ADESK_VERIFY_SQL(states);
    QCOMPARE(states.column(), (QVariantList{u"accepted"_qs, u"expired"_qs, u"expired"_qs}));
    QCOMPARE(
        m_db.scalar(
                u"SELECT count(*) FROM desk.audit_log WHERE action = 'quote.expire' AND row_id IN (?, ?)"_qs,
                {stale, staleToo})
            .toInt(),
        2);
    // The table refuses an outcome without its instant, whoever writes it.
    QVERIFY(!m_db.exec(u"UPDATE desk.repair_quotes SET status = 'expired' WHERE id = ?"_qs, {sentQuote()}));
}

QTEST_GUILESS_MAIN(TstQuotes)
#include "tst_quotes.moc"
