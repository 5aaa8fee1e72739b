// The platform KPIs (issue 15, migration 0022), against a real PostgreSQL with the LOGIN roles that
// would call them: each function on planted data with answers worked out by hand below, the bucket
// boundaries in the platform's zone (a UTC bucketing would move the rows planted next to midnight),
// refusals (owners and finance get 42501 with the same message whatever the arguments; bad periods
// 22023), and no function returning a payee-level column.

#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstKpis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void turnaroundMedianAndP90ByMonth();
    void queueReconstructedByWeek();
    void tiersNow();
    void sessionsAndRetention();
    void bookingsAndUtilization();
    void revenueIsThePlatformsSideOnly();
    void ownersAndFinanceAreRefused();
    void badPeriodsAreRefused();
    void noPayeeLevelColumns();
    void reviewKpisMatchTheirDefinitions();
    void bookingsKpiMatchesItsDefinition();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"kpis_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    /// A decided (or pending, when @p verifiedAt is empty) verification; times are Toronto local.
    qint64 verification(const QString &submittedAt, const QString &verifiedAt,
                        const QString &status = u"approved"_qs, const QString &expiry = QString()) {
        const QVariant id = m_db.scalar(
            u"INSERT INTO desk.compliance_verifications (entity_type, entity_id, mechanic_id, "
            u"verification_type, "
            "entity_name, status, verified_by, verified_at, submitted_at, expiry_date, policy_number) "
            "VALUES ('mechanic', ?, ?, 'insurance', 'KPI test', ?, "
            "CASE WHEN ?::text IS NULL THEN NULL ELSE ?::bigint END, "
            "?::timestamp AT TIME ZONE 'America/Toronto', ?::timestamp AT TIME ZONE 'America/Toronto', "
            "?::date, 'P-1') RETURNING id"_qs,
            {m_virtual.first(), m_virtual.first(), status, verifiedAt.isEmpty() ? QVariant() : verifiedAt,
             m_adminProfile, verifiedAt.isEmpty() ? QVariant() : verifiedAt, submittedAt,
             expiry.isEmpty() ? QVariant() : expiry});
        return id.toLongLong();
    }
    bool session(qint64 mechanic, const QString &type, const QString &completedAt,
                 const QString &status = u"completed"_qs) {
        return m_db.exec(
            u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, status, "
            "completed_at) VALUES (?, 5000, ?, ?, ?, ?::timestamp AT TIME ZONE 'America/Toronto')"_qs,
            {type, mechanic, type == u"workshop_visit" ? QVariant(m_shopA) : QVariant(), status,
             completedAt});
    }
    qint64 ledger(int eventId, const QString &month, const QString &tier, const QString &entry,
                  const QString &party, qint64 cents, qint64 reverses = 0) {
        return m_db
            .scalar(
                u"INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, entry_type, party, mechanic_id, gross_cents, amount_cents, payout_status, "
                "reverses_id, reverses_period) VALUES ('session', ?, ?::date + time '12:00', ?::date, "
                "'virtual_consultation', ?, ?, ?, ?, 10000, ?, CASE WHEN ? = 'platform' THEN NULL ELSE "
                "'pending' END, nullif(?, 0), (SELECT o.period FROM desk.earnings_ledger o WHERE o.id = ?)) "
                "RETURNING id"_qs,
                {eventId, month, month, tier, entry, party, m_virtual.first(), cents, party, reverses,
                 reverses})
            .toLongLong();
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shopA = 0, m_shopB = 0, m_bay = 0;
    qint64 m_adminProfile = 0;
    QList<qint64> m_virtual;    // 3 virtual-only mechanics
    QList<qint64> m_affiliated; // 2 workshop-affiliated (shop A), physical work allowed
    qint64 m_mobile = 0;        // 1 licensed mobile
};

void TstKpis::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_shopB = m_db.insertWorkshop(u"Garage Beta"_qs, u"ON"_qs); // no bay: outside utilization
    QVERIFY(m_shopA && m_shopB);
    m_bay = m_db.insertBay(m_shopA, u"A lift 1"_qs);
    QVERIFY(m_bay);
    // 08:00–18:00 every day: 600 open minutes a day.
    QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                      "SELECT ?, d, '08:00', '18:00' FROM generate_series(1, 7) d"_qs,
                      {m_shopA}));
    for (int i = 0; i < 3; ++i)
        m_virtual << m_db.insertMechanic(u"Virtual %1"_qs.arg(i));
    for (int i = 0; i < 2; ++i)
        m_affiliated << m_db.insertPhysicalMechanic(u"Affiliated %1"_qs.arg(i), m_shopA,
                                                    u"workshop_affiliated"_qs);
    m_mobile = m_db.insertPhysicalMechanic(u"Mobile"_qs, 0, u"licensed_mobile"_qs);
    QVERIFY(!m_virtual.contains(0) && !m_affiliated.contains(0) && m_mobile);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shopA}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"k"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"kpis_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    m_adminProfile = m_db.scalar(u"SELECT profile_id FROM desk.staff_logins WHERE login_role = ?"_qs,
                                 {m_roles.value(u"admin"_qs)})
                         .toLongLong();
    QVERIFY(m_adminProfile);
}

void TstKpis::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"kpis_"_qs + who);
}

void TstKpis::turnaroundMedianAndP90ByMonth() {
    // February 2026: five decisions taking 1, 2, 3, 10 and 50 hours. Sorted, the median is the 3rd
    // (3 h); the 90th percentile sits at 0.9 × 4 = 3.6 between the 4th and 5th: 10 + 0.6 × 40 = 34 h.
    // Four of five within 48 h: 8 000 bp. The 50-hour one is decided at 23:30 on 28 February in
    // Toronto (04:30 UTC on 1 March): February.
    QVERIFY(verification(u"2026-02-02 09:00"_qs, u"2026-02-02 10:00"_qs));
    // A rejection (it needs a reason code) of 2 hours.
    QVERIFY(
        m_db.exec(u"INSERT INTO desk.compliance_verifications (entity_type, entity_id, mechanic_id, "
                  "verification_type, entity_name, status, rejection_reason_code, verified_by, verified_at, "
                  "submitted_at) SELECT 'mechanic', ?, ?, 'insurance', 'KPI test', 'rejected', "
                  "(SELECT min(code) FROM desk.rejection_reasons), ?, "
                  "'2026-02-03 11:00'::timestamp AT TIME ZONE 'America/Toronto', "
                  "'2026-02-03 09:00'::timestamp AT TIME ZONE 'America/Toronto'"_qs,
                  {m_virtual.first(), m_virtual.first(), m_adminProfile}));
    QVERIFY(verification(u"2026-02-04 09:00"_qs, u"2026-02-04 12:00"_qs));
    QVERIFY(verification(u"2026-02-05 09:00"_qs, u"2026-02-05 19:00"_qs));
    QVERIFY(verification(u"2026-02-26 21:30"_qs, u"2026-02-28 23:30"_qs));
    // March: one decision of 100 hours, decided at midnight opening the month (Toronto).
    QVERIFY(verification(u"2026-02-24 20:00"_qs, u"2026-03-01 00:00"_qs));

    const auto r =
        run(u"admin"_qs, u"SELECT bucket_start::text, decisions, median_hours::text, p90_hours::text, "
                         "within_target, within_target_bp FROM "
                         "desk.kpi_review_turnaround('2026-02-01', '2026-04-01', 'month')"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0], (QVariantList{u"2026-02-01"_qs, 5, u"3.00"_qs, u"34.00"_qs, 4, 8000}));
    QCOMPARE(r.rows[1], (QVariantList{u"2026-03-01"_qs, 1, u"100.00"_qs, u"100.00"_qs, 0, 0}));
    // A month without a decision: a row, no median.
    const auto empty =
        run(u"admin"_qs, u"SELECT decisions, median_hours IS NULL, within_target_bp IS NULL FROM "
                         "desk.kpi_review_turnaround('2026-04-01', '2026-05-01', 'month')"_qs);
    ADESK_VERIFY_SQL(empty);
    QCOMPARE(empty.rows.value(0), (QVariantList{0, true, true}));
}

void TstKpis::queueReconstructedByWeek() {
    // Weeks of Monday 1 June and Monday 8 June 2026 (Toronto).
    //   v1 submitted 2 Jun, decided 3 Jun;  v2 submitted 3 Jun, decided 9 Jun;  v3 submitted 9 Jun, pending;
    //   v4 submitted 4 Jun, expired by the sweep without a decision (expiry 10 Jun: closed 11 Jun 00:00);
    //   v5 submitted Sunday 31 May 23:30 (04:30 UTC on 1 June: the week before), decided 2 Jun.
    QVERIFY(verification(u"2026-06-02 10:00"_qs, u"2026-06-03 10:00"_qs));
    QVERIFY(verification(u"2026-06-03 10:00"_qs, u"2026-06-09 10:00"_qs));
    QVERIFY(verification(u"2026-06-09 10:00"_qs, QString(), u"pending"_qs));
    QVERIFY(verification(u"2026-06-04 10:00"_qs, QString(), u"expired"_qs, u"2026-06-10"_qs));
    QVERIFY(verification(u"2026-05-31 23:30"_qs, u"2026-06-02 08:00"_qs));
    const auto r = run(u"admin"_qs, u"SELECT bucket_start::text, submitted, decided, pending_at_end FROM "
                                    "desk.kpi_review_queue('2026-06-01', '2026-06-15', 'week')"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 2);
    // Week 1: submitted v1, v2, v4; decided v1, v5; waiting at its end v2, v4.
    QCOMPARE(r.rows[0], (QVariantList{u"2026-06-01"_qs, 3, 2, 2}));
    // Week 2: submitted v3; decided v2; waiting v3 (v4 closed on 11 June).
    QCOMPARE(r.rows[1], (QVariantList{u"2026-06-08"_qs, 1, 1, 1}));
    // The week before: v5 submitted, and waiting at its end.
    const auto before = run(u"admin"_qs, u"SELECT submitted, pending_at_end FROM "
                                         "desk.kpi_review_queue('2026-05-31', '2026-06-01', 'week')"_qs);
    ADESK_VERIFY_SQL(before);
    QCOMPARE(before.rows.value(0), (QVariantList{1, 1}));
    // Whole buckets: a period starting on Wednesday 3 June still reports the week of 1 June.
    QCOMPARE(run(u"admin"_qs, u"SELECT min(bucket_start)::text FROM "
                              "desk.kpi_review_queue('2026-06-03', '2026-06-04', 'week')"_qs)
                 .scalar()
                 .toString(),
             u"2026-06-01"_qs);
    QVERIFY(m_db.exec(u"DELETE FROM desk.compliance_verifications WHERE status = 'pending'"_qs));
}

void TstKpis::tiersNow() {
    const auto r = run(u"admin"_qs, u"SELECT * FROM desk.kpi_mechanic_tiers()"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0], (QVariantList{u"virtual_only"_qs, 3, 0, 0}));
    QCOMPARE(r.rows[1], (QVariantList{u"workshop_affiliated"_qs, 2, 2, 2}));
    QCOMPARE(r.rows[2], (QVariantList{u"licensed_mobile"_qs, 1, 1, 1}));
}

void TstKpis::sessionsAndRetention() {
    const qint64 m1 = m_virtual[0], m2 = m_virtual[1], m4 = m_virtual[2], m3 = m_affiliated[0], m5 = m_mobile;
    // August 2026: m1 two chats, m2 a video, m3 a workshop visit, m4 a cancelled chat (not counted),
    // m5 a chat at 23:00 on 31 August in Toronto (03:00 UTC on 1 September: August).
    QVERIFY(session(m1, u"chat"_qs, u"2026-08-03 10:00"_qs));
    QVERIFY(session(m1, u"chat"_qs, u"2026-08-04 10:00"_qs));
    QVERIFY(session(m2, u"video"_qs, u"2026-08-10 10:00"_qs));
    QVERIFY(session(m3, u"workshop_visit"_qs, u"2026-08-11 10:00"_qs));
    QVERIFY(session(m4, u"chat"_qs, u"2026-08-12 10:00"_qs, u"cancelled"_qs));
    QVERIFY(session(m5, u"chat"_qs, u"2026-08-31 23:00"_qs));
    // September: m1 a video, m2 a chat upgraded, at 23:30 on 30 September. October: nobody.
    QVERIFY(session(m1, u"video"_qs, u"2026-09-02 10:00"_qs));
    QVERIFY(session(m2, u"upgraded_from_chat"_qs, u"2026-09-30 23:30"_qs));

    const auto s =
        run(u"admin"_qs, u"SELECT bucket_start::text, virtual_sessions, workshop_visits, active_mechanics "
                         "FROM desk.kpi_sessions('2026-08-01', '2026-11-01', 'month')"_qs);
    ADESK_VERIFY_SQL(s);
    QCOMPARE(s.rows.size(), 3);
    QCOMPARE(s.rows[0], (QVariantList{u"2026-08-01"_qs, 4, 1, 4}));
    QCOMPARE(s.rows[1], (QVariantList{u"2026-09-01"_qs, 2, 0, 2}));
    QCOMPARE(s.rows[2], (QVariantList{u"2026-10-01"_qs, 0, 0, 0}));

    // Retention: August, nobody active in July (none); September, of August's m1, m2, m3, m5 the two
    // who came back, m1 and m2: 2 / 4 = 5 000 bp; October, of September's m1 and m2 nobody: 0.
    const auto r =
        run(u"admin"_qs, u"SELECT bucket_start::text, previous_active, retained, retention_bp FROM "
                         "desk.kpi_mechanic_retention('2026-08-01', '2026-11-01', 'month')"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].mid(0, 3), (QVariantList{u"2026-08-01"_qs, 0, 0}));
    QVERIFY(r.rows[0][3].isNull());
    QCOMPARE(r.rows[1], (QVariantList{u"2026-09-01"_qs, 4, 2, 5000}));
    QCOMPARE(r.rows[2], (QVariantList{u"2026-10-01"_qs, 2, 0, 0}));
    const auto w = run(u"admin"_qs, u"SELECT previous_active, retained, retention_bp FROM "
                                    "desk.kpi_mechanic_retention('2026-08-10', '2026-08-11', 'week')"_qs);
    ADESK_VERIFY_SQL(w);
    // Week of 10 Aug against week of 3 Aug: m1 active before, not after.
    QCOMPARE(w.rows.value(0), (QVariantList{1, 0, 0}));
}

void TstKpis::bookingsAndUtilization() {
    // October 2026, shop A's one bay open 600 minutes a day: 31 × 600 = 18 600 open minutes.
    // Two completed hours count as booked (120 minutes), the no-show and the cancellation do not:
    // 120 / 18 600 = 0.645 % → 65 bp. The cancellation starts at 23:00 on 31 October in Toronto
    // (03:00 UTC on 1 November): October.
    const qint64 mech = m_affiliated[1];
    QVERIFY(m_db.insertPastBooking(m_bay, mech, u"2026-10-05 10:00 America/Toronto"_qs, 60));
    QVERIFY(m_db.insertPastBooking(m_bay, mech, u"2026-10-06 10:00 America/Toronto"_qs, 60));
    QVERIFY(m_db.insertPastBooking(m_bay, mech, u"2026-10-07 10:00 America/Toronto"_qs, 60, u"no_show"_qs));
    QVERIFY(m_db.insertPastBooking(m_bay, mech, u"2026-10-31 23:00 America/Toronto"_qs, 60, u"cancelled"_qs));
    const auto r =
        run(u"admin"_qs, u"SELECT bucket_start::text, bookings, completed, cancelled, no_show, workshops, "
                         "open_minutes, booked_minutes, utilization_bp FROM "
                         "desk.kpi_bookings('2026-10-01', '2026-12-01', 'month')"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0], (QVariantList{u"2026-10-01"_qs, 4, 2, 1, 1, 1, 18600, 120, 65}));
    // November: 30 × 600 open, nothing booked.
    QCOMPARE(r.rows[1], (QVariantList{u"2026-11-01"_qs, 0, 0, 0, 0, 0, 18000, 0, 0}));
}

void TstKpis::revenueIsThePlatformsSideOnly() {
    // January 2026: platform fees 1 500 (virtual, event 1), 2 000 (virtual, event 2, then reversed:
    // -2 000) and 40 000 (physical, event 3); the mechanic's 8 500 share of event 1 is not revenue.
    QVERIFY(ledger(1, u"2026-01-01"_qs, u"virtual"_qs, u"platform_fee"_qs, u"platform"_qs, 1500));
    QVERIFY(ledger(1, u"2026-01-01"_qs, u"virtual"_qs, u"mechanic_share"_qs, u"mechanic"_qs, 8500));
    const qint64 fee2 = ledger(2, u"2026-01-01"_qs, u"virtual"_qs, u"platform_fee"_qs, u"platform"_qs, 2000);
    QVERIFY(fee2);
    QVERIFY(ledger(2, u"2026-01-01"_qs, u"virtual"_qs, u"reversal"_qs, u"platform"_qs, -2000, fee2));
    QVERIFY(ledger(3, u"2026-01-01"_qs, u"physical"_qs, u"platform_fee"_qs, u"platform"_qs, 40000));
    const auto r = run(u"admin"_qs, u"SELECT month::text, service_tier, fee_cents, events FROM "
                                    "desk.kpi_platform_revenue('2026-01-01', '2026-03-01')"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[0], (QVariantList{u"2026-01-01"_qs, u"virtual"_qs, 1500, 2}));
    QCOMPARE(r.rows[1], (QVariantList{u"2026-01-01"_qs, u"physical"_qs, 40000, 1}));
    QCOMPARE(r.rows[2], (QVariantList{u"2026-02-01"_qs, u"virtual"_qs, 0, 0}));
    QCOMPARE(r.rows[3], (QVariantList{u"2026-02-01"_qs, u"physical"_qs, 0, 0}));
}

void TstKpis::ownersAndFinanceAreRefused() {
    const QStringList calls = {
        u"SELECT * FROM desk.kpi_review_turnaround('2026-01-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_review_queue('2026-01-01', '2026-02-01', 'week')"_qs,
        u"SELECT * FROM desk.kpi_mechanic_tiers()"_qs,
        u"SELECT * FROM desk.kpi_sessions('2026-01-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_mechanic_retention('2026-01-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_bookings('2026-01-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_platform_revenue('2026-01-01', '2026-02-01')"_qs,
        u"SELECT * FROM desk.kpi_matching(12)"_qs,
        // Bad arguments do not tell a refused caller anything either.
        u"SELECT * FROM desk.kpi_sessions(NULL, NULL, 'year')"_qs,
    };
    for (const QString &who : {u"owner"_qs, u"finance"_qs})
        for (const QString &sql : calls) {
            const auto r = run(who, sql);
            QVERIFY2(!r.ok, qPrintable(who + u": "_qs + sql));
            QCOMPARE(r.sqlState(), u"42501"_qs);
        }
    // Not granted to them at all; the internal helpers to nobody.
    const auto grants = m_db.run(
        u"SELECT p.proname, has_function_privilege('adesk_workshop_owner', p.oid, 'EXECUTE'), "
        "has_function_privilege('adesk_finance', p.oid, 'EXECUTE'), "
        "has_function_privilege('adesk_platform_admin', p.oid, 'EXECUTE') "
        "FROM pg_proc p WHERE p.pronamespace = 'desk'::regnamespace AND p.proname LIKE 'kpi\\_%' ORDER BY 1"_qs);
    ADESK_VERIFY_SQL(grants);
    QCOMPARE(grants.rows.size(), 10); // with kpi_matching (0025)
    for (const QVariantList &g : grants.rows) {
        const bool internal = g[0].toString() == u"kpi_buckets" || g[0].toString() == u"kpi_require_admin";
        QVERIFY2(!g[1].toBool() && !g[2].toBool(), qPrintable(g[0].toString()));
        QCOMPARE(g[3].toBool(), !internal);
    }
}

void TstKpis::badPeriodsAreRefused() {
    const QStringList bad = {
        u"SELECT * FROM desk.kpi_sessions('2026-01-01', '2026-02-01', 'year')"_qs,
        u"SELECT * FROM desk.kpi_sessions('2026-02-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_sessions('2020-01-01', '2026-02-01', 'month')"_qs,
        u"SELECT * FROM desk.kpi_review_queue(NULL, '2026-02-01', 'week')"_qs,
        u"SELECT * FROM desk.kpi_review_turnaround('2026-01-01', '2026-02-01', NULL)"_qs,
    };
    for (const QString &sql : bad) {
        const auto r = run(u"admin"_qs, sql);
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.sqlState(), u"22023"_qs);
    }
}

void TstKpis::noPayeeLevelColumns() {
    // Every column the KPI functions return: aggregates and bucket keys only.
    const auto cols = m_db.run(
        u"SELECT DISTINCT a.name FROM pg_proc p, unnest(p.proargnames, p.proargmodes) AS a(name, mode) "
        "WHERE p.pronamespace = 'desk'::regnamespace AND p.proname LIKE 'kpi\\_%' AND a.mode = 't' "
        "AND p.proname <> 'kpi_buckets' ORDER BY 1"_qs);
    ADESK_VERIFY_SQL(cols);
    QStringList names;
    for (const QVariant &c : cols.column())
        names << c.toString();
    const QStringList expected = {u"acceptance_pct"_qs,
                                  u"accepted"_qs,
                                  u"active_mechanics"_qs,
                                  u"average_match_score"_qs,
                                  u"booked_minutes"_qs,
                                  u"bookings"_qs,
                                  u"bucket_start"_qs,
                                  u"cancelled"_qs,
                                  u"completed"_qs,
                                  u"compliance_approved"_qs,
                                  u"decided"_qs,
                                  u"decisions"_qs,
                                  u"events"_qs,
                                  u"fallback_pct"_qs,
                                  u"fee_cents"_qs,
                                  u"local_match_pct"_qs,
                                  u"mechanics"_qs,
                                  u"median_accept_seconds"_qs,
                                  u"median_hours"_qs,
                                  u"month"_qs,
                                  u"no_show"_qs,
                                  u"open_minutes"_qs,
                                  u"p90_accept_seconds"_qs,
                                  u"p90_hours"_qs,
                                  u"pending_at_end"_qs,
                                  u"physical_work"_qs,
                                  u"previous_active"_qs,
                                  u"requests"_qs,
                                  u"retained"_qs,
                                  u"retention_bp"_qs,
                                  u"service_tier"_qs,
                                  u"submitted"_qs,
                                  u"top_match_pct"_qs,
                                  u"utilization_bp"_qs,
                                  u"virtual_sessions"_qs,
                                  u"within_target"_qs,
                                  u"within_target_bp"_qs,
                                  u"workshop_visits"_qs,
                                  u"workshops"_qs};
    QCOMPARE(names, expected);
    for (const QString &n : names)
        QVERIFY2(!n.endsWith(u"_id"_qs) && !n.contains(u"name"_qs) && !n.contains(u"payee"_qs),
                 qPrintable(n));
}

QTEST_GUILESS_MAIN(TstKpis)
// Issue 19 (migrations 0039, 0040): desk.kpi_review_queue and desk.kpi_review_turnaround count in
// one pass what 0022's bodies counted with a scan per bucket. Each on the same random verifications
// (decided, waiting, expired with and without an expiry date, some decided before they were
// submitted), for periods by week and by month that end in the past, at now or after it (the last
// buckets' cut is now), as an admin against 0022's body run here as the superuser. No row is within
// two days of now, so the two calls' now() see the same rows waiting.
void TstKpis::reviewKpisMatchTheirDefinitions() {
    QRandomGenerator rng(20261204);
    const QDateTime now = QDateTime::currentDateTime();
    const auto at = [](const QDateTime &t) { return t.toString(u"yyyy-MM-dd HH:mm"_qs); };
    for (int i = 0; i < 240; ++i) {
        const qint64 ago = rng.bounded(2 * 24 * 60, 230 * 24 * 60); // minutes before now
        const QDateTime submitted = now.addSecs(-ago * 60);
        QString verified, status = u"pending"_qs, expiry;
        switch (rng.bounded(5)) {
        case 0: // waiting
            break;
        case 1: // decided between its submission and two days ago
            verified = at(submitted.addSecs(rng.bounded(ago - 2 * 24 * 60 + 1) * 60));
            status = u"approved"_qs;
            break;
        case 2: // decided "before" it was submitted (a clock or an import): closed before it opened
            verified = at(submitted.addSecs(-rng.bounded(1, 20 * 24 * 60) * 60));
            status = u"approved"_qs;
            break;
        case 3: { // expired by the sweep: closed at the end of its expiry date, in the past or future
            int days = rng.bounded(-230, 60);
            if (days >= -2 && days <= 2)
                days = 3;
            expiry = now.date().addDays(days).toString(Qt::ISODate);
            status = u"expired"_qs;
            break;
        }
        default: // expired without an expiry date: closed when last updated (its insert, before both calls)
            status = u"expired"_qs;
            break;
        }
        const qint64 id = verification(at(submitted), verified, status, expiry);
        QVERIFY2(id, qPrintable(status));
        QVERIFY(m_db.exec(
            u"UPDATE desk.compliance_verifications SET entity_name = 'KPI random' WHERE id = ?"_qs, {id}));
    }
    const QString reference =
        u"WITH v AS ("
        "  SELECT c.submitted_at, coalesce(c.verified_at, CASE WHEN c.status = 'expired' THEN "
        "         coalesce((c.expiry_date + 1)::timestamp AT TIME ZONE 'America/Toronto', "
        "                  c.updated_at) END) AS closed_at "
        "    FROM desk.compliance_verifications c) "
        "SELECT b.bucket_start::text, "
        "  (SELECT count(*) FROM desk.compliance_verifications c "
        "    WHERE c.submitted_at >= b.starts_at AND c.submitted_at < b.ends_at), "
        "  (SELECT count(*) FROM desk.compliance_verifications c "
        "    WHERE c.verified_at >= b.starts_at AND c.verified_at < b.ends_at), "
        "  (SELECT count(*) FROM v WHERE v.submitted_at < least(b.ends_at, now()) "
        "      AND (v.closed_at IS NULL OR v.closed_at >= least(b.ends_at, now()))) "
        "  FROM desk.kpi_buckets(?::date, ?::date, ?) b ORDER BY b.bucket_start"_qs;
    const QString referenceTurnaround =
        u"SELECT b.bucket_start::text, count(d.hours), "
        "  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY d.hours)::numeric, 2)::text, "
        "  round(percentile_cont(0.9) WITHIN GROUP (ORDER BY d.hours)::numeric, 2)::text, "
        "  count(d.hours) FILTER (WHERE d.hours <= 48), "
        "  CASE WHEN count(d.hours) = 0 THEN NULL ELSE ((20000 * count(d.hours) FILTER (WHERE d.hours <= 48) "
        "       + count(d.hours)) / (2 * count(d.hours)))::integer END "
        "  FROM desk.kpi_buckets(?::date, ?::date, ?) b "
        "  LEFT JOIN LATERAL (SELECT extract(epoch FROM c.verified_at - c.submitted_at)::double precision "
        "                            / 3600 AS hours FROM desk.compliance_verifications c "
        "                     WHERE c.verified_at >= b.starts_at AND c.verified_at < b.ends_at) d ON true "
        " GROUP BY b.bucket_start ORDER BY b.bucket_start"_qs;
    const QDate today = now.date();
    const QList<std::tuple<QDate, QDate, QString>> periods = {
        {today.addDays(-240), today.addDays(1), u"week"_qs},
        {today.addDays(-240), today.addDays(70), u"month"_qs},
        {today.addDays(-120), today.addDays(-40), u"week"_qs},
        {today.addDays(-30), today.addDays(30), u"week"_qs},
        {today.addDays(-400), today.addDays(-300), u"month"_qs}, // before every row
    };
    int waiting = 0, decisions = 0;
    for (const auto &[from, to, bucket] : periods) {
        const QVariantList binds{from.toString(Qt::ISODate), to.toString(Qt::ISODate), bucket};
        const auto expected = m_db.run(reference, binds);
        ADESK_VERIFY_SQL(expected);
        const auto got = run(u"admin"_qs,
                             u"SELECT bucket_start::text, submitted, decided, pending_at_end FROM "
                             "desk.kpi_review_queue(?::date, ?::date, ?)"_qs,
                             binds);
        ADESK_VERIFY_SQL(got);
        QVERIFY(!got.rows.isEmpty());
        QCOMPARE(got.rows, expected.rows);
        for (const QVariantList &row : got.rows)
            waiting = std::max(waiting, row.value(3).toInt());

        const auto expectedTurnaround = m_db.run(referenceTurnaround, binds);
        ADESK_VERIFY_SQL(expectedTurnaround);
        const auto gotTurnaround =
            run(u"admin"_qs,
                u"SELECT bucket_start::text, decisions, median_hours::text, p90_hours::text, within_target, "
                "within_target_bp FROM desk.kpi_review_turnaround(?::date, ?::date, ?)"_qs,
                binds);
        ADESK_VERIFY_SQL(gotTurnaround);
        QCOMPARE(gotTurnaround.rows, expectedTurnaround.rows);
        for (const QVariantList &row : gotTurnaround.rows)
            decisions += row.value(1).toInt();
    }
    QVERIFY(waiting > 20);   // the periods did see rows waiting
    QVERIFY(decisions > 40); // and decisions
    QVERIFY(m_db.exec(u"DELETE FROM desk.compliance_verifications WHERE entity_name = 'KPI random'"_qs));
}

// Issue 19 (migration 0048): desk.kpi_bookings computes utilization in one statement over every
// workshop, where 0022 called desk.bay_utilization per workshop and bucket. Six workshops, one per
// kind of clock: Toronto (changes at 02:00), St. John's (half-hour offset), Regina (none), Santiago
// (changes at midnight), Chatham (02:45, +12:45) and Lord Howe (30-minute change). Each has two
// bays (every second workshop's second bay out of service from mid-June), split shifts that change
// on 1 May, a Saturday open all day and Sunday shifts across the night's clock change; random
// closures (the whole workshop or one bay, 30 minutes to three days, odd seconds) and random
// bookings of every status (20 minutes to 24 hours, odd seconds, across midnight). The admin's
// answer is compared with 0022's body run by the superuser, by month and by weeks around the clock
// changes, the hours' change and the out-of-service date.
void TstKpis::bookingsKpiMatchesItsDefinition() {
    const QStringList plant = {
        u"SELECT setseed(0.48)"_qs,
        u"SET session_replication_role = replica"_qs,
        u"INSERT INTO desk.organizations (name, address_line, city, province, postal_code, time_zone) "
        "SELECT 'KPI zone ' || z, '1 rue', 'Ville', 'ON', 'M5V 1A1', z FROM unnest(ARRAY['America/Toronto', "
        "'America/St_Johns', 'America/Regina', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe']) z"_qs,
        u"INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents, out_of_service_from) "
        "SELECT o.id, 'Bay ' || n, 6000, CASE WHEN n = 2 AND o.id % 2 = 0 THEN date '2026-06-15' END "
        "  FROM desk.organizations o CROSS JOIN generate_series(1, 2) n WHERE o.name LIKE 'KPI zone %'"_qs,
        u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at, effective_from, "
        "effective_until) "
        "SELECT o.id, s.weekday, s.opens_at, s.closes_at, s.effective_from, s.effective_until "
        "  FROM desk.organizations o CROSS JOIN (VALUES "
        "    (1, time '08:00:30', time '12:00', date '-infinity', date '2026-05-01'), "
        "    (1, time '13:00', time '17:45', date '-infinity', date '2026-05-01'), "
        "    (1, time '07:30', time '19:00', date '2026-05-01', NULL::date), "
        "    (6, time '00:00', time '23:59:59', date '-infinity', NULL::date), "
        "    (7, time '00:00', time '01:00', date '-infinity', NULL::date), "
        "    (7, time '01:30', time '03:30', date '-infinity', NULL::date)) "
        "    AS s0(weekday1, opens_at, closes_at, effective_from, effective_until) "
        "  CROSS JOIN LATERAL (SELECT d::smallint AS weekday, s0.opens_at, s0.closes_at, s0.effective_from, "
        "                             s0.effective_until "
        "                        FROM generate_series(s0.weekday1, CASE WHEN s0.weekday1 = 1 THEN 5 "
        "                                             ELSE s0.weekday1 END) d) s "
        " WHERE o.name LIKE 'KPI zone %'"_qs,
        u"INSERT INTO desk.bay_closures (workshop_id, bay_id, kind, span) "
        "SELECT y.workshop_id, CASE WHEN random() < 0.5 THEN y.id END, 'other', "
        "       tstzrange(t.at, t.at + make_interval(secs => 1800 + floor(random() * 257400))) "
        "  FROM desk.bays y CROSS JOIN generate_series(1, 8) n "
        " CROSS JOIN LATERAL (SELECT timestamptz '2025-12-01' + make_interval(secs => floor(random() * "
        "                            33000000)) + make_interval(secs => n * 0) AS at) t "
        " WHERE y.name LIKE 'Bay %' AND y.workshop_id IN (SELECT id FROM desk.organizations "
        "                                                  WHERE name LIKE 'KPI zone %')"_qs,
        u"DO $$ DECLARE y record; t timestamptz; len interval; m bigint; BEGIN "
        "  FOR y IN SELECT b.id, b.workshop_id FROM desk.bays b JOIN desk.organizations o ON o.id = "
        "           b.workshop_id WHERE o.name LIKE 'KPI zone %' ORDER BY b.id LOOP "
        "    INSERT INTO desk.profiles (full_name, role) VALUES ('KPI bay mechanic', 'mechanic'); "
        "    INSERT INTO desk.mechanics (profile_id, display_name, workshop_id, service_tier, "
        "      workshop_verified, can_perform_physical_work, compliance_status, province, postal_code) "
        "    VALUES (currval(pg_get_serial_sequence('desk.profiles', 'id')), 'KPI bay mechanic', "
        "            y.workshop_id, 'workshop_affiliated', true, true, 'approved', 'ON', 'M5V 1A1') "
        "    RETURNING id INTO m; "
        "    t := timestamptz '2025-11-28' + make_interval(secs => floor(random() * 86400)); "
        "    WHILE t < timestamptz '2027-01-03' LOOP "
        "      len := make_interval(secs => 1200 + floor(random() * 85200)); "
        "      INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, mechanic_name, span, status) "
        "      VALUES (y.workshop_id, y.id, m, 'KPI bay mechanic', tstzrange(t, t + len), "
        "(ARRAY['requested', "
        "              'confirmed', 'checked_in', 'completed', 'cancelled', 'no_show'])[1 + floor(random() * "
        "6)]); "
        "      t := t + len + make_interval(secs => 1200 + floor(random() * 200000)); "
        "    END LOOP; "
        "  END LOOP; END $$"_qs,
        u"SET session_replication_role = DEFAULT"_qs,
    };
    for (const QString &sql : plant)
        QVERIFY2(m_db.exec(sql), qPrintable(sql));
    // 0022's body (bookings per bucket; utilization through desk.bay_utilization per workshop).
    const QString reference =
        u"WITH b AS (SELECT k.bucket_start, k.bucket_end FROM desk.kpi_buckets(?::date, ?::date, ?) k), "
        "bk AS ( "
        "  SELECT b.bucket_start, count(x.id) AS n, "
        "         count(x.id) FILTER (WHERE x.status = 'completed') AS done, "
        "         count(x.id) FILTER (WHERE x.status = 'cancelled') AS cancelled, "
        "         count(x.id) FILTER (WHERE x.status = 'no_show') AS no_show, "
        "         count(DISTINCT x.workshop_id) AS workshops "
        "    FROM b "
        "    LEFT JOIN (SELECT k.id, k.status, k.workshop_id, "
        "                      (lower(k.span) AT TIME ZONE o.time_zone)::date AS day "
        "                 FROM desk.bay_bookings k JOIN desk.organizations o ON o.id = k.workshop_id) x "
        "           ON x.day >= b.bucket_start AND x.day < b.bucket_end "
        "   GROUP BY b.bucket_start), "
        "ut AS ( "
        "  SELECT b.bucket_start, coalesce(sum(u.open_minutes), 0)::bigint AS open_m, "
        "         coalesce(sum(u.booked_minutes), 0)::bigint AS booked_m "
        "    FROM b "
        "    LEFT JOIN LATERAL ( "
        "        SELECT z.open_minutes, z.booked_minutes "
        "          FROM desk.organizations o "
        "         CROSS JOIN LATERAL desk.bay_utilization(o.id, b.bucket_start, b.bucket_end) z "
        "         WHERE EXISTS (SELECT 1 FROM desk.bays y WHERE y.workshop_id = o.id)) u ON true "
        "   GROUP BY b.bucket_start) "
        "SELECT bk.bucket_start::text, bk.n, bk.done, bk.cancelled, bk.no_show, bk.workshops, ut.open_m, "
        "       ut.booked_m, CASE WHEN ut.open_m = 0 THEN NULL "
        "                        ELSE ((20000 * ut.booked_m + ut.open_m) / (2 * ut.open_m))::integer END "
        "  FROM bk JOIN ut USING (bucket_start) ORDER BY bk.bucket_start"_qs;
    const QList<std::tuple<QString, QString, QString>> periods = {
        {u"2025-12-01"_qs, u"2027-01-01"_qs, u"month"_qs},
        {u"2026-02-20"_qs, u"2026-04-20"_qs, u"week"_qs}, // 8 March, 5 April
        {u"2026-08-25"_qs, u"2026-11-10"_qs, u"week"_qs}, // 6 and 27 September, 4 October, 1 November
        {u"2026-04-25"_qs, u"2026-05-05"_qs, u"week"_qs}, // the hours' change
        {u"2026-06-10"_qs, u"2026-06-20"_qs, u"week"_qs}, // the out-of-service date
        {u"2026-03-15"_qs, u"2026-04-15"_qs, u"month"_qs},
    };
    qint64 booked = 0, open = 0;
    for (const auto &[from, to, bucket] : periods) {
        const QVariantList binds{from, to, bucket};
        const auto expected = m_db.run(reference, binds);
        ADESK_VERIFY_SQL(expected);
        const auto got =
            run(u"admin"_qs,
                u"SELECT bucket_start::text, bookings, completed, cancelled, no_show, workshops, "
                "open_minutes, booked_minutes, utilization_bp FROM "
                "desk.kpi_bookings(?::date, ?::date, ?)"_qs,
                binds);
        ADESK_VERIFY_SQL(got);
        QVERIFY(!got.rows.isEmpty());
        QCOMPARE(got.rows, expected.rows);
        for (const QVariantList &row : got.rows) {
            open += row.value(6).toLongLong();
            booked += row.value(7).toLongLong();
        }
    }
    QVERIFY(open > 1000000); // the shifts were open
    QVERIFY(booked > 50000); // and booked
    // The closures took open minutes away (so the comparison covered them): without them, more.
    const QVariantList year{u"2025-12-01"_qs, u"2027-01-01"_qs, u"month"_qs};
    const auto openOf = [&](const TestDatabase::SqlResult &r) {
        qint64 sum = 0;
        for (const QVariantList &row : r.rows)
            sum += row.value(6).toLongLong();
        return sum;
    };
    const auto withClosures = m_db.run(reference, year);
    ADESK_VERIFY_SQL(withClosures);
    QVERIFY(m_db.exec(u"BEGIN"_qs));
    QVERIFY(
        m_db.exec(u"DELETE FROM desk.bay_closures WHERE workshop_id IN (SELECT id FROM desk.organizations "
                  "WHERE name LIKE 'KPI zone %')"_qs));
    const auto withoutClosures = m_db.run(reference, year);
    QVERIFY(m_db.exec(u"ROLLBACK"_qs));
    ADESK_VERIFY_SQL(withoutClosures);
    QVERIFY(openOf(withoutClosures) > openOf(withClosures));
}

#include "tst_kpis.moc"
