// Finance's heavy reads on a read replica (issue 19), against a real streaming standby: inside the
// test's cluster (pg_virtualenv) the test takes a base backup with `pg_basebackup -R`, starts it with
// pg_ctl on a port of its own (ADESK_STANDBY_PORT, else a free one), changes data on the primary
// and waits (polling, generous bound) until the standby has replayed it. Then, as the finance login
// that runs them: the statements batch and the T4A aggregation through `--reports` give on the
// standby what they give on the primary, and say how current the standby's data is; a write through
// a reports connection is refused (read-only), on the primary as on the standby; the lag query
// reports the last replayed commit's time on the standby and nothing on the primary. The standby
// is stopped and its directory removed at the end, also when a check fails.

#include "app/earnings/earningscontroller.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "app/tax/taxcontroller.h"
#include "models/core/dbexecutor.h"
#include "models/core/replicastatus.h"
#include "models/core/sqlquery.h"
#include "models/tax/taxrepository.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSqlError>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <sys/stat.h>
#include <unistd.h>

#ifndef ADESK_EXECUTABLE
#error "ADESK_EXECUTABLE must be defined (path of autodoctor-desk)"
#endif

using namespace adesk;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

/// The PostgreSQL server programs (pg_basebackup, pg_ctl): PG_CONFIG --bindir (pg_virtualenv sets
/// PG_CONFIG), else pg_config's, else Debian's PostgreSQL 15 directory.
QString pgBinDir() {
    const QString config = qEnvironmentVariable("PG_CONFIG", QStringLiteral("pg_config"));
    QProcess p;
    p.start(config, {QStringLiteral("--bindir")});
    if (p.waitForFinished(10000) && p.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

/// A TCP port nobody listens on now (the kernel's choice).
int freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QStringList pdfFiles(const QString &dir) {
    QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    return files;
}

QString pdfText(const QString &path) {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return QStringLiteral("(unreadable %1)").arg(path);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        text += page->text(QRectF()) + u'\f';
    }
    return text;
}

} // namespace

class TstReplica : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lagQueryReportsTheReplayedCommit();
    void writesAreRefusedOnReportsConnections();
    void statementsBatchOnTheStandbyEqualsThePrimary();
    void t4aAggregationOnTheStandbyEqualsThePrimary();
    void panesReadingFromTheStandbyShowHowCurrentItIs();

private:
    /// Runs @p program as the cluster's owner: as root through runuser (pg_ctl refuses root and the
    /// data directory must belong to the server's user), else as ourselves.
    Run asClusterOwner(const QString &program, const QStringList &args, int timeoutMs = 180000) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.setWorkingDirectory(m_tmp->path()); // the cluster's user may not read ours
        if (::geteuid() == 0 && !m_owner.isEmpty())
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_owner, QStringLiteral("--"), m_bin + u'/' + program} +
                        args);
        else
            p.start(m_bin + u'/' + program, args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.err = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
        r.err = QString::fromLocal8Bit(p.readAllStandardError());
        return r;
    }
    /// The executable as finance, on the primary (--db), with @p args.
    Run desk(const QStringList &args) {
        const ConnectionSettings login = m_db.login(m_fin);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), login.password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ADESK_EXECUTABLE), QStringList{QStringLiteral("--db"), login.conninfo} + args);
        Run r;
        if (!p.waitForFinished(180000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    /// Finance's connection string to the standby (same database, the standby's port).
    QString standbyConninfo() const {
        return QStringLiteral("host=localhost port=%1 dbname=%2 user=%3")
            .arg(m_standbyPort)
            .arg(m_db.databaseName(), m_fin);
    }
    ConnectionSettings standbyLogin(const QString &role, const QString &password) const {
        ConnectionSettings s;
        s.conninfo = QStringLiteral("host=localhost port=%1 dbname=%2 user=%3")
                         .arg(m_standbyPort)
                         .arg(m_db.databaseName(), role);
        s.password = password;
        s.timeouts = ConnectionSettings::Timeouts::none();
        return s;
    }
    /// A fee of @p cents earned in May 2025 and paid in June 2025 to mechanic @p id.
    void paidFee(qint64 id, qint64 cents) {
        const qint64 batch = m_db.scalar(QStringLiteral("INSERT INTO desk.payout_batches (period) VALUES "
                                                        "('2025-05-01') RETURNING id"))
                                 .toLongLong();
        const qint64 payout =
            m_db.scalar(
                    QStringLiteral("INSERT INTO desk.payouts (batch_id, party, mechanic_id, amount_cents, "
                                   "status, reference, paid_at) VALUES (?, 'mechanic', ?, ?, 'paid', "
                                   "'REF', '2025-06-05 12:00-04') RETURNING id"),
                    {batch, id, cents})
                .toLongLong();
        QVERIFY(payout > 0);
        QVERIFY(m_db.exec(
            QStringLiteral(
                "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, entry_type, party, mechanic_id, gross_cents, amount_cents, "
                "payout_status, payout_id) VALUES ('session', ?, '2025-05-10 12:00-04', "
                "'2025-05-01', 'planted', 'virtual', 'mechanic_share', 'mechanic', ?, ?, ?, "
                "'paid', ?)"),
            {++m_event, id, cents, cents, payout}));
    }
    void profile(qint64 id, const QString &surname, const QString &sin) {
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, "
                                         "recipient_kind, surname, given_name, sin, address_line1, city, "
                                         "province, postal_code) VALUES ('mechanic', ?, 'individual', ?, "
                                         "'Sam', ?, '12 Garage Rd', 'Toronto', 'ON', 'M5V 3L9')"),
                          {id, surname, sin}));
    }
    /// The cluster allows a replication connection from localhost (pg_hba), or is made to.
    void allowReplication();
    /// Polls the standby until it has replayed the primary's WAL up to now (at most 180 s).
    void waitForReplay();
    void stopStandby();

    TestDatabase m_db;
    QString m_fin;
    QString m_bin;
    QString m_owner; ///< the cluster's OS user (owner of its data directory)
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_standbyDir;
    int m_standbyPort = 0;
    bool m_standbyRunning = false;
    qint64 m_event = 0;
    qint64 m_early = 0, m_late = 0;
};

void TstReplica::allowReplication() {
    const QString walLevel = m_db.scalar(QStringLiteral("SHOW wal_level")).toString();
    QVERIFY2(walLevel == u"replica" || walLevel == u"logical",
             qPrintable(QStringLiteral("wal_level is %1: a standby needs replica").arg(walLevel)));
    QVERIFY(m_db.scalar(QStringLiteral("SHOW max_wal_senders")).toInt() > 0);
    // A host replication rule for the loopback addresses (Debian's default pg_hba has them); if
    // there is none, add one to the cluster's pg_hba and reload.
    const QString hba = m_db.scalar(QStringLiteral("SHOW hba_file")).toString();
    const int rules =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NULL AND "
                                   "'replication' = ANY(database) AND type IN ('host', 'hostssl', "
                                   "'hostnossl') AND (address IS NULL OR address IN ('127.0.0.1', '::1', "
                                   "'all', 'samehost'))"))
            .toInt();
    if (rules > 0)
        return;
    QFile file(hba);
    QVERIFY2(file.open(QIODevice::Append | QIODevice::Text),
             qPrintable(hba + QStringLiteral(": ") + file.errorString()));
    file.write("\n# tst_replica: the standby's base backup and stream\n"
               "host replication all 127.0.0.1/32 scram-sha-256\n"
               "host replication all ::1/128 scram-sha-256\n");
    file.close();
    QVERIFY(m_db.exec(QStringLiteral("SELECT pg_reload_conf()")));
}

void TstReplica::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_bin = pgBinDir();
    QVERIFY2(QFileInfo::exists(m_bin + QStringLiteral("/pg_basebackup")), qPrintable(m_bin));

    // Data for the statements of May 2025 and the T4A year 2025, and a finance login.
    m_early = m_db.insertMechanic(QStringLiteral("Sam Early"));
    m_late = m_db.insertMechanic(QStringLiteral("Sam Late"));
    QVERIFY(m_early && m_late);
    paidFee(m_early, 120000);
    profile(m_early, QStringLiteral("Early"), QStringLiteral("046454286"));
    m_fin = m_db.roleName(QStringLiteral("fin"));
    QVERIFY(m_db.createLogin(m_fin, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));

    allowReplication();
    // The standby's directory belongs to the cluster's OS user (pg_ctl runs as that user).
    const QString dataDir = m_db.scalar(QStringLiteral("SHOW data_directory")).toString();
    struct stat st {};
    if (::geteuid() == 0 && ::stat(QFile::encodeName(dataDir).constData(), &st) == 0 && st.st_uid != 0) {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-nu"), QString::number(st.st_uid)});
        QVERIFY(id.waitForFinished(10000));
        m_owner = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    }
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tst_replica-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    if (!m_owner.isEmpty()) {
        QVERIFY(::chown(QFile::encodeName(m_tmp->path()).constData(), st.st_uid, st.st_gid) == 0);
    }
    m_standbyDir = m_tmp->filePath(QStringLiteral("standby"));
    m_standbyPort = qEnvironmentVariableIntValue("ADESK_STANDBY_PORT");
    if (m_standbyPort == 0)
        m_standbyPort = freePort();
    QVERIFY(m_standbyPort > 0);

    // The base backup: PGHOST/PGPORT/PGUSER/PGPASSWORD of the test cluster (its superuser); -R writes
    // standby.signal and primary_conninfo; a fast checkpoint so that it starts at once.
    const Run backup = asClusterOwner(QStringLiteral("pg_basebackup"),
                                      {QStringLiteral("-D"), m_standbyDir, QStringLiteral("-R"),
                                       QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"),
                                       QStringLiteral("fast"), QStringLiteral("-w")});
    QVERIFY2(backup.code == 0, qPrintable(backup.out + backup.err));
    QVERIFY(QFileInfo::exists(m_standbyDir + QStringLiteral("/standby.signal")));
    // Debian keeps postgresql.conf and pg_hba.conf outside the data directory: the standby gets its own.
    const auto write = [this](const QString &name, const QByteArray &text, bool append = false) {
        QFile f(m_standbyDir + u'/' + name);
        QVERIFY2(f.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate),
                 qPrintable(f.errorString()));
        f.write(text);
        f.close();
        if (!m_owner.isEmpty()) {
            struct stat dir {};
            QVERIFY(::stat(QFile::encodeName(m_standbyDir).constData(), &dir) == 0);
            QVERIFY(::chown(QFile::encodeName(f.fileName()).constData(), dir.st_uid, dir.st_gid) == 0);
        }
    };
    // A hot standby needs these at least as high as on the primary: copied from it.
    QString conf =
        QStringLiteral("port = %1\nlisten_addresses = 'localhost'\nunix_socket_directories = '%2'\n"
                       "hot_standby = on\nfsync = off\nhba_file = '%3/pg_hba.conf'\n"
                       "ident_file = '%3/pg_ident.conf'\n")
            .arg(m_standbyPort)
            .arg(m_tmp->path(), m_standbyDir);
    for (const char *name : {"max_connections", "max_worker_processes", "max_wal_senders",
                             "max_prepared_transactions", "max_locks_per_transaction"})
        conf += QStringLiteral("%1 = %2\n")
                    .arg(QLatin1String(name),
                         m_db.scalar(QStringLiteral("SELECT current_setting(?)"), {QLatin1String(name)})
                             .toString());
    write(QStringLiteral("postgresql.conf"), conf.toUtf8());
    // After primary_conninfo (-R), and after anything the primary's postgresql.auto.conf held: the last
    // setting of a name wins.
    write(QStringLiteral("postgresql.auto.conf"), "\n" + conf.toUtf8(), true);
    write(QStringLiteral("pg_hba.conf"), "local all all peer\n"
                                         "host all all 127.0.0.1/32 scram-sha-256\n"
                                         "host all all ::1/128 scram-sha-256\n");
    write(QStringLiteral("pg_ident.conf"), "");
    const Run start = asClusterOwner(QStringLiteral("pg_ctl"),
                                     {QStringLiteral("-D"), m_standbyDir, QStringLiteral("-l"),
                                      m_tmp->filePath(QStringLiteral("standby.log")), QStringLiteral("-w"),
                                      QStringLiteral("-t"), QStringLiteral("180"), QStringLiteral("start")});
    m_standbyRunning = true; // stop it whatever pg_ctl said (it may have started and timed out)
    if (start.code != 0) {
        QFile log(m_tmp->filePath(QStringLiteral("standby.log")));
        log.open(QIODevice::ReadOnly);
        QFAIL(qPrintable(start.out + start.err + QString::fromLocal8Bit(log.readAll())));
    }

    // A change after the base backup, streamed: the standby must replay it.
    paidFee(m_late, 90000);
    profile(m_late, QStringLiteral("Late"), QStringLiteral("130692544"));
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.generate_t4a_slips(2025)")));
    waitForReplay();
}

void TstReplica::waitForReplay() {
    const QString target = m_db.scalar(QStringLiteral("SELECT pg_current_wal_lsn()::text")).toString();
    QVERIFY(!target.isEmpty());
    QSqlDatabase standby =
        TestDatabase::openConnection(standbyLogin(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")),
                                                  qEnvironmentVariable("PGPASSWORD")),
                                     QStringLiteral("standby-superuser"));
    QVERIFY2(standby.isOpen(), qPrintable(standby.lastError().text()));
    QElapsedTimer waited;
    waited.start();
    bool replayed = false;
    while (!replayed && waited.elapsed() < 180000) {
        const TestDatabase::SqlResult r = TestDatabase::run(
            standby, QStringLiteral("SELECT coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)"),
            {target});
        QVERIFY2(r.ok, qPrintable(r.describe()));
        replayed = r.scalar().toBool();
        if (!replayed)
            QTest::qWait(200);
    }
    standby = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("standby-superuser"));
    QVERIFY2(replayed,
             qPrintable(QStringLiteral("the standby did not replay up to %1 in 180 s").arg(target)));
}

void TstReplica::stopStandby() {
    if (!m_standbyRunning)
        return;
    m_standbyRunning = false;
    const Run stop =
        asClusterOwner(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), m_standbyDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                        QStringLiteral("-w"), QStringLiteral("stop")});
    if (stop.code != 0)
        qWarning().noquote() << "tst_replica: pg_ctl stop:" << stop.out << stop.err;
}

void TstReplica::cleanupTestCase() {
    stopStandby();
    m_tmp.reset(); // removes the standby's directory
}

void TstReplica::lagQueryReportsTheReplayedCommit() {
    QString error;
    const ConnectionSettings onStandby =
        readOnlySettings(standbyLogin(m_fin, m_db.loginPassword()), QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlDatabase db = TestDatabase::openConnection(onStandby, QStringLiteral("lag-standby"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const Result<ReplicaStatus> standby = ReplicaStatus::read(db);
    QVERIFY2(standby.ok(), qPrintable(standby.ok() ? QString() : standby.error().userMessage()));
    QVERIFY(standby->inRecovery);
    QVERIFY(standby->replayedAt.isValid());
    QVERIFY(standby->lagSeconds >= 0);
    // The last replayed commit is one of this test's, made on the primary a moment ago.
    const QDateTime primaryNow = m_db.scalar(QStringLiteral("SELECT now()")).toDateTime();
    QVERIFY(standby->replayedAt <= primaryNow);
    QVERIFY(standby->replayedAt.secsTo(primaryNow) < 3600);
    QVERIFY2(standby->describe().startsWith(QStringLiteral("Data as of ")), qPrintable(standby->describe()));
    db = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("lag-standby"));

    // On the primary: live data, nothing to show.
    QSqlDatabase primary = TestDatabase::openConnection(m_db.login(m_fin), QStringLiteral("lag-primary"));
    QVERIFY(primary.isOpen());
    const Result<ReplicaStatus> live = ReplicaStatus::read(primary);
    QVERIFY(live.ok());
    QVERIFY(!live->inRecovery);
    QVERIFY(!live->replayedAt.isValid());
    QVERIFY(live->describe().isEmpty());
    primary = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("lag-primary"));
}

void TstReplica::writesAreRefusedOnReportsConnections() {
    // Through a reports connection to the PRIMARY (a reports profile that names the primary, or an
    // option of the user's that tries to turn it off): read-only all the same.
    ConnectionSettings primary = m_db.login(m_fin);
    primary.conninfo += QStringLiteral(" options='-c default_transaction_read_only=off'");
    QString error;
    const ConnectionSettings reportsOnPrimary = readOnlySettings(primary, QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const struct {
        QString name;
        ConnectionSettings settings;
    } targets[] = {{QStringLiteral("ro-primary"), reportsOnPrimary},
                   {QStringLiteral("ro-standby"),
                    readOnlySettings(standbyLogin(m_fin, m_db.loginPassword()), QString(), &error)}};
    for (const auto &t : targets) {
        QSqlDatabase db = TestDatabase::openConnection(t.settings, t.name);
        QVERIFY2(db.isOpen(), qPrintable(t.name + QStringLiteral(": ") + db.lastError().text()));
        const TestDatabase::SqlResult ro =
            TestDatabase::run(db, QStringLiteral("SHOW default_transaction_read_only"));
        QCOMPARE(ro.scalar().toString(), QStringLiteral("on"));
        // finance may draft the year's slips on a read-write connection (tst_t4a): not here.
        const TestDatabase::SqlResult write =
            TestDatabase::run(db, QStringLiteral("SELECT desk.generate_t4a_slips(gen_random_uuid(), 2025)"));
        QVERIFY2(!write.ok, qPrintable(t.name));
        QVERIFY2(write.sqlState() == u"25006", qPrintable(t.name + QStringLiteral(": ") + write.describe()));
        // Reads go on.
        const TestDatabase::SqlResult read =
            TestDatabase::run(db, QStringLiteral("SELECT count(*) FROM desk.t4a_overview(2025)"));
        QVERIFY2(read.ok, qPrintable(read.describe()));
        QCOMPARE(read.scalar().toInt(), 2);
        db = QSqlDatabase();
        TestDatabase::closeConnection(t.name);
    }
    // The same login on a plain connection to the primary may write (the refusal above is the
    // reports connection's, not the role's).
    QSqlDatabase rw = TestDatabase::openConnection(m_db.login(m_fin), QStringLiteral("rw-primary"));
    QVERIFY(rw.isOpen());
    const TestDatabase::SqlResult write =
        TestDatabase::run(rw, QStringLiteral("SELECT desk.generate_t4a_slips(gen_random_uuid(), 2025)"));
    QVERIFY2(write.ok, qPrintable(write.describe()));
    rw = QSqlDatabase();
    TestDatabase::closeConnection(QStringLiteral("rw-primary"));
    waitForReplay();
}

void TstReplica::statementsBatchOnTheStandbyEqualsThePrimary() {
    QTemporaryDir onPrimary, onStandby;
    const Run primary = desk({QStringLiteral("statements"), QStringLiteral("--month"),
                              QStringLiteral("2025-05"), QStringLiteral("--out"), onPrimary.path()});
    QVERIFY2(primary.code == 0, qPrintable(primary.out + primary.err));
    const Run standby =
        desk({QStringLiteral("statements"), QStringLiteral("--month"), QStringLiteral("2025-05"),
              QStringLiteral("--out"), onStandby.path(), QStringLiteral("--reports"), standbyConninfo()});
    QVERIFY2(standby.code == 0, qPrintable(standby.out + standby.err));
    // Read on the standby (only a server in recovery gives a "data as of"), not on the primary.
    QVERIFY2(standby.err.contains(QStringLiteral("statements: Data as of ")), qPrintable(standby.err));
    QVERIFY2(!primary.err.contains(QStringLiteral("Data as of")), qPrintable(primary.err));
    const QStringList files = pdfFiles(onPrimary.path());
    QCOMPARE(pdfFiles(onStandby.path()), files);
    // Both mechanics' statements (the second one's ledger row came by streaming) and the combined one.
    QCOMPARE(files.size(), 3);
    QVERIFY(primary.out.contains(QStringLiteral("2 statements for 2025-05")));
    QVERIFY(standby.out.contains(QStringLiteral("2 statements for 2025-05")));
    for (const QString &f : files) {
        const QString a = pdfText(QDir(onPrimary.path()).filePath(f));
        QVERIFY2(!a.trimmed().isEmpty(), qPrintable(f));
        QCOMPARE(pdfText(QDir(onStandby.path()).filePath(f)), a);
    }
    QVERIFY2(files.join(u' ').contains(QStringLiteral("_M%1_").arg(m_late)), qPrintable(files.join(u' ')));
}

void TstReplica::t4aAggregationOnTheStandbyEqualsThePrimary() {
    const Run primary =
        desk({QStringLiteral("t4a-overview"), QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY2(primary.code == 0, qPrintable(primary.out + primary.err));
    const Run standby = desk({QStringLiteral("t4a-overview"), QStringLiteral("--year"),
                              QStringLiteral("2025"), QStringLiteral("--reports"), standbyConninfo()});
    QVERIFY2(standby.code == 0, qPrintable(standby.out + standby.err));
    QVERIFY2(standby.err.contains(QStringLiteral("t4a-overview: Data as of ")), qPrintable(standby.err));
    QVERIFY2(!primary.err.contains(QStringLiteral("Data as of")), qPrintable(primary.err));
    QCOMPARE(standby.out, primary.out);
    // Both payees, the streamed one included, with their box 048 fees and a slip each.
    const QStringList lines = primary.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    bool early = false, late = false;
    for (const QString &line : lines) {
        early = early || (line.startsWith(QStringLiteral("M%1,").arg(m_early)) && line.contains(u",120000,"));
        late = late || (line.startsWith(QStringLiteral("M%1,").arg(m_late)) && line.contains(u",90000,"));
    }
    QVERIFY2(early && late, qPrintable(primary.out));
    QVERIFY2(
        standby.err.contains(QStringLiteral("2 payees for 2025, 2 with a slip due, box 048 total 2100.00")),
        qPrintable(standby.err));
}

void TstReplica::panesReadingFromTheStandbyShowHowCurrentItIs() {
    // Finance signed in on the primary, with the standby as reports profile (no user, no password in
    // its string: the session's login and password are used).
    Session session(m_db.login(m_fin));
    const Result<Identity> who = signInWaiting(&session);
    QVERIFY2(who.ok(), qPrintable(who.ok() ? QString() : who.error().userMessage()));
    session.setIdentity(who.value());
    ConnectionSettings reports;
    reports.conninfo =
        QStringLiteral("host=localhost port=%1 dbname=%2").arg(m_standbyPort).arg(m_db.databaseName());
    session.setReports(reports);
    QVERIFY(session.hasReports());
    QVERIFY(session.reportsExecutor() != session.executor());

    // A write through the reports executor is refused; the same on the session's executor works.
    const Result<int> refused = session.reportsExecutor()
                                    ->run<int>([](QSqlDatabase &db) {
                                        return TaxRepository::generateSlips(db, RequestKey::create(), 2025);
                                    })
                                    .result();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, QStringLiteral("25006"));
    const Result<int> written = session.executor()
                                    ->run<int>([](QSqlDatabase &db) {
                                        return TaxRepository::generateSlips(db, RequestKey::create(), 2025);
                                    })
                                    .result();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().userMessage()));
    // ... signed in on the standby as the same login.
    const Result<QString> login = session.reportsExecutor()
                                      ->run<QString>([](QSqlDatabase &db) -> Result<QString> {
                                          SqlQuery q(db, QStringLiteral("SELECT session_user::text"));
                                          if (!q.exec() || !q.next())
                                              return q.error();
                                          return q.value(0).toString();
                                      })
                                      .result();
    QVERIFY(login.ok());
    QCOMPARE(login.value(), m_fin);

    // The T4A pane and the earnings pane say how current their data is.
    for (const bool earnings : {false, true}) {
        std::unique_ptr<QWidget> pane(earnings ? EarningsController::createPane(&session, nullptr)
                                               : TaxController::createPane(&session, nullptr));
        pane->resize(1366, 700);
        pane->show();
        QLabel *asOf = pane->findChild<QLabel *>(QStringLiteral("dataAsOf"));
        QVERIFY(asOf);
        QTRY_VERIFY_WITH_TIMEOUT(asOf->isVisible(), 20000);
        QVERIFY2(asOf->text().startsWith(QStringLiteral("Data as of ")), qPrintable(asOf->text()));
        if (!earnings) {
            auto *table = pane->findChild<QTableView *>();
            QVERIFY(table);
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
        }
    }

    // Without a reports profile: nothing is shown (the data is live).
    Session live(m_db.login(m_fin));
    QVERIFY(signInWaiting(&live).ok());
    live.setIdentity(who.value());
    QVERIFY(!live.hasReports());
    std::unique_ptr<QWidget> pane(TaxController::createPane(&live, nullptr));
    pane->show();
    auto *table = pane->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("dataAsOf"))->isHidden());
}

QTEST_MAIN(TstReplica)
#include "tst_replica.moc"
