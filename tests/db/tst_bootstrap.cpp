// The one-time superuser bootstrap (`autodoctor-desk bootstrap-roles`, Migrator::bootstrapRoles) and
// migrations run by a plain deploying role (issue 9: "migrate needs a superuser only because a role
// is created BYPASSRLS"): after the bootstrap, a role with no attribute at all (no SUPERUSER,
// CREATEROLE, CREATEDB, BYPASSRLS) that owns the database applies every migration to completion.
// The bootstrap itself needs a superuser and refuses to make an application login the deployer.

#include "tests/support/testdatabase.h"

#include "models/core/migrator.h"

#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstBootstrap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyASuperuserBootstraps();
    void anApplicationLoginIsNeverTheDeployer();
    void deployingRoleMigratesWithoutSuperuser();

private:
    TestDatabase m_db{TestDatabase::Migrate::No};
    QString m_deployer;
    QStringList m_connections;
};

void TstBootstrap::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_deployer = m_db.roleName(QStringLiteral("deployer"));
    QVERIFY(m_db.createPlainLogin(m_deployer));
}

void TstBootstrap::cleanupTestCase() {
    for (const QString &c : std::as_const(m_connections))
        TestDatabase::closeConnection(c);
}

void TstBootstrap::onlyASuperuserBootstraps() {
    const QString name = QStringLiteral("bootstrap_plain");
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(m_deployer), name);
    m_connections << name;
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const Result<QStringList> r = Migrator::bootstrapRoles(db, m_deployer);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().sqlState, QStringLiteral("42501"));
    QVERIFY2(r.error().serverMessage.contains(QStringLiteral("superuser")),
             qPrintable(r.error().serverMessage));
    // A role that does not exist is named, not created.
    QSqlDatabase super = m_db.connection();
    const Result<QStringList> missing =
        Migrator::bootstrapRoles(super, m_db.roleName(QStringLiteral("nobody")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().sqlState, QStringLiteral("42704"));
}

void TstBootstrap::anApplicationLoginIsNeverTheDeployer() {
    // A login that is a member of an application group would become a member of adesk_owner.
    const QString appLogin = m_db.roleName(QStringLiteral("applogin"));
    QVERIFY(m_db.createPlainLogin(appLogin));
    QVERIFY(m_db.lockCluster());
    QSqlDatabase super = m_db.connection();
    const Result<QStringList> first = Migrator::bootstrapRoles(super, m_deployer); // the groups exist
    bool refused = false;
    QString state;
    if (first.ok() && m_db.exec(QStringLiteral("GRANT adesk_finance TO \"%1\"").arg(appLogin))) {
        const Result<QStringList> r = Migrator::bootstrapRoles(super, appLogin);
        refused = !r.ok();
        state = r.ok() ? QString() : r.error().sqlState;
    }
    m_db.unlockCluster();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().serverMessage));
    QVERIFY(refused);
    QCOMPARE(state, QStringLiteral("22023"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT pg_has_role(?::name, 'adesk_owner', 'MEMBER')"), {appLogin})
                 .toBool(),
             false);
    const Result<QStringList> group = Migrator::bootstrapRoles(super, QStringLiteral("adesk_workshop_owner"));
    QVERIFY(!group.ok());
    QCOMPARE(group.error().sqlState, QStringLiteral("22023"));
}

void TstBootstrap::deployingRoleMigratesWithoutSuperuser() {
    // The superuser's one-time step; then the database belongs to the deploying role.
    QVERIFY(m_db.lockCluster());
    QSqlDatabase super = m_db.connection();
    const Result<QStringList> boot = Migrator::bootstrapRoles(super, m_deployer);
    m_db.unlockCluster();
    QVERIFY2(boot.ok(), qPrintable(boot.ok() ? QString() : boot.error().serverMessage));
    QVERIFY2(boot->join(u'\n').contains(QStringLiteral("ALTER DATABASE")), qPrintable(boot->join(u'\n')));
    for (const QString &role : Migrator::ownerAndGroupRoles())
        QVERIFY2(
            m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND NOT rolcanlogin"),
                        {role})
                    .toInt() == 1,
            qPrintable(role));
    QVERIFY(m_db.scalar(QStringLiteral("SELECT rolbypassrls FROM pg_roles WHERE rolname = 'adesk_owner'"))
                .toBool());
    QVERIFY(m_db.exec(
        QStringLiteral("ALTER DATABASE \"%1\" OWNER TO \"%2\"").arg(m_db.databaseName(), m_deployer)));

    // The deploying role has no attribute at all.
    const TestDatabase::SqlResult attrs = m_db.run(
        QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication "
                       "FROM pg_roles WHERE rolname = ?"),
        {m_deployer});
    ADESK_VERIFY_SQL(attrs);
    QCOMPARE(attrs.scalar().toBool(), false);

    const QString name = QStringLiteral("bootstrap_deployer");
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(m_deployer), name);
    m_connections << name;
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(TestDatabase::run(db, QStringLiteral("SELECT session_user::text")).scalar().toString(),
             m_deployer);

    // Roles are cluster-wide: serialise with the other test binaries' migrations.
    QVERIFY(m_db.lockCluster());
    const Result<QStringList> applied = Migrator::migrate(db);
    const Result<QStringList> again = applied.ok() ? Migrator::migrate(db) : applied;
    m_db.unlockCluster();
    QVERIFY2(applied.ok(),
             qPrintable(applied.ok() ? QString()
                                     : applied.error().sqlState + u' ' + applied.error().serverMessage));
    QStringList expected;
    for (const Migrator::Migration &m : Migrator::available())
        expected << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    QCOMPARE(applied.value(), expected);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    const Result<int> version = Migrator::currentVersion(db);
    QVERIFY(version.ok());
    QCOMPARE(version.value(), Migrator::available().last().version);

    // The schema belongs to adesk_owner, not to the deploying role, and nothing in desk is its own.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'desk'"))
            .toString(),
        QStringLiteral("adesk_owner"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                        "c.relnamespace WHERE n.nspname = 'desk' AND c.relowner <> "
                                        "'adesk_owner'::regrole"))
                 .toInt(),
             0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                        "p.pronamespace WHERE n.nspname = 'desk' AND p.proowner <> "
                                        "'adesk_owner'::regrole"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TstBootstrap)
#include "tst_bootstrap.moc"
