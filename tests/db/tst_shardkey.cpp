// The shard key (issue 19, "More than one server: sharding by workshop"): every table of schema desk is
// classified here for Citus (README, "Scaling out: the schema on Citus"), read from pg_catalog of a freshly
// migrated database:
//  * tenant tables, distributed on workshop_id and colocated: they carry workshop_id bigint NOT NULL, or
//    reach it through one NOT NULL foreign key to a tenant table that carries it (kThroughOneKey);
//  * reference data, replicated to every node: codes, settings, rates, rules, and the small directories
//    every workshop's queries and row-level security read (organizations, staff_logins, workshop_staff);
//  * platform-wide tables that belong to no single workshop (their workshop_id, if any, is nullable), each
//    with where it goes: a reference table, or a local table on the coordinator.
// A table in pg_catalog that is in no list fails everyTableIsClassified: a new tenant table must carry
// workshop_id (or be listed in kThroughOneKey), anything else must be classified on purpose. Partitions
// are not classified: their parent is. probeTablesAreCaught proves each check can fail.
//
// No check that workshop_id leads an index: it does not today for partnership_program_versions,
// partnership_parts, partnership_labour_rates and repair_quote_lines (read through their parent's key).

#include "tests/support/testdatabase.h"

#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace adesk;

namespace {

/// Distributed on workshop_id (colocated): one workshop's rows of all of them live on one node.
const QStringList kTenant = {
    QStringLiteral("bays"),                         // 0003
    QStringLiteral("workshop_hours"),               // 0003, shifts since 0014
    QStringLiteral("bay_closures"),                 // 0003
    QStringLiteral("bay_bookings"),                 // 0003
    QStringLiteral("partnership_programs"),         // 0004
    QStringLiteral("partnership_program_versions"), // 0004
    QStringLiteral("partnership_applications"),     // 0004
    QStringLiteral("partnership_agreements"),       // 0004
    QStringLiteral("partnerships"),                 // 0004
    QStringLiteral("partnership_parts"),            // 0004
    QStringLiteral("partnership_labour_rates"),     // 0004
    QStringLiteral("escalations"),                  // 0005: a repair referred to a workshop
    QStringLiteral("bay_rental_charges"),           // 0005
    QStringLiteral("membership_fees"),              // 0005
    QStringLiteral("mechanic_invitations"),         // 0015
    QStringLiteral("escalation_leads"),             // 0026
    QStringLiteral("repair_quotes"),                // 0026
    QStringLiteral("repair_quote_lines"),           // 0026
};

/// Tenant tables without workshop_id of their own: they reach it through one NOT NULL foreign key to a
/// tenant table that carries it. On Citus each needs a workshop_id column (filled from the parent) first:
/// a distributed table is split on a column of its own.
struct ThroughKey {
    QString table;
    QString column;
    QString parent;
};
const QList<ThroughKey> kThroughOneKey = {
    // 0011: one run per partnership, month and kind.
    {QStringLiteral("partnership_charge_runs"), QStringLiteral("partnership_id"),
     QStringLiteral("partnerships")},
};

/// Reference tables: replicated to every node, so any workshop's join with them stays on its node.
const QStringList kReference = {
    // The tenant directory: every tenant table's workshop_id references it (a distributed table may
    // reference a reference table); time zone and province are read by the workshops' functions.
    QStringLiteral("organizations"),
    // Read by every row-level security policy (desk.my_workshop_ids, desk.caller_profile_id).
    QStringLiteral("staff_logins"), QStringLiteral("workshop_staff"),
    // Codes, settings, rates and rules.
    QStringLiteral("rejection_reasons"),       // 0001
    QStringLiteral("booking_transitions"),     // 0003
    QStringLiteral("gst_hst_rates"),           // 0005
    QStringLiteral("platform_fee_rules"),      // 0005: a workshop's own fee is a rule with workshop_id
    QStringLiteral("t4a_payer"),               // 0006: one row, the platform
    QStringLiteral("desk_settings"),           // 0008
    QStringLiteral("qst_rates"),               // 0013
    QStringLiteral("sales_tax_registrations"), // 0013: the platform's GST/HST and QST numbers
    QStringLiteral("transition_periods"),      // 0018
    QStringLiteral("requirement_rules"),       // 0020
    QStringLiteral("matching_rules"),          // 0023
    QStringLiteral("partner_types"),           // 0026
};

/// Platform-wide: a row belongs to no single workshop (a workshop_id, where there is one, is nullable).
/// `citus` says where the table goes.
struct PlatformWide {
    QString table;
    const char *citus;
};
const QList<PlatformWide> kPlatformWide = {
    // People: mechanics may be independent (workshop_id NULL). Workshop tables reference them
    // (mechanic_id, reviewed_by, invited_by, ...), which Citus allows only to a reference table.
    {QStringLiteral("profiles"), "reference"},
    {QStringLiteral("mechanics"), "reference"},
    // Compliance: an admin queue over every workshop and independent mechanic.
    {QStringLiteral("documents"), "coordinator"},
    {QStringLiteral("compliance_verifications"), "coordinator"},
    {QStringLiteral("verification_reminders"), "coordinator"},
    {QStringLiteral("override_requests"), "coordinator"},
    {QStringLiteral("mechanic_notifications"), "coordinator"}, // to a mechanic or a workshop
    {QStringLiteral("bulk_notices"), "coordinator"},
    {QStringLiteral("audit_log"), "coordinator"}, // workshop_id NULL for platform actions
    // Sessions and routing: a virtual session by an independent mechanic has no workshop; a request's
    // workshop is known only once a mechanic accepts.
    {QStringLiteral("sessions"), "coordinator"},
    {QStringLiteral("session_requests"), "coordinator"},
    {QStringLiteral("request_offers"), "coordinator"},
    {QStringLiteral("customer_favourites"), "coordinator"},
    // Money: the ledger has a row per party (platform, workshop, mechanic), workshop_id NULL when an
    // independent mechanic earned it; finance batches payouts and slips over every payee.
    {QStringLiteral("earnings_ledger"), "coordinator"},
    {QStringLiteral("earnings_totals"), "coordinator"}, // 0028: the ledger's rollup, kept by its triggers
    {QStringLiteral("ledger_postings"), "coordinator"},
    {QStringLiteral("payout_batches"), "coordinator"},
    {QStringLiteral("payouts"), "coordinator"},
    {QStringLiteral("payee_tax_profiles"), "coordinator"},
    {QStringLiteral("t4a_submissions"), "coordinator"},
    {QStringLiteral("t4a_slips"), "coordinator"},
    {QStringLiteral("t4a_year_totals"), "coordinator"}, // 0036: the ledger's T4A rollup, every payee's year
    // Machinery: idempotency keys per login, owner-only lock rows, the migrations applied.
    {QStringLiteral("write_requests"), "coordinator"},
    {QStringLiteral("work_locks"), "coordinator"},
    {QStringLiteral("schema_migrations"), "coordinator"},
};

QStringList classifiedTables() {
    QStringList out = kTenant + kReference;
    for (const ThroughKey &t : kThroughOneKey)
        out << t.table;
    for (const PlatformWide &p : kPlatformWide)
        out << p.table;
    return out;
}

} // namespace

class TstShardKey : public QObject {
    Q_OBJECT

    TestDatabase m_db;

    /// Ordinary and partitioned tables of schema desk, partitions left out (their parent is classified).
    QStringList catalogTables() {
        const auto r = m_db.run(QStringLiteral(
            "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
            "c.relnamespace "
            "WHERE n.nspname = 'desk' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"));
        if (!r.ok)
            qWarning("%s", qPrintable(r.describe()));
        QStringList out;
        for (const QVariant &v : r.column())
            out << v.toString();
        return out;
    }

    /// Tables of the catalog in no list, one message each.
    QStringList unclassified() {
        const QStringList known = classifiedTables();
        QStringList problems;
        for (const QString &table : catalogTables())
            if (!known.contains(table))
                problems
                    << QStringLiteral(
                           "desk.%1 is not classified for sharding by workshop: if its rows belong to one "
                           "workshop, give it workshop_id bigint NOT NULL (or list it in kThroughOneKey); "
                           "otherwise list it in kReference or kPlatformWide of tests/db/tst_shardkey.cpp "
                           "(and README, \"Scaling out: the schema on Citus\")")
                           .arg(table);
        return problems;
    }

    /// workshop_id of desk.@p table: empty when it is bigint NOT NULL, else what is wrong.
    QString tenantKeyProblem(const QString &table) {
        const auto r =
            m_db.run(QStringLiteral("SELECT pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull "
                                    "FROM pg_catalog.pg_attribute a "
                                    "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = 'desk' AND c.relname = ? "
                                    "AND a.attname = 'workshop_id' AND NOT a.attisdropped"),
                     {table});
        if (!r.ok)
            return r.describe();
        if (r.rows.isEmpty())
            return QStringLiteral("desk.%1 is a tenant table without workshop_id: add workshop_id bigint NOT "
                                  "NULL, or list it in kThroughOneKey")
                .arg(table);
        const QString type = r.rows.first().value(0).toString();
        if (type != QLatin1String("bigint"))
            return QStringLiteral("desk.%1.workshop_id is %2, not bigint (organizations.id)")
                .arg(table, type);
        if (!r.rows.first().value(1).toBool())
            return QStringLiteral(
                       "desk.%1.workshop_id is nullable: a row without a workshop cannot be placed "
                       "on a shard (classify the table as platform-wide, or make it NOT NULL)")
                .arg(table);
        return {};
    }

    /// @p t's foreign key: empty when t.column (NOT NULL) alone references t.parent and the parent is a
    /// tenant table carrying workshop_id bigint NOT NULL, else what is wrong.
    QString throughKeyProblem(const ThroughKey &t) {
        if (!kTenant.contains(t.parent))
            return QStringLiteral(
                       "desk.%1 reaches workshop_id through desk.%2, which is not a tenant table with "
                       "workshop_id (kTenant)")
                .arg(t.table, t.parent);
        if (const QString p = tenantKeyProblem(t.parent); !p.isEmpty())
            return QStringLiteral("desk.%1's parent: %2").arg(t.table, p);
        const auto r = m_db.run(
            QStringLiteral(
                "SELECT a.attnotnull, EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k "
                "    WHERE k.contype = 'f' AND k.conrelid = c.oid AND k.conkey = ARRAY[a.attnum] "
                "      AND k.confrelid = (SELECT p.oid FROM pg_catalog.pg_class p "
                "                          WHERE p.relnamespace = n.oid AND p.relname = ?)) "
                "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = ? "
                "     AND NOT a.attisdropped "
                "WHERE n.nspname = 'desk' AND c.relname = ?"),
            {t.parent, t.column, t.table});
        if (!r.ok)
            return r.describe();
        if (r.rows.isEmpty())
            return QStringLiteral("desk.%1 has no column %2").arg(t.table, t.column);
        if (!r.rows.first().value(1).toBool())
            return QStringLiteral("desk.%1 has no foreign key (%2) REFERENCES desk.%3")
                .arg(t.table, t.column, t.parent);
        if (!r.rows.first().value(0).toBool())
            return QStringLiteral("desk.%1.%2 is nullable: a row without it has no workshop")
                .arg(t.table, t.column);
        return {};
    }

private slots:
    void initTestCase() { ADESK_START_TEST_DATABASE(m_db); }

    void listsAreDisjoint() {
        QSet<QString> seen;
        for (const QString &table : classifiedTables()) {
            QVERIFY2(!seen.contains(table), qPrintable(QStringLiteral("desk.%1 is listed twice").arg(table)));
            seen.insert(table);
        }
    }

    void everyTableIsClassified() {
        const QStringList problems = unclassified();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noStaleEntries() {
        const QStringList present = catalogTables();
        QStringList stale;
        for (const QString &table : classifiedTables())
            if (!present.contains(table))
                stale << QStringLiteral(
                             "desk.%1 is listed in tst_shardkey but is not a table of the migrated "
                             "schema: remove it (or correct the name)")
                             .arg(table);
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
    }

    void tenantTablesCarryTheKey() {
        QStringList problems;
        for (const QString &table : kTenant)
            if (const QString p = tenantKeyProblem(table); !p.isEmpty())
                problems << p;
        for (const ThroughKey &t : kThroughOneKey)
            if (const QString p = throughKeyProblem(t); !p.isEmpty())
                problems << p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// The checks fail on tables made to fail them (created in a transaction, rolled back).
    void probeTablesAreCaught() {
        ADESK_VERIFY_SQL(m_db.run(QStringLiteral("BEGIN")));
        const auto rollback = qScopeGuard([this] { m_db.exec(QStringLiteral("ROLLBACK")); });
        for (const char *sql : {
                 "CREATE TABLE desk.zz_probe (id bigint)",
                 "CREATE TABLE desk.zz_probe_int (workshop_id integer NOT NULL)",
                 "CREATE TABLE desk.zz_probe_null (workshop_id bigint)",
                 "CREATE TABLE desk.zz_probe_nofk (partnership_id bigint NOT NULL)",
                 "CREATE TABLE desk.zz_probe_parted (workshop_id bigint NOT NULL) PARTITION BY HASH "
                 "(workshop_id)",
                 "CREATE TABLE desk.zz_probe_parted_0 PARTITION OF desk.zz_probe_parted "
                 "FOR VALUES WITH (MODULUS 1, REMAINDER 0)",
             })
            ADESK_VERIFY_SQL(m_db.run(QString::fromLatin1(sql)));

        const QStringList problems = unclassified();
        const auto reported = [&](const QString &table) {
            return std::any_of(problems.begin(), problems.end(), [&](const QString &p) {
                return p.startsWith(QStringLiteral("desk.%1 is not classified").arg(table));
            });
        };
        for (const char *table :
             {"zz_probe", "zz_probe_int", "zz_probe_null", "zz_probe_nofk", "zz_probe_parted"})
            QVERIFY2(reported(QString::fromLatin1(table)), qPrintable(problems.join(u'\n')));
        QVERIFY2(!reported(QStringLiteral("zz_probe_parted_0")),
                 "a partition was reported besides its parent");
        QCOMPARE(problems.size(), 5);

        QVERIFY(tenantKeyProblem(QStringLiteral("zz_probe")).contains(QLatin1String("without workshop_id")));
        QVERIFY(
            tenantKeyProblem(QStringLiteral("zz_probe_int")).contains(QLatin1String("integer, not bigint")));
        QVERIFY(tenantKeyProblem(QStringLiteral("zz_probe_null")).contains(QLatin1String("nullable")));
        QCOMPARE(tenantKeyProblem(QStringLiteral("zz_probe_parted")), QString());
        QVERIFY(throughKeyProblem({QStringLiteral("zz_probe_nofk"), QStringLiteral("partnership_id"),
                                   QStringLiteral("partnerships")})
                    .contains(QLatin1String("no foreign key")));
        QVERIFY(throughKeyProblem({QStringLiteral("zz_probe_nofk"), QStringLiteral("partnership_id"),
                                   QStringLiteral("earnings_ledger")})
                    .contains(QLatin1String("not a tenant table")));
    }
};

QTEST_GUILESS_MAIN(TstShardKey)
#include "tst_shardkey.moc"
