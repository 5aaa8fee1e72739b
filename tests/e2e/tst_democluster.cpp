// The demo cluster's first use from the prepared cluster (issue 19, "Start-up": "ship it prepared";
// packaging/make-demo-template.sh, DemoCluster::unpackTemplate), with the real PostgreSQL server
// binaries and the archive this build made:
// - the archive gives a running cluster whose `autodoctor` database holds every migration of this
//   binary and no demo data, with the demo's own settings (its socket, its port), owned by the
//   postgres user when root, and nothing left of the unpacking;
// - an archive that cannot be used (missing, not an archive, cut short, another PostgreSQL major, no
//   data directory in it) says why, leaves nothing of itself, and the cluster is made by initdb as
//   before the prepared cluster existed;
// - either way the data directory is made beside its place and renamed into it with its settings:
//   what a launch killed part way left there is removed, never started;
// - the server runs nicer than the app (DemoCluster::kServerNice).

#include "app/demo/democluster.h"
#include "models/core/migrator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>

#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ADESK_DEMO_TEMPLATE_BUILD
#error "ADESK_DEMO_TEMPLATE_BUILD must be defined (the archive the build makes)"
#endif

using namespace adesk;

namespace {

/// The first value of @p sql on @p conninfo, or "error: …".
QString scalar(const QString &conninfo, const char *sql) {
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    QString value;
    if (PQstatus(conn) != CONNECTION_OK) {
        value = QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *res = PQexec(conn, sql);
        value = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1
                    ? QString::fromUtf8(PQgetvalue(res, 0, 0))
                    : QStringLiteral("error: ") + QString::fromUtf8(PQresultErrorMessage(res));
        PQclear(res);
    }
    PQfinish(conn);
    return value;
}

/// Sets an environment variable for the scope's length.
struct ScopedEnv {
    QByteArray name;
    ScopedEnv(const char *n, const QString &value)
        : name(n) {
        qputenv(n, value.toUtf8());
    }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

/// tar -czf @p archive of @p dir's entries; true on success.
bool makeArchive(const QString &archive, const QString &dir) {
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), archive, QStringLiteral("-C"), dir, QStringLiteral("data")});
    return tar.waitForFinished(60000) && tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TstDemoCluster : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase();
    void preparedClusterStartsMigrated();
    void unusableArchiveFallsBackToInitdb_data();
    void unusableArchiveFallsBackToInitdb();
};

void TstDemoCluster::initTestCase() {
    Q_INIT_RESOURCE(resources); // the migrations, embedded in adesk_models
    QVERIFY(!Migrator::available().isEmpty());
    QVERIFY(m_home.isValid());
    // As root the cluster belongs to the postgres user, who must reach it.
    ::chmod(QFile::encodeName(m_home.path()).constData(), 0755);
    QVERIFY2(QFileInfo(QStringLiteral(ADESK_DEMO_TEMPLATE_BUILD)).isFile(),
             "the build makes the prepared cluster (target demo_cluster_template, "
             "packaging/make-demo-template.sh): is a PostgreSQL server installed?");
}

void TstDemoCluster::preparedClusterStartsMigrated() {
    const QString base = m_home.path() + QStringLiteral("/prepared");
    const ScopedEnv dir("ADESK_DEMO_DIR", base);
    const ScopedEnv archive("ADESK_DEMO_TEMPLATE", QStringLiteral(ADESK_DEMO_TEMPLATE_BUILD));
    DemoCluster cluster;
    QVERIFY(!cluster.exists());
    // What a launch killed while unpacking left: removed, not used.
    QVERIFY(writeFile(cluster.dataDirectory() + QStringLiteral(".unpacking/data/PG_VERSION"), "15\n"));
    QString problem;
    QVERIFY2(cluster.start(&problem), qPrintable(problem));
    QVERIFY2(cluster.createdFromTemplate(), qPrintable(cluster.templateProblem()));
    QVERIFY(cluster.templateProblem().isEmpty());
    // Unseeded: the caller migrates (nothing to do) and loads the demo data.
    QVERIFY(cluster.createdNow());
    const QString conninfo = cluster.superuserConninfo();
    QCOMPARE(scalar(conninfo, "SELECT count(*) FROM desk.schema_migrations"),
             QString::number(Migrator::available().size()));
    QCOMPARE(scalar(conninfo, "SELECT max(version) FROM desk.schema_migrations"),
             QString::number(Migrator::available().constLast().version));
    QCOMPARE(scalar(conninfo, "SELECT (SELECT count(*) FROM desk.organizations) + "
                              "(SELECT count(*) FROM desk.staff_logins)"),
             QStringLiteral("0"));
    // The demo's own settings, as after an initdb: its socket only, its port.
    QCOMPARE(scalar(conninfo, "SHOW unix_socket_directories"), u'"' + cluster.socketDirectory() + u'"');
    QCOMPARE(scalar(conninfo, "SHOW listen_addresses"), QString());
    QCOMPARE(scalar(conninfo, "SHOW port"), QStringLiteral("54329"));
    QVERIFY(!QFileInfo::exists(cluster.dataDirectory() + QStringLiteral(".unpacking")));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(cluster.dataDirectory() + QStringLiteral("/base")).constData(), &st),
             0);
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        QVERIFY(pw);
        QCOMPARE(st.st_uid, pw->pw_uid);
    } else {
        QCOMPARE(st.st_uid, ::geteuid());
    }
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // The server yields the cores to the desk: its postmaster (and so every backend it forks) runs
    // DemoCluster::kServerNice steps nicer than this process.
    QFile pidFile(cluster.dataDirectory() + QStringLiteral("/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const QByteArray pid = pidFile.readLine().trimmed();
    QVERIFY(!pid.isEmpty());
    errno = 0;
    const int ours = ::getpriority(PRIO_PROCESS, 0);
    QCOMPARE(errno, 0);
    errno = 0;
    const int server = ::getpriority(PRIO_PROCESS, id_t(pid.toLongLong()));
    QCOMPARE(errno, 0);
    QCOMPARE(server, std::min(ours + DemoCluster::kServerNice, 19));
    cluster.stop();
}

void TstDemoCluster::unusableArchiveFallsBackToInitdb_data() {
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("why");
    const QString dir = m_home.path() + QStringLiteral("/archives");
    QVERIFY(QDir().mkpath(dir));

    QTest::newRow("missing") << dir + QStringLiteral("/none.tar.gz") << QStringLiteral("cannot read");

    const QString notArchive = dir + QStringLiteral("/not-an-archive.tar.gz");
    QVERIFY(writeFile(notArchive, QByteArrayLiteral("PK\x03\x04 not a tarball at all")));
    QTest::newRow("not an archive") << notArchive << QStringLiteral("is not a readable archive");

    // The build's archive cut in half (a download or a copy stopped part way).
    QFile built(QStringLiteral(ADESK_DEMO_TEMPLATE_BUILD));
    QVERIFY(built.open(QIODevice::ReadOnly));
    const QString cut = dir + QStringLiteral("/cut.tar.gz");
    QVERIFY(writeFile(cut, built.read(built.size() / 2)));
    QTest::newRow("cut short") << cut << QStringLiteral("is not a readable archive");

    // A data directory of another PostgreSQL major: the server would refuse it.
    const QString old = dir + QStringLiteral("/old");
    QVERIFY(writeFile(old + QStringLiteral("/data/PG_VERSION"), "9.6\n"));
    QVERIFY(writeFile(old + QStringLiteral("/data/global/pg_control"), QByteArray(8192, '\0')));
    QVERIFY(QDir().mkpath(old + QStringLiteral("/data/base")));
    QVERIFY(makeArchive(dir + QStringLiteral("/old.tar.gz"), old));
    QTest::newRow("another major") << dir + QStringLiteral("/old.tar.gz") << QStringLiteral("PostgreSQL 9.6");

    const QString other = dir + QStringLiteral("/other");
    QVERIFY(writeFile(other + QStringLiteral("/data/README"), "not a cluster\n"));
    QVERIFY(makeArchive(dir + QStringLiteral("/other.tar.gz"), other));
    QTest::newRow("no data directory")
        << dir + QStringLiteral("/other.tar.gz") << QStringLiteral("holds no PostgreSQL data directory");
}

void TstDemoCluster::unusableArchiveFallsBackToInitdb() {
    QFETCH(QString, archive);
    QFETCH(QString, why);
    const QString base =
        m_home.path() + u'/' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const ScopedEnv dir("ADESK_DEMO_DIR", base);
    const ScopedEnv env("ADESK_DEMO_TEMPLATE", archive);
    DemoCluster cluster;
    // What a launch killed during its initdb left: removed, not used.
    QVERIFY(writeFile(cluster.dataDirectory() + QStringLiteral(".initdb/PG_VERSION"), "15\n"));
    QString problem;
    QVERIFY2(cluster.start(&problem), qPrintable(problem));
    QVERIFY(!cluster.createdFromTemplate());
    QVERIFY2(cluster.templateProblem().contains(why), qPrintable(cluster.templateProblem()));
    QVERIFY(cluster.createdNow());
    // initdb's cluster: the database is there, not migrated.
    QCOMPARE(scalar(cluster.superuserConninfo(), "SELECT to_regclass('desk.schema_migrations') IS NULL"),
             QStringLiteral("t"));
    QCOMPARE(scalar(cluster.superuserConninfo(), "SHOW port"), QStringLiteral("54329"));
    QVERIFY(!QFileInfo::exists(cluster.dataDirectory() + QStringLiteral(".unpacking")));
    QVERIFY(!QFileInfo::exists(cluster.dataDirectory() + QStringLiteral(".initdb")));
    cluster.stop();
}

QTEST_GUILESS_MAIN(TstDemoCluster)
#include "tst_democluster.moc"
