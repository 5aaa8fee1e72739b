// Migrations against a real PostgreSQL: applied to an empty database in order, recorded with their
// checksums, a no-op when re-run, and refused when a released file no longer matches its record.

#include "tests/support/testdatabase.h"

#include "models/core/migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstMigrations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void availableMigrationsAreNumberedInOrder();
    void appliesToEmptyDatabase();
    void createsTheSchema();
    void schemaMigrationsListsEveryVersionWithChecksum();
    void rerunIsNoOp();
    void changedChecksumIsRefused();
    void appRolesCanReadTheSchemaVersion();
    void unpinnedFunctionsQualifyTheirNames();
    void timeZoneCheckAcceptsTheServersNamesOnly();

private:
    static QString sha256Of(const QString &resourcePath);

    TestDatabase m_db{TestDatabase::Migrate::No};
};

QString TstMigrations::sha256Of(const QString &resourcePath) {
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

void TstMigrations::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
}

void TstMigrations::availableMigrationsAreNumberedInOrder() {
    const QList<Migrator::Migration> all = Migrator::available();
    QVERIFY(all.size() >= 2);
    QCOMPARE(all.at(0).version, 1);
    QCOMPARE(all.at(0).name, QStringLiteral("foundation"));
    QCOMPARE(all.at(1).version, 2);
    QCOMPARE(all.at(1).name, QStringLiteral("compliance_functions"));
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).version < all.at(i).version, "migrations sorted by version, no duplicates");
}

void TstMigrations::appliesToEmptyDatabase() {
    QSqlDatabase db = m_db.connection();
    QVERIFY(db.isOpen());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'desk'")).toInt(),
             0);

    const Result<int> before = Migrator::currentVersion(db);
    QVERIFY2(before.ok(), qPrintable(before.error().serverMessage));
    QCOMPARE(before.value(), 0);

    const Result<QStringList> applied = m_db.migrate(); // Migrator::migrate, serialised across test binaries
    QVERIFY2(applied.ok(), qPrintable(applied.error().sqlState + u' ' + applied.error().serverMessage));
    QStringList expected;
    for (const Migrator::Migration &m : Migrator::available())
        expected << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    QCOMPARE(applied.value(), expected);
    QCOMPARE(applied.value().mid(0, 2),
             (QStringList{QStringLiteral("0001_foundation"), QStringLiteral("0002_compliance_functions")}));

    const Result<int> after = Migrator::currentVersion(db);
    QVERIFY(after.ok());
    QCOMPARE(after.value(), Migrator::available().last().version);
}

void TstMigrations::createsTheSchema() {
    const TestDatabase::SqlResult tables = m_db.run(
        QStringLiteral("SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'desk' AND c.relkind IN ('r', 'p') ORDER BY 1"));
    ADESK_VERIFY_SQL(tables);
    const QVariantList names = tables.column();
    for (const char *t : {"audit_log", "compliance_verifications", "documents", "mechanic_notifications",
                          "mechanics", "organizations", "profiles", "rejection_reasons", "requirement_rules",
                          "staff_logins", "workshop_staff"})
        QVERIFY2(names.contains(QString::fromLatin1(t)), t);

    // The decision functions exist with their documented signatures.
    for (const char *f :
         {"desk.claim_verification(bigint,integer)", "desk.claim_next_verification(integer)",
          "desk.release_verification(bigint)",
          "desk.decide_verification(bigint,integer,text,text,text,jsonb)",
          "desk.approve_verification(bigint,integer,text,jsonb)",
          "desk.reject_verification(bigint,integer,text,text,jsonb)",
          "desk.request_verification_info(bigint,integer,text)", "desk.expire_sweep()", "desk.whoami()"}) {
        const TestDatabase::SqlResult r =
            m_db.run(QStringLiteral("SELECT to_regprocedure(?) IS NOT NULL"), {QString::fromLatin1(f)});
        ADESK_VERIFY_SQL(r);
        QVERIFY2(r.scalar().toBool(), f);
    }

    // Group roles exist (cluster-wide); the database's default search_path is left alone (the desk
    // qualifies its names: migration 0017).
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('adesk_owner', "
                                        "'adesk_platform_admin', 'adesk_finance', 'adesk_workshop_owner')"))
                 .toInt(),
             4);
    const QString settings =
        m_db.scalar(QStringLiteral("SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s "
                                   "JOIN pg_database d ON d.oid = s.setdatabase "
                                   "WHERE d.datname = current_database() AND s.setrole = 0"))
            .toString();
    QVERIFY2(!settings.contains(QStringLiteral("search_path")), qPrintable(settings));
    // Reference data seeded.
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.required_verifications WHERE entity_type = 'mechanic' "
                        "AND path = 'workshop_affiliated'"))
            .toInt(),
        3);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.rejection_reasons")).toInt() >= 9);
}

void TstMigrations::schemaMigrationsListsEveryVersionWithChecksum() {
    const TestDatabase::SqlResult r =
        m_db.run(QStringLiteral("SELECT version, name, sha256 FROM desk.schema_migrations ORDER BY version"));
    ADESK_VERIFY_SQL(r);
    const QList<Migrator::Migration> all = Migrator::available();
    QCOMPARE(r.rows.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(r.rows.at(i).at(0).toInt(), all.at(i).version);
        QCOMPARE(r.rows.at(i).at(1).toString(), all.at(i).name);
        QCOMPARE(r.rows.at(i).at(2).toString(), sha256Of(all.at(i).resourcePath));
    }
    QCOMPARE(r.rows.at(0).at(0).toInt(), 1);
    QCOMPARE(r.rows.at(1).at(0).toInt(), 2);
}

void TstMigrations::rerunIsNoOp() {
    QSqlDatabase db = m_db.connection();
    const TestDatabase::SqlResult before = m_db.run(
        QStringLiteral("SELECT version, applied_at::text FROM desk.schema_migrations ORDER BY version"));
    ADESK_VERIFY_SQL(before);
    const int tablesBefore =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'desk'")).toInt();

    const Result<QStringList> again = Migrator::migrate(db);
    QVERIFY2(again.ok(), qPrintable(again.error().serverMessage));
    QVERIFY2(again.value().isEmpty(), qPrintable(again.value().join(u',')));

    const TestDatabase::SqlResult after = m_db.run(
        QStringLiteral("SELECT version, applied_at::text FROM desk.schema_migrations ORDER BY version"));
    ADESK_VERIFY_SQL(after);
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'desk'")).toInt(),
             tablesBefore);
    // Reference data was not inserted twice.
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.required_verifications WHERE entity_type = 'mechanic' "
                        "AND path = 'workshop_affiliated'"))
            .toInt(),
        3);
}

void TstMigrations::changedChecksumIsRefused() {
    QSqlDatabase db = m_db.connection();
    const QString real =
        m_db.scalar(QStringLiteral("SELECT sha256 FROM desk.schema_migrations WHERE version = 2")).toString();
    QCOMPARE(real.size(), 64);
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.schema_migrations SET sha256 = repeat('0', 64) WHERE version = 2")));

    const Result<QStringList> refused = Migrator::migrate(db);
    QVERIFY2(!refused.ok(), "a migration whose file no longer matches its recorded checksum must be refused");
    QVERIFY2(refused.error().serverMessage.contains(QStringLiteral("0002_compliance_functions")),
             qPrintable(refused.error().serverMessage));
    QVERIFY2(refused.error().serverMessage.contains(QStringLiteral("changed")),
             qPrintable(refused.error().serverMessage));
    // Refusing left nothing half-done: no transaction open, nothing recorded.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.schema_migrations")).toInt(),
             int(Migrator::available().size()));

    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.schema_migrations SET sha256 = ? WHERE version = 2"), {real}));
    const Result<QStringList> restored = Migrator::migrate(db);
    QVERIFY2(restored.ok(), qPrintable(restored.error().serverMessage));
    QVERIFY(restored.value().isEmpty());
}

void TstMigrations::appRolesCanReadTheSchemaVersion() {
    const QString role = m_db.roleName(QStringLiteral("finance"));
    QVERIFY(m_db.createLogin(role, QStringLiteral("adesk_finance"), QStringLiteral("Fatima Finance")));
    const QString name = QStringLiteral("tst_migrations_finance");
    {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const Result<int> v = Migrator::currentVersion(db);
        QVERIFY2(v.ok(), qPrintable(v.error().serverMessage));
        QCOMPARE(v.value(), Migrator::available().last().version);
        // ... but cannot change it.
        const TestDatabase::SqlResult w =
            TestDatabase::run(db, QStringLiteral("UPDATE desk.schema_migrations SET name = name"));
        QVERIFY(!w.ok);
        QCOMPARE(w.sqlState(), QStringLiteral("42501"));
    }
    TestDatabase::closeConnection(name);
}

// A function without a pinned search_path runs with its caller's, which is the database's default
// ("$user", public) for the desk's logins: its body names desk's tables and functions with the schema.
void TstMigrations::unpinnedFunctionsQualifyTheirNames() {
    const TestDatabase::SqlResult r = m_db.run(QStringLiteral(
        "WITH names AS (SELECT c.relname::text AS n FROM pg_class c JOIN pg_namespace s ON s.oid = "
        "c.relnamespace WHERE s.nspname = 'desk' UNION SELECT p.proname::text FROM pg_proc p JOIN "
        "pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'desk' UNION SELECT t.typname::text "
        "FROM pg_type t JOIN pg_namespace s ON s.oid = t.typnamespace WHERE s.nspname = 'desk'), "
        "f AS (SELECT p.oid::regprocedure::text AS fn, p.prosrc FROM pg_proc p JOIN pg_namespace s ON "
        "s.oid = p.pronamespace WHERE s.nspname = 'desk' AND p.proconfig IS NULL) "
        "SELECT f.fn || ': ' || string_agg(DISTINCT names.n, ', ') FROM f JOIN names ON f.prosrc ~ "
        "('(^|[^.a-z0-9_])' || names.n || '\\M') GROUP BY f.fn ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QStringList unqualified;
    for (const QVariant &v : r.column())
        unqualified << v.toString();
    QVERIFY2(unqualified.isEmpty(), qPrintable(unqualified.join(QStringLiteral("; "))));
    // The check sees an unqualified name when there is one.
    QVERIFY(m_db.exec(QStringLiteral("SET check_function_bodies = off")));
    QVERIFY(m_db.exec(QStringLiteral("CREATE FUNCTION desk.tst_unqualified() RETURNS bigint LANGUAGE sql "
                                     "AS $$ SELECT count(*) FROM mechanics $$")));
    const TestDatabase::SqlResult planted = m_db.run(QStringLiteral(
        "SELECT count(*) FROM pg_proc p WHERE p.oid = 'desk.tst_unqualified()'::regprocedure AND p.proconfig "
        "IS NULL AND p.prosrc ~ ('(^|[^.a-z0-9_])' || 'mechanics' || '\\M')"));
    ADESK_VERIFY_SQL(planted);
    QCOMPARE(planted.scalar().toInt(), 1);
    QVERIFY(m_db.exec(QStringLiteral("DROP FUNCTION desk.tst_unqualified()")));
    QVERIFY(m_db.exec(QStringLiteral("RESET check_function_bodies")));
}

void TstMigrations::timeZoneCheckAcceptsTheServersNamesOnly() {
    // 0038 keeps the names pg_timezone_names listed when it ran in is_valid_time_zone's body: every
    // name the server lists is accepted.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_timezone_names")).toInt() > 300);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_timezone_names "
                                        "WHERE NOT desk.is_valid_time_zone(name)"))
                 .toInt(),
             0);
    // Its answer is 0001's definition, for names and for what the server would parse but is no name
    // (a POSIX rule, an offset, another case, a trailing space).
    for (const char *zone :
         {"America/Toronto", "America/St_Johns", "Pacific/Kiritimati", "UTC", "EST5EDT", "america/toronto",
          "America/Toronto ", "Mars/Olympus_Mons", "", "UTC+5", "<+05>-5", "ABC5"}) {
        const QString name = QString::fromLatin1(zone);
        const TestDatabase::SqlResult r =
            m_db.run(QStringLiteral("SELECT desk.is_valid_time_zone(?), EXISTS (SELECT 1 FROM "
                                    "pg_catalog.pg_timezone_names WHERE name = ?)"),
                     {name, name});
        ADESK_VERIFY_SQL(r);
        QVERIFY2(r.rows.first().at(0).toBool() == r.rows.first().at(1).toBool(), zone);
    }
    // The organizations' trigger accepts a name and refuses what is not one.
    QVERIFY(m_db.exec(QStringLiteral("BEGIN")));
    const QString insert = QStringLiteral(
        "INSERT INTO desk.organizations (name, address_line, city, province, postal_code, time_zone) "
        "VALUES ('Garage Zone', '1 King St W', 'Toronto', 'ON', 'M5H 1A1', ?)");
    const TestDatabase::SqlResult good = m_db.run(insert, {QStringLiteral("America/Toronto")});
    ADESK_VERIFY_SQL(good);
    const TestDatabase::SqlResult bad = m_db.run(insert, {QStringLiteral("Mars/Olympus_Mons")});
    QVERIFY(m_db.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!bad.ok);
    QCOMPARE(bad.sqlState(), QStringLiteral("23514"));
    QVERIFY2(bad.error.serverMessage.contains(QStringLiteral("Mars/Olympus_Mons")),
             qPrintable(bad.describe()));
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
