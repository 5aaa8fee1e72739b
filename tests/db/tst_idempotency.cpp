// Idempotency keys on every write the desk sends (issue 9, "Retries that duplicate work"; migration
// 0010_idempotency), through real LOGIN roles: each keyed function called twice with one request id
// has its effect once and answers the second call with the first call's result (one program, one
// booking, one audit row, a decision not reported as someone else's change); another login, or the
// same login for another function, reusing the id gets the "does not exist" answer of an unknown id;
// two connections sending the same id at once produce one effect. The table of ids is owner-only,
// and every keyed overload has exactly its plain function's grants and no argument defaults (which
// would make the desk's untyped calls ambiguous).

#include "models/partnerships/programterms.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace adesk;

namespace {

/// The keyed overloads the desk's repositories call (and the three decision shortcuts).
const QStringList kKeyedFunctions = {
    QStringLiteral("accept_partner_quote"),
    QStringLiteral("add_closure"),
    QStringLiteral("add_requirement_rule"),
    QStringLiteral("amend_t4a_slip"),
    QStringLiteral("approve_verification"),
    QStringLiteral("attach_agreement_document"),
    QStringLiteral("claim_next_verification"),
    QStringLiteral("claim_verification"),
    QStringLiteral("complete_quote_job"),
    QStringLiteral("create_booking"),
    QStringLiteral("create_escalation_lead"),
    QStringLiteral("create_partner_quote"),
    QStringLiteral("create_transition_period"),
    QStringLiteral("decide_application"),
    QStringLiteral("decide_override"),
    QStringLiteral("decide_partner_quote"),
    QStringLiteral("decide_verification"),
    QStringLiteral("decline_partner_quote"),
    QStringLiteral("end_requirement_rule"),
    QStringLiteral("finalize_t4a_slips"),
    QStringLiteral("flag_verification_edited"),
    QStringLiteral("generate_t4a_slips"),
    QStringLiteral("invite_mechanic"),
    QStringLiteral("link_mechanic"),
    QStringLiteral("mark_payout_failed"),
    QStringLiteral("mark_payout_paid"),
    QStringLiteral("move_booking"),
    QStringLiteral("record_t4a_filing"),
    QStringLiteral("reject_verification"),
    QStringLiteral("release_verification"),
    QStringLiteral("remove_closure"),
    QStringLiteral("replace_partnership_labour_rates"),
    QStringLiteral("replace_partnership_parts"),
    QStringLiteral("request_override"),
    QStringLiteral("request_verification_info"),
    QStringLiteral("revoke_invitation"),
    QStringLiteral("save_bay"),
    QStringLiteral("save_program"),
    QStringLiteral("save_tax_profile"),
    QStringLiteral("schedule_payouts"),
    QStringLiteral("send_bulk_notice"),
    QStringLiteral("set_bay_out_of_service"),
    QStringLiteral("set_booking_status"),
    QStringLiteral("set_fee_rule"),
    QStringLiteral("set_lead_status"),
    QStringLiteral("set_matching_rule"),
    QStringLiteral("set_opening_hours"),
    QStringLiteral("set_partnership_status"),
    QStringLiteral("set_program_status"),
    QStringLiteral("set_workshop_routing"),
    QStringLiteral("unlink_mechanic"),
    QStringLiteral("update_partnership"),
};

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TstIdempotency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyedOverloadsMirrorThePlainFunctions();
    void noOverloadsCanBeConfusedByArgumentCount();
    void requestTableIsOwnerOnly();
    void verificationWritesRunOnce();
    void bookingWritesRunOnce();
    void partnershipWritesRunOnce();
    void payoutWritesRunOnce();
    void t4aWritesRunOnce();
    void reusedKeyLooksLikeAnUnknownOne();
    void failedCallLeavesNoKey();
    void concurrentDuplicatesHaveOneEffect_data();
    void concurrentDuplicatesHaveOneEffect();

private:
    /// One keyed call: @p sql takes the request id as its first '?'.
    struct Call {
        QString who;   ///< connection of the caller
        QString other; ///< connection of another login of the same group
        QString sql;
        QVariantList args; ///< the arguments after the request id
        QString effect;    ///< superuser query whose value the call changes (one row, one column)
        QVariantList effectArgs;
    };
    /// Calls @p c twice with one key and checks one effect and the same result both times, then as
    /// c.other with the same key (the "does not exist" answer, no effect). The first result goes to
    /// @p first.
    void runTwice(const Call &c, TestDatabase::SqlResult *first = nullptr);

    QSqlDatabase conn(const QString &who) const { return QSqlDatabase::database(who, false); }
    TestDatabase::SqlResult as(const QString &who, const QString &sql, const QVariantList &binds = {}) const {
        return TestDatabase::run(conn(who), sql, binds);
    }
    qint64 verification() {
        return m_db.insertVerification(QStringLiteral("mechanic"), m_reviewed, QStringLiteral("insurance"));
    }
    int versionOf(const QString &table, qint64 id) {
        return m_db.scalar(QStringLiteral("SELECT version FROM desk.%1 WHERE id = ?").arg(table), {id})
            .toInt();
    }
    /// A payee ledger row of @p cents for @p mechanic, earned at @p eventAt; paid at @p paidAt (with
    /// its payout) or pending when @p paidAt is empty.
    bool plant(qint64 mechanic, qint64 cents, const QString &eventAt, const QString &paidAt);

    TestDatabase m_db;
    QHash<QString, QString> m_roles; ///< connection name -> login role
    qint64 m_shopA = 0, m_shopB = 0;
    qint64 m_bookable = 0; ///< mechanic of workshop A allowed to work in its bays
    qint64 m_reviewed = 0; ///< independent mechanic whose documents are reviewed
    qint64 m_bay = 0, m_raceBay = 0;
    qint64 m_event = 0;
};

bool TstIdempotency::plant(qint64 mechanic, qint64 cents, const QString &eventAt, const QString &paidAt) {
    ++m_event;
    QVariant payout(QMetaType::fromType<qint64>());
    if (!paidAt.isEmpty()) {
        const qint64 batch = m_db.scalar(QStringLiteral("INSERT INTO desk.payout_batches (period) VALUES "
                                                        "(desk.ledger_period(?::timestamptz)) RETURNING id"),
                                         {paidAt})
                                 .toLongLong();
        payout = m_db.scalar(
            QStringLiteral("INSERT INTO desk.payouts (batch_id, party, mechanic_id, amount_cents, "
                           "status, reference, paid_at) VALUES (?, 'mechanic', ?, ?, 'paid', "
                           "'REF', ?::timestamptz) RETURNING id"),
            {batch, mechanic, cents, paidAt});
        if (!batch || payout.isNull())
            return false;
    }
    return m_db.exec(
        QStringLiteral("INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, "
                       "scenario, service_tier, entry_type, party, mechanic_id, gross_cents, "
                       "amount_cents, payout_status, payout_id) VALUES ('session', ?, "
                       "?::timestamptz, desk.ledger_period(?::timestamptz), 'planted', 'virtual', "
                       "'mechanic_share', 'mechanic', ?, ?, ?, ?, ?)"),
        {m_event, eventAt, eventAt, mechanic, cents, cents,
         paidAt.isEmpty() ? QStringLiteral("pending") : QStringLiteral("paid"), payout});
}

void TstIdempotency::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(QStringLiteral("Garage A"));
    m_shopB = m_db.insertWorkshop(QStringLiteral("Garage B"));
    m_bookable = m_db.insertMechanic(QStringLiteral("Alice Bays"), m_shopA);
    m_reviewed = m_db.insertMechanic(QStringLiteral("Rémi Reviewed"));
    QVERIFY(m_shopA && m_shopB && m_bookable && m_reviewed);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', "
                                     "workshop_verified = true, can_perform_physical_work = true, "
                                     "compliance_status = 'approved' WHERE id = ?"),
                      {m_bookable}));
    m_bay = m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) VALUES "
                                       "(?, 'Lift 1', 6000) RETURNING id"),
                        {m_shopA})
                .toLongLong();
    m_raceBay =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) VALUES "
                                   "(?, 'Lift 2', 6000) RETURNING id"),
                    {m_shopA})
            .toLongLong();
    QVERIFY(m_bay && m_raceBay);
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '07:00', '19:00' "
                                     "FROM generate_series(1, 7) d"),
                      {m_shopA}));
    QVERIFY(m_db.exec(QStringLiteral(
        "INSERT INTO desk.t4a_payer (name_line1, address_line1, city, province, postal_code, payer_account, "
        "contact_name, contact_area_code, contact_phone, contact_email, transmitter_kind, "
        "transmitter_number) "
        "VALUES ('The Auto Doctor Inc.', '100 King St W', 'Toronto', 'ON', 'M5X 1C9', '794512368RP0001', "
        "'Finance Desk', '416', '555-0142', 'payouts@theautodoctor.ca', 'bn15', '794512368RP0001')")));

    const struct {
        QString name;
        QString group;
        QList<qint64> workshops;
    } logins[] = {
        {QStringLiteral("admin"), QStringLiteral("adesk_platform_admin"), {}},
        {QStringLiteral("admin2"), QStringLiteral("adesk_platform_admin"), {}},
        {QStringLiteral("ownerA"), QStringLiteral("adesk_workshop_owner"), {m_shopA}},
        {QStringLiteral("ownerB"), QStringLiteral("adesk_workshop_owner"), {m_shopB}},
        {QStringLiteral("fin"), QStringLiteral("adesk_finance"), {}},
        {QStringLiteral("fin2"), QStringLiteral("adesk_finance"), {}},
    };
    for (const auto &l : logins) {
        const QString role = m_db.roleName(l.name);
        QVERIFY(m_db.createLogin(role, l.group, l.name, l.workshops));
        m_roles.insert(l.name, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), l.name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstIdempotency::cleanupTestCase() {
    for (const QString &name : m_roles.keys())
        TestDatabase::closeConnection(name);
}

void TstIdempotency::runTwice(const Call &c, TestDatabase::SqlResult *first) {
    const QString key = newKey();
    QVariantList binds{key};
    binds += c.args;
    const QVariant before = m_db.scalar(c.effect, c.effectArgs);
    const TestDatabase::SqlResult r1 = as(c.who, c.sql, binds);
    QVERIFY2(r1.ok, qPrintable(c.sql + QStringLiteral(": ") + r1.describe()));
    const QVariant after = m_db.scalar(c.effect, c.effectArgs);
    QVERIFY2(after != before, qPrintable(c.sql + QStringLiteral(": the first call had no effect")));

    // The retry: same login, same key, same arguments.
    const TestDatabase::SqlResult r2 = as(c.who, c.sql, binds);
    QVERIFY2(r2.ok, qPrintable(c.sql + QStringLiteral(" (again): ") + r2.describe()));
    QCOMPARE(r2.rows, r1.rows);
    QCOMPARE(m_db.scalar(c.effect, c.effectArgs), after);

    // Another login of the same group with the same key: an unknown request, nothing done.
    const TestDatabase::SqlResult r3 = as(c.other, c.sql, binds);
    QCOMPARE(r3.sqlState(), QStringLiteral("P0002"));
    QCOMPARE(r3.error.serverMessage, QStringLiteral("request %1 does not exist").arg(key));
    QCOMPARE(m_db.scalar(c.effect, c.effectArgs), after);
    if (first)
        *first = r1;
}

void TstIdempotency::keyedOverloadsMirrorThePlainFunctions() {
    // Each keyed overload: SECURITY DEFINER, search_path pinned with pg_temp last, no defaults, and
    // EXECUTE for exactly the roles that may execute its plain function.
    const auto r = m_db.run(QStringLiteral(
        "SELECT k.proname::text, k.prosecdef, k.pronargdefaults, array_to_string(k.proconfig, ','), o.oid IS "
        "NOT NULL, "
        "  (SELECT string_agg(a.grantee::regrole::text, ',' ORDER BY a.grantee::regrole::text) "
        "     FROM aclexplode(k.proacl) a WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> k.proowner), "
        "  (SELECT string_agg(a.grantee::regrole::text, ',' ORDER BY a.grantee::regrole::text) "
        "     FROM aclexplode(o.proacl) a WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> o.proowner) "
        "FROM pg_proc k LEFT JOIN pg_proc o ON o.pronamespace = k.pronamespace AND o.proname = k.proname "
        "  AND 'uuid, ' || oidvectortypes(o.proargtypes) = oidvectortypes(k.proargtypes) "
        "WHERE k.pronamespace = 'desk'::regnamespace AND k.proargnames[1] = 'p_request_id' "
        "  AND k.proargtypes[0] = 'uuid'::regtype "
        "  AND k.proname NOT IN ('write_request_begin', 'write_request_finish') ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QStringList names;
    for (const QVariantList &row : r.rows) {
        const QString name = row.at(0).toString();
        names << name;
        QVERIFY2(row.at(1).toBool(), qPrintable(name + QStringLiteral(": not SECURITY DEFINER")));
        QVERIFY2(row.at(2).toInt() == 0, qPrintable(name + QStringLiteral(": has argument defaults")));
        QVERIFY2(row.at(3).toString() == QStringLiteral("search_path=pg_catalog, desk, pg_temp"),
                 qPrintable(name + QStringLiteral(": ") + row.at(3).toString()));
        QVERIFY2(row.at(4).toBool(),
                 qPrintable(name + QStringLiteral(": no plain function with these arguments")));
        QVERIFY2(!row.at(5).toString().isEmpty(),
                 qPrintable(name + QStringLiteral(": executable by nobody")));
        QVERIFY2(row.at(5).toString() == row.at(6).toString(),
                 qPrintable(name + QStringLiteral(": granted to ") + row.at(5).toString() +
                            QStringLiteral(", the plain function to ") + row.at(6).toString()));
    }
    QCOMPARE(names, kKeyedFunctions);
}

void TstIdempotency::noOverloadsCanBeConfusedByArgumentCount() {
    // The desk prepares calls with untyped parameters: two functions of one name that accept the
    // same number of arguments could make such a call ambiguous ("function is not unique").
    const auto r = m_db.run(QStringLiteral(
        "SELECT a.oid::regprocedure::text || ' / ' || b.oid::regprocedure::text FROM pg_proc a "
        "JOIN pg_proc b ON b.pronamespace = a.pronamespace AND b.proname = a.proname AND b.oid > a.oid "
        "WHERE a.pronamespace = 'desk'::regnamespace "
        "  AND int4range(a.pronargs - a.pronargdefaults, a.pronargs, '[]') "
        "   && int4range(b.pronargs - b.pronargdefaults, b.pronargs, '[]') ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QStringList overlapping;
    for (const QVariant &v : r.column())
        overlapping << v.toString();
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join(QStringLiteral("; "))));
    // The plain functions still resolve with untyped parameters (as tests and the seeder call them).
    const auto plain =
        as(QStringLiteral("admin"), QStringLiteral("SELECT desk.claim_next_verification(?)"), {60});
    ADESK_VERIFY_SQL(plain);
}

void TstIdempotency::requestTableIsOwnerOnly() {
    for (const QString &who : m_roles.keys()) {
        for (const QString &sql :
             {QStringLiteral("SELECT count(*) FROM desk.write_requests"),
              QStringLiteral("INSERT INTO desk.write_requests (request_id, function_name, result) VALUES "
                             "(gen_random_uuid(), 'create_booking', '1')"),
              QStringLiteral("UPDATE desk.write_requests SET result = '1'"),
              QStringLiteral("SELECT desk.write_request_begin(gen_random_uuid(), 'create_booking')"),
              QStringLiteral("SELECT desk.write_request_finish(gen_random_uuid(), '1')")}) {
            const auto r = as(who, sql);
            QVERIFY2(!r.ok, qPrintable(who + QStringLiteral(" could run: ") + sql));
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
    }
    const auto rls = m_db.run(QStringLiteral("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class "
                                             "WHERE oid = 'desk.write_requests'::regclass"));
    QVERIFY(rls.scalar().toBool());
}

void TstIdempotency::verificationWritesRunOnce() {
    const QString admin = QStringLiteral("admin"), other = QStringLiteral("admin2");
    const QString audit =
        QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE table_name = 'compliance_verifications' "
                       "AND row_id = ?");
    const QString lease = QStringLiteral("SELECT claimed_by || ' ' || claim_expires_at FROM "
                                         "desk.compliance_verifications WHERE id = ?");

    // request information: the retry is answered "done", not "changed by someone else".
    const qint64 info = verification();
    runTwice({admin,
              other,
              QStringLiteral("SELECT desk.decide_verification(?::uuid, ?, ?, ?, ?, ?, ?::jsonb)"),
              {info, versionOf(QStringLiteral("compliance_verifications"), info),
               QStringLiteral("request_info"), QVariant(QMetaType::fromType<QString>()),
               QStringLiteral("A clearer scan, please"), QStringLiteral("{}")},
              audit,
              {info}});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_db.scalar(audit, {info}).toInt(), 1);

    const qint64 approve = verification();
    runTwice({admin,
              other,
              QStringLiteral("SELECT desk.approve_verification(?::uuid, ?, ?, ?, ?::jsonb)"),
              {approve, versionOf(QStringLiteral("compliance_verifications"), approve), QStringLiteral("ok"),
               QStringLiteral("{}")},
              audit,
              {approve}});
    if (QTest::currentTestFailed())
        return;
    const qint64 reject = verification();
    runTwice(
        {admin,
         other,
         QStringLiteral("SELECT desk.reject_verification(?::uuid, ?, ?, ?, ?, ?::jsonb)"),
         {reject, versionOf(QStringLiteral("compliance_verifications"), reject),
          QStringLiteral("poor_quality"), QVariant(QMetaType::fromType<QString>()), QStringLiteral("{}")},
         audit,
         {reject}});
    if (QTest::currentTestFailed())
        return;
    const qint64 ask = verification();
    runTwice({admin,
              other,
              QStringLiteral("SELECT desk.request_verification_info(?::uuid, ?, ?, ?)"),
              {ask, versionOf(QStringLiteral("compliance_verifications"), ask), QStringLiteral("Page 2?")},
              audit,
              {ask}});
    if (QTest::currentTestFailed())
        return;

    // claim: the retry returns the first lease, it does not renew it.
    const qint64 claimed = verification();
    runTwice({admin,
              other,
              QStringLiteral(
                  "SELECT claimed_by, claim_expires_at, version FROM desk.claim_verification(?::uuid, ?, ?)"),
              {claimed, 600},
              lease,
              {claimed}});
    if (QTest::currentTestFailed())
        return;

    // release: a replayed release does not release a later claim.
    const QString key = newKey();
    ADESK_VERIFY_SQL(
        as(admin, QStringLiteral("SELECT desk.release_verification(?::uuid, ?)"), {key, claimed}));
    QVERIFY(m_db.scalar(lease, {claimed}).isNull());
    ADESK_VERIFY_SQL(as(admin, QStringLiteral("SELECT * FROM desk.claim_verification(?::uuid, ?, ?)"),
                        {newKey(), claimed, 600}));
    const QVariant held = m_db.scalar(lease, {claimed});
    QVERIFY(!held.isNull());
    ADESK_VERIFY_SQL(
        as(admin, QStringLiteral("SELECT desk.release_verification(?::uuid, ?)"), {key, claimed}));
    QCOMPARE(m_db.scalar(lease, {claimed}), held);
    QCOMPARE(
        as(other, QStringLiteral("SELECT desk.release_verification(?::uuid, ?)"), {key, claimed}).sqlState(),
        QStringLiteral("P0002"));

    // claim_next: the retry returns the same item and claims no second one.
    ADESK_VERIFY_SQL(
        as(admin, QStringLiteral("SELECT desk.release_verification(?::uuid, ?)"), {newKey(), claimed}));
    verification();
    runTwice({admin,
              other,
              QStringLiteral("SELECT desk.claim_next_verification(?::uuid, ?)"),
              {600},
              QStringLiteral("SELECT count(*) FROM desk.compliance_verifications WHERE claimed_by = ?"),
              {m_roles.value(admin)}});
}

void TstIdempotency::bookingWritesRunOnce() {
    const QString owner = QStringLiteral("ownerA"), other = QStringLiteral("ownerB");
    const QString start = QStringLiteral("(current_date + 5 + time '10:00') AT TIME ZONE 'America/Toronto'");
    TestDatabase::SqlResult created;
    runTwice({owner,
              other,
              QStringLiteral(
                  "SELECT desk.create_booking(?::uuid, ?, ?, %1, %1 + interval '2 hours', 15, 'confirmed', "
                  "'idempotent', NULL::bigint, NULL::bigint)")
                  .arg(start),
              {m_bay, m_bookable},
              QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE bay_id = ?"),
              {m_bay}},
             &created);
    if (QTest::currentTestFailed())
        return;
    const qint64 booking = created.scalar().toLongLong();
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE bay_id = ?"), {m_bay})
                 .toInt(),
             1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE bay_id = ?"), {m_bay})
                 .toLongLong(),
             booking);

    const QString version = QStringLiteral("SELECT version FROM desk.bay_bookings WHERE id = ?");
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.move_booking(?::uuid, ?, ?, ?, %1 + interval '3 hours', "
                             "%1 + interval '5 hours')")
                  .arg(start),
              {booking, versionOf(QStringLiteral("bay_bookings"), booking), m_bay},
              version,
              {booking}});
    if (QTest::currentTestFailed())
        return;
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.set_booking_status(?::uuid, ?, ?, ?, ?)"),
              {booking, versionOf(QStringLiteral("bay_bookings"), booking), QStringLiteral("cancelled"),
               QStringLiteral("customer called")},
              version,
              {booking}});
}

void TstIdempotency::partnershipWritesRunOnce() {
    const QString owner = QStringLiteral("ownerA"), other = QStringLiteral("ownerB");
    ProgramTerms t;
    t.name = QStringLiteral("Keyed program");
    t.type = ProgramTerms::Type::RevenueShare;
    t.platformFeeBp = 2000;
    t.workshopShareBp = 2400;
    t.mechanicShareBp = 5600;
    t.termsHtml = QStringLiteral("<p>Bring your own tools.</p>");
    TestDatabase::SqlResult saved;
    runTwice({owner,
              other,
              QStringLiteral("SELECT program_id, row_version, version_no "
                             "FROM desk.save_program(?::uuid, ?, ?, ?, ?::jsonb, ?::date)"),
              {QVariant(QMetaType::fromType<qint64>()), QVariant(QMetaType::fromType<int>()), m_shopA,
               QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact)),
               QVariant(QMetaType::fromType<QDate>())},
              QStringLiteral("SELECT count(*) FROM desk.partnership_programs WHERE name = ?"),
              {t.name}},
             &saved);
    if (QTest::currentTestFailed())
        return;
    const qint64 program = saved.scalar().toLongLong();
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_programs WHERE name = ?"), {t.name})
            .toInt(),
        1);
    const QString programVersion =
        QStringLiteral("SELECT version FROM desk.partnership_programs WHERE id = ?");
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.set_program_status(?::uuid, ?, ?, ?, ?::date)"),
              {program, versionOf(QStringLiteral("partnership_programs"), program), QStringLiteral("publish"),
               QVariant(QMetaType::fromType<QDate>())},
              programVersion,
              {program}});
    if (QTest::currentTestFailed())
        return;

    const qint64 application =
        m_db.scalar(
                QStringLiteral("INSERT INTO desk.partnership_applications (program_id, mechanic_id, message) "
                               "VALUES (?, ?, 'I would like to join') RETURNING id"),
                {program, m_bookable})
            .toLongLong();
    QVERIFY(application);
    TestDatabase::SqlResult decided;
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.decide_application(?::uuid, ?, ?, ?, ?, ?::date, ?::date)"),
              {application, versionOf(QStringLiteral("partnership_applications"), application),
               QStringLiteral("approve"), QStringLiteral("Welcome"), QVariant(QMetaType::fromType<QDate>()),
               QVariant(QMetaType::fromType<QDate>())},
              QStringLiteral("SELECT count(*) FROM desk.partnership_agreements WHERE application_id = ?"),
              {application}},
             &decided);
    if (QTest::currentTestFailed())
        return;
    const qint64 agreement = decided.scalar().toLongLong();
    QVERIFY(agreement > 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnerships WHERE agreement_id = ?"),
                         {agreement})
                 .toInt(),
             1);

    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.attach_agreement_document(?::uuid, ?, ?, ?)"),
              {agreement, QStringLiteral("agreement.pdf"), QByteArray("%PDF-1.4\n% keyed\n")},
              QStringLiteral("SELECT count(*) FROM desk.documents WHERE file_name = 'agreement.pdf'"),
              {}});
    if (QTest::currentTestFailed())
        return;

    const qint64 partnership =
        m_db.scalar(QStringLiteral("UPDATE desk.partnerships SET status = 'active' WHERE agreement_id = ? "
                                   "RETURNING id"),
                    {agreement})
            .toLongLong();
    QVERIFY(partnership);
    const QString version = QStringLiteral("SELECT version FROM desk.partnerships WHERE id = ?");
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.update_partnership(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?::date, ?)"),
              {partnership, versionOf(QStringLiteral("partnerships"), partnership), true, true, qint64(50000),
               500, QStringLiteral("net_60"), QVariant(QMetaType::fromType<QDate>()), false},
              version,
              {partnership}});
    if (QTest::currentTestFailed())
        return;
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.set_partnership_status(?::uuid, ?, ?, ?, ?)"),
              {partnership, versionOf(QStringLiteral("partnerships"), partnership), QStringLiteral("suspend"),
               QStringLiteral("late payments")},
              version,
              {partnership}});
    if (QTest::currentTestFailed())
        return;
    // A real second replace would delete and re-insert the rows (new ids): the ids stay.
    runTwice({owner,
              other,
              QStringLiteral("SELECT desk.replace_partnership_parts(?::uuid, ?, ?::jsonb)"),
              {partnership, QStringLiteral("[{\"part_number\": \"BP-1\", \"part_name\": \"Brake pads\", "
                                           "\"wholesale_cents\": 2000, \"retail_cents\": 3500}]")},
              QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM desk.partnership_parts "
                             "WHERE partnership_id = ?"),
              {partnership}});
    if (QTest::currentTestFailed())
        return;
    runTwice(
        {owner,
         other,
         QStringLiteral("SELECT desk.replace_partnership_labour_rates(?::uuid, ?, ?::jsonb)"),
         {partnership,
          QStringLiteral("[{\"service_category\": \"brakes\", \"rate_per_hour_cents\": 12000}]")},
         QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM desk.partnership_labour_rates "
                        "WHERE partnership_id = ?"),
         {partnership}});
}

void TstIdempotency::payoutWritesRunOnce() {
    const QString fin = QStringLiteral("fin"), other = QStringLiteral("fin2");
    const qint64 paid = m_db.insertMechanic(QStringLiteral("Paula Paid"));
    const qint64 failed = m_db.insertMechanic(QStringLiteral("Fred Failed"));
    QVERIFY(paid && failed);
    QVERIFY(plant(paid, 40000, QStringLiteral("2025-06-10 12:00-04"), {}));
    QVERIFY(plant(failed, 30000, QStringLiteral("2025-06-11 12:00-04"), {}));
    TestDatabase::SqlResult batch;
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.schedule_payouts(?::uuid, ?::date, ?)"),
              {QDate(2025, 6, 1), QStringLiteral("June")},
              QStringLiteral("SELECT count(*) FROM desk.payout_batches WHERE note = 'June'"),
              {}},
             &batch);
    if (QTest::currentTestFailed())
        return;
    const QString payoutOf =
        QStringLiteral("SELECT id FROM desk.payouts WHERE batch_id = ? AND mechanic_id = ?");
    const qint64 p1 = m_db.scalar(payoutOf, {batch.scalar(), paid}).toLongLong();
    const qint64 p2 = m_db.scalar(payoutOf, {batch.scalar(), failed}).toLongLong();
    QVERIFY(p1 && p2);
    const QString audit = QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE table_name = 'payouts' "
                                         "AND row_id = ?");
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.mark_payout_paid(?::uuid, ?, ?, ?)"),
              {p1, versionOf(QStringLiteral("payouts"), p1), QStringLiteral("EFT-1")},
              audit,
              {p1}});
    if (QTest::currentTestFailed())
        return;
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.mark_payout_failed(?::uuid, ?, ?, ?)"),
              {p2, versionOf(QStringLiteral("payouts"), p2), QStringLiteral("Bank account closed")},
              audit,
              {p2}});
}

void TstIdempotency::t4aWritesRunOnce() {
    const QString fin = QStringLiteral("fin"), other = QStringLiteral("fin2");
    const qint64 payee = m_db.insertMechanic(QStringLiteral("Tessa Taxed"));
    QVERIFY(payee);
    QVERIFY(
        plant(payee, 60000, QStringLiteral("2025-03-10 12:00-05"), QStringLiteral("2025-04-05 12:00-04")));
    const QString profileVersion =
        QStringLiteral("SELECT coalesce(max(version), 0) FROM desk.payee_tax_profiles "
                       "WHERE mechanic_id = ?");
    const TestDatabase::Place on = TestDatabase::placeIn(QStringLiteral("ON"));
    runTwice({fin,
              other,
              QStringLiteral(
                  "SELECT desk.save_tax_profile(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?)"),
              {QStringLiteral("mechanic"), payee, 0, QStringLiteral("individual"), QStringLiteral("Taxed"),
               QStringLiteral("Tessa"), QVariant(QMetaType::fromType<QString>()),
               QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
               QStringLiteral("046454286"), QVariant(QMetaType::fromType<QString>()),
               QStringLiteral("1 Main St"), QVariant(QMetaType::fromType<QString>()), on.city,
               QStringLiteral("ON"), on.postalCode, QStringLiteral("en"), true},
              profileVersion,
              {payee}});
    if (QTest::currentTestFailed())
        return;
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.generate_t4a_slips(?::uuid, ?)"),
              {2025},
              QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE action = 't4a_slips_generated'"),
              {}});
    if (QTest::currentTestFailed())
        return;
    const QString slipOf =
        QStringLiteral("SELECT id FROM desk.t4a_slips WHERE mechanic_id = ? AND NOT superseded");
    const qint64 slip = m_db.scalar(slipOf, {payee}).toLongLong();
    QVERIFY(slip);
    TestDatabase::SqlResult finalized;
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.finalize_t4a_slips(?::uuid, ?, ?::bigint[])"),
              {2025, QStringLiteral("{%1}").arg(slip)},
              QStringLiteral("SELECT status FROM desk.t4a_slips WHERE id = ?"),
              {slip}},
             &finalized);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(finalized.scalar().toInt(), 1); // a real second call finalises nothing and answers 0
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.record_t4a_filing(?::uuid, ?, ?, ?::bigint[], ?)"),
              {2025, QStringLiteral("T4A25K01"), QStringLiteral("{%1}").arg(slip), QByteArray(32, '\x01')},
              QStringLiteral("SELECT count(*) FROM desk.t4a_submissions"),
              {}});
    if (QTest::currentTestFailed())
        return;
    runTwice({fin,
              other,
              QStringLiteral("SELECT desk.amend_t4a_slip(?::uuid, ?, ?, ?, ?, ?)"),
              {slip, versionOf(QStringLiteral("t4a_slips"), slip), false, qint64(65000),
               QStringLiteral("late invoice")},
              QStringLiteral("SELECT count(*) FROM desk.t4a_slips WHERE mechanic_id = ?"),
              {payee}});
}

void TstIdempotency::reusedKeyLooksLikeAnUnknownOne() {
    // A key used by this login for one function, sent to another function: the same answer as a key
    // used by another login (and the same SQLSTATE as an unknown id); nothing is done.
    const QString key = newKey();
    const qint64 v = verification();
    ADESK_VERIFY_SQL(as(QStringLiteral("admin"),
                        QStringLiteral("SELECT * FROM desk.claim_verification(?::uuid, ?, ?)"),
                        {key, v, 600}));
    const auto other =
        as(QStringLiteral("admin"), QStringLiteral("SELECT desk.request_verification_info(?::uuid, ?, ?, ?)"),
           {key, v, versionOf(QStringLiteral("compliance_verifications"), v), QStringLiteral("x")});
    QCOMPARE(other.sqlState(), QStringLiteral("P0002"));
    QCOMPARE(other.error.serverMessage, QStringLiteral("request %1 does not exist").arg(key));
    QVERIFY(m_db.scalar(QStringLiteral(
                            "SELECT info_requested_at FROM desk.compliance_verifications WHERE id = ?"),
                        {v})
                .isNull());
    const auto unknownId =
        as(QStringLiteral("admin"), QStringLiteral("SELECT desk.request_verification_info(?::uuid, ?, ?, ?)"),
           {newKey(), qint64(987654321), 1, QStringLiteral("x")});
    QCOMPARE(unknownId.sqlState(), other.sqlState());
    // A login of another group sending the key to its own function: the same answer.
    const auto owner =
        as(QStringLiteral("ownerA"), QStringLiteral("SELECT desk.set_booking_status(?::uuid, ?, ?, ?, ?)"),
           {key, qint64(1), 1, QStringLiteral("cancelled"), QStringLiteral("x")});
    QCOMPARE(owner.sqlState(), QStringLiteral("P0002"));
    QCOMPARE(owner.error.serverMessage, QStringLiteral("request %1 does not exist").arg(key));
    // No key at all is refused.
    QCOMPARE(
        as(QStringLiteral("admin"), QStringLiteral("SELECT desk.release_verification(NULL::uuid, ?)"), {v})
            .sqlState(),
        QStringLiteral("22004"));
}

void TstIdempotency::failedCallLeavesNoKey() {
    // A call that fails rolls its key back with everything else: sent again (now valid), it runs.
    const QString key = newKey();
    const qint64 v = verification();
    const int version = versionOf(QStringLiteral("compliance_verifications"), v);
    const QString sql = QStringLiteral("SELECT desk.request_verification_info(?::uuid, ?, ?, ?)");
    QCOMPARE(as(QStringLiteral("admin"), sql, {key, v, version + 7, QStringLiteral("x")}).sqlState(),
             QStringLiteral("40001"));
    const auto ok = as(QStringLiteral("admin"), sql, {key, v, version, QStringLiteral("x")});
    ADESK_VERIFY_SQL(ok);
    QCOMPARE(ok.scalar().toInt(), version + 1);
}

void TstIdempotency::concurrentDuplicatesHaveOneEffect_data() {
    QTest::addColumn<bool>("firstCommits");
    QTest::newRow("first commits") << true;
    QTest::newRow("first rolls back") << false;
}

void TstIdempotency::concurrentDuplicatesHaveOneEffect() {
    // Two connections of the owner send one key at once: the second waits for the first's
    // transaction, then answers with its result (or, if it rolled back, does the work itself).
    QFETCH(bool, firstCommits);
    const QString key = newKey();
    const QString sql =
        QStringLiteral("SELECT desk.create_booking(?::uuid, ?, ?, (current_date + ?::integer + time "
                       "'09:00') AT TIME ZONE 'America/Toronto', "
                       "(current_date + ?::integer + time '10:00') AT TIME ZONE 'America/Toronto', 0, "
                       "'confirmed', 'race', NULL::bigint, "
                       "NULL::bigint)");
    const int day = firstCommits ? 8 : 9;
    const QVariantList binds{key, m_raceBay, m_bookable, day, day};
    const QString count = QStringLiteral(
        "SELECT count(*) FROM desk.bay_bookings WHERE bay_id = ? AND notes = 'race' AND "
        "lower(span) = (current_date + ?::integer + time '09:00') AT TIME ZONE 'America/Toronto'");
    const QString owner = QStringLiteral("ownerA");
    ADESK_VERIFY_SQL(as(owner, QStringLiteral("BEGIN")));
    const auto first = as(owner, sql, binds);
    if (!first.ok)
        as(owner, QStringLiteral("ROLLBACK"));
    ADESK_VERIFY_SQL(first);

    TestDatabase::SqlResult second;
    const ConnectionSettings settings = m_db.login(m_roles.value(owner));
    std::thread racer([&] {
        const QString name = QStringLiteral("racer");
        {
            QSqlDatabase db = TestDatabase::openConnection(settings, name);
            if (db.isOpen())
                second = TestDatabase::run(db, sql, binds);
        }
        TestDatabase::closeConnection(name);
    });
    // The racer is blocked on the first transaction's key.
    QTRY_VERIFY_WITH_TIMEOUT(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                        "datname = current_database() AND usename = ? AND "
                                                        "wait_event_type = 'Lock'"),
                                         {m_roles.value(owner)})
                                     .toInt() == 1,
                             20000);
    ADESK_VERIFY_SQL(as(owner, firstCommits ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")));
    racer.join();
    QVERIFY2(second.ok, qPrintable(second.describe()));
    QCOMPARE(m_db.scalar(count, {m_raceBay, day}).toInt(), 1);
    const qint64 stored =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE bay_id = ? AND notes = 'race' AND "
                                   "lower(span) = (current_date + ?::integer + time '09:00') AT TIME ZONE "
                                   "'America/Toronto'"),
                    {m_raceBay, day})
            .toLongLong();
    QCOMPARE(second.scalar().toLongLong(), stored);
    if (firstCommits)
        QCOMPARE(first.scalar().toLongLong(), stored);
}

QTEST_GUILESS_MAIN(TstIdempotency)
#include "tst_idempotency.moc"
