#include "app/demo/democluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include <libpq-fe.h>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace adesk {

namespace {

constexpr int kDemoPort = 54329;
constexpr int kProcessTimeoutMs = 120'000;
const char kSuperuser[] = "adesk_superuser";
const char kDatabase[] = "autodoctor";
// sockaddr_un.sun_path is 108 bytes; the socket file name adds "/.s.PGSQL.54329".
constexpr int kMaxSocketDirLength = 107 - 16;

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::DemoCluster", text);
}

/// Newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl, or empty.
QString findServerBinaries() {
    const QString root = QStringLiteral("/usr/lib/postgresql");
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root + u'/' + entry + QStringLiteral("/bin");
        if (!QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() ||
            !QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            continue;
        const QVersionNumber v = QVersionNumber::fromString(entry);
        if (bestDir.isEmpty() || v > best) {
            best = v;
            bestDir = bin;
        }
    }
    return bestDir;
}

/// Quotes a value for a libpq conninfo string.
QString conninfoValue(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

/// Quotes a value for postgresql.conf.
QString confValue(const QString &v) {
    QString s = v;
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

bool chownTo(const QString &path, const QString &user, QString *problem) {
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    if (!pw) {
        *problem = tr("The system user \"%1\" does not exist: install the postgresql package.").arg(user);
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *problem = tr("Cannot hand %1 to the system user \"%2\".").arg(path, user);
        return false;
    }
    return true;
}

QString lastLines(const QString &text, int n = 8) {
    QStringList lines = text.trimmed().split(u'\n');
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join(u'\n');
}

} // namespace

DemoCluster::DemoCluster() {
    m_binDir = findServerBinaries();
    m_port = kDemoPort;
    QString base;
    if (const QString dir = qEnvironmentVariable("ADESK_DEMO_DIR"); !dir.isEmpty()) {
        if (::geteuid() == 0)
            m_runAs = QStringLiteral("postgres");
        base = dir;
    } else if (::geteuid() == 0) {
        // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
        m_runAs = QStringLiteral("postgres");
        base = QStringLiteral("/var/lib/autodoctor-desk/demo-cluster");
    } else {
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/demo-cluster");
    }
    m_dataDir = base + QStringLiteral("/data");
    m_socketDir = base + QStringLiteral("/socket");
    if (m_socketDir.toLocal8Bit().size() > kMaxSocketDirLength) {
        // A Unix socket path must be short: fall back to a private directory under /tmp.
        m_socketDir = QDir::tempPath() + QStringLiteral("/autodoctor-desk-demo-%1").arg(::geteuid());
    }
}

DemoCluster::~DemoCluster() {
    stop();
}

bool DemoCluster::exists() const {
    return QFileInfo::exists(m_dataDir + QStringLiteral("/PG_VERSION"));
}

QString DemoCluster::superuserConninfo() const {
    return loginConninfo(QString::fromLatin1(kSuperuser));
}

QString DemoCluster::loginConninfo(const QString &loginRole) const {
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(conninfoValue(m_socketDir))
        .arg(m_port)
        .arg(conninfoValue(loginRole), QString::fromLatin1(kDatabase));
}

bool DemoCluster::runTool(const QString &tool, const QStringList &args, QString *output,
                          int *exitCode) const {
    return runProgram(m_binDir + u'/' + tool, args, !m_runAs.isEmpty(), output, exitCode);
}

bool DemoCluster::runProgram(const QString &exe, const QStringList &args, bool asServerUser, QString *output,
                             int *exitCode) const {
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    // The postgres user must be able to enter the working directory.
    proc.setWorkingDirectory(QFileInfo(m_dataDir).absolutePath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    proc.setProcessEnvironment(env);
    // Through nice(1) (coreutils): runuser, the tool and, for pg_ctl, the postmaster and every
    // backend it forks inherit the niceness. A nice that cannot be raised runs the tool as it is.
    QStringList command{QStringLiteral("-n"), QString::number(kServerNice)};
    if (asServerUser)
        command << QStringLiteral("runuser") << QStringLiteral("-u") << m_runAs << QStringLiteral("--");
    command << exe << args;
    proc.start(QStringLiteral("nice"), command);
    if (!proc.waitForStarted(10'000)) {
        *output = tr("Cannot run %1: %2").arg(exe, proc.errorString());
        *exitCode = -1;
        return false;
    }
    if (!proc.waitForFinished(kProcessTimeoutMs)) {
        proc.kill();
        proc.waitForFinished(5'000);
        *output = tr("%1 did not finish within %2 seconds.")
                      .arg(QFileInfo(exe).fileName())
                      .arg(kProcessTimeoutMs / 1000);
        *exitCode = -1;
        return false;
    }
    *output = QString::fromLocal8Bit(proc.readAll());
    *exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    return *exitCode == 0;
}

bool DemoCluster::prepareDirectory(const QString &path, QString *problem) const {
    if (!QDir().mkpath(path)) {
        *problem = tr("Cannot create the directory %1.").arg(path);
        return false;
    }
    ::chmod(QFile::encodeName(path).constData(), 0700);
    if (!m_runAs.isEmpty())
        return chownTo(path, m_runAs, problem);
    return true;
}

bool DemoCluster::initdb(QString *problem) {
    if (!prepareBase(problem))
        return false;
    // Made beside the data directory, given its settings, then renamed into place whole: a launch
    // that stops part way leaves no data directory (the next one removes the rest and starts again).
    const QString staging = m_dataDir + QStringLiteral(".initdb");
    QDir(staging).removeRecursively();
    QString output;
    int rc = 0;
    const QStringList args{QStringLiteral("-D"),
                           staging,
                           QStringLiteral("-U"),
                           QString::fromLatin1(kSuperuser),
                           QStringLiteral("--auth=trust"),
                           QStringLiteral("--encoding=UTF8"),
                           QStringLiteral("--locale=C.UTF-8"),
                           QStringLiteral("--no-sync")};
    if (!runTool(QStringLiteral("initdb"), args, &output, &rc)) {
        *problem =
            tr("Could not create the demo database cluster (initdb failed):\n%1").arg(lastLines(output));
        QDir(staging).removeRecursively();
        return false;
    }
    if (!writeSettings(staging, problem)) {
        QDir(staging).removeRecursively();
        return false;
    }
    if (!QDir().rename(staging, m_dataDir)) {
        *problem = tr("Cannot create the directory %1.").arg(m_dataDir);
        QDir(staging).removeRecursively();
        return false;
    }
    return true;
}

bool DemoCluster::prepareBase(QString *problem) const {
    const QString base = QFileInfo(m_dataDir).absolutePath();
    if (!m_runAs.isEmpty()) {
        // /var/lib/autodoctor-desk stays root's; only demo-cluster/ belongs to postgres.
        QDir().mkpath(QFileInfo(base).absolutePath());
    }
    return prepareDirectory(base, problem);
}

QString DemoCluster::templateArchive() {
    if (qEnvironmentVariableIsSet("ADESK_DEMO_TEMPLATE"))
        return qEnvironmentVariable("ADESK_DEMO_TEMPLATE");
    const QString name = QStringLiteral("demo-cluster-template.tar.gz");
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    // Beside the executable (the build tree), then share/ beside its bin/ (installed under any
    // prefix: the package's is /usr), then the configured prefix's.
    const QStringList candidates{
        dir.isEmpty() ? QString() : dir + u'/' + name,
        dir.isEmpty() ? QString()
                      : QDir::cleanPath(dir + u'/' + QStringLiteral(ADESK_DEMO_TEMPLATE_FROM_BIN)),
        QStringLiteral(ADESK_DEMO_TEMPLATE_INSTALLED)};
    for (const QString &candidate : candidates)
        if (!candidate.isEmpty() && QFileInfo(candidate).isFile())
            return candidate;
    return {};
}

bool DemoCluster::unpackTemplate(QString *why) {
    const QString archive = templateArchive();
    if (archive.isEmpty())
        return false;
    // Unpacked beside the data directory and renamed into place whole: a launch that stops part
    // way leaves no data directory (the next one removes the rest and starts again).
    const QString partial = m_dataDir + QStringLiteral(".unpacking");
    QDir(partial).removeRecursively();
    const auto fail = [&](const QString &reason) {
        QDir(partial).removeRecursively();
        *why = reason;
        return false;
    };
    QString problem;
    if (!prepareBase(&problem))
        return fail(problem);
    if (!QFileInfo(archive).isReadable())
        return fail(tr("cannot read %1").arg(archive));
    if (!QDir().mkpath(partial))
        return fail(tr("Cannot create the directory %1.").arg(partial));
    ::chmod(QFile::encodeName(partial).constData(), 0700);
    // The archive's modes are kept (a data directory must be 0700); its owner is not (as root,
    // the files go to the postgres user below).
    QString output;
    int rc = 0;
    if (!runProgram(QStringLiteral("tar"),
                    {QStringLiteral("--no-same-owner"), QStringLiteral("-xzf"), archive, QStringLiteral("-C"),
                     partial},
                    false, &output, &rc))
        return fail(rc > 0 ? tr("%1 is not a readable archive: %2").arg(archive, lastLines(output, 3))
                           : output);
    const QString unpacked = partial + QStringLiteral("/data");
    QFile version(unpacked + QStringLiteral("/PG_VERSION"));
    if (!version.open(QIODevice::ReadOnly) ||
        !QFileInfo(unpacked + QStringLiteral("/global/pg_control")).isFile() ||
        !QFileInfo(unpacked + QStringLiteral("/base")).isDir())
        return fail(tr("%1 holds no PostgreSQL data directory").arg(archive));
    // The server refuses a data directory of another major version.
    const QString major = QFileInfo(QFileInfo(m_binDir).absolutePath()).fileName();
    if (const QString have = QString::fromLatin1(version.readAll()).trimmed(); have != major)
        return fail(
            tr("%1 was made by PostgreSQL %2, the server here is PostgreSQL %3").arg(archive, have, major));
    version.close();
    // Its settings before it is in place: a data directory without them is never left behind.
    if (!writeSettings(unpacked, &problem))
        return fail(problem);
    if (!m_runAs.isEmpty()) {
        if (!chownTo(partial, m_runAs, &problem))
            return fail(problem);
        QDirIterator it(partial, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            if (!chownTo(it.next(), m_runAs, &problem))
                return fail(problem);
    }
    if (!QDir().rename(unpacked, m_dataDir))
        return fail(tr("Cannot create the directory %1.").arg(m_dataDir));
    QDir(partial).removeRecursively();
    return true;
}

bool DemoCluster::writeSettings(const QString &dataDir, QString *problem) {
    // Unix socket only, in our own directory, readable by the cluster's user alone.
    QFile conf(dataDir + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *problem = tr("Cannot write %1.").arg(conf.fileName());
        return false;
    }
    QString quotedSocket = m_socketDir;
    quotedSocket = u'"' + quotedSocket + u'"'; // a list element may hold spaces when double-quoted
    const QString settings = QStringLiteral("\n# Auto Doctor Desk demo cluster\n"
                                            "listen_addresses = ''\n"
                                            "port = %1\n"
                                            "unix_socket_directories = %2\n"
                                            "unix_socket_permissions = 0700\n"
                                            "shared_buffers = 64MB\n"
                                            "max_connections = 40\n"
                                            // seed-demo posts two years of ledger events in one
                                            // transaction: room for its locks with few connections.
                                            "max_locks_per_transaction = 512\n"
                                            "logging_collector = off\n")
                                 .arg(m_port)
                                 .arg(confValue(quotedSocket));
    if (conf.write(settings.toUtf8()) < 0 || !conf.flush()) {
        *problem = tr("Cannot write %1.").arg(conf.fileName());
        return false;
    }
    return true;
}

bool DemoCluster::ensureDatabase(QString *problem) {
    const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres connect_timeout=10")
                                 .arg(conninfoValue(m_socketDir))
                                 .arg(m_port)
                                 .arg(QString::fromLatin1(kSuperuser));
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        *problem = tr("The demo database server started but refuses connections: %1")
                       .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        PQfinish(conn);
        return false;
    }
    bool ok = true;
    PGresult *res = PQexec(conn, "SELECT 1 FROM pg_database WHERE datname = 'autodoctor'");
    const bool exists = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
    PQclear(res);
    if (!exists) {
        res = PQexec(conn, "CREATE DATABASE autodoctor TEMPLATE template0 ENCODING 'UTF8'");
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            *problem = tr("Cannot create the demo database: %1")
                           .arg(QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
            ok = false;
        } else {
            m_createdNow = true; // an empty database: the caller migrates and seeds it
        }
        PQclear(res);
    }
    PQfinish(conn);
    if (!ok || m_createdNow)
        return ok;

    // The database exists: was it ever seeded? A first run whose seeding failed (nothing is kept:
    // it is one transaction) must migrate and seed again rather than show an empty demo.
    const QString demoDb = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 connect_timeout=10")
                               .arg(conninfoValue(m_socketDir))
                               .arg(m_port)
                               .arg(QString::fromLatin1(kSuperuser), QString::fromLatin1(kDatabase));
    conn = PQconnectdb(demoDb.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        *problem =
            tr("Cannot open the demo database: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        PQfinish(conn);
        return false;
    }
    res = PQexec(conn, "SELECT to_regclass('desk.staff_logins') IS NOT NULL");
    bool seeded =
        PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && PQgetvalue(res, 0, 0)[0] == 't';
    PQclear(res);
    if (seeded) {
        res = PQexec(conn, "SELECT EXISTS (SELECT 1 FROM desk.staff_logins WHERE login_role = 'demo_admin')");
        seeded =
            PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && PQgetvalue(res, 0, 0)[0] == 't';
        PQclear(res);
    }
    PQfinish(conn);
    m_createdNow = !seeded;
    return true;
}

bool DemoCluster::start(QString *problem) {
    QString dummy;
    if (!problem)
        problem = &dummy;
    if (m_started)
        return true;
    m_createdNow = false;
    if (m_binDir.isEmpty()) {
        *problem = tr("PostgreSQL server binaries not found under /usr/lib/postgresql: install the "
                      "postgresql package (initdb and pg_ctl are needed for the demo database).");
        return false;
    }
    if (!m_runAs.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
        *problem = tr("Running as root needs the runuser command (package util-linux) to start the demo "
                      "database as the postgres user.");
        return false;
    }

    m_fromTemplate = false;
    m_templateProblem.clear();
    if (!QFileInfo::exists(m_dataDir + QStringLiteral("/PG_VERSION"))) {
        if (QFileInfo::exists(m_dataDir))
            QDir(m_dataDir).removeRecursively(); // a half-made cluster from an interrupted initdb
        m_fromTemplate = unpackTemplate(&m_templateProblem);
        if (!m_fromTemplate && !initdb(problem))
            return false;
    }
    if (!prepareDirectory(m_socketDir, problem))
        return false;

    // One lock per running app: a lock nobody alive holds (QLockFile knows a dead owner) means that
    // a server found running was left by a crash.
    const QString base = QFileInfo(m_dataDir).absolutePath();
    m_instanceLock = std::make_unique<QLockFile>(base + QStringLiteral("/instance.lock"));
    m_instanceLock->setStaleLockTime(0);
    const bool aloneHere = m_instanceLock->tryLock(0);

    QString output;
    int rc = 0;
    // A live postgres process owning postmaster.pid: a server runs (read directly rather than
    // through `pg_ctl status`: one process launch less on every start).
    bool running = livePostmasterPid() != 0;
    if (!running && QFileInfo::exists(m_dataDir + QStringLiteral("/postmaster.pid"))) {
        // Its process is gone, or the number was reused by a process that is not our server.
        QFile::remove(m_dataDir + QStringLiteral("/postmaster.pid"));
    }
    if (running && !answers()) {
        if (livePostmasterPid() != 0) {
            // A postmaster that does not answer (hung, or still recovering after a crash): stop it.
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                     QStringLiteral("stop")},
                    &output, &rc);
        } else {
            // postmaster.pid names a process that is not our server (its number was reused).
            QFile::remove(m_dataDir + QStringLiteral("/postmaster.pid"));
        }
        running = false;
    }
    bool ownsServer = false;
    if (running && aloneHere) {
        // Left running by an app that crashed: reuse it, and stop it when this app quits.
        m_adoptedAfterCrash = true;
        ownsServer = true;
    } else if (!running) {
        const QString log = base + QStringLiteral("/server.log");
        // pg_ctl -W returns once the server is forked; then the socket is polled every 10 ms
        // (pg_ctl -w polls every 100 ms: most of a warm launch's wait).
        bool started = runTool(QStringLiteral("pg_ctl"),
                               {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), log,
                                QStringLiteral("-W"), QStringLiteral("start")},
                               &output, &rc);
        if (started) {
            QElapsedTimer waited;
            waited.start();
            started = false;
            while (waited.elapsed() < 60'000) {
                if (answers()) {
                    started = true;
                    break;
                }
                // The postmaster writes its pid file at once: none after 5 s means it failed.
                if (waited.elapsed() > 5'000 && livePostmasterPid() == 0)
                    break;
                QThread::msleep(10);
            }
        }
        if (!started) {
            QFile logFile(log);
            QString tail;
            if (logFile.open(QIODevice::ReadOnly))
                tail = lastLines(QString::fromUtf8(logFile.readAll()));
            *problem = tr("The demo database server did not start:\n%1\n%2").arg(lastLines(output), tail);
            return false;
        }
        ownsServer = true;
    }
    // else: another running app started it and stops it.
    m_started = ownsServer;
    if (!ensureDatabase(problem)) {
        stop();
        return false;
    }
    return true;
}

bool DemoCluster::answers() const {
    const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres connect_timeout=5")
                                 .arg(conninfoValue(m_socketDir))
                                 .arg(m_port)
                                 .arg(QString::fromLatin1(kSuperuser));
    return PQping(conninfo.toUtf8().constData()) == PQPING_OK;
}

qint64 DemoCluster::livePostmasterPid() const {
    QFile pidFile(m_dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return 0;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return 0;
    return comm.readAll().trimmed().startsWith("postgres") ? pid : 0;
}

void DemoCluster::stop() {
    if (!m_started.exchange(false))
        return;
    QString output;
    int rc = 0;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                 &output, &rc))
        qWarning("demo database: pg_ctl stop failed: %s", qPrintable(lastLines(output)));
}

} // namespace adesk
