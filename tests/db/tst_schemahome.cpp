// The desk inside a database it shares with the web platform (issue 18): its versions live in
// desk.schema_migrations, another tool's public.schema_migrations (Rails, golang-migrate) and objects
// are left as they were, and so is every other login's search_path; a database migrated by the old
// bookkeeping (public.schema_migrations) is upgraded; sign-in refuses an older or newer schema with a
// sentence, never a crash; `migrate --status` lists every migration and changes nothing.

#include "tests/support/testdatabase.h"

#include "app/shell/session.h"
#include "models/core/migrator.h"

#include <QProcess>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstSchemaHome : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void statusOfAnEmptyDatabaseIsAllPending();
    void signInToADatabaseWithoutTheDeskIsRefused();
    void migratesBesideRailsSchemaMigrations();
    void migratesBesideGolangMigrateSchemaMigrations();
    void statusAfterMigrating();
    void upgradesTheOldBookkeeping();
    void signInChecksTheSchemaVersion();

private:
    /// `autodoctor-desk --db CONNINFO migrate --status` as the superuser: exit code and output.
    std::pair<int, QString> status(const TestDatabase &db);
    /// A snapshot of what another tool owns: the table's columns, rows, RLS, policies and grants,
    /// public.users and the function's definition.
    QString foreignState(TestDatabase &db);
    /// SHOW search_path of a new login role with no setting of its own.
    QString freshLoginSearchPath(TestDatabase &db, const QString &base);

    TestDatabase m_rails{TestDatabase::Migrate::No, QStringLiteral("rails")};
    TestDatabase m_golang{TestDatabase::Migrate::No, QStringLiteral("golang")};
    TestDatabase m_legacy{TestDatabase::Migrate::No, QStringLiteral("legacy")};
    QString m_railsBefore;
    QString m_golangBefore;
};

void TstSchemaHome::initTestCase() {
    ADESK_START_TEST_DATABASE(m_rails);
    ADESK_START_TEST_DATABASE(m_golang);
    ADESK_START_TEST_DATABASE(m_legacy);
    // The database the last release before 0017 left: migrations 0001 to 0016 (then its bookkeeping
    // is put back where that release kept it: upgradesTheOldBookkeeping).
    {
        const Result<QStringList> old = m_legacy.migrate(16);
        QVERIFY2(old.ok(), qPrintable(old.error().serverMessage));
        QCOMPARE(old->size(), 16);
    }

    // The web platform's database before the desk arrives: Rails' bookkeeping, its users, a
    // function, and its own database-wide search_path.
    for (const QString &sql :
         {QStringLiteral(
              "CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY)"),
          QStringLiteral(
              "INSERT INTO public.schema_migrations VALUES ('20240105120000'), ('20240212093000')"),
          QStringLiteral("CREATE TABLE public.ar_internal_metadata (key varchar PRIMARY KEY, value varchar)"),
          QStringLiteral("INSERT INTO public.ar_internal_metadata VALUES ('environment', 'production')"),
          QStringLiteral("CREATE TABLE public.users (id uuid PRIMARY KEY, email text NOT NULL)"),
          QStringLiteral("INSERT INTO public.users VALUES ('6f1d3c7e-0d7a-4b8e-9a55-1f2e3d4c5b6a', "
                         "'mechanic@example.ca')"),
          QStringLiteral("CREATE FUNCTION public.user_count() RETURNS bigint LANGUAGE sql "
                         "AS $$ SELECT count(*) FROM users $$"),
          QStringLiteral("CREATE SCHEMA platform"),
          QStringLiteral("ALTER DATABASE %1 SET search_path = platform, public").arg(m_rails.databaseName())})
        QVERIFY2(m_rails.exec(sql), qPrintable(sql));
    // golang-migrate's shape, mid-migration (dirty).
    for (const QString &sql :
         {QStringLiteral("CREATE TABLE public.schema_migrations (version bigint NOT NULL PRIMARY KEY, "
                         "dirty boolean NOT NULL)"),
          QStringLiteral("INSERT INTO public.schema_migrations VALUES (20240301101500, true)"),
          QStringLiteral("CREATE TABLE public.users (id uuid PRIMARY KEY, email text NOT NULL)"),
          QStringLiteral("INSERT INTO public.users VALUES ('0b5e6a1c-2f4d-4e8a-8c7b-9d0e1f2a3b4c', "
                         "'owner@example.ca')"),
          QStringLiteral("CREATE FUNCTION public.user_count() RETURNS bigint LANGUAGE sql "
                         "AS $$ SELECT count(*) FROM users $$")})
        QVERIFY2(m_golang.exec(sql), qPrintable(sql));
    m_railsBefore = foreignState(m_rails);
    m_golangBefore = foreignState(m_golang);
    QVERIFY(m_railsBefore.contains(u"20240212093000"));
    QVERIFY(m_golangBefore.contains(u"20240301101500"));
}

void TstSchemaHome::cleanupTestCase() {}

std::pair<int, QString> TstSchemaHome::status(const TestDatabase &db) {
    const ConnectionSettings s = db.superuser();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ADESK_EXECUTABLE),
            {QStringLiteral("--db"), s.conninfo, QStringLiteral("migrate"), QStringLiteral("--status")});
    if (!p.waitForFinished(60000))
        return {-1, QString()};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString TstSchemaHome::foreignState(TestDatabase &db) {
    QStringList out;
    for (const QString &sql :
         {QStringLiteral(
              "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY "
              "attnum) FROM pg_attribute WHERE attrelid = 'public.schema_migrations'::regclass AND "
              "attnum > 0 AND NOT attisdropped"),
          QStringLiteral("SELECT string_agg(t::text, ', ' ORDER BY t::text) FROM public.schema_migrations t"),
          QStringLiteral("SELECT relrowsecurity::text || relforcerowsecurity::text || coalesce(relacl::text, "
                         "'default') || pg_get_userbyid(relowner) FROM pg_class "
                         "WHERE oid = 'public.schema_migrations'::regclass"),
          QStringLiteral(
              "SELECT count(*)::text FROM pg_policy WHERE polrelid = 'public.schema_migrations'::regclass"),
          QStringLiteral("SELECT string_agg(u::text, ', ' ORDER BY u::text) FROM public.users u"),
          QStringLiteral("SELECT relrowsecurity::text || coalesce(relacl::text, 'default') FROM pg_class "
                         "WHERE oid = 'public.users'::regclass"),
          QStringLiteral("SELECT pg_get_functiondef('public.user_count()'::regprocedure) || "
                         "coalesce(proacl::text, 'default') FROM pg_proc "
                         "WHERE oid = 'public.user_count()'::regprocedure")}) {
        const TestDatabase::SqlResult r = db.run(sql);
        out << (r.ok ? r.scalar().toString() : r.describe());
    }
    return out.join(QStringLiteral("\n"));
}

QString TstSchemaHome::freshLoginSearchPath(TestDatabase &db, const QString &base) {
    const QString role = db.roleName(base);
    if (!db.createPlainLogin(role))
        return QStringLiteral("(no login)");
    const QString name = QStringLiteral("tst_schemahome_") + base;
    QString path;
    {
        QSqlDatabase c = TestDatabase::openConnection(db.login(role), name);
        if (!c.isOpen())
            return c.lastError().text();
        path = TestDatabase::run(c, QStringLiteral("SHOW search_path")).scalar().toString();
    }
    TestDatabase::closeConnection(name);
    return path;
}

void TstSchemaHome::statusOfAnEmptyDatabaseIsAllPending() {
    const auto [code, out] = status(m_rails);
    QVERIFY2(code == 0, qPrintable(out));
    const QList<Migrator::Migration> all = Migrator::available();
    for (const Migrator::Migration &m : all) {
        const QString line = QStringLiteral("%1  %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
        QVERIFY2(out.contains(line), qPrintable(line + u'\n' + out));
    }
    QCOMPARE(out.count(QStringLiteral("pending")), int(all.size()) + 1); // each line, and the summary
    QVERIFY2(out.contains(QStringLiteral("migrate: %1 pending, 0 checksum mismatch").arg(all.size())),
             qPrintable(out));
    // Asking changed nothing.
    QVERIFY(m_rails.scalar(QStringLiteral("SELECT to_regnamespace('desk') IS NULL")).toBool());
    QCOMPARE(foreignState(m_rails), m_railsBefore);
}

void TstSchemaHome::signInToADatabaseWithoutTheDeskIsRefused() {
    QSqlDatabase db = m_rails.connection();
    const Result<Migrator::SchemaCheck> check = Migrator::checkSchema(db);
    QVERIFY2(check.ok(), qPrintable(check.error().serverMessage));
    QCOMPARE(check->state, Migrator::SchemaCheck::State::NotDesk);
    const Result<Identity> who = Session::signInOn(db);
    QVERIFY(!who.ok());
    QVERIFY(Session::isSchemaMismatch(who.error()));
    QVERIFY2(who.error().serverMessage.contains(QStringLiteral("not an Auto Doctor Desk database")),
             qPrintable(who.error().serverMessage));
}

void TstSchemaHome::migratesBesideRailsSchemaMigrations() {
    const Result<QStringList> applied = m_rails.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.error().sqlState + u' ' + applied.error().serverMessage));
    QCOMPARE(applied->size(), Migrator::available().size());
    QCOMPARE(m_rails.scalar(QStringLiteral("SELECT max(version) FROM desk.schema_migrations")).toInt(),
             Migrator::latestVersion());
    // Rails' table, rows, RLS, grants; its users and its function: as they were.
    QCOMPARE(foreignState(m_rails), m_railsBefore);
    QCOMPARE(m_rails.scalar(QStringLiteral("SELECT count(*) FROM public.ar_internal_metadata")).toInt(), 1);
    // The platform's database-wide search_path is still its own, for every other login.
    QCOMPARE(freshLoginSearchPath(m_rails, QStringLiteral("railsapp")), QStringLiteral("platform, public"));
    QSqlDatabase db = m_rails.connection();
    const Result<int> v = Migrator::currentVersion(db);
    QVERIFY(v.ok());
    QCOMPARE(v.value(), Migrator::latestVersion());
    // Re-running is a no-op beside the foreign table too.
    const Result<QStringList> again = m_rails.migrate();
    QVERIFY2(again.ok(), qPrintable(again.error().serverMessage));
    QVERIFY(again->isEmpty());
    QCOMPARE(foreignState(m_rails), m_railsBefore);
}

void TstSchemaHome::migratesBesideGolangMigrateSchemaMigrations() {
    const Result<QStringList> applied = m_golang.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.error().sqlState + u' ' + applied.error().serverMessage));
    QCOMPARE(applied->size(), Migrator::available().size());
    QCOMPARE(foreignState(m_golang), m_golangBefore);
    QVERIFY(m_golang.scalar(QStringLiteral("SELECT dirty FROM public.schema_migrations")).toBool());
    QCOMPARE(freshLoginSearchPath(m_golang, QStringLiteral("goapp")), QStringLiteral("\"$user\", public"));
    QVERIFY(
        m_golang
            .scalar(QStringLiteral(
                "SELECT count(*) = 0 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
                "WHERE d.datname = current_database()"))
            .toBool());
}

void TstSchemaHome::statusAfterMigrating() {
    const auto [code, out] = status(m_rails);
    QVERIFY2(code == 0, qPrintable(out));
    const QList<Migrator::Migration> all = Migrator::available();
    QCOMPARE(out.count(QStringLiteral("checksum ok")), int(all.size()));
    QVERIFY2(out.contains(QStringLiteral("migrate: 0 pending, 0 checksum mismatch")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("0017  schema_home")), qPrintable(out));
    // A changed checksum is reported (and still exit 0: --status only reports).
    const QString real =
        m_rails.scalar(QStringLiteral("SELECT sha256 FROM desk.schema_migrations WHERE version = 3"))
            .toString();
    QVERIFY(m_rails.exec(
        QStringLiteral("UPDATE desk.schema_migrations SET sha256 = repeat('0', 64) WHERE version = 3")));
    const auto [code2, out2] = status(m_rails);
    QCOMPARE(code2, 0);
    QVERIFY2(out2.contains(QStringLiteral("checksum MISMATCH")) &&
                 out2.contains(QStringLiteral("migrate: 0 pending, 1 checksum mismatch")),
             qPrintable(out2));
    QVERIFY(m_rails.exec(QStringLiteral("UPDATE desk.schema_migrations SET sha256 = ? WHERE version = 3"),
                         {real}));
    QCOMPARE(m_rails.scalar(QStringLiteral("SELECT count(*) FROM desk.schema_migrations")).toInt(),
             int(all.size()));
}

void TstSchemaHome::upgradesTheOldBookkeeping() {
    // What the migrator before 0017 left: its versions in public.schema_migrations (RLS, a read
    // policy, grants: 0001 and 0009) and the database-wide search_path of 0001.
    for (const QString &sql :
         {QStringLiteral(
              "CREATE TABLE public.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
              "sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"),
          QStringLiteral("ALTER TABLE public.schema_migrations ENABLE ROW LEVEL SECURITY"),
          QStringLiteral(
              "CREATE POLICY schema_migrations_read ON public.schema_migrations FOR SELECT USING (true)"),
          QStringLiteral("GRANT SELECT ON public.schema_migrations TO adesk_platform_admin, adesk_finance, "
                         "adesk_workshop_owner, adesk_platform_service"),
          QStringLiteral("INSERT INTO public.schema_migrations SELECT version, name, sha256, applied_at - "
                         "interval '30 days' FROM desk.schema_migrations WHERE version < 17"),
          QStringLiteral("DROP TABLE desk.schema_migrations"),
          QStringLiteral("ALTER DATABASE %1 SET search_path = desk, public").arg(m_legacy.databaseName())})
        QVERIFY2(m_legacy.exec(sql), qPrintable(sql));
    const TestDatabase::SqlResult before = m_legacy.run(QStringLiteral(
        "SELECT version, name, sha256, applied_at::text FROM public.schema_migrations ORDER BY 1"));
    ADESK_VERIFY_SQL(before);
    QCOMPARE(before.rows.size(), 16);

    // The old database, read by this binary: version 16, from the old table.
    QSqlDatabase db = m_legacy.connection();
    const Result<Migrator::SchemaCheck> old = Migrator::checkSchema(db);
    QVERIFY2(old.ok(), qPrintable(old.error().serverMessage));
    QCOMPARE(old->state, Migrator::SchemaCheck::State::Older);
    QCOMPARE(old->database, 16);

    const Result<QStringList> applied = m_legacy.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.error().sqlState + u' ' + applied.error().serverMessage));
    QStringList expected;
    for (const Migrator::Migration &m : Migrator::available()) {
        if (m.version >= 17)
            expected << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    }
    QCOMPARE(applied.value(), expected);
    QVERIFY(
        m_legacy.scalar(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NULL")).toBool());
    const TestDatabase::SqlResult moved =
        m_legacy.run(QStringLiteral("SELECT version, name, sha256, applied_at::text FROM "
                                    "desk.schema_migrations WHERE version < 17 ORDER BY 1"));
    ADESK_VERIFY_SQL(moved);
    QCOMPARE(moved.rows, before.rows);
    QCOMPARE(m_legacy.scalar(QStringLiteral("SELECT max(version) FROM desk.schema_migrations")).toInt(),
             Migrator::latestVersion());
    // 0017 took back 0001's database-wide search_path.
    QCOMPARE(freshLoginSearchPath(m_legacy, QStringLiteral("legacyapp")),
             QStringLiteral("\"$user\", public"));
}

void TstSchemaHome::signInChecksTheSchemaVersion() {
    const QString role = m_legacy.roleName(QStringLiteral("fin"));
    QVERIFY(m_legacy.createLogin(role, QStringLiteral("adesk_finance"), QStringLiteral("Fatima Finance")));
    const QString name = QStringLiteral("tst_schemahome_fin");
    {
        QSqlDatabase db = TestDatabase::openConnection(m_legacy.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        // The login runs with the database's default search_path: the app qualifies its names.
        QCOMPARE(TestDatabase::run(db, QStringLiteral("SHOW search_path")).scalar().toString(),
                 QStringLiteral("\"$user\", public"));

        // Equal: signed in.
        const Result<Identity> who = Session::signInOn(db);
        QVERIFY2(who.ok(), qPrintable(who.error().serverMessage));
        QCOMPARE(who->loginRole, role);
        QCOMPARE(who->deskRole, QStringLiteral("finance"));

        const int latest = Migrator::latestVersion();
        // The version before it: numbers may skip (a number reserved for work not merged yet).
        const QList<Migrator::Migration> all = Migrator::available();
        const int previous = all.size() > 1 ? all.at(all.size() - 2).version : 0;
        // Older: the newest migration not applied yet.
        const TestDatabase::SqlResult saved = m_legacy.run(
            QStringLiteral("SELECT name, sha256, applied_at FROM desk.schema_migrations WHERE version = ?"),
            {latest});
        ADESK_VERIFY_SQL(saved);
        QVERIFY(
            m_legacy.exec(QStringLiteral("DELETE FROM desk.schema_migrations WHERE version = ?"), {latest}));
        const Result<Identity> older = Session::signInOn(db);
        QVERIFY(!older.ok());
        QVERIFY(Session::isSchemaMismatch(older.error()));
        QCOMPARE(older.error().serverMessage,
                 QStringLiteral("The database is at schema version %1; this Auto Doctor Desk needs %2. Ask "
                                "your administrator to run “autodoctor-desk migrate”.")
                     .arg(previous)
                     .arg(latest));
        QVERIFY(m_legacy.exec(
            QStringLiteral(
                "INSERT INTO desk.schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)"),
            {latest, saved.rows.at(0).at(0), saved.rows.at(0).at(1), saved.rows.at(0).at(2)}));

        // Newer: a migration this binary does not know.
        QVERIFY(m_legacy.exec(QStringLiteral("INSERT INTO desk.schema_migrations (version, name, sha256) "
                                             "VALUES (?, 'from_the_future', repeat('f', 64))"),
                              {latest + 1}));
        const Result<Identity> newer = Session::signInOn(db);
        QVERIFY(!newer.ok());
        QVERIFY(Session::isSchemaMismatch(newer.error()));
        QCOMPARE(newer.error().serverMessage,
                 QStringLiteral("The database was upgraded for a newer Auto Doctor Desk (schema %1; this one "
                                "knows %2). Install the newer version.")
                     .arg(latest + 1)
                     .arg(latest));
        QVERIFY(m_legacy.exec(QStringLiteral("DELETE FROM desk.schema_migrations WHERE version = ?"),
                              {latest + 1}));

        // The login may read the versions, not change them.
        const TestDatabase::SqlResult w =
            TestDatabase::run(db, QStringLiteral("DELETE FROM desk.schema_migrations"));
        QVERIFY(!w.ok);
        QCOMPARE(w.sqlState(), QStringLiteral("42501"));
        QVERIFY(Session::signInOn(db).ok());
        // Other errors are not schema mismatches.
        QVERIFY(!Session::isSchemaMismatch(DbError::other(QStringLiteral("x"))));
    }
    TestDatabase::closeConnection(name);
}

QTEST_GUILESS_MAIN(TstSchemaHome)
#include "tst_schemahome.moc"
