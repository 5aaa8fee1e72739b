// Transport rules of ConnectionSettings (issue 9, "Credentials and transport"), through their
// public effect: the options applyTo hands to the QPSQL driver (QSqlDatabase::connectOptions) and
// the connections it refuses. For a host reached over the network (URIs, host and hostaddr lists,
// services from a temporary PGSERVICEFILE, PG* variables) sslmode defaults to verify-full and
// disable/allow/prefer are refused; Unix sockets and loopback addresses keep libpq's default; the
// demo password never goes to a network host. Written against the API that existed before the
// fix, so it also runs (and fails) on the earlier code. No server is contacted.

#include "models/core/connectionsettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace adesk;

namespace {

struct Applied {
    QString error;
    QString options; ///< QSqlDatabase::connectOptions()
};

Applied apply(const ConnectionSettings &settings) {
    static int serial = 0;
    const QString name = QStringLiteral("tst_connectionsettings_%1").arg(++serial);
    Applied out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        out.error = settings.applyTo(db);
        out.options = db.connectOptions();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

Applied apply(const QString &conninfo, const QString &password = {}) {
    ConnectionSettings s;
    s.conninfo = conninfo;
    s.password = password;
    return apply(s);
}

bool requestsVerifyFull(const QString &options) {
    static const QRegularExpression re(QStringLiteral("(^|;)\\s*sslmode\\s*=\\s*'?verify-full'?"));
    return re.match(options).hasMatch();
}

bool setsSslmode(const QString &options) {
    return options.contains(QStringLiteral("sslmode"));
}

const char *const kLibpqVariables[] = {"PGHOST",        "PGHOSTADDR",   "PGSERVICE",
                                       "PGSERVICEFILE", "PGSYSCONFDIR", "PGSSLMODE",
                                       "PGREQUIRESSL",  "PGPASSWORD",   "PGGSSENCMODE"};

} // namespace

class TestConnectionSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void networkHostGetsVerifyFull_data();
    void networkHostGetsVerifyFull();
    void localHostKeepsLibpqDefault_data();
    void localHostKeepsLibpqDefault();
    void explicitVerifyFullIsKept();
    void insecureSslmodeToNetworkHostRefused_data();
    void insecureSslmodeToNetworkHostRefused();
    void insecureSslmodeToLocalHostAccepted();
    void environmentIsCovered();
    void demoPasswordRefusedForNetworkHost_data();
    void demoPasswordRefusedForNetworkHost();
    void demoPasswordAcceptedLocally();
    void redactedHidesSecrets();

private:
    QTemporaryDir m_dir;
};

void TestConnectionSettings::initTestCase() {
    QVERIFY(m_dir.isValid());
    // A service file of our own; the system one (PGSYSCONFDIR) points to an empty directory.
    QFile services(m_dir.filePath(QStringLiteral("pg_service.conf")));
    QVERIFY(services.open(QIODevice::WriteOnly | QIODevice::Text));
    services.write("# test services\n"
                   "[remote_prod]\n"
                   "host=db.example.ca\n"
                   "dbname=autodoctor\n"
                   "\n"
                   "[remote_plain]\n"
                   "host=db.example.ca\n"
                   "sslmode=disable\n"
                   "\n"
                   "[remote_verified]\n"
                   "hostaddr=203.0.113.9\n"
                   "host=db.example.ca\n"
                   "sslmode=verify-full\n"
                   "\n"
                   "[local_socket]\n"
                   "host=/var/run/postgresql\n"
                   "sslmode=disable\n");
    services.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sysconf")));
}

void TestConnectionSettings::init() {
    // pg_virtualenv (CI) sets PGHOST=localhost and friends: each test starts from none of them.
    for (const char *var : kLibpqVariables)
        qunsetenv(var);
    qputenv("PGSERVICEFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pg_service.conf"))));
    qputenv("PGSYSCONFDIR", QFile::encodeName(m_dir.filePath(QStringLiteral("sysconf"))));
}

void TestConnectionSettings::networkHostGetsVerifyFull_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::newRow("key=value host") << QStringLiteral("host=db.example.ca dbname=autodoctor user=alice");
    QTest::newRow("URI with user:password@")
        << QStringLiteral("postgresql://alice:s3cret@db.example.ca:5432/autodoctor");
    QTest::newRow("URI, IPv6 literal") << QStringLiteral("postgresql://[2001:db8::5]:5432/autodoctor");
    QTest::newRow("routable IPv4") << QStringLiteral("host=10.1.2.3 dbname=autodoctor");
    QTest::newRow("name that only starts like localhost")
        << QStringLiteral("host=localhost.example.ca dbname=autodoctor");
    QTest::newRow("hostaddr dialled, host only names it")
        << QStringLiteral("host=localhost hostaddr=203.0.113.7 dbname=autodoctor");
    QTest::newRow("host list: socket then network")
        << QStringLiteral("host=/var/run/postgresql,db.example.ca port=5432,5433 dbname=autodoctor");
    QTest::newRow("URI with two hosts")
        << QStringLiteral("postgresql://127.0.0.1:5432,db2.example.ca:5433/autodoctor");
    QTest::newRow("service (PGSERVICEFILE) naming a network host") << QStringLiteral("service=remote_prod");
}

void TestConnectionSettings::networkHostGetsVerifyFull() {
    QFETCH(QString, conninfo);
    const Applied a = apply(conninfo);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(requestsVerifyFull(a.options), qPrintable(QStringLiteral("connect options: ") + a.options));
}

void TestConnectionSettings::localHostKeepsLibpqDefault_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::newRow("libpq defaults (default socket)") << QString();
    QTest::newRow("Unix socket directory") << QStringLiteral("host=/var/run/postgresql dbname=autodoctor");
    QTest::newRow("URI, socket directory percent-encoded")
        << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/autodoctor");
    QTest::newRow("URI, socket in the query") << QStringLiteral("postgresql:///autodoctor?host=/tmp");
    QTest::newRow("abstract socket") << QStringLiteral("host=@adesk dbname=autodoctor");
    QTest::newRow("localhost") << QStringLiteral("host=localhost dbname=autodoctor");
    QTest::newRow("loopback IPv4") << QStringLiteral("host=127.0.0.1 dbname=autodoctor");
    QTest::newRow("loopback IPv4, rest of 127/8") << QStringLiteral("host=127.20.30.40 dbname=autodoctor");
    QTest::newRow("loopback IPv6") << QStringLiteral("host=::1 dbname=autodoctor");
    QTest::newRow("URI, loopback IPv6") << QStringLiteral("postgresql://[::1]:5433/autodoctor");
    QTest::newRow("IPv4-mapped loopback") << QStringLiteral("hostaddr=::ffff:127.0.0.1 dbname=autodoctor");
    QTest::newRow("tunnel: loopback hostaddr for a named host")
        << QStringLiteral("host=db.example.ca hostaddr=127.0.0.1 dbname=autodoctor");
    QTest::newRow("host list of sockets and loopback")
        << QStringLiteral("host=/tmp,localhost,::1 port=5432,5432,5432");
    QTest::newRow("service naming a socket") << QStringLiteral("service=local_socket");
}

void TestConnectionSettings::localHostKeepsLibpqDefault() {
    QFETCH(QString, conninfo);
    const Applied a = apply(conninfo);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(!setsSslmode(a.options), qPrintable(QStringLiteral("connect options: ") + a.options));
}

void TestConnectionSettings::explicitVerifyFullIsKept() {
    const Applied a = apply(QStringLiteral("postgresql://db.example.ca/autodoctor?sslmode=verify-full"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY(requestsVerifyFull(a.options));
    QCOMPARE(a.options.count(QStringLiteral("sslmode")), 1);
    // A service that says verify-full is not overridden either.
    const Applied s = apply(QStringLiteral("service=remote_verified"));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QVERIFY(!setsSslmode(s.options));
    // verify-ca and require are the user's explicit, encrypted choice: kept as given.
    const Applied r = apply(QStringLiteral("host=db.example.ca sslmode=require"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.options.contains(QStringLiteral("sslmode='require'")));
    QVERIFY(!requestsVerifyFull(r.options));
}

void TestConnectionSettings::insecureSslmodeToNetworkHostRefused_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::newRow("disable") << QStringLiteral("host=db.example.ca dbname=autodoctor sslmode=disable");
    QTest::newRow("allow") << QStringLiteral("host=db.example.ca dbname=autodoctor sslmode=allow");
    QTest::newRow("prefer, URI query")
        << QStringLiteral("postgresql://alice@db.example.ca/autodoctor?sslmode=prefer");
    QTest::newRow("disable, hostaddr") << QStringLiteral("hostaddr=198.51.100.20 sslmode=disable");
    QTest::newRow("disable, one network host in a list")
        << QStringLiteral("host=/tmp,db.example.ca port=5432,5432 sslmode=disable");
    QTest::newRow("disable, from the service file") << QStringLiteral("service=remote_plain");
}

void TestConnectionSettings::insecureSslmodeToNetworkHostRefused() {
    QFETCH(QString, conninfo);
    const Applied a = apply(conninfo);
    QVERIFY2(!a.error.isEmpty(), qPrintable(QStringLiteral("accepted; connect options: ") + a.options));
    QVERIFY2(a.error.contains(QStringLiteral("sslmode")), qPrintable(a.error));
}

void TestConnectionSettings::insecureSslmodeToLocalHostAccepted() {
    for (const QString &conninfo : {QStringLiteral("host=localhost sslmode=disable"),
                                    QStringLiteral("host=/var/run/postgresql sslmode=disable"),
                                    QStringLiteral("postgresql://[::1]/autodoctor?sslmode=prefer")}) {
        const Applied a = apply(conninfo);
        QVERIFY2(a.error.isEmpty(), qPrintable(conninfo + QStringLiteral(": ") + a.error));
    }
}

void TestConnectionSettings::environmentIsCovered() {
    // No --db at all: libpq's PG* variables decide, and are judged the same way.
    qputenv("PGHOST", "db.example.ca");
    Applied a = apply(QString());
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(requestsVerifyFull(a.options), qPrintable(a.options));

    qputenv("PGSSLMODE", "disable");
    a = apply(QString());
    QVERIFY2(!a.error.isEmpty(), qPrintable(a.options));

    // The string's own sslmode beats PGSSLMODE.
    a = apply(QStringLiteral("sslmode=verify-full"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));

    qunsetenv("PGHOST");
    qunsetenv("PGSSLMODE");
    qputenv("PGSERVICE", "remote_prod");
    a = apply(QStringLiteral("dbname=autodoctor"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(requestsVerifyFull(a.options), qPrintable(a.options));

    qputenv("PGSERVICE", "local_socket");
    a = apply(QStringLiteral("dbname=autodoctor"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY(!setsSslmode(a.options));
}

void TestConnectionSettings::demoPasswordRefusedForNetworkHost_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("password");
    QTest::newRow("password field")
        << QStringLiteral("host=db.example.ca user=demo_admin dbname=autodoctor sslmode=verify-full")
        << QStringLiteral("demo");
    QTest::newRow("URI user:password@")
        << QStringLiteral("postgresql://demo_admin:demo@db.example.ca/autodoctor?sslmode=verify-full")
        << QString();
    QTest::newRow("key=value password")
        << QStringLiteral("hostaddr=203.0.113.7 user=demo_finance password=demo sslmode=verify-full")
        << QString();
}

void TestConnectionSettings::demoPasswordRefusedForNetworkHost() {
    QFETCH(QString, conninfo);
    QFETCH(QString, password);
    const Applied a = apply(conninfo, password);
    QVERIFY2(!a.error.isEmpty(), "the demo password was accepted for a network host");
    QVERIFY2(a.error.contains(QStringLiteral("demo")), qPrintable(a.error));

    qputenv("PGPASSWORD", "demo");
    const Applied e = apply(QStringLiteral("host=db.example.ca user=demo_admin sslmode=verify-full"));
    QVERIFY2(!e.error.isEmpty(), "PGPASSWORD=demo was accepted for a network host");
}

void TestConnectionSettings::demoPasswordAcceptedLocally() {
    for (const QString &conninfo : {QStringLiteral("host=/tmp/adesk-demo port=54329 user=demo_admin"),
                                    QStringLiteral("host=localhost user=demo_admin"),
                                    QStringLiteral("postgresql://demo_admin:demo@127.0.0.1/autodoctor")}) {
        const Applied a = apply(conninfo, QStringLiteral("demo"));
        QVERIFY2(a.error.isEmpty(), qPrintable(conninfo + QStringLiteral(": ") + a.error));
    }
}

void TestConnectionSettings::redactedHidesSecrets() {
    ConnectionSettings s;
    s.conninfo = QStringLiteral("postgresql://alice:s3cret@db.example.ca/autodoctor");
    QVERIFY(!s.redacted().contains(QStringLiteral("s3cret")));
    QVERIFY(s.redacted().contains(QStringLiteral("db.example.ca")));
    s.conninfo = QStringLiteral("host=db.example.ca sslkey=/k.pem sslpassword='key pass phrase'");
    QVERIFY2(!s.redacted().contains(QStringLiteral("phrase")), qPrintable(s.redacted()));
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
