// Connection strings (models/core/conninfo, issue 9): secrets stripped before a string is saved (libpq's
// own parser, URIs and key=value with quoted values), services resolved from a temporary
// PGSERVICEFILE exactly as libpq resolves them (checked against libpq's PQconndefaults), which
// endpoints count as local (Unix sockets, loopback v4/v6), the transport decision, the
// confirmation flag, and the rule for the demo logins' password (seed-demo and sign-in).

#include "app/demo/demoseeder.h"
#include "models/core/connectionsettings.h"
#include "models/core/conninfo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace adesk;

namespace {

QString valueOf(const QList<conninfo::Option> &options, const QString &keyword) {
    for (const conninfo::Option &o : options) {
        if (o.keyword == keyword)
            return o.value;
    }
    return {};
}

bool hasKeyword(const QList<conninfo::Option> &options, const QString &keyword) {
    for (const conninfo::Option &o : options) {
        if (o.keyword == keyword)
            return true;
    }
    return false;
}

} // namespace

class TestConninfo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void stripsUriPassword();
    void stripsQuotedPasswordWithSpaces();
    void stripsUriQueryPasswordAndSslpassword();
    void keepsStringWithoutSecretAsTyped();
    void reportsMalformedString();

    void endpointsOfHostLists();
    void localHosts_data();
    void localHosts();
    void sslmodePrecedence();

    void serviceFromServiceFile();
    void serviceFallsBackToSysconfdir();
    void serviceErrorsAsLibpq();
    void serviceReadLikeLibpq();

    void confirmationAllowsInsecureTransport();
    void demoPasswordNeverToNetworkHost();
    void listenAddresses_data();
    void listenAddresses();
    void seedDemoRefusesReachableServer();

private:
    QProcessEnvironment env(std::initializer_list<std::pair<const char *, QString>> vars = {}) const;
    QTemporaryDir m_dir;
};

QProcessEnvironment TestConninfo::env(std::initializer_list<std::pair<const char *, QString>> vars) const {
    QProcessEnvironment e;
    e.insert(QStringLiteral("PGSERVICEFILE"), m_dir.filePath(QStringLiteral("pg_service.conf")));
    e.insert(QStringLiteral("PGSYSCONFDIR"), m_dir.filePath(QStringLiteral("sysconf")));
    for (const auto &[name, value] : vars)
        e.insert(QString::fromLatin1(name), value);
    return e;
}

void TestConninfo::initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile user(m_dir.filePath(QStringLiteral("pg_service.conf")));
    QVERIFY(user.open(QIODevice::WriteOnly | QIODevice::Text));
    user.write("[prod]\n"
               "  host=db.example.ca  \n"
               "port=5432\n"
               "sslmode=prefer\n"
               "password=from-service\n"
               "host=ignored-second-value.example.ca\n"
               "[local]\n"
               "host=/var/run/postgresql\n"
               "[bad_spaces]\n"
               "host = db.example.ca\n"
               "[nested]\n"
               "service=prod\n");
    user.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sysconf")));
    QFile system(m_dir.filePath(QStringLiteral("sysconf/pg_service.conf")));
    QVERIFY(system.open(QIODevice::WriteOnly | QIODevice::Text));
    system.write(
        "[shared]\nhostaddr=198.51.100.4\nsslmode=verify-full\n[prod]\nhost=never-read.example.ca\n");
    system.close();
}

void TestConninfo::stripsUriPassword() {
    const conninfo::Stripped s =
        conninfo::stripSecrets(QStringLiteral("postgresql://alice:s3cr%20et@db.example.ca:6543/autodoctor"));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.password, QStringLiteral("s3cr et"));
    QVERIFY(!s.conninfo.contains(QStringLiteral("s3cr")));
    QString error;
    const QList<conninfo::Option> kept = conninfo::parse(s.conninfo, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(valueOf(kept, QStringLiteral("user")), QStringLiteral("alice"));
    QCOMPARE(valueOf(kept, QStringLiteral("host")), QStringLiteral("db.example.ca"));
    QCOMPARE(valueOf(kept, QStringLiteral("port")), QStringLiteral("6543"));
    QCOMPARE(valueOf(kept, QStringLiteral("dbname")), QStringLiteral("autodoctor"));
    QVERIFY(!hasKeyword(kept, QStringLiteral("password")));
}

void TestConninfo::stripsQuotedPasswordWithSpaces() {
    const QString typed =
        QStringLiteral("host=db.example.ca user='alice b' password='correct horse \\'battery\\' \\\\ staple' "
                       "dbname=autodoctor");
    const conninfo::Stripped s = conninfo::stripSecrets(typed);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.password, QStringLiteral("correct horse 'battery' \\ staple"));
    for (const char *piece : {"correct", "horse", "battery", "staple"})
        QVERIFY2(!s.conninfo.contains(QLatin1StringView(piece)), qPrintable(s.conninfo));
    QString error;
    const QList<conninfo::Option> kept = conninfo::parse(s.conninfo, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(valueOf(kept, QStringLiteral("user")), QStringLiteral("alice b"));
    QCOMPARE(kept.size(), 3);
}

void TestConninfo::stripsUriQueryPasswordAndSslpassword() {
    const conninfo::Stripped s = conninfo::stripSecrets(QStringLiteral(
        "postgresql://bob@db.example.ca/autodoctor?password=qp&sslpassword=keyphrase&sslmode=verify-full"));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.password, QStringLiteral("qp"));
    QCOMPARE(s.dropped, QStringList{QStringLiteral("sslpassword")});
    QVERIFY(!s.conninfo.contains(QStringLiteral("keyphrase")));
    QVERIFY(s.conninfo.contains(QStringLiteral("sslmode='verify-full'")));
}

void TestConninfo::keepsStringWithoutSecretAsTyped() {
    const QString uri = QStringLiteral("postgresql://alice@db.example.ca/autodoctor?sslmode=verify-full");
    const conninfo::Stripped s = conninfo::stripSecrets(uri);
    QVERIFY(!s.changed());
    QCOMPARE(s.conninfo, uri);
    QCOMPARE(conninfo::stripSecrets(QStringLiteral("service=autodoctor")).conninfo,
             QStringLiteral("service=autodoctor"));
}

void TestConninfo::reportsMalformedString() {
    const conninfo::Stripped s = conninfo::stripSecrets(QStringLiteral("host=db password='unterminated"));
    QVERIFY(!s.error.isEmpty());
    QVERIFY(s.conninfo.isEmpty());
    QVERIFY(!conninfo::assess(QStringLiteral("nonsense"), env()).error.isEmpty());
}

void TestConninfo::endpointsOfHostLists() {
    const conninfo::Transport t = conninfo::assess(
        QStringLiteral("host=/tmp,db1.example.ca,localhost,db2.example.ca port=1,2,3,4"), env());
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.endpoints.size(), 4);
    QCOMPARE(t.remoteTargets(),
             (QStringList{QStringLiteral("db1.example.ca"), QStringLiteral("db2.example.ca")}));
    QVERIFY(t.addsVerifyFull());

    // hostaddr is the address dialled; host only names the server for the certificate.
    const conninfo::Transport a = conninfo::assess(
        QStringLiteral("host=db.example.ca,db.example.ca hostaddr=127.0.0.1,203.0.113.5"), env());
    QCOMPARE(a.remoteTargets(), QStringList{QStringLiteral("203.0.113.5")});
}

void TestConninfo::localHosts_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::newRow("default socket") << QString() << true;
    QTest::newRow("socket directory") << QStringLiteral("/var/run/postgresql") << true;
    QTest::newRow("abstract socket") << QStringLiteral("@adesk") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.0.9") << QStringLiteral("127.255.0.9") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("::ffff:10.0.0.1") << QStringLiteral("::ffff:10.0.0.1") << false;
    QTest::newRow("2001:db8::1") << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("relative path") << QStringLiteral("tmp/socket") << false;
    QTest::newRow("localhost.example.ca") << QStringLiteral("localhost.example.ca") << false;
    QTest::newRow("db.example.ca") << QStringLiteral("db.example.ca") << false;
}

void TestConninfo::localHosts() {
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(conninfo::isLocalHost(host), local);
}

void TestConninfo::sslmodePrecedence() {
    // The string beats the service, the service beats PGSSLMODE, PGSSLMODE beats libpq's default.
    conninfo::Transport t = conninfo::assess(QStringLiteral("service=prod sslmode=verify-full"),
                                             env({{"PGSSLMODE", QStringLiteral("disable")}}));
    QCOMPARE(t.sslmode, QStringLiteral("verify-full"));
    QVERIFY(!t.insecure());
    t = conninfo::assess(QStringLiteral("service=prod"), env({{"PGSSLMODE", QStringLiteral("verify-full")}}));
    QCOMPARE(t.sslmode, QStringLiteral("prefer"));
    QCOMPARE(t.sslmodeOrigin, QStringLiteral("service prod"));
    QVERIFY(t.insecure());
    t = conninfo::assess(QStringLiteral("host=db.example.ca"), env({{"PGSSLMODE", QStringLiteral("allow")}}));
    QVERIFY(t.insecure());
    QVERIFY(t.sslmodeOrigin.contains(QStringLiteral("PGSSLMODE")));
    t = conninfo::assess(QStringLiteral("host=db.example.ca sslmode=verify-ca"), env());
    QVERIFY(t.unverified());
    QVERIFY(!t.insecure());
    QVERIFY(!t.addsVerifyFull());
}

void TestConninfo::serviceFromServiceFile() {
    const conninfo::ServiceDefinition d = conninfo::lookupService(QStringLiteral("prod"), env());
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.file, m_dir.filePath(QStringLiteral("pg_service.conf")));
    QCOMPARE(d.options.value(QStringLiteral("host")), QStringLiteral("db.example.ca")); // first value wins
    const conninfo::Transport t = conninfo::assess(QStringLiteral("service=prod"), env());
    QCOMPARE(t.remoteTargets(), QStringList{QStringLiteral("db.example.ca")});
    QCOMPARE(t.password, QStringLiteral("from-service"));
    // PGSERVICE when the string names none.
    const conninfo::Transport viaEnv =
        conninfo::assess(QString(), env({{"PGSERVICE", QStringLiteral("prod")}}));
    QCOMPARE(viaEnv.remoteTargets(), QStringList{QStringLiteral("db.example.ca")});
    // The string's host beats the service's.
    QVERIFY(!conninfo::assess(QStringLiteral("service=prod host=/tmp"), env()).remote());
    QVERIFY(!conninfo::assess(QStringLiteral("service=local"), env()).remote());
}

void TestConninfo::serviceFallsBackToSysconfdir() {
    const conninfo::Transport t = conninfo::assess(QStringLiteral("service=shared"), env());
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.remoteTargets(), QStringList{QStringLiteral("198.51.100.4")});
    QCOMPARE(t.sslmode, QStringLiteral("verify-full"));
}

void TestConninfo::serviceErrorsAsLibpq() {
    QVERIFY(
        conninfo::assess(QStringLiteral("service=nowhere"), env()).error.contains(QStringLiteral("nowhere")));
    QVERIFY(!conninfo::assess(QStringLiteral("service=bad_spaces"), env()).error.isEmpty());
    QVERIFY(!conninfo::assess(QStringLiteral("service=nested"), env()).error.isEmpty());
    QVERIFY(!conninfo::assess(QStringLiteral("service=prod"),
                              env({{"PGSERVICEFILE", m_dir.filePath(QStringLiteral("missing.conf"))}}))
                 .error.isEmpty());
    // And a string the app refuses to use because of it.
    ConnectionSettings s;
    s.conninfo = QStringLiteral("service=nowhere");
    QVERIFY(!s.problem(env()).isEmpty());
}

void TestConninfo::serviceReadLikeLibpq() {
    // libpq resolves PGSERVICE in PQconndefaults(): it must read the same file the same way.
    const QByteArray oldFile = qgetenv("PGSERVICEFILE"), oldSys = qgetenv("PGSYSCONFDIR"),
                     oldService = qgetenv("PGSERVICE"), oldHost = qgetenv("PGHOST"),
                     oldMode = qgetenv("PGSSLMODE"), oldAddr = qgetenv("PGHOSTADDR");
    qputenv("PGSERVICEFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pg_service.conf"))));
    qputenv("PGSYSCONFDIR", QFile::encodeName(m_dir.filePath(QStringLiteral("sysconf"))));
    qunsetenv("PGHOST");
    qunsetenv("PGHOSTADDR");
    qunsetenv("PGSSLMODE");
    for (const QString &service :
         {QStringLiteral("prod"), QStringLiteral("shared"), QStringLiteral("local")}) {
        qputenv("PGSERVICE", service.toUtf8());
        QHash<QString, QString> libpq;
        PQconninfoOption *defaults = PQconndefaults();
        QVERIFY(defaults);
        for (PQconninfoOption *o = defaults; o->keyword; ++o) {
            if (o->val)
                libpq.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
        }
        PQconninfoFree(defaults);
        const conninfo::ServiceDefinition ours = conninfo::lookupService(service, env());
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        for (const QString &keyword :
             {QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("sslmode")}) {
            if (ours.options.contains(keyword))
                QCOMPARE(ours.options.value(keyword), libpq.value(keyword));
        }
    }
    auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("PGSERVICEFILE", oldFile);
    restore("PGSYSCONFDIR", oldSys);
    restore("PGSERVICE", oldService);
    restore("PGHOST", oldHost);
    restore("PGHOSTADDR", oldAddr);
    restore("PGSSLMODE", oldMode);
}

void TestConninfo::confirmationAllowsInsecureTransport() {
    ConnectionSettings s;
    s.conninfo = QStringLiteral("host=db.example.ca sslmode=disable");
    QVERIFY(!s.problem(env()).isEmpty());
    s.allowInsecureTransport = true; // the user confirmed (dialog) or --allow-insecure-transport
    QVERIFY2(s.problem(env()).isEmpty(), qPrintable(s.problem(env())));
}

void TestConninfo::demoPasswordNeverToNetworkHost() {
    ConnectionSettings s;
    s.conninfo = QStringLiteral("host=db.example.ca user=demo_admin sslmode=disable");
    s.password = conninfo::demoPassword();
    s.allowInsecureTransport = true; // confirming an unprotected transport does not lift this rule
    QVERIFY(s.problem(env()).contains(QStringLiteral("demo")));
    s.conninfo = QStringLiteral("service=prod"); // password=from-service, but the field wins
    QVERIFY(!s.problem(env()).isEmpty());
    s.password.clear();
    QVERIFY2(s.problem(env()).isEmpty(), qPrintable(s.problem(env())));
    s.conninfo =
        QStringLiteral("host=/var/lib/autodoctor-desk/demo-cluster/socket port=54329 user=demo_admin");
    s.password = conninfo::demoPassword();
    QVERIFY(s.problem(env()).isEmpty());
}

void TestConninfo::listenAddresses_data() {
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("localOnly");
    QTest::newRow("Unix socket only (embedded demo)") << QString() << true;
    QTest::newRow("localhost (Debian default)") << QStringLiteral("localhost") << true;
    QTest::newRow("loopback v4 and v6") << QStringLiteral("127.0.0.1, ::1") << true;
    QTest::newRow("all interfaces") << QStringLiteral("*") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("a LAN address") << QStringLiteral("192.168.1.20") << false;
    QTest::newRow("localhost and a LAN address") << QStringLiteral("localhost,10.0.0.2") << false;
    QTest::newRow("a host name") << QStringLiteral("db.example.ca") << false;
}

void TestConninfo::listenAddresses() {
    QFETCH(QString, listen);
    QFETCH(bool, localOnly);
    QCOMPARE(conninfo::listensOnlyLocally(listen), localOnly);
}

void TestConninfo::seedDemoRefusesReachableServer() {
    QVERIFY(DemoSeeder::demoLoginsRefusal(QString()).isEmpty());
    QVERIFY(DemoSeeder::demoLoginsRefusal(QStringLiteral("localhost")).isEmpty());
    const QString refused = DemoSeeder::demoLoginsRefusal(QStringLiteral("*"));
    QVERIFY(!refused.isEmpty());
    QVERIFY2(refused.contains(QStringLiteral("listen_addresses")), qPrintable(refused));
}

QTEST_GUILESS_MAIN(TestConninfo)
#include "tst_conninfo.moc"
