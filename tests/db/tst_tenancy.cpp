// Tenancy and owner/admin rules at the database (issue 9, migration 0008), as real LOGIN roles:
//  * every SECURITY DEFINER function a workshop owner may execute answers owner A exactly the same
//    (rows, SQLSTATE, message, detail) for an id of workshop B as for an id that does not exist
//    (functions enumerated from pg_proc; a new one missing from the argument map fails the test);
//  * probing inserts (closures, bookings) on workshop B's bay teach owner A nothing of B's bookings;
//  * owner rules: no booking created or moved into the past, no check-in / completion / no-show
//    before the start, no hours cut and no bay taken out of service under live bookings (unless the
//    listed bookings are confirmed and cancelled with a reason), no max_partners below the partners;
//  * a per-admin cap on live claims of verifications, also under concurrent claims.

#include "tests/support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <mutex>

using namespace adesk;

namespace {

/// Documented in 0008's header: the most live claims one admin may hold.
constexpr int kDocumentedClaimCap = 5;

/// The argument map: for every owner-executable definer function (name and argument types, as
/// pg_proc gives them), calls in which each {placeholder} is an id (or {placeholder.version} the row
/// version of that id's row). A function without id arguments lists a plain call.
const QList<QPair<QString, QStringList>> kPlainCalls = {
    {QStringLiteral("caller_profile_id()"), {QStringLiteral("SELECT desk.caller_profile_id() IS NOT NULL")}},
    {QStringLiteral("is_platform_admin()"), {QStringLiteral("SELECT desk.is_platform_admin()")}},
    {QStringLiteral("is_finance()"), {QStringLiteral("SELECT desk.is_finance()")}},
    {QStringLiteral("my_workshop_ids()"), {QStringLiteral("SELECT count(*) FROM desk.my_workshop_ids()")}},
    {QStringLiteral("whoami()"), {QStringLiteral("SELECT desk_role FROM desk.whoami()")}},
    {QStringLiteral("my_applicant_mechanic_ids()"),
     {QStringLiteral("SELECT count(*) FROM desk.my_applicant_mechanic_ids()")}},
    {QStringLiteral("verification_search(text)"),
     {QStringLiteral("SELECT count(*) FROM desk.verification_search('%')")}},
    {QStringLiteral("verification_search_page(text, text, text, text, text, integer, text, boolean, "
                    "timestamp with time zone, date, text, bigint, integer)"),
     {QStringLiteral("SELECT count(*) FROM desk.verification_search_page('%', NULL, NULL, NULL, NULL, NULL, "
                     "'submitted', false, NULL, NULL, NULL, NULL, 10)")}},
    {QStringLiteral("mechanic_may_work_at(bigint, bigint)"),
     {QStringLiteral("SELECT desk.mechanic_may_work_at({mechanic}, {workshop})"),
      QStringLiteral("SELECT desk.mechanic_may_work_at({partner}, {workshop})")}},
    {QStringLiteral("mechanic_may_work_at_0003(bigint, bigint)"),
     {QStringLiteral("SELECT desk.mechanic_may_work_at_0003({mechanic}, {workshop})"),
      QStringLiteral("SELECT desk.mechanic_may_work_at_0003({partner}, {workshop})")}},
    {QStringLiteral("has_active_partnership(bigint, bigint)"),
     {QStringLiteral("SELECT desk.has_active_partnership({partner}, {workshop})"),
      QStringLiteral("SELECT desk.has_active_partnership({mechanic}, {workshop})")}},
    {QStringLiteral("mechanic_ineligibility(bigint, bigint)"),
     {QStringLiteral("SELECT desk.mechanic_ineligibility({partner}, {program_version})"),
      QStringLiteral("SELECT desk.mechanic_ineligibility({mechanic}, {program_version})")}},
    {QStringLiteral("create_booking(bigint, bigint, timestamp with time zone, timestamp with time zone, "
                    "integer, text, text, bigint, bigint)"),
     {QStringLiteral("SELECT desk.create_booking({bay}, {mechanic}, '2031-03-04 10:30-05', "
                     "'2031-03-04 11:30-05', 15, 'confirmed', '', NULL, NULL)"),
      QStringLiteral("SELECT desk.create_booking({bay}, {partner}, '2031-03-05 10:00-05', "
                     "'2031-03-05 11:00-05', 15, 'requested', 'probe', {partnership}, NULL)")}},
    {QStringLiteral(
         "move_booking(bigint, integer, bigint, timestamp with time zone, timestamp with time zone)"),
     {QStringLiteral("SELECT desk.move_booking({booking}, {booking.version}, {bay}, '2031-03-04 10:30-05', "
                     "'2031-03-04 11:30-05')")}},
    {QStringLiteral("set_booking_status(bigint, integer, text, text)"),
     {QStringLiteral("SELECT desk.set_booking_status({booking}, {booking.version}, 'cancelled', 'probe')"),
      QStringLiteral("SELECT desk.set_booking_status({booking}, {booking.version}, 'checked_in', NULL)")}},
    {QStringLiteral("save_program(bigint, integer, bigint, jsonb, date)"),
     {QStringLiteral(
          "SELECT * FROM desk.save_program({program}, {program.version}, {workshop}, "
          "'{\"name\": \"Probe\", \"program_type\": \"revenue_share\", \"workshop_share_bp\": 2000, "
          "\"max_partners\": 1}'::jsonb, current_date + 7)"),
      QStringLiteral("SELECT * FROM desk.save_program(NULL, NULL, {workshop}, '{\"name\": \"Probe\", "
                     "\"program_type\": \"revenue_share\", \"workshop_share_bp\": 2000}'::jsonb, NULL)")}},
    {QStringLiteral("set_program_status(bigint, integer, text, date)"),
     {QStringLiteral("SELECT desk.set_program_status({program}, {program.version}, 'pause', NULL)"),
      QStringLiteral("SELECT desk.set_program_status({program}, {program.version}, 'close', NULL)")}},
    {QStringLiteral("decide_application(bigint, integer, text, text, date, date)"),
     {QStringLiteral("SELECT desk.decide_application({application}, {application.version}, 'approve', NULL, "
                     "NULL, NULL)"),
      QStringLiteral("SELECT desk.decide_application({application}, {application.version}, 'reject', "
                     "'probe', NULL, NULL)")}},
    {QStringLiteral("attach_agreement_document(bigint, text, bytea)"),
     {QStringLiteral("SELECT desk.attach_agreement_document({agreement}, 'probe.pdf', "
                     "'\\x255044462d312e340a'::bytea) IS NOT NULL")}},
    {QStringLiteral("record_agreement_acceptance(bigint, integer, text)"),
     {QStringLiteral(
         "SELECT desk.record_agreement_acceptance({agreement}, {agreement.version}, 'workshop')")}},
    {QStringLiteral(
         "update_partnership(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean)"),
     {QStringLiteral(
         "SELECT desk.update_partnership({partnership}, {partnership.version}, false, true, NULL, "
         "1200, 'net_60', NULL, false)")}},
    {QStringLiteral("set_partnership_status(bigint, integer, text, text)"),
     {QStringLiteral("SELECT desk.set_partnership_status({partnership}, {partnership.version}, 'suspend', "
                     "'probe')")}},
    {QStringLiteral("replace_partnership_parts(bigint, jsonb)"),
     {QStringLiteral(
         "SELECT desk.replace_partnership_parts({partnership}, '[{\"id\": {part}, \"part_number\": "
         "\"P-1\", \"part_name\": \"Probe\", \"wholesale_cents\": 100, \"retail_cents\": 200}]'::jsonb)")}},
    {QStringLiteral("replace_partnership_labour_rates(bigint, jsonb)"),
     {QStringLiteral("SELECT desk.replace_partnership_labour_rates({partnership}, '[{\"id\": {labour_rate}, "
                     "\"service_category\": \"brakes\", \"rate_per_hour_cents\": 9000}]'::jsonb)")}},
    {QStringLiteral("set_workshop_hours(bigint, integer, time without time zone, time without time zone, "
                    "bigint[], text)"),
     {QStringLiteral(
          "SELECT desk.set_workshop_hours({workshop}, 2, '07:00', '19:00', ARRAY[{booking}]::bigint[], "
          "'probe')"),
      QStringLiteral("SELECT desk.set_workshop_hours({workshop}, 2, NULL, NULL, ARRAY[{booking}]::bigint[], "
                     "'probe')")}},
    {QStringLiteral("set_bay_in_service(bigint, boolean, bigint[], text)"),
     {QStringLiteral("SELECT desk.set_bay_in_service({bay}, false, ARRAY[{booking}]::bigint[], 'probe')")}},
    // Workshop setup (0014).
    {QStringLiteral("workshop_physical_work_problems(bigint, date)"),
     {QStringLiteral("SELECT desk.workshop_physical_work_problems({workshop}, '2031-03-04')")}},
    {QStringLiteral("save_bay(bigint, integer, bigint, text, text, text[], integer, bigint, integer)"),
     {QStringLiteral(
          "SELECT desk.save_bay({bay}, {bay.version}, {workshop}, 'Probe', 'lift', '{}', 0, 0, NULL)"),
      QStringLiteral("SELECT desk.save_bay(NULL, NULL, {workshop}, 'Probe', 'lift', '{}', 0, 0, NULL)")}},
    {QStringLiteral("set_bay_out_of_service(bigint, integer, date, bigint[], text)"),
     {QStringLiteral("SELECT desk.set_bay_out_of_service({bay}, {bay.version}, '2031-03-01', "
                     "ARRAY[{booking}]::bigint[], 'probe')")}},
    {QStringLiteral("set_opening_hours(bigint, integer, integer, date, jsonb, bigint[], text)"),
     {QStringLiteral(
         "SELECT desk.set_opening_hours({workshop}, 1, 2, NULL, '[]', ARRAY[{booking}]::bigint[], "
         "'probe')")}},
    {QStringLiteral(
         "add_closure(bigint, bigint, text, timestamp with time zone, timestamp with time zone, text, "
         "bigint[], text)"),
     {QStringLiteral("SELECT desk.add_closure({workshop}, {bay}, 'maintenance', '2031-03-04 09:00-05', "
                     "'2031-03-04 12:00-05', 'probe', ARRAY[{booking}]::bigint[], 'probe')"),
      QStringLiteral("SELECT desk.add_closure({workshop}, NULL, 'holiday', '2031-03-04 09:00-05', "
                     "'2031-03-04 12:00-05', 'probe', NULL, NULL)")}},
    {QStringLiteral("remove_closure(bigint, integer)"),
     {QStringLiteral("SELECT desk.remove_closure({closure}, {closure.version})")}},
    // Roster (0015): invitations, unlinking, what a mechanic still has to provide.
    {QStringLiteral("invite_mechanic(bigint, text, integer)"),
     {QStringLiteral("SELECT desk.invite_mechanic({workshop}, 'probe@example.ca', 14) > 0")}},
    {QStringLiteral("revoke_invitation(bigint, integer, text)"),
     {QStringLiteral("SELECT desk.revoke_invitation({invitation}, {invitation.version}, 'probe')")}},
    {QStringLiteral("unlink_mechanic(bigint, integer, bigint[], text)"),
     {QStringLiteral(
         "SELECT desk.unlink_mechanic({mechanic}, {mechanic.version}, ARRAY[{booking}]::bigint[], "
         "'probe') ->> 'version'")}},
    {QStringLiteral("mechanic_missing_verifications(bigint)"),
     {QStringLiteral("SELECT desk.mechanic_missing_verifications({mechanic})"),
      QStringLiteral("SELECT desk.mechanic_missing_verifications({partner})")}},
    // Escalation leads and partner quotes (0026): owners work leads and decide quotes.
    {QStringLiteral("set_lead_status(bigint, text, text)"),
     {QStringLiteral("SELECT desk.set_lead_status({lead}, 'contacted', NULL)"),
      QStringLiteral("SELECT desk.set_lead_status({lead}, 'lost', 'probe')")}},
    {QStringLiteral("decide_partner_quote(bigint, boolean, text)"),
     {QStringLiteral("SELECT desk.decide_partner_quote({quote}, true, NULL)"),
      QStringLiteral("SELECT desk.decide_partner_quote({quote}, false, 'probe')")}},
    // Money path (0011): previews, the workshop's fee, per-partnership earnings.
    {QStringLiteral("calculate_revenue_split(text, bigint, date, bigint)"),
     {QStringLiteral("SELECT * FROM desk.calculate_revenue_split('workshop_mechanic', 10000, '2026-01-01', "
                     "{workshop})")}},
    {QStringLiteral("calculate_revenue_split(jsonb, bigint)"),
     {QStringLiteral(
         "SELECT * FROM desk.calculate_revenue_split('{\"program_type\": \"revenue_share\", "
         "\"platform_fee_bp\": 2000, \"workshop_share_bp\": 500, \"mechanic_share_bp\": 7500}'::jsonb, "
         "40000)")}},
    {QStringLiteral("workshop_platform_fee(bigint, date)"),
     {QStringLiteral("SELECT fee_bp FROM desk.workshop_platform_fee({workshop}, '2026-01-01')")}},
    // Issue 16, mechanic matching (0025): the live monitor and a request's offers.
    {QStringLiteral("live_requests()"), {QStringLiteral("SELECT count(*) FROM desk.live_requests()")}},
    {QStringLiteral("request_offers_of(bigint)"),
     {QStringLiteral("SELECT count(*) FROM desk.request_offers_of({session_request})")}},
    {QStringLiteral("partnership_earnings(date, date)"),
     {QStringLiteral(
         "SELECT partnership_id, jobs, balance_cents FROM desk.partnership_earnings('2020-01-01', "
         "'2040-01-01')")}},
    // Smart routing (issue 16, 0024): the preview, why matched, the routing setting, directory, analytics.
    {QStringLiteral(
         "get_mechanics_for_routing(bigint, text, text, text, text, timestamp with time zone, text, "
         "boolean, text[], boolean, text)"),
     {QStringLiteral(
          "SELECT count(*) FROM desk.get_mechanics_for_routing({workshop}, 'hybrid', 'video', 'brakes', "
          "'M5V 3L9', '2031-03-04 10:00-05', 'BMW', true, ARRAY['brakes'], true, 'smart_broadcast')"),
      QStringLiteral(
          "SELECT count(*) FROM desk.get_mechanics_for_routing({workshop}, NULL, 'workshop_visit', "
          "NULL, NULL, NULL, NULL, false, NULL, false, 'broadcast')")}},
    {QStringLiteral("why_matched(bigint)"),
     {QStringLiteral("SELECT count(*) FROM desk.why_matched({session_request})")}},
    {QStringLiteral("get_workshop_directory(integer, integer)"),
     {QStringLiteral("SELECT count(*) FROM desk.get_workshop_directory(50, 0)")}},
    {QStringLiteral("workshop_session_analytics(bigint, integer)"),
     {QStringLiteral("SELECT count(*) FROM desk.workshop_session_analytics({workshop}, 3)")}},
    {QStringLiteral("set_workshop_routing(bigint, text)"),
     {QStringLiteral("SELECT desk.set_workshop_routing({workshop}, 'broadcast')")}},
};

/// Every write the desk retries has a keyed overload (migration 0010): `f(p_request_id uuid, …)`, which
/// must answer another workshop's ids exactly as the plain function does. Their calls are the plain
/// ones with a fresh request key first.
const QStringList kKeyedFunctions = {
    QStringLiteral("create_booking"),
    QStringLiteral("move_booking"),
    QStringLiteral("set_booking_status"),
    QStringLiteral("save_program"),
    QStringLiteral("set_program_status"),
    QStringLiteral("decide_application"),
    QStringLiteral("attach_agreement_document"),
    QStringLiteral("update_partnership"),
    QStringLiteral("set_partnership_status"),
    QStringLiteral("replace_partnership_parts"),
    QStringLiteral("replace_partnership_labour_rates"),
    QStringLiteral("save_bay"),
    QStringLiteral("set_bay_out_of_service"),
    QStringLiteral("set_opening_hours"),
    QStringLiteral("add_closure"),
    QStringLiteral("remove_closure"),
    QStringLiteral("invite_mechanic"),
    QStringLiteral("revoke_invitation"),
    QStringLiteral("unlink_mechanic"),
    QStringLiteral("set_lead_status"),
    QStringLiteral("decide_partner_quote"),
    QStringLiteral("set_workshop_routing"),
};

QList<QPair<QString, QStringList>> withKeyedOverloads() {
    QList<QPair<QString, QStringList>> calls = kPlainCalls;
    for (const auto &[signature, templates] : kPlainCalls) {
        const QString name = signature.section(u'(', 0, 0);
        if (!kKeyedFunctions.contains(name))
            continue;
        QStringList keyed;
        for (QString t : templates)
            keyed << t.replace(u"desk."_qs + name + u'(', u"desk."_qs + name + u"(gen_random_uuid(), "_qs);
        calls.append({name + u"(uuid, "_qs + signature.section(u'(', 1), keyed});
    }
    return calls;
}

const QList<QPair<QString, QStringList>> kCalls = withKeyedOverloads();

/// Table of the row a {kind.version} placeholder reads its version from.
const QHash<QString, QString> kVersionTables = {
    {QStringLiteral("booking"), QStringLiteral("desk.bay_bookings")},
    {QStringLiteral("program"), QStringLiteral("desk.partnership_programs")},
    {QStringLiteral("application"), QStringLiteral("desk.partnership_applications")},
    {QStringLiteral("agreement"), QStringLiteral("desk.partnership_agreements")},
    {QStringLiteral("partnership"), QStringLiteral("desk.partnerships")},
    {QStringLiteral("bay"), QStringLiteral("desk.bays")},
    {QStringLiteral("closure"), QStringLiteral("desk.bay_closures")},
    {QStringLiteral("invitation"), QStringLiteral("desk.mechanic_invitations")},
    {QStringLiteral("mechanic"), QStringLiteral("desk.mechanics")},
};

/// What a call answered, with the ids of the variant replaced by "<kind>".
struct Outcome {
    bool ok = false;
    QString sqlState;
    QString message;
    QString detail;
    QString rows;

    bool operator==(const Outcome &o) const = default;
    QString toString() const {
        return ok ? QStringLiteral("ok [%1]").arg(rows)
                  : QStringLiteral("%1 %2 (%3)").arg(sqlState, message, detail);
    }
};

QString normalised(QString s, const QHash<QString, qint64> &ids) {
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        s.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(it.value())), u'<' + it.key() + u'>');
    return s;
}

} // namespace

class TstTenancy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyOwnerDefinerFunctionIsInTheMap();
    void otherWorkshopsIdsAnswerLikeMissingOnes();
    void probingClosuresLearnNothing();
    void probingBookingsLearnNothing();
    void directWritesAimedAtAnotherWorkshop();
    void settingsAreReadOnly();
    void noBookingInThePast();
    void noCheckInBeforeTheStart();
    void hoursAreNotCutUnderLiveBookings();
    void bayWithLiveBookingsStaysInService();
    void maxPartnersNotBelowCurrentPartners();
    void claimsPerAdminAreCapped();
    void concurrentClaimsStayWithinTheCap();

private:
    struct Tenant {
        qint64 workshop = 0;
        QHash<QString, qint64> ids; ///< placeholder -> id
    };
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"ten_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    bool setUpTenant(Tenant &t, const QString &owner, const QString &tag);
    bool restartIds(qint64 from);
    qint64 bookAt(const QString &who, qint64 bay, qint64 mechanic, const QString &localStart,
                  const QString &localEnd);
    Outcome call(const QString &who, const QString &sql, const QHash<QString, qint64> &ids);
    QString substitute(const QString &tmpl, const QHash<QString, qint64> &ids, QStringList *unknown);
    qint64 rowVersion(const QString &kind, qint64 id);
    QStringList ownerDefinerFunctions();
    int liveClaims(const QString &who);

    TestDatabase m_db;
    Tenant m_a;
    Tenant m_b;
    qint64 m_shopR = 0; ///< the rules workshop (owner "ownerR")
    qint64 m_mechR = 0;
    QList<qint64> m_baysR;
    QHash<QString, QString> m_roles; ///< who -> login role
};

namespace {
const QString kZone = QStringLiteral("America/Toronto");
}

void TstTenancy::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    // Ids of A, B and the rest come from distinct ranges (identities restarted): a normalised id in
    // a message can never be mistaken for another number.
    m_a.workshop = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    QVERIFY(restartIds(7000000));
    m_b.workshop = m_db.insertWorkshop(u"Garage Beta"_qs, u"ON"_qs);
    QVERIFY(restartIds(8000000));
    m_shopR = m_db.insertWorkshop(u"Garage Rules"_qs, u"ON"_qs);
    QVERIFY(restartIds(100));
    QVERIFY(m_a.workshop && m_b.workshop && m_shopR);
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 2000"_qs));
    // Open every day 07:00–19:00 (Toronto), so that calls reach past the opening-hours check.
    for (qint64 shop : {m_a.workshop, m_b.workshop, m_shopR})
        QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours SELECT ?, d, '07:00', '19:00' "
                          "FROM generate_series(1, 7) d"_qs,
                          {shop}));
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"ownerA"_qs, u"adesk_workshop_owner"_qs, {m_a.workshop}},
        {u"ownerB"_qs, u"adesk_workshop_owner"_qs, {m_b.workshop}},
        {u"ownerR"_qs, u"adesk_workshop_owner"_qs, {m_shopR}},
        {u"admin1"_qs, u"adesk_platform_admin"_qs, {}},
        {u"admin2"_qs, u"adesk_platform_admin"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"ten_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    QVERIFY(setUpTenant(m_a, u"ownerA"_qs, u"Alpha"_qs));
    QVERIFY(restartIds(7000100));
    QVERIFY(setUpTenant(m_b, u"ownerB"_qs, u"Beta"_qs));
    QVERIFY(restartIds(8000100));

    m_mechR = m_db.insertMechanic(u"Rita Rules"_qs, m_shopR);
    QVERIFY(m_mechR);
    QVERIFY(m_db.exec(
        u"UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', workshop_verified = true, "
        "can_perform_physical_work = true, compliance_status = 'approved' WHERE id = ?"_qs,
        {m_mechR}));
    for (const QString &name : {u"R lift 1"_qs, u"R lift 2"_qs, u"R lift 3"_qs}) {
        const qint64 bay =
            m_db.scalar(u"INSERT INTO desk.bays (workshop_id, name) VALUES (?, ?) RETURNING id"_qs,
                        {m_shopR, name})
                .toLongLong();
        QVERIFY(bay);
        m_baysR << bay;
    }
}

void TstTenancy::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"ten_"_qs + who);
}

bool TstTenancy::restartIds(qint64 from) {
    // Every table from its own block of 1000 as well: a bay and a booking never share an id.
    return m_db.exec(
        u"DO $$ DECLARE r record; n integer := 0; BEGIN FOR r IN SELECT c.relname, a.attname "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "WHERE c.relnamespace = 'desk'::regnamespace AND c.relkind = 'r' AND a.attidentity <> '' "
        "ORDER BY 1 LOOP n := n + 1; EXECUTE format('ALTER TABLE desk.%I ALTER COLUMN %I "
        "RESTART WITH %s', r.relname, r.attname, %1 + 1000 * n); END LOOP; END $$"_qs.arg(from));
}

qint64 TstTenancy::bookAt(const QString &who, qint64 bay, qint64 mechanic, const QString &localStart,
                          const QString &localEnd) {
    const auto r = run(who,
                       u"SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE '%1', "
                       "?::timestamp AT TIME ZONE '%1', 15, 'confirmed')"_qs.arg(kZone),
                       {bay, mechanic, localStart, localEnd});
    if (!r.ok)
        qWarning().noquote() << "booking" << localStart << r.describe();
    return r.ok ? r.scalar().toLongLong() : 0;
}

// One workshop with a row of every kind, written through the owner's own functions where they exist.
bool TstTenancy::setUpTenant(Tenant &t, const QString &owner, const QString &tag) {
    auto fail = [&](const QString &what, const TestDatabase::SqlResult &r) {
        qWarning().noquote() << tag << what << r.describe();
        return false;
    };
    t.ids[u"workshop"_qs] = t.workshop;
    t.ids[u"bay"_qs] = m_db.scalar(u"INSERT INTO desk.bays (workshop_id, name) VALUES (?, ?) RETURNING id"_qs,
                                   {t.workshop, tag + u" secret lift"_qs})
                           .toLongLong();
    t.ids[u"closure"_qs] =
        m_db.scalar(
                u"INSERT INTO desk.bay_closures (workshop_id, bay_id, kind, span, reason) VALUES (?, ?, "
                "'maintenance', tstzrange('2035-01-02 08:00-05', '2035-01-02 12:00-05'), ?) RETURNING id"_qs,
                {t.workshop, t.ids[u"bay"_qs], tag + u" secret inspection"_qs})
            .toLongLong();
    const qint64 mech = m_db.insertMechanic(tag + u" Mechanic"_qs, t.workshop);
    const qint64 partner = m_db.insertMechanic(tag + u" Partner"_qs);
    const qint64 applicant = m_db.insertMechanic(tag + u" Applicant"_qs);
    if (!t.ids[u"bay"_qs] || !mech || !partner || !applicant)
        return false;
    t.ids[u"mechanic"_qs] = mech;
    t.ids[u"partner"_qs] = partner;
    if (!m_db.exec(
            u"UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', workshop_verified = true, "
            "can_perform_physical_work = true, compliance_status = 'approved', rating_bp = 48000 "
            "WHERE id = ?"_qs,
            {mech}) ||
        !m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved', rating_bp = 47000, "
                   "years_experience = 9 WHERE id IN (?, ?)"_qs,
                   {partner, applicant}))
        return false;

    auto r =
        run(owner,
            u"SELECT program_id FROM desk.save_program(NULL, NULL, ?, '{\"name\": \"%1 share\", "
            "\"program_type\": \"revenue_share\", \"workshop_share_bp\": 2400}'::jsonb, NULL)"_qs.arg(tag),
            {t.workshop});
    if (!r.ok)
        return fail(u"save_program"_qs, r);
    const qint64 program = r.scalar().toLongLong();
    t.ids[u"program"_qs] = program;
    r = run(owner, u"SELECT desk.set_program_status(?, 1, 'publish', NULL)"_qs, {program});
    if (!r.ok)
        return fail(u"publish"_qs, r);
    t.ids[u"program_version"_qs] =
        m_db.scalar(u"SELECT id FROM desk.partnership_program_versions WHERE program_id = ?"_qs, {program})
            .toLongLong();
    const qint64 approved =
        m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) "
                    "VALUES (?, ?) RETURNING id"_qs,
                    {program, partner})
            .toLongLong();
    t.ids[u"application"_qs] =
        m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) "
                    "VALUES (?, ?) RETURNING id"_qs,
                    {program, applicant})
            .toLongLong();
    if (!approved || !t.ids[u"application"_qs])
        return false;
    r = run(owner, u"SELECT desk.decide_application(?, 1, 'approve')"_qs, {approved});
    if (!r.ok)
        return fail(u"approve"_qs, r);
    const qint64 agreement = r.scalar().toLongLong();
    t.ids[u"agreement"_qs] = agreement;
    r = run(owner, u"SELECT desk.attach_agreement_document(?, 'agreement.pdf', ?::bytea)"_qs,
            {agreement, u"\\x255044462d312e340a25"_qs});
    if (!r.ok)
        return fail(u"attach"_qs, r);
    // Both sides accepted (written directly: how acceptance is recorded is not under test here).
    if (!m_db.exec(
            u"UPDATE desk.partnership_agreements SET workshop_accepted_by = 'Owner', "
            "workshop_accepted_at = now(), mechanic_accepted_by = 'Partner', mechanic_accepted_at = now(), "
            "version = version + 1 WHERE id = ?"_qs,
            {agreement}) ||
        !m_db.exec(u"UPDATE desk.partnerships SET status = 'active', version = version + 1 "
                   "WHERE agreement_id = ?"_qs,
                   {agreement}))
        return false;
    const qint64 partnership =
        m_db.scalar(u"SELECT id FROM desk.partnerships WHERE agreement_id = ?"_qs, {agreement}).toLongLong();
    t.ids[u"partnership"_qs] = partnership;
    r = run(
        owner,
        u"SELECT desk.replace_partnership_parts(?, '[{\"part_number\": \"BP-1\", \"part_name\": \"Pads\", "
        "\"wholesale_cents\": 4000, \"retail_cents\": 9000}]'::jsonb)"_qs,
        {partnership});
    if (!r.ok)
        return fail(u"parts"_qs, r);
    r = run(owner,
            u"SELECT desk.replace_partnership_labour_rates(?, '[{\"service_category\": \"brakes\", "
            "\"rate_per_hour_cents\": 12000}]'::jsonb)"_qs,
            {partnership});
    if (!r.ok)
        return fail(u"labour rates"_qs, r);
    t.ids[u"part"_qs] =
        m_db.scalar(u"SELECT id FROM desk.partnership_parts WHERE partnership_id = ?"_qs, {partnership})
            .toLongLong();
    t.ids[u"labour_rate"_qs] =
        m_db.scalar(u"SELECT id FROM desk.partnership_labour_rates WHERE partnership_id = ?"_qs,
                    {partnership})
            .toLongLong();
    // A lead and a quote waiting for approval (0026), planted directly.
    const qint64 session =
        m_db.scalar(u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                    "VALUES ('video', 4500, ?, now()) RETURNING id"_qs,
                    {partner})
            .toLongLong();
    t.ids[u"lead"_qs] =
        m_db.scalar(u"INSERT INTO desk.escalation_leads (session_id, mechanic_id, workshop_id, "
                    "vehicle, concern) VALUES (?, ?, ?, ?, 'Brakes') RETURNING id"_qs,
                    {session, partner, t.workshop, tag + u" secret car"_qs})
            .toLongLong();
    t.ids[u"quote"_qs] =
        m_db.scalar(
                u"INSERT INTO desk.repair_quotes (partnership_id, workshop_id, mechanic_id, lead_id, "
                u"quote_date, "
                "quote_month, total_cents, month_before_cents, limit_cents, approval_required, over_limit, "
                "status) VALUES (?, ?, ?, ?, current_date, date_trunc('month', current_date)::date, 9000, 0, "
                "100000, true, false, 'pending_partner_approval') RETURNING id"_qs,
                {partnership, t.workshop, partner, t.ids[u"lead"_qs]})
            .toLongLong();
    r = run(owner, u"SELECT desk.invite_mechanic(?, ?, 14)"_qs,
            {t.workshop, tag.toLower() + u"@example.ca"_qs});
    if (!r.ok)
        return fail(u"invite"_qs, r);
    t.ids[u"invitation"_qs] = r.scalar().toLongLong();
    // A session request for the workshop (issue 16, as the platform would have routed it):
    // why_matched's and request_offers_of's id.
    t.ids[u"session_request"_qs] =
        m_db.scalar(u"INSERT INTO desk.session_requests (request_key, session_type, customer_postal_code, "
                    "preferred_workshop_id, routing_type) VALUES (gen_random_uuid(), 'chat', 'M5V 3L9', ?, "
                    "'hybrid') RETURNING id"_qs,
                    {t.workshop})
            .toLongLong();
    // The booking both tenants hold at the same hour (Tuesday 2031-03-04 10:00–11:00 Toronto).
    t.ids[u"booking"_qs] =
        bookAt(owner, t.ids[u"bay"_qs], mech, u"2031-03-04T10:00"_qs, u"2031-03-04T11:00"_qs);
    for (auto it = t.ids.cbegin(); it != t.ids.cend(); ++it) {
        if (it.value() <= 0) {
            qWarning().noquote() << tag << "has no" << it.key();
            return false;
        }
    }
    return true;
}

qint64 TstTenancy::rowVersion(const QString &kind, qint64 id) {
    const QVariant v = m_db.scalar(
        u"SELECT coalesce((SELECT version FROM %1 WHERE id = ?), 1)"_qs.arg(kVersionTables.value(kind)),
        {id});
    return v.isValid() ? v.toLongLong() : 1;
}

QString TstTenancy::substitute(const QString &tmpl, const QHash<QString, qint64> &ids, QStringList *unknown) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)(\\.version)?\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(tmpl); it.hasNext();) {
        const auto m = it.next();
        out += tmpl.mid(last, m.capturedStart() - last);
        const QString kind = m.captured(1);
        if (!ids.contains(kind) || (m.hasCaptured(2) && !kVersionTables.contains(kind)))
            *unknown << m.captured(0);
        out += m.hasCaptured(2) ? QString::number(rowVersion(kind, ids.value(kind)))
                                : QString::number(ids.value(kind));
        last = m.capturedEnd();
    }
    return out + tmpl.mid(last);
}

Outcome TstTenancy::call(const QString &who, const QString &sql, const QHash<QString, qint64> &ids) {
    // Each call in its own transaction, rolled back: probes leave nothing behind.
    TestDatabase::run(as(who), u"BEGIN"_qs);
    const TestDatabase::SqlResult r = TestDatabase::run(as(who), sql);
    TestDatabase::run(as(who), u"ROLLBACK"_qs);
    Outcome o;
    o.ok = r.ok;
    o.sqlState = r.sqlState();
    o.message = normalised(r.error.serverMessage, ids);
    o.detail = normalised(r.error.detail, ids);
    QStringList rows;
    for (const QVariantList &row : r.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? u"NULL"_qs : v.toString());
        rows << cells.join(u'|');
    }
    o.rows = normalised(rows.join(u';'), ids);
    return o;
}

QStringList TstTenancy::ownerDefinerFunctions() {
    const TestDatabase::SqlResult r =
        m_db.run(u"SELECT p.proname || '(' || oidvectortypes(p.proargtypes) || ')' FROM pg_proc p "
                 "WHERE p.pronamespace = 'desk'::regnamespace AND p.prosecdef "
                 "AND has_function_privilege('adesk_workshop_owner', p.oid, 'EXECUTE') ORDER BY 1"_qs);
    QStringList out;
    for (const QVariant &v : r.column())
        out << v.toString();
    return out;
}

void TstTenancy::everyOwnerDefinerFunctionIsInTheMap() {
    const QStringList actual = ownerDefinerFunctions();
    QVERIFY(actual.size() >= 20);
    QStringList mapped;
    for (const auto &c : kCalls)
        mapped << c.first;
    QStringList unmapped;
    for (const QString &f : actual) {
        if (!mapped.contains(f))
            unmapped << f;
    }
    QVERIFY2(unmapped.isEmpty(), qPrintable(u"definer functions an owner can call, missing from kCalls "
                                            "(add their id arguments): "_qs +
                                            unmapped.join(u", "_qs)));
    QStringList stale;
    for (const QString &f : mapped) {
        if (!actual.contains(f))
            stale << f;
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"kCalls names functions an owner cannot call: "_qs + stale.join(u", "_qs)));
}

void TstTenancy::otherWorkshopsIdsAnswerLikeMissingOnes() {
    const QStringList actual = ownerDefinerFunctions();
    QStringList leaks;
    QStringList unknown;
    int compared = 0;
    qint64 missingSerial = 987654000;
    QHash<QString, qint64> missing;
    for (auto it = m_b.ids.cbegin(); it != m_b.ids.cend(); ++it)
        missing.insert(it.key(), ++missingSerial);

    for (const auto &[function, templates] : kCalls) {
        if (!actual.contains(function))
            continue; // reported by everyOwnerDefinerFunctionIsInTheMap
        for (const QString &tmpl : templates) {
            static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)(?:\\.version)?\\}"));
            QStringList kinds;
            for (auto m = placeholder.globalMatch(tmpl); m.hasNext();) {
                const QString k = m.next().captured(1);
                if (!kinds.contains(k))
                    kinds << k;
            }
            if (kinds.isEmpty()) {
                const Outcome o = call(u"ownerA"_qs, tmpl, {});
                if (!o.ok)
                    leaks << function + u": "_qs + o.toString();
                continue;
            }
            // Each id alone of workshop B (the others A's own), then all of them at once.
            QList<QStringList> variants;
            for (const QString &k : kinds)
                variants << QStringList{k};
            if (kinds.size() > 1)
                variants << kinds;
            for (const QStringList &replaced : variants) {
                QHash<QString, qint64> withB = m_a.ids;
                QHash<QString, qint64> withMissing = m_a.ids;
                QHash<QString, qint64> tokensB;
                QHash<QString, qint64> tokensMissing;
                for (const QString &k : replaced) {
                    withB[k] = m_b.ids.value(k);
                    withMissing[k] = missing.value(k);
                    tokensB[k] = m_b.ids.value(k);
                    tokensMissing[k] = missing.value(k);
                }
                const Outcome b = call(u"ownerA"_qs, substitute(tmpl, withB, &unknown), tokensB);
                const Outcome none =
                    call(u"ownerA"_qs, substitute(tmpl, withMissing, &unknown), tokensMissing);
                ++compared;
                if (!(b == none))
                    leaks << QStringLiteral("%1 with B's %2:\n    B's id:  %3\n    missing: %4")
                                 .arg(function, replaced.join(u'+'), b.toString(), none.toString());
            }
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(u"unknown placeholders: "_qs + unknown.join(u", "_qs)));
    QVERIFY(compared >= 30);
    for (const QString &leak : leaks)
        qWarning().noquote() << leak;
    QVERIFY2(leaks.isEmpty(), qPrintable(u"%1 answers differ between workshop B's ids and missing ids "
                                         "(listed above)"_qs.arg(leaks.size())));
}

void TstTenancy::probingClosuresLearnNothing() {
    // B's booking: Tuesday 2031-03-04 10:00–11:00 Toronto on B's bay, by "Beta Mechanic". Closures
    // are written only through desk.add_closure (0014), which lists the bookings in the way.
    const qint64 bBooking = m_b.ids.value(u"booking"_qs);
    const qint64 bBay = m_b.ids.value(u"bay"_qs);
    const qint64 bShop = m_b.workshop;
    const qint64 noShop = 987600001;
    const qint64 noBay = 987600002;
    const int closuresBefore = m_db.scalar(u"SELECT count(*) FROM desk.bay_closures"_qs).toInt();
    const QString over = u"'2031-03-04 09:00-05', '2031-03-04 12:00-05'"_qs;
    const QString free = u"'2031-03-06 09:00-05', '2031-03-06 12:00-05'"_qs;
    auto insert = [&](qint64 shop, qint64 bay, const QString &span) {
        const QString sql =
            u"SELECT desk.add_closure(%1, %2, 'maintenance', %3, 'probe', NULL, NULL)"_qs.arg(shop).arg(
                bay > 0 ? QString::number(bay) : u"NULL"_qs, span);
        QHash<QString, qint64> ids{{u"workshop"_qs, shop}};
        if (bay > 0)
            ids.insert(u"bay"_qs, bay);
        return call(u"ownerA"_qs, sql, ids);
    };
    // Over B's booking, over a free span, on a workshop that does not exist: one answer.
    const Outcome overBooking = insert(bShop, bBay, over);
    const Outcome wholeShop = insert(bShop, 0, over);
    const Outcome overNothing = insert(bShop, bBay, free);
    const Outcome nowhere = insert(noShop, noBay, over);
    const Outcome nowhereShop = insert(noShop, 0, over);
    QVERIFY(!overBooking.ok);
    QCOMPARE(overBooking.toString(), overNothing.toString());
    QCOMPARE(overBooking.toString(), nowhere.toString());
    QCOMPARE(wholeShop.toString(), nowhereShop.toString());
    for (const Outcome &o : {overBooking, wholeShop}) {
        for (const QString &secret : {QString::number(bBooking), u"Beta"_qs, u"10:00"_qs, u"11:00"_qs})
            QVERIFY2(!o.message.contains(secret) && !o.detail.contains(secret), qPrintable(o.toString()));
    }
    // A's own workshop with B's bay: the same answer as with a bay that does not exist.
    QCOMPARE(insert(m_a.workshop, bBay, over).toString(), insert(m_a.workshop, noBay, over).toString());
    // Direct writes are not allowed at all: the same refusal wherever they aim.
    for (qint64 shop : {bShop, noShop}) {
        const auto r = run(u"ownerA"_qs,
                           u"INSERT INTO desk.bay_closures (workshop_id, kind, span) VALUES (%1, 'holiday', "
                           "tstzrange(%2))"_qs.arg(shop)
                               .arg(over));
        QCOMPARE(r.sqlState(), u"42501"_qs);
        QVERIFY2(!r.error.serverMessage.contains(QString::number(bBooking)), qPrintable(r.describe()));
    }
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.bay_closures"_qs).toInt(), closuresBefore);
}

void TstTenancy::probingBookingsLearnNothing() {
    const qint64 bBay = m_b.ids.value(u"bay"_qs);
    const qint64 noBay = 987600003;
    const qint64 mech = m_a.ids.value(u"mechanic"_qs);
    const int bookingsB =
        m_db.scalar(u"SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"_qs, {m_b.workshop})
            .toInt();
    auto book = [&](qint64 bay, const QString &start, const QString &end) {
        return call(u"ownerA"_qs,
                    u"SELECT desk.create_booking(%1, %2, '%3', '%4')"_qs.arg(bay).arg(mech).arg(start, end),
                    {{u"bay"_qs, bay}});
    };
    // On B's bay at B's booked hour, at a free hour, and on a bay that does not exist.
    const Outcome clash = book(bBay, u"2031-03-04 10:30-05"_qs, u"2031-03-04 11:00-05"_qs);
    const Outcome freeHour = book(bBay, u"2031-03-06 10:30-05"_qs, u"2031-03-06 11:00-05"_qs);
    const Outcome nowhere = book(noBay, u"2031-03-04 10:30-05"_qs, u"2031-03-04 11:00-05"_qs);
    QVERIFY(!clash.ok);
    QCOMPARE(clash.toString(), freeHour.toString());
    QCOMPARE(clash.toString(), nowhere.toString());
    QVERIFY2(!clash.message.contains(u"Beta"_qs) && !clash.message.contains(u"10:00"_qs),
             qPrintable(clash.toString()));
    // Moving one's own booking onto B's bay at B's hour.
    const qint64 own = m_a.ids.value(u"booking"_qs);
    auto move = [&](qint64 bay) {
        return call(
            u"ownerA"_qs,
            u"SELECT desk.move_booking(%1, %2, %3, '2031-03-04 10:30-05', '2031-03-04 11:00-05')"_qs.arg(own)
                .arg(rowVersion(u"booking"_qs, own))
                .arg(bay),
            {{u"bay"_qs, bay}});
    };
    QCOMPARE(move(bBay).toString(), move(noBay).toString());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"_qs, {m_b.workshop})
                 .toInt(),
             bookingsB);
}

void TstTenancy::directWritesAimedAtAnotherWorkshop() {
    // Owners wrote bays, hours and closures directly (0003's grants) until 0014 revoked it: aimed at
    // workshop B, a direct write gets the answer it gets when aimed at a workshop that does not exist
    // (permission denied, whatever the target).
    const qint64 bShop = m_b.workshop;
    const qint64 noShop = 987600004;
    const qint64 ownBay = m_a.ids.value(u"bay"_qs);
    const QStringList statements = {
        u"INSERT INTO desk.bays (workshop_id, name) VALUES (%1, 'Probe bay')"_qs,
        u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
        "VALUES (%1, 1, '06:00', '07:00')"_qs,
        u"UPDATE desk.bays SET workshop_id = %1 WHERE id = "_qs + QString::number(ownBay),
        u"UPDATE desk.bays SET workshop_id = %1, active = false WHERE id = "_qs + QString::number(ownBay),
        u"UPDATE desk.workshop_hours SET workshop_id = %1 WHERE workshop_id = "_qs +
            QString::number(m_a.workshop) + u" AND weekday = 2"_qs,
        u"UPDATE desk.bays SET active = false WHERE workshop_id = %1"_qs,
        u"DELETE FROM desk.workshop_hours WHERE workshop_id = %1"_qs,
    };
    for (const QString &sql : statements) {
        const Outcome b = call(u"ownerA"_qs, sql.arg(bShop), {{u"workshop"_qs, bShop}});
        const Outcome none = call(u"ownerA"_qs, sql.arg(noShop), {{u"workshop"_qs, noShop}});
        QVERIFY2(b == none, qPrintable(sql + u"\n  B:       "_qs + b.toString() + u"\n  missing: "_qs +
                                       none.toString()));
    }
}

void TstTenancy::settingsAreReadOnly() {
    for (const QString &who : {u"ownerA"_qs, u"admin1"_qs}) {
        const auto read =
            run(who, u"SELECT int_value FROM desk.desk_settings WHERE name = 'max_live_claims_per_admin'"_qs);
        ADESK_VERIFY_SQL(read);
        QCOMPARE(read.scalar().toInt(), kDocumentedClaimCap);
        for (const QString &sql : {u"UPDATE desk.desk_settings SET int_value = 1000"_qs,
                                   u"INSERT INTO desk.desk_settings VALUES ('x', 1, 'x')"_qs,
                                   u"DELETE FROM desk.desk_settings"_qs}) {
            const auto w = run(who, sql);
            QVERIFY2(!w.ok, qPrintable(who + u": "_qs + sql));
            QCOMPARE(w.sqlState(), u"42501"_qs);
        }
    }
}

void TstTenancy::noBookingInThePast() {
    const QString who = u"ownerR"_qs;
    const int before =
        m_db.scalar(u"SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"_qs, {m_shopR}).toInt();
    for (const QString &start : {u"now() - interval '2 hours'"_qs, u"now() - interval '1 minute'"_qs,
                                 u"'2021-06-15 10:00'::timestamp AT TIME ZONE 'America/Toronto'"_qs}) {
        const auto r = run(who, u"SELECT desk.create_booking(?, ?, %1, %1 + interval '1 hour')"_qs.arg(start),
                           {m_baysR[0], m_mechR});
        QVERIFY2(!r.ok, qPrintable(start));
        QCOMPARE(r.sqlState(), u"23514"_qs);
        QVERIFY2(r.error.serverMessage.contains(u"past"_qs), qPrintable(r.describe()));
    }
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.bay_bookings WHERE workshop_id = ?"_qs, {m_shopR}).toInt(),
        before);

    // A future booking cannot be moved into the past (start or end), on its bay or another.
    const qint64 id = bookAt(who, m_baysR[0], m_mechR, u"2032-06-17T10:00"_qs, u"2032-06-17T11:00"_qs);
    QVERIFY(id);
    auto move = [&](qint64 bay, const QString &start, const QString &end) {
        return run(who, u"SELECT desk.move_booking(?, 1, ?, %1, %2)"_qs.arg(start, end), {id, bay});
    };
    for (qint64 bay : {m_baysR[0], m_baysR[1]}) {
        auto r = move(bay, u"'2021-06-17 10:00-04'"_qs, u"'2021-06-17 11:00-04'"_qs);
        QCOMPARE(r.sqlState(), u"23514"_qs);
        r = move(bay, u"now() - interval '10 minutes'"_qs, u"'2032-06-17 11:00-04'"_qs);
        QCOMPARE(r.sqlState(), u"23514"_qs);
    }
    QCOMPARE(m_db.scalar(u"SELECT version FROM desk.bay_bookings WHERE id = ?"_qs, {id}).toInt(), 1);
    // Into the future is fine.
    ADESK_VERIFY_SQL(move(m_baysR[1], u"'2032-06-17 12:00-04'"_qs, u"'2032-06-17 13:00-04'"_qs));
}

void TstTenancy::noCheckInBeforeTheStart() {
    const QString who = u"ownerR"_qs;
    const qint64 id = bookAt(who, m_baysR[2], m_mechR, u"2032-06-18T10:00"_qs, u"2032-06-18T11:00"_qs);
    QVERIFY(id);
    auto set = [&](const QString &status) {
        const int version = int(rowVersion(u"booking"_qs, id));
        return run(who, u"SELECT desk.set_booking_status(?, ?, ?)"_qs, {id, version, status});
    };
    for (const QString &status : {u"checked_in"_qs, u"no_show"_qs}) {
        const auto r = set(status);
        QVERIFY2(!r.ok, qPrintable(status));
        QCOMPARE(r.sqlState(), u"23514"_qs);
        QVERIFY2(r.error.serverMessage.contains(u"before then"_qs), qPrintable(r.describe()));
    }
    // A future booking already (wrongly) checked in is not completed either.
    QVERIFY(m_db.exec(u"UPDATE desk.bay_bookings SET status = 'checked_in' WHERE id = ?"_qs, {id}));
    auto r = set(u"completed"_qs);
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.bay_bookings WHERE id = ?"_qs, {id}).toString(),
             u"checked_in"_qs);
    // Its undo is fine at any time.
    ADESK_VERIFY_SQL(set(u"confirmed"_qs));

    // Once it has started (the booking is moved, as time would, to a past Tuesday), it may be
    // checked in and completed.
    QVERIFY(m_db.exec(u"UPDATE desk.bay_bookings SET span = tstzrange('2021-06-15 10:00-04', "
                      "'2021-06-15 11:00-04') WHERE id = ?"_qs,
                      {id}));
    ADESK_VERIFY_SQL(set(u"checked_in"_qs));
    ADESK_VERIFY_SQL(set(u"completed"_qs));
}

void TstTenancy::hoursAreNotCutUnderLiveBookings() {
    const QString who = u"ownerR"_qs;
    // Tuesdays: 09:00, 13:00 and 16:00 on 2032-06-08, 17:00 a week later; one cancelled at 17:30 the
    // week after.
    const qint64 morning = bookAt(who, m_baysR[0], m_mechR, u"2032-06-08T09:00"_qs, u"2032-06-08T10:00"_qs);
    const qint64 noon = bookAt(who, m_baysR[0], m_mechR, u"2032-06-08T13:00"_qs, u"2032-06-08T14:00"_qs);
    const qint64 late = bookAt(who, m_baysR[1], m_mechR, u"2032-06-08T16:00"_qs, u"2032-06-08T17:00"_qs);
    const qint64 nextWeek = bookAt(who, m_baysR[1], m_mechR, u"2032-06-15T17:00"_qs, u"2032-06-15T18:00"_qs);
    const qint64 gone = bookAt(who, m_baysR[2], m_mechR, u"2032-06-22T17:30"_qs, u"2032-06-22T18:30"_qs);
    QVERIFY(morning && noon && late && nextWeek && gone);
    ADESK_VERIFY_SQL(
        run(who, u"SELECT desk.set_booking_status(?, 1, 'cancelled', 'customer called')"_qs, {gone}));
    const int tuesday = QDate(2032, 6, 8).dayOfWeek();
    const QList<qint64> afternoon = {noon, late, nextWeek};
    auto listed = [](const TestDatabase::SqlResult &r, const QList<qint64> &ids) {
        QStringList want;
        for (qint64 id : ids)
            want << QString::number(id);
        return r.error.detail == u"bookings="_qs + want.join(u',');
    };
    auto hours = [&]() {
        return m_db
            .scalar(u"SELECT coalesce((SELECT string_agg(opens_at || '-' || closes_at, ' ') "
                    "FROM desk.opening_hours_on(?, '2032-06-08')), 'closed')"_qs,
                    {m_shopR})
            .toString();
    };
    const QString before = hours();
    auto change = [&](const QString &shifts) {
        return run(who,
                   u"SELECT desk.set_opening_hours(?, (SELECT hours_version FROM desk.organizations "
                   "WHERE id = ?), ?, NULL, '%1', NULL, NULL)"_qs.arg(shifts),
                   {m_shopR, m_shopR, tuesday});
    };

    // Closing at noon strands three bookings: refused, each named.
    auto r = change(u"[{\"opens\": \"07:00\", \"closes\": \"12:00\"}]"_qs);
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QVERIFY2(listed(r, afternoon), qPrintable(r.describe()));
    for (qint64 id : afternoon)
        QVERIFY2(r.error.serverMessage.contains(u"booking %1"_qs.arg(id)), qPrintable(r.describe()));
    QVERIFY2(!r.error.serverMessage.contains(u"booking %1"_qs.arg(morning)), qPrintable(r.describe()));
    // Opening later strands the morning one; closing the day strands all four.
    r = change(u"[{\"opens\": \"09:30\", \"closes\": \"19:00\"}]"_qs);
    QVERIFY2(r.sqlState() == u"23514" && listed(r, {morning}), qPrintable(r.describe()));
    r = change(u"[]"_qs);
    QVERIFY2(r.sqlState() == u"23514" && listed(r, {morning, noon, late, nextWeek}),
             qPrintable(r.describe()));
    QCOMPARE(hours(), before);
    // A direct write is not allowed (0014); longer hours are fine.
    r = run(who,
            u"UPDATE desk.workshop_hours SET closes_at = '12:00' WHERE workshop_id = ? AND weekday = ?"_qs,
            {m_shopR, tuesday});
    QCOMPARE(r.sqlState(), u"42501"_qs);
    ADESK_VERIFY_SQL(change(u"[{\"opens\": \"06:00\", \"closes\": \"19:00\"}]"_qs));

    // Through the function: refused until every stranded booking is confirmed, with a reason.
    auto setHours = [&](const QString &ids, const QVariant &reason) {
        return run(who, u"SELECT desk.set_workshop_hours(?, ?, '07:00', '12:00', %1, ?)"_qs.arg(ids),
                   {m_shopR, tuesday, reason});
    };
    r = setHours(u"NULL"_qs, u"Short day"_qs);
    QVERIFY2(r.sqlState() == u"23514" && listed(r, afternoon), qPrintable(r.describe()));
    r = setHours(u"ARRAY[%1, %2]::bigint[]"_qs.arg(noon).arg(late), u"Short day"_qs);
    QVERIFY2(r.sqlState() == u"23514" && listed(r, afternoon), qPrintable(r.describe()));
    const QString all = u"ARRAY[%1, %2, %3]::bigint[]"_qs.arg(noon).arg(late).arg(nextWeek);
    r = setHours(all, u"  "_qs);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    QCOMPARE(
        m_db.scalar(
                u"SELECT count(*) FROM desk.bay_bookings WHERE id IN (?, ?, ?) AND status = 'confirmed'"_qs,
                {noon, late, nextWeek})
            .toInt(),
        3);
    r = setHours(all, u"Short day"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(hours(), u"07:00:00-12:00:00"_qs);
    QCOMPARE(
        m_db.scalar(
                u"SELECT string_agg(status || '/' || status_reason, ',' ORDER BY id) FROM desk.bay_bookings "
                "WHERE id IN (?, ?, ?)"_qs,
                {noon, late, nextWeek})
            .toString(),
        u"cancelled/Short day,cancelled/Short day,cancelled/Short day"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.bay_bookings WHERE id = ?"_qs, {morning}).toString(),
             u"confirmed"_qs);
    // Restore the hours for the other tests.
    ADESK_VERIFY_SQL(
        run(who, u"SELECT desk.set_workshop_hours(?, ?, '07:00', '19:00')"_qs, {m_shopR, tuesday}));
}

void TstTenancy::bayWithLiveBookingsStaysInService() {
    const QString who = u"ownerR"_qs;
    const qint64 bay =
        m_db.scalar(u"INSERT INTO desk.bays (workshop_id, name) VALUES (?, 'R lift 4') RETURNING id"_qs,
                    {m_shopR})
            .toLongLong();
    QVERIFY(bay);
    const qint64 first = bookAt(who, bay, m_mechR, u"2032-07-06T10:00"_qs, u"2032-07-06T11:00"_qs);
    const qint64 second = bookAt(who, bay, m_mechR, u"2032-07-07T10:00"_qs, u"2032-07-07T11:00"_qs);
    const qint64 cancelled = bookAt(who, bay, m_mechR, u"2032-07-08T10:00"_qs, u"2032-07-08T11:00"_qs);
    QVERIFY(first && second && cancelled);
    ADESK_VERIFY_SQL(run(who, u"SELECT desk.set_booking_status(?, 1, 'cancelled', 'x')"_qs, {cancelled}));
    // Past history on the bay does not count.
    ADESK_VERIFY_SQL(
        m_db.run(u"INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, status) "
                 "VALUES (?, ?, ?, tstzrange('2021-07-06 10:00-04', '2021-07-06 11:00-04'), "
                 "'completed')"_qs,
                 {m_shopR, bay, m_mechR}));
    const QString ahead = u"bookings=%1,%2"_qs.arg(first).arg(second);
    auto active = [&](qint64 b) {
        return m_db.scalar(u"SELECT active FROM desk.bays WHERE id = ?"_qs, {b}).toBool();
    };

    // Direct writes are not allowed (0014): only the functions, which list the bookings.
    auto r = run(who, u"UPDATE desk.bays SET active = false WHERE id = ?"_qs, {bay});
    QCOMPARE(r.sqlState(), u"42501"_qs);
    r = run(who, u"SELECT desk.set_bay_in_service(?, false)"_qs, {bay});
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QCOMPARE(r.error.detail, ahead);
    QVERIFY2(r.error.serverMessage.contains(u"booking %1"_qs.arg(first)) &&
                 r.error.serverMessage.contains(u"booking %1"_qs.arg(second)),
             qPrintable(r.describe()));
    r = run(who, u"SELECT desk.set_bay_in_service(?, false, ARRAY[?]::bigint[], 'Lift broken')"_qs,
            {bay, first});
    QCOMPARE(r.error.detail, ahead);
    QVERIFY(active(bay));

    r = run(who, u"SELECT desk.set_bay_in_service(?, false, ARRAY[?, ?]::bigint[], 'Lift broken')"_qs,
            {bay, first, second});
    ADESK_VERIFY_SQL(r);
    QVERIFY(!active(bay));
    QCOMPARE(m_db.scalar(u"SELECT string_agg(status || '/' || coalesce(status_reason, ''), ',' ORDER BY id) "
                         "FROM desk.bay_bookings WHERE id IN (?, ?)"_qs,
                         {first, second})
                 .toString(),
             u"cancelled/Lift broken,cancelled/Lift broken"_qs);
    ADESK_VERIFY_SQL(run(who, u"SELECT desk.set_bay_in_service(?, true)"_qs, {bay}));
    QVERIFY(active(bay));
    // A bay with nothing ahead may be taken out directly.
    const qint64 idle =
        m_db.scalar(u"INSERT INTO desk.bays (workshop_id, name) VALUES (?, 'Idle') RETURNING id"_qs,
                    {m_shopR})
            .toLongLong();
    ADESK_VERIFY_SQL(run(who, u"SELECT desk.set_bay_in_service(?, false)"_qs, {idle}));
    QVERIFY(!active(idle));
}

void TstTenancy::maxPartnersNotBelowCurrentPartners() {
    const QString who = u"ownerR"_qs;
    const QString data =
        u"{\"name\": \"Seats\", \"program_type\": \"revenue_share\", \"workshop_share_bp\": 2000, "
        "\"max_partners\": %1}"_qs;
    auto r = run(who, u"SELECT program_id FROM desk.save_program(NULL, NULL, ?, ?::jsonb, NULL)"_qs,
                 {m_shopR, data.arg(3)});
    ADESK_VERIFY_SQL(r);
    const qint64 program = r.scalar().toLongLong();
    ADESK_VERIFY_SQL(run(who, u"SELECT desk.set_program_status(?, 1, 'publish', NULL)"_qs, {program}));
    for (const QString &name : {u"Seat One"_qs, u"Seat Two"_qs}) {
        const qint64 m = m_db.insertMechanic(name);
        QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"_qs, {m}));
        const qint64 app = m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) "
                                       "VALUES (?, ?) RETURNING id"_qs,
                                       {program, m})
                               .toLongLong();
        ADESK_VERIFY_SQL(run(who, u"SELECT desk.decide_application(?, 1, 'approve')"_qs, {app}));
    }
    auto save = [&](const QVariant &max) {
        const int version =
            m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {program}).toInt();
        return run(who, u"SELECT row_version FROM desk.save_program(?, ?, ?, ?::jsonb, current_date)"_qs,
                   {program, version, m_shopR, data.arg(max.toString())});
    };
    r = save(1);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QVERIFY2(r.error.serverMessage.contains(u"2 partners"_qs), qPrintable(r.describe()));
    QCOMPARE(
        m_db.scalar(u"SELECT max_partners FROM desk.partnership_programs WHERE id = ?"_qs, {program}).toInt(),
        3);
    ADESK_VERIFY_SQL(save(2));
    ADESK_VERIFY_SQL(save(u"null"_qs));
    QVERIFY(
        m_db.scalar(u"SELECT max_partners IS NULL FROM desk.partnership_programs WHERE id = ?"_qs, {program})
            .toBool());
}

int TstTenancy::liveClaims(const QString &who) {
    return m_db
        .scalar(
            u"SELECT count(*) FROM desk.compliance_verifications WHERE claimed_by = ? AND status = 'pending' "
            "AND claim_expires_at > clock_timestamp()"_qs,
            {m_roles.value(who)})
        .toInt();
}

void TstTenancy::claimsPerAdminAreCapped() {
    QList<qint64> items;
    // Each pending document of a workshop of its own: a second one for the same requirement would
    // supersede the first (0021).
    for (int i = 0; i < kDocumentedClaimCap + 3; ++i)
        items << m_db.insertVerification(
            u"workshop"_qs, m_db.insertWorkshop(u"Garage Cap %1"_qs.arg(i), u"ON"_qs), u"zoning"_qs);
    QVERIFY(!items.contains(0));
    auto claim = [&](const QString &who, qint64 id) {
        return run(who, u"SELECT claimed_by::text FROM desk.claim_verification(?)"_qs, {id});
    };
    for (int i = 0; i < kDocumentedClaimCap; ++i)
        ADESK_VERIFY_SQL(claim(u"admin1"_qs, items[i]));
    QCOMPARE(liveClaims(u"admin1"_qs), kDocumentedClaimCap);

    // One more: refused, by item and by "next".
    auto r = claim(u"admin1"_qs, items[kDocumentedClaimCap]);
    QVERIFY2(!r.ok, "a claim beyond the cap was granted");
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QVERIFY2(r.error.serverMessage.contains(QString::number(kDocumentedClaimCap)), qPrintable(r.describe()));
    r = run(u"admin1"_qs, u"SELECT desk.claim_next_verification()"_qs);
    QVERIFY2(!r.ok, "claim_next beyond the cap was granted");
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QCOMPARE(liveClaims(u"admin1"_qs), kDocumentedClaimCap);
    QVERIFY(m_db.scalar(u"SELECT claimed_by IS NULL FROM desk.compliance_verifications WHERE id = ?"_qs,
                        {items[kDocumentedClaimCap]})
                .toBool());

    // Renewing a claim one holds is not a new claim; another admin is not limited by it.
    ADESK_VERIFY_SQL(run(u"admin1"_qs, u"SELECT * FROM desk.claim_verification(?, 1200)"_qs, {items[0]}));
    ADESK_VERIFY_SQL(claim(u"admin2"_qs, items[kDocumentedClaimCap]));
    // Releasing one frees a place; a lapsed lease does not count.
    ADESK_VERIFY_SQL(run(u"admin1"_qs, u"SELECT desk.release_verification(?)"_qs, {items[1]}));
    ADESK_VERIFY_SQL(claim(u"admin1"_qs, items[kDocumentedClaimCap + 1]));
    QCOMPARE(claim(u"admin1"_qs, items[kDocumentedClaimCap + 2]).sqlState(), u"23514"_qs);
    QVERIFY(
        m_db.exec(u"UPDATE desk.compliance_verifications SET claim_expires_at = now() - interval '1 second' "
                  "WHERE id = ?"_qs,
                  {items[2]}));
    ADESK_VERIFY_SQL(claim(u"admin1"_qs, items[kDocumentedClaimCap + 2]));
    QCOMPARE(liveClaims(u"admin1"_qs), kDocumentedClaimCap);

    // Leave nothing claimed for the next test.
    QVERIFY(
        m_db.exec(u"UPDATE desk.compliance_verifications SET claimed_by = NULL, claim_expires_at = NULL"_qs));
}

void TstTenancy::concurrentClaimsStayWithinTheCap() {
    // One admin on six connections, three claims each, all at once: never more than the cap.
    constexpr int kConnections = 6;
    constexpr int kEach = 3;
    for (int i = 0; i < kConnections * kEach + 2; ++i)
        QVERIFY(m_db.insertVerification(
            u"workshop"_qs, m_db.insertWorkshop(u"Garage Race %1"_qs.arg(i), u"ON"_qs), u"zoning"_qs));
    const ConnectionSettings settings = m_db.login(m_roles.value(u"admin1"_qs));
    std::latch connected(kConnections);
    std::mutex mutex;
    QStringList unexpected;
    int granted = 0;
    int refused = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int k = 0; k < kConnections; ++k) {
        threads.emplace_back(QThread::create([&, k] {
            const QString name = u"ten_claimer_%1"_qs.arg(k);
            {
                QSqlDatabase db = TestDatabase::openConnection(settings, name);
                connected.arrive_and_wait();
                for (int n = 0; n < kEach; ++n) {
                    const auto r = TestDatabase::run(db, u"SELECT desk.claim_next_verification()"_qs);
                    std::lock_guard lock(mutex);
                    if (r.ok && !r.scalar().isNull())
                        ++granted;
                    else if (r.sqlState() == u"23514")
                        ++refused;
                    else
                        unexpected << r.describe();
                }
            }
            TestDatabase::closeConnection(name);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(liveClaims(u"admin1"_qs), kDocumentedClaimCap);
    QCOMPARE(granted, kDocumentedClaimCap);
    QCOMPARE(refused, kConnections * kEach - kDocumentedClaimCap);
}

QTEST_GUILESS_MAIN(TstTenancy)
#include "tst_tenancy.moc"
