// The database's security model, checked against a real PostgreSQL with real LOGIN roles:
// privileges of the app roles, FORCE row-level security on every table, what each kind of user sees
// in every table of schema desk, the append-only audit log and the admin-only decision functions.

#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>

using namespace adesk;

namespace {

/// The tables of schema desk and the key expression that identifies a row in each.
const QList<QPair<QString, QString>> kTables = {
    {QStringLiteral("profiles"), QStringLiteral("id::text")},
    {QStringLiteral("staff_logins"), QStringLiteral("login_role::text")},
    {QStringLiteral("organizations"), QStringLiteral("id::text")},
    {QStringLiteral("workshop_staff"), QStringLiteral("login_role::text || '/' || workshop_id")},
    {QStringLiteral("mechanics"), QStringLiteral("id::text")},
    {QStringLiteral("documents"), QStringLiteral("id::text")},
    {QStringLiteral("requirement_rules"), QStringLiteral("id::text")},
    {QStringLiteral("rejection_reasons"), QStringLiteral("code")},
    {QStringLiteral("compliance_verifications"), QStringLiteral("id::text")},
    {QStringLiteral("mechanic_notifications"), QStringLiteral("id::text")},
    {QStringLiteral("audit_log"), QStringLiteral("id::text")},
};

const QString kDenied = QStringLiteral("DENIED");

/// Tables of the later features: their row-level security between roles and workshops is asserted
/// by the feature's own database test (named here). Every table must be in kTables or here, so a
/// new table without a visibility test fails this suite.
const QList<QPair<QString, QString>> kFeatureTables = {
    {QStringLiteral("bays"), QStringLiteral("tst_bookings")},
    {QStringLiteral("workshop_hours"), QStringLiteral("tst_bookings")},
    {QStringLiteral("bay_closures"), QStringLiteral("tst_bookings")},
    {QStringLiteral("bay_bookings"), QStringLiteral("tst_bookings")},
    {QStringLiteral("booking_transitions"), QStringLiteral("tst_bookings")},
    {QStringLiteral("partnership_programs"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnership_program_versions"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnership_applications"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnership_agreements"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnerships"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnership_parts"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("partnership_labour_rates"), QStringLiteral("tst_partnerships")},
    {QStringLiteral("gst_hst_rates"), QStringLiteral("tst_earnings")},
    {QStringLiteral("qst_rates"), QStringLiteral("tst_statements")},
    {QStringLiteral("sales_tax_registrations"), QStringLiteral("tst_statements")},
    {QStringLiteral("platform_fee_rules"), QStringLiteral("tst_earnings")},
    {QStringLiteral("sessions"), QStringLiteral("tst_earnings")},
    {QStringLiteral("escalations"), QStringLiteral("tst_earnings")},
    {QStringLiteral("bay_rental_charges"), QStringLiteral("tst_earnings")},
    {QStringLiteral("membership_fees"), QStringLiteral("tst_earnings")},
    {QStringLiteral("payout_batches"), QStringLiteral("tst_earnings")},
    {QStringLiteral("payouts"), QStringLiteral("tst_earnings")},
    {QStringLiteral("earnings_ledger"), QStringLiteral("tst_earnings")},
    {QStringLiteral("earnings_totals"), QStringLiteral("tst_earnings")},
    {QStringLiteral("t4a_payer"), QStringLiteral("tst_t4a")},
    {QStringLiteral("payee_tax_profiles"), QStringLiteral("tst_t4a")},
    {QStringLiteral("t4a_submissions"), QStringLiteral("tst_t4a")},
    {QStringLiteral("t4a_slips"), QStringLiteral("tst_t4a")},
    {QStringLiteral("t4a_year_totals"), QStringLiteral("tst_t4a")},
    {QStringLiteral("desk_settings"), QStringLiteral("tst_tenancy")},
    {QStringLiteral("write_requests"), QStringLiteral("tst_idempotency")},
    {QStringLiteral("work_locks"), QStringLiteral("tst_definer_plants")},
    {QStringLiteral("ledger_postings"), QStringLiteral("tst_definer_plants")},
    {QStringLiteral("partnership_charge_runs"), QStringLiteral("tst_charges")},
    {QStringLiteral("mechanic_invitations"), QStringLiteral("tst_roster")},
    {QStringLiteral("bulk_notices"), QStringLiteral("tst_notices")},
    {QStringLiteral("verification_reminders"), QStringLiteral("tst_expiry")},
    {QStringLiteral("transition_periods"), QStringLiteral("tst_expiry")},
    {QStringLiteral("override_requests"), QStringLiteral("tst_overrides")},
    {QStringLiteral("matching_rules"), QStringLiteral("tst_matching")},
    {QStringLiteral("customer_favourites"), QStringLiteral("tst_matching")},
    {QStringLiteral("session_requests"), QStringLiteral("tst_matching")},
    {QStringLiteral("partner_types"), QStringLiteral("tst_quotes")},
    {QStringLiteral("escalation_leads"), QStringLiteral("tst_quotes")},
    {QStringLiteral("repair_quotes"), QStringLiteral("tst_quotes")},
    {QStringLiteral("repair_quote_lines"), QStringLiteral("tst_quotes")},
    {QStringLiteral("request_offers"), QStringLiteral("tst_matching")},
    {QStringLiteral("schema_migrations"), QStringLiteral("tst_migrations, tst_schemahome")},
};

} // namespace

class TstSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void appRolesHaveNoSpecialPowers();
    void everyDeskTableForcesRowLevelSecurity();
    void securityDefinerFunctionsPinSearchPath();
    void noDeskFunctionIsExecutableByPublic();
    void matrixCoversEveryTable();
    void visibility_data();
    void visibility();
    void ownersNeverSeeTheOtherWorkshop();
    void appRolesCannotWriteTablesDirectly_data();
    void appRolesCannotWriteTablesDirectly();
    void auditLogIsAppendOnlyEvenForItsOwner();
    void appRolesCannotUpdateVerifications();
    void nonAdminsCannotDecide_data();
    void nonAdminsCannotDecide();
    void adminCannotCallInternalHelpers();
    void groupMembershipWithoutMappingIsNotEnough();
    void appRolesCannotEscalate();

private:
    QSqlDatabase conn(const QString &who) const {
        return QSqlDatabase::database(m_connections.value(who), false);
    }
    QString expandPredicate(const QString &who, QString predicate) const;
    /// Keys of @p table matching @p predicate, read as superuser; @p error gets the server's
    /// message when the query fails (a broken predicate must fail the cell, not expect nothing).
    QStringList keysAsSuperuser(const QString &table, const QString &key, const QString &predicate,
                                QString *error);

    TestDatabase m_db;
    QHash<QString, QString> m_roles;       ///< who -> login role
    QHash<QString, QString> m_connections; ///< who -> connection name
    QHash<QString, qint64> m_profiles;     ///< who -> profile id
    qint64 m_workshopA = 0;
    qint64 m_workshopB = 0;
    qint64 m_pendingA = 0; ///< a pending mechanic verification of workshop A
};

void TstSecurity::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);

    m_workshopA = m_db.insertWorkshop(QStringLiteral("Garage Alpha"), QStringLiteral("ON"));
    m_workshopB =
        m_db.insertWorkshop(QStringLiteral("Garage Beta"), QStringLiteral("QC"), QStringLiteral("fr"));
    QVERIFY(m_workshopA > 0 && m_workshopB > 0);

    const struct {
        const char *who;
        const char *group;
        const char *name;
        qint64 workshop;
    } logins[] = {
        {"admin", "adesk_platform_admin", "Ada Admin", 0},
        {"finance", "adesk_finance", "Fern Finance", 0},
        {"ownerA", "adesk_workshop_owner", "Olivia Owner", m_workshopA},
        {"ownerB", "adesk_workshop_owner", "Olivier Propriétaire", m_workshopB},
        {"service", "adesk_platform_service", "The Auto Doctor web platform", 0},
    };
    for (const auto &l : logins) {
        const QString who = QString::fromLatin1(l.who);
        const QString role = m_db.roleName(who);
        QList<qint64> workshops;
        if (l.workshop)
            workshops << l.workshop;
        QVERIFY(m_db.createLogin(role, QString::fromLatin1(l.group), QString::fromUtf8(l.name), workshops));
        m_roles[who] = role;
        m_profiles[who] =
            m_db.scalar(QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE login_role = ?::name"),
                        {role})
                .toLongLong();
        const QString name = QStringLiteral("tst_security_") + who;
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_connections[who] = name;
    }

    // Two workshops, each with two mechanics, mechanic and workshop verifications with documents;
    // one independent mechanic nobody's workshop owns.
    for (qint64 workshop : {m_workshopA, m_workshopB}) {
        for (int i = 0; i < 2; ++i) {
            const qint64 mechanic =
                m_db.insertMechanic(QStringLiteral("Mechanic %1-%2").arg(workshop).arg(i), workshop);
            QVERIFY(mechanic > 0);
            for (const char *type : {"business_license", "insurance", "employment"}) {
                const qint64 v =
                    m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QString::fromLatin1(type));
                QVERIFY(v > 0);
                if (workshop == m_workshopA && !m_pendingA)
                    m_pendingA = v;
            }
        }
        for (const char *type : {"business_license", "zoning"})
            QVERIFY(m_db.insertVerification(QStringLiteral("workshop"), workshop, QString::fromLatin1(type)) >
                    0);
    }
    const qint64 independent = m_db.insertMechanic(QStringLiteral("Ian Independent"));
    QVERIFY(independent > 0);
    QVERIFY(m_db.insertVerification(QStringLiteral("mechanic"), independent, QStringLiteral("insurance")) >
            0);

    // Decisions by the admin produce notifications and audit rows for both workshops.
    auto decide = [&](qint64 workshop, const QString &type, const QString &call) {
        const QVariant id =
            m_db.scalar(QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE entity_type = "
                                       "'workshop' AND entity_id = ? AND verification_type = ?"),
                        {workshop, type});
        return TestDatabase::run(conn(QStringLiteral("admin")), call.arg(id.toLongLong()));
    };
    ADESK_VERIFY_SQL(decide(m_workshopA, QStringLiteral("zoning"),
                            QStringLiteral("SELECT desk.approve_verification(%1, 1)")));
    ADESK_VERIFY_SQL(decide(m_workshopB, QStringLiteral("zoning"),
                            QStringLiteral("SELECT desk.reject_verification(%1, 1, 'poor_quality')")));
    ADESK_VERIFY_SQL(
        decide(m_workshopB, QStringLiteral("business_license"),
               QStringLiteral("SELECT desk.request_verification_info(%1, 1, 'Page 2 is missing')")));
    const QVariant mechA =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE workshop_id = ? "
                                   "AND entity_type = 'mechanic' ORDER BY id DESC LIMIT 1"),
                    {m_workshopA});
    ADESK_VERIFY_SQL(
        TestDatabase::run(conn(QStringLiteral("admin")),
                          QStringLiteral("SELECT desk.approve_verification(%1, 1)").arg(mechA.toLongLong())));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), 4);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toInt(), 4);
}

void TstSecurity::cleanupTestCase() {
    for (const QString &name : std::as_const(m_connections))
        TestDatabase::closeConnection(name);
}

void TstSecurity::appRolesHaveNoSpecialPowers() {
    // App roles: the four groups and every role that is a direct member of one of them.
    const TestDatabase::SqlResult roles = m_db.run(QStringLiteral(
        "SELECT r.rolname::text, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, "
        "r.rolreplication, "
        "       pg_has_role(r.oid, 'adesk_owner', 'MEMBER') AS owner_member, "
        "       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) "
        "     + (SELECT count(*) FROM pg_namespace n WHERE n.nspowner = r.oid) "
        "     + (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid) "
        "     + (SELECT count(*) FROM pg_type t WHERE t.typowner = r.oid) AS owned "
        "  FROM pg_roles r "
        " WHERE r.rolname IN ('adesk_platform_admin', 'adesk_finance', 'adesk_workshop_owner', "
        "'adesk_platform_service') "
        "    OR r.oid IN (SELECT m.member FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "                  WHERE g.rolname IN ('adesk_platform_admin', 'adesk_finance', "
        "'adesk_workshop_owner', 'adesk_platform_service')) "
        " ORDER BY 1"));
    ADESK_VERIFY_SQL(roles);
    QStringList names;
    for (const QVariantList &r : roles.rows) {
        const QString name = r.at(0).toString();
        names << name;
        QVERIFY2(!r.at(1).toBool(), qPrintable(name + QStringLiteral(" is superuser")));
        QVERIFY2(!r.at(2).toBool(), qPrintable(name + QStringLiteral(" has BYPASSRLS")));
        QVERIFY2(!r.at(3).toBool(), qPrintable(name + QStringLiteral(" has CREATEROLE")));
        QVERIFY2(!r.at(4).toBool(), qPrintable(name + QStringLiteral(" has CREATEDB")));
        QVERIFY2(!r.at(5).toBool(), qPrintable(name + QStringLiteral(" has REPLICATION")));
        QVERIFY2(!r.at(6).toBool(), qPrintable(name + QStringLiteral(" is a member of adesk_owner")));
        QVERIFY2(r.at(7).toInt() == 0,
                 qPrintable(name + QStringLiteral(" owns %1 objects").arg(r.at(7).toInt())));
    }
    for (const QString &g :
         {QStringLiteral("adesk_platform_admin"), QStringLiteral("adesk_finance"),
          QStringLiteral("adesk_workshop_owner"), QStringLiteral("adesk_platform_service")})
        QVERIFY2(names.contains(g), qPrintable(g));
    for (const QString &role : std::as_const(m_roles))
        QVERIFY2(names.contains(role), qPrintable(role));

    // The groups and the owner cannot log in; the owner owns every table of desk.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM pg_roles WHERE rolcanlogin AND rolname IN ('adesk_owner', "
                             "'adesk_platform_admin', 'adesk_finance', 'adesk_workshop_owner', "
                             "'adesk_platform_service')"))
                 .toInt(),
             0);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = 'desk' AND c.relowner <> 'adesk_owner'::regrole"))
                 .toInt(),
             0);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'desk'"))
            .toString(),
        QStringLiteral("adesk_owner"));
}

void TstSecurity::everyDeskTableForcesRowLevelSecurity() {
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT c.relname::text, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'desk' AND c.relkind "
                       "IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QVERIFY(r.rows.size() >= kTables.size());
    for (const QVariantList &row : r.rows) {
        QVERIFY2(row.at(1).toBool(), qPrintable(row.at(0).toString() + QStringLiteral(": RLS not enabled")));
        QVERIFY2(row.at(2).toBool(), qPrintable(row.at(0).toString() + QStringLiteral(": RLS not forced")));
    }
    // A partition (the ledger's months, 0051) is read through its parent, under the parent's policies:
    // no role but the owner holds any privilege on one, so none can read around them.
    const TestDatabase::SqlResult partitions = m_db.run(QStringLiteral(
        "SELECT c.relname::text, coalesce(array_to_string(c.relacl, ','), '') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'desk' AND c.relispartition "
        "AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee <> c.relowner) ORDER BY 1"));
    ADESK_VERIFY_SQL(partitions);
    QVERIFY2(partitions.rows.isEmpty(),
             qPrintable(partitions.rows.value(0).value(0).toString() + QStringLiteral(": ") +
                        partitions.rows.value(0).value(1).toString()));
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                       "c.relnamespace WHERE n.nspname = 'desk' AND c.relispartition"))
                .toInt() > 0);
    // The versions live in the desk's schema (forced RLS above, read-only for the app's roles:
    // tst_migrations); nothing of the desk's in public.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NULL")).toBool());
}

void TstSecurity::securityDefinerFunctionsPinSearchPath() {
    // The search_path entry alone: a definer may carry other settings too (jit = off, 0045, 0047),
    // before or after it.
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT p.oid::regprocedure::text, coalesce(array_to_string(p.proconfig, ','), ''), "
                       "  coalesce((SELECT substr(c, length('search_path=') + 1) FROM unnest(p.proconfig) c "
                       "             WHERE c LIKE 'search\\_path=%'), '') "
                       "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE n.nspname = 'desk' AND p.prosecdef ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QVERIFY(r.rows.size() >= 10);
    for (const QVariantList &row : r.rows) {
        const QString config = row.at(1).toString();
        const QString path = row.at(2).toString();
        QVERIFY2(!path.isEmpty() && path.contains(QStringLiteral("pg_temp")),
                 qPrintable(row.at(0).toString() + QStringLiteral(": ") + config));
        QVERIFY2(path.trimmed().endsWith(QStringLiteral("pg_temp")),
                 qPrintable(row.at(0).toString() + u' ' + path));
    }
}

void TstSecurity::noDeskFunctionIsExecutableByPublic() {
    // A NULL proacl means the default: EXECUTE for PUBLIC.
    const TestDatabase::SqlResult r = m_db.run(QStringLiteral(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'desk' AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a "
        "WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QStringList open;
    for (const QVariant &v : r.column())
        open << v.toString();
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral(", "))));
}

void TstSecurity::matrixCoversEveryTable() {
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'desk' AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                       "ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QStringList actual;
    for (const QVariant &v : r.column())
        actual << v.toString();
    QStringList covered;
    for (const auto &t : kTables)
        covered << t.first;
    // Feature tables count only when their migration is present in this build.
    for (const auto &t : kFeatureTables) {
        if (actual.contains(t.first))
            covered << t.first;
    }
    covered.sort();
    // A new table needs its row in the visibility matrix, or a feature test that asserts its RLS.
    QCOMPARE(actual, covered);
}

QString TstSecurity::expandPredicate(const QString &who, QString predicate) const {
    predicate.replace(QStringLiteral(":A"), QString::number(m_workshopA));
    predicate.replace(QStringLiteral(":B"), QString::number(m_workshopB));
    predicate.replace(QStringLiteral(":W"), QString::number(who == u"ownerB" ? m_workshopB : m_workshopA));
    predicate.replace(QStringLiteral(":me"), u'\'' + m_roles.value(who) + u'\'');
    predicate.replace(QStringLiteral(":profile"), QString::number(m_profiles.value(who)));
    return predicate;
}

QStringList TstSecurity::keysAsSuperuser(const QString &table, const QString &key, const QString &predicate,
                                         QString *error) {
    const TestDatabase::SqlResult r =
        m_db.run(QStringLiteral("SELECT %1 FROM desk.%2 WHERE %3 ORDER BY 1").arg(key, table, predicate));
    if (!r.ok)
        *error = r.describe();
    QStringList out;
    for (const QVariant &v : r.column())
        out << v.toString();
    return out;
}

void TstSecurity::visibility_data() {
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected"); // predicate over the table as superuser, or DENIED
    QTest::addColumn<bool>("nonEmpty");    // the expected set must not be empty (the data exercise it)

    const QString all = QStringLiteral("true");
    const QString own = QStringLiteral("login_role = :me");
    // admin: everything.
    for (const auto &t : kTables)
        QTest::addRow("admin/%s", qPrintable(t.first)) << QStringLiteral("admin") << t.first << all << true;
    // staff_logins/workshop_staff: an admin sees all mappings; others only their own.
    // finance: people, workshops and mechanics, but nothing of the compliance review.
    const QHash<QString, QString> finance = {
        {QStringLiteral("profiles"), all},
        {QStringLiteral("staff_logins"), own},
        {QStringLiteral("organizations"), all},
        {QStringLiteral("workshop_staff"), own},
        {QStringLiteral("mechanics"), all},
        {QStringLiteral("documents"), kDenied},
        {QStringLiteral("requirement_rules"), all},
        {QStringLiteral("rejection_reasons"), all},
        {QStringLiteral("compliance_verifications"), kDenied},
        {QStringLiteral("mechanic_notifications"), kDenied},
        // The reveals of tax numbers only (0019; tst_auditlog plants them).
        {QStringLiteral("audit_log"), QStringLiteral("action = 'tax_number_revealed'")},
    };
    for (const auto &t : kTables) {
        const QString e = finance.value(t.first);
        QTest::addRow("finance/%s", qPrintable(t.first))
            << QStringLiteral("finance") << t.first << e << (e == all || t.first == u"staff_logins");
    }
    // owners: their own workshop only.
    const QHash<QString, QString> owner = {
        {QStringLiteral("profiles"),
         QStringLiteral("id = :profile OR id IN (SELECT profile_id FROM desk.mechanics "
                        "WHERE workshop_id = :W)")},
        {QStringLiteral("staff_logins"), own},
        {QStringLiteral("organizations"), QStringLiteral("id = :W")},
        {QStringLiteral("workshop_staff"), own},
        {QStringLiteral("mechanics"), QStringLiteral("workshop_id = :W")},
        {QStringLiteral("documents"), QStringLiteral("workshop_id = :W")},
        {QStringLiteral("requirement_rules"), all},
        {QStringLiteral("rejection_reasons"), all},
        {QStringLiteral("compliance_verifications"), QStringLiteral("workshop_id = :W")},
        {QStringLiteral("mechanic_notifications"), QStringLiteral("workshop_id = :W")},
        {QStringLiteral("audit_log"), kDenied},
    };
    for (const QString &who : {QStringLiteral("ownerA"), QStringLiteral("ownerB")}) {
        for (const auto &t : kTables) {
            const QString e = owner.value(t.first);
            QTest::addRow("%s/%s", qPrintable(who), qPrintable(t.first))
                << who << t.first << e << (e != kDenied);
        }
    }
    // The web platform's service: none of these tables (it reads only the agreements it shows to
    // mechanics; tst_consent).
    for (const auto &t : kTables)
        QTest::addRow("service/%s", qPrintable(t.first))
            << QStringLiteral("service") << t.first << kDenied << false;
}

void TstSecurity::visibility() {
    QFETCH(QString, who);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    QFETCH(bool, nonEmpty);

    QString key;
    for (const auto &t : kTables) {
        if (t.first == table)
            key = t.second;
    }
    QVERIFY(!key.isEmpty());
    const TestDatabase::SqlResult r =
        TestDatabase::run(conn(who), QStringLiteral("SELECT %1 FROM desk.%2 ORDER BY 1").arg(key, table));
    if (expected == kDenied) {
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("%1 read %2 rows of %3; expected permission denied")
                                       .arg(who)
                                       .arg(r.rows.size())
                                       .arg(table)));
        QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        return;
    }
    ADESK_VERIFY_SQL(r);
    QStringList actual;
    for (const QVariant &v : r.column())
        actual << v.toString();
    QString error;
    const QStringList want = keysAsSuperuser(table, key, expandPredicate(who, expected), &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("expected rows of %1: %2").arg(table, error)));
    if (nonEmpty)
        QVERIFY2(!want.isEmpty(), "test data must exercise this cell");
    QCOMPARE(actual, want);
}

void TstSecurity::ownersNeverSeeTheOtherWorkshop() {
    // The complement, stated directly: rows of the other workshop exist but are invisible.
    const QStringList tenantTables = {QStringLiteral("mechanics"), QStringLiteral("documents"),
                                      QStringLiteral("compliance_verifications"),
                                      QStringLiteral("mechanic_notifications")};
    for (const auto &[who, other] : {qMakePair(QStringLiteral("ownerA"), m_workshopB),
                                     qMakePair(QStringLiteral("ownerB"), m_workshopA)}) {
        for (const QString &table : tenantTables) {
            QVERIFY(
                m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.%1 WHERE workshop_id = ?").arg(table),
                            {other})
                    .toInt() > 0);
            const TestDatabase::SqlResult r = TestDatabase::run(
                conn(who),
                QStringLiteral("SELECT count(*) FROM desk.%1 WHERE workshop_id = %2").arg(table).arg(other));
            ADESK_VERIFY_SQL(r);
            QVERIFY2(r.scalar().toInt() == 0, qPrintable(who + QStringLiteral(" sees ") + table +
                                                         QStringLiteral(" of the other workshop")));
        }
        const TestDatabase::SqlResult org = TestDatabase::run(
            conn(who), QStringLiteral("SELECT count(*) FROM desk.organizations WHERE id = %1").arg(other));
        ADESK_VERIFY_SQL(org);
        QCOMPARE(org.scalar().toInt(), 0);
        // whoami names their own workshop only.
        const TestDatabase::SqlResult me = TestDatabase::run(
            conn(who), QStringLiteral("SELECT desk_role, workshop_ids::text FROM desk.whoami()"));
        ADESK_VERIFY_SQL(me);
        QCOMPARE(me.rows.value(0).value(0).toString(), QStringLiteral("workshop_owner"));
        QCOMPARE(me.rows.value(0).value(1).toString(),
                 QStringLiteral("{%1}").arg(who == u"ownerA" ? m_workshopA : m_workshopB));
    }
}

void TstSecurity::appRolesCannotWriteTablesDirectly_data() {
    QTest::addColumn<QString>("who");
    for (const char *who : {"admin", "finance", "ownerA", "service"})
        QTest::newRow(who) << QString::fromLatin1(who);
}

void TstSecurity::appRolesCannotWriteTablesDirectly() {
    QFETCH(QString, who);
    for (const auto &t : kTables) {
        const QString column =
            m_db.scalar(QStringLiteral("SELECT attname::text FROM pg_attribute WHERE attrelid = ?::regclass "
                                       "AND attnum > 0 AND NOT attisdropped AND attidentity = '' "
                                       "AND attgenerated = '' ORDER BY attnum LIMIT 1"),
                        {QStringLiteral("desk.") + t.first})
                .toString();
        QVERIFY(!column.isEmpty());
        const QStringList statements = {
            QStringLiteral("UPDATE desk.%1 SET %2 = %2").arg(t.first, column),
            QStringLiteral("DELETE FROM desk.%1").arg(t.first),
            QStringLiteral("INSERT INTO desk.%1 DEFAULT VALUES").arg(t.first),
            QStringLiteral("TRUNCATE desk.%1 CASCADE").arg(t.first),
        };
        for (const QString &sql : statements) {
            const TestDatabase::SqlResult r = TestDatabase::run(conn(who), sql);
            QVERIFY2(!r.ok, qPrintable(who + QStringLiteral(" could run: ") + sql));
            QVERIFY2(r.sqlState() == u"42501",
                     qPrintable(who + u' ' + sql + QStringLiteral(" -> ") + r.describe()));
        }
    }
}

void TstSecurity::auditLogIsAppendOnlyEvenForItsOwner() {
    const int before = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt();
    QVERIFY(before > 0);
    const QString firstAction =
        m_db.scalar(QStringLiteral("SELECT action FROM desk.audit_log ORDER BY id LIMIT 1")).toString();

    // The owning role (reached only by the superuser through SET ROLE): the trigger refuses.
    for (const QString &sql :
         {QStringLiteral("UPDATE desk.audit_log SET action = 'tampered'"),
          QStringLiteral("DELETE FROM desk.audit_log"), QStringLiteral("TRUNCATE desk.audit_log")}) {
        QVERIFY(m_db.exec(QStringLiteral("BEGIN")));
        QVERIFY(m_db.exec(QStringLiteral("SET LOCAL ROLE adesk_owner")));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT current_user::text")).toString(),
                 QStringLiteral("adesk_owner"));
        const TestDatabase::SqlResult asOwner = m_db.run(sql);
        QVERIFY(m_db.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(!asOwner.ok, qPrintable(QStringLiteral("adesk_owner could run: ") + sql));
        QCOMPARE(asOwner.sqlState(), QStringLiteral("42501"));
        QVERIFY2(asOwner.error.serverMessage.contains(QStringLiteral("append-only")),
                 qPrintable(asOwner.describe()));
        // Not even the superuser itself.
        const TestDatabase::SqlResult asSuper = m_db.run(sql);
        QVERIFY2(!asSuper.ok, qPrintable(QStringLiteral("superuser could run: ") + sql));
        QCOMPARE(asSuper.sqlState(), QStringLiteral("42501"));
    }
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT current_user::text")).toString(),
             m_db.scalar(QStringLiteral("SELECT session_user::text")).toString());
    // App roles: no privilege at all.
    for (const char *who : {"admin", "finance", "ownerA", "ownerB", "service"}) {
        for (const QString &sql : {QStringLiteral("UPDATE desk.audit_log SET action = 'tampered'"),
                                   QStringLiteral("DELETE FROM desk.audit_log")}) {
            const TestDatabase::SqlResult r = TestDatabase::run(conn(QString::fromLatin1(who)), sql);
            QVERIFY2(!r.ok, who);
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
    }
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), before);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT action FROM desk.audit_log ORDER BY id LIMIT 1")).toString(),
             firstAction);
}

void TstSecurity::appRolesCannotUpdateVerifications() {
    QVERIFY(m_pendingA > 0);
    const QString before =
        m_db.scalar(QStringLiteral(
                        "SELECT status || '/' || version FROM desk.compliance_verifications WHERE id = ?"),
                    {m_pendingA})
            .toString();
    QCOMPARE(before, QStringLiteral("pending/1"));
    for (const char *who : {"admin", "finance", "ownerA", "service"}) {
        for (const QString &sql :
             {QStringLiteral("UPDATE desk.compliance_verifications SET status = 'approved', verified_at = "
                             "now() WHERE id = %1"),
              QStringLiteral("UPDATE desk.compliance_verifications SET claimed_by = current_user, "
                             "claim_expires_at = now() + interval '1 day' WHERE id = %1"),
              QStringLiteral("DELETE FROM desk.compliance_verifications WHERE id = %1")}) {
            const TestDatabase::SqlResult r =
                TestDatabase::run(conn(QString::fromLatin1(who)), sql.arg(m_pendingA));
            QVERIFY2(!r.ok, qPrintable(QString::fromLatin1(who) + QStringLiteral(" could run: ") + sql));
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
    }
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT status || '/' || version FROM desk.compliance_verifications WHERE id = ?"),
                    {m_pendingA})
            .toString(),
        before);
}

void TstSecurity::nonAdminsCannotDecide_data() {
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    for (const char *who : {"finance", "ownerA", "service"}) {
        QTest::addRow("%s approve", who)
            << QString::fromLatin1(who) << QStringLiteral("SELECT desk.approve_verification(%1, 1)");
        QTest::addRow("%s reject", who)
            << QString::fromLatin1(who)
            << QStringLiteral("SELECT desk.reject_verification(%1, 1, 'poor_quality')");
        QTest::addRow("%s decide", who)
            << QString::fromLatin1(who)
            << QStringLiteral("SELECT desk.decide_verification(%1, 1, 'approve')");
        QTest::addRow("%s request_info", who)
            << QString::fromLatin1(who)
            << QStringLiteral("SELECT desk.request_verification_info(%1, 1, 'more')");
        QTest::addRow("%s claim", who)
            << QString::fromLatin1(who) << QStringLiteral("SELECT * FROM desk.claim_verification(%1)");
        QTest::addRow("%s claim_next", who)
            << QString::fromLatin1(who) << QStringLiteral("SELECT desk.claim_next_verification() -- %1");
        QTest::addRow("%s expire_sweep", who)
            << QString::fromLatin1(who) << QStringLiteral("SELECT desk.expire_sweep() -- %1");
    }
}

void TstSecurity::nonAdminsCannotDecide() {
    QFETCH(QString, who);
    QFETCH(QString, sql);
    const TestDatabase::SqlResult r = TestDatabase::run(conn(who), sql.arg(m_pendingA));
    QVERIFY2(!r.ok, qPrintable(who + QStringLiteral(" could run: ") + sql));
    QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT status || '/' || version || '/' || coalesce(claimed_by::text, '-') "
                             "FROM desk.compliance_verifications WHERE id = ?"),
                         {m_pendingA})
                 .toString(),
             QStringLiteral("pending/1/-"));
}

void TstSecurity::adminCannotCallInternalHelpers() {
    const QVariant mechanic = m_db.scalar(
        QStringLiteral("SELECT mechanic_id FROM desk.compliance_verifications WHERE id = ?"), {m_pendingA});
    for (const QString &sql :
         {QStringLiteral("SELECT desk.promote_mechanic_if_complete(%1)").arg(mechanic.toLongLong()),
          QStringLiteral("SELECT desk.apply_workshop_verification(v) FROM desk.compliance_verifications v "
                         "WHERE id = %1")
              .arg(m_pendingA),
          QStringLiteral(
              "SELECT desk.notify_entity(v, 'approved', NULL) FROM desk.compliance_verifications v "
              "WHERE id = %1")
              .arg(m_pendingA)}) {
        const TestDatabase::SqlResult r = TestDatabase::run(conn(QStringLiteral("admin")), sql);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("admin could run: ") + sql));
        QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    }
}

void TstSecurity::groupMembershipWithoutMappingIsNotEnough() {
    // A login in the admin group whose mapping says finance: the group grant lets it call the
    // function, the mapping check inside refuses; and it sees no verification.
    const QString role = m_db.roleName(QStringLiteral("rogue"));
    QVERIFY(m_db.createLogin(role, QStringLiteral("adesk_platform_admin"), QStringLiteral("Rogue Reviewer")));
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.staff_logins SET desk_role = 'finance' WHERE login_role = ?::name"),
        {role}));
    const QString name = QStringLiteral("tst_security_rogue");
    {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const TestDatabase::SqlResult decide =
            TestDatabase::run(db, QStringLiteral("SELECT desk.approve_verification(%1, 1)").arg(m_pendingA));
        QVERIFY(!decide.ok);
        QCOMPARE(decide.sqlState(), QStringLiteral("42501"));
        const TestDatabase::SqlResult seen =
            TestDatabase::run(db, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications"));
        ADESK_VERIFY_SQL(seen);
        QCOMPARE(seen.scalar().toInt(), 0);
        // Without any mapping row at all: the same.
        QVERIFY(
            m_db.exec(QStringLiteral("DELETE FROM desk.staff_logins WHERE login_role = ?::name"), {role}));
        const TestDatabase::SqlResult unmapped =
            TestDatabase::run(db, QStringLiteral("SELECT desk.claim_next_verification()"));
        QVERIFY(!unmapped.ok);
        QCOMPARE(unmapped.sqlState(), QStringLiteral("42501"));
    }
    TestDatabase::closeConnection(name);
}

void TstSecurity::appRolesCannotEscalate() {
    const struct {
        const char *who;
        const char *sql;
    } attempts[] = {
        {"admin", "SET ROLE adesk_owner"},
        {"ownerA", "SET ROLE adesk_owner"},
        {"ownerA", "SET ROLE adesk_platform_admin"},
        {"finance", "SET ROLE adesk_platform_admin"},
        {"finance", "SET SESSION AUTHORIZATION adesk_owner"},
        {"service", "SET ROLE adesk_owner"},
        {"service", "SET ROLE adesk_workshop_owner"},
        {"service", "SET SESSION AUTHORIZATION adesk_owner"},
    };
    for (const auto &a : attempts) {
        const TestDatabase::SqlResult r =
            TestDatabase::run(conn(QString::fromLatin1(a.who)), QString::fromLatin1(a.sql));
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("%1 could run: %2")
                                       .arg(QString::fromLatin1(a.who), QString::fromLatin1(a.sql))));
        QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    }
    // Setting a custom GUC changes nothing: policies key on the login role.
    ADESK_VERIFY_SQL(TestDatabase::run(conn(QStringLiteral("ownerA")),
                                       QStringLiteral("SET adesk.workshop_id = '%1'").arg(m_workshopB)));
    const TestDatabase::SqlResult r = TestDatabase::run(
        conn(QStringLiteral("ownerA")),
        QStringLiteral("SELECT count(*) FROM desk.compliance_verifications WHERE workshop_id = %1")
            .arg(m_workshopB));
    QCOMPARE(r.rows.size(), 1);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 0);
}

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
