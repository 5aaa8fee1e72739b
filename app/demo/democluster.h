#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QLockFile;

namespace adesk {

/// The embedded demo database: a private PostgreSQL cluster (initdb/pg_ctl of the system's newest
/// PostgreSQL under /usr/lib/postgresql/N/bin) in the user's data directory
/// (QStandardPaths::AppDataLocation/demo-cluster), listening only on a Unix socket in that
/// directory (no TCP). As root, initdb refuses to run, so the cluster runs as the `postgres`
/// system user (runuser) under /var/lib/autodoctor-desk/demo-cluster. The cluster is stopped
/// (pg_ctl stop -m fast) when this object is destroyed, i.e. when the app exits (also on SIGTERM,
/// SIGHUP or SIGINT: SignalQuit turns them into a normal quit). `ADESK_DEMO_DIR` names another
/// directory for the cluster (tests).
///
/// First use from the prepared cluster (issue 19, "Start-up": "ship it prepared"): when
/// templateArchive() names a readable archive (packaging/make-demo-template.sh: a data directory
/// made as initdb() makes one, holding the `autodoctor` database migrated by the build, no demo
/// data), start() unpacks it (tar) instead of running initdb; ensureDatabase then finds the database
/// unseeded, so createdNow() is true and the caller migrates (nothing or the newer migrations) and
/// seeds as after an initdb. An archive that cannot be used (damaged, another PostgreSQL major than
/// the server's, not a data directory) is dropped with nothing left of it and start() runs initdb:
/// templateProblem() says why. Either way the data directory is made beside its place
/// (`data.unpacking`, `data.initdb`), given the demo's settings and renamed into place: a launch
/// killed part way never leaves a data directory the next one would start without them.
///
/// A running app holds `instance.lock` (QLockFile) beside the cluster. At start: a server already
/// running while no live app holds the lock was left by a crash (kill -9): it is reused when it
/// answers and stopped with the app; one that does not answer is stopped first. A stale
/// postmaster.pid (its process gone, or the number reused by a process that is not the cluster's
/// postgres) is removed before starting.
///
/// Every process the demo starts (initdb, tar, pg_ctl and so the server and its backends) runs
/// kServerNice steps nicer than the app (Linux niceness, inherited by their children): the server
/// shares the user's cores with the desk's GUI thread, and when both want a core the window's frame
/// should go first (issue 19: during a warm launch the GUI thread's longest waits for a core were
/// mostly the demo server's backends running; LaunchTrace's gui-stall and gui-waited lines measure
/// that wait). Where the kernel schedules sessions as autogroups (sched_autogroup_enabled, with no
/// cpu cgroup of their own) the niceness does not weigh against the app: PostgreSQL puts every
/// backend in a session of its own (setsid), so each competes with the app's whole session as an
/// equal whatever its nice (measured: no change there; see tests/bench/README.md, bench_launch).
class DemoCluster {
public:
    /// How much nicer (setpriority(2)) than the app the demo's processes run.
    static constexpr int kServerNice = 5;

    DemoCluster();
    ~DemoCluster();
    DemoCluster(const DemoCluster &) = delete;
    DemoCluster &operator=(const DemoCluster &) = delete;

    /// initdb on first use, then start. Returns false with a plain message on failure.
    bool start(QString *problem);
    void stop();

    /// True when the cluster was created by an earlier launch (its data directory holds PG_VERSION):
    /// start() will not initdb. Says nothing of whether it was seeded (ensureDatabase checks).
    bool exists() const;
    /// True when start() had to create the cluster or its database (the caller then migrates and
    /// seeds).
    bool createdNow() const { return m_createdNow; }
    /// True when start() created the cluster from the prepared cluster rather than by initdb.
    bool createdFromTemplate() const { return m_fromTemplate; }
    /// Why start() ran initdb although an archive was found (empty when it used it or found none).
    QString templateProblem() const { return m_templateProblem; }
    /// The prepared cluster's archive, or empty: `ADESK_DEMO_TEMPLATE` when set (empty: none; tests),
    /// else demo-cluster-template.tar.gz beside the executable (the build tree), else the installed
    /// one (share/autodoctor-desk/ beside the executable's bin/, then under the configured
    /// prefix), whichever exists first.
    static QString templateArchive();
    /// True when start() found the server left running by an app that crashed, and took it over.
    bool adoptedAfterCrash() const { return m_adoptedAfterCrash; }
    QString dataDirectory() const { return m_dataDir; }
    QString socketDirectory() const { return m_socketDir; }

    /// libpq connection string of the cluster's superuser (for migrate / seed-demo).
    QString superuserConninfo() const;
    /// libpq connection string of one of the demo login roles created by seed-demo.
    QString loginConninfo(const QString &loginRole) const;

    /// Demo login roles created by seed-demo (DemoSeeder): one per desk role.
    static QString adminLogin() { return QStringLiteral("demo_admin"); }
    static QString financeLogin() { return QStringLiteral("demo_finance"); }
    static QString ownerLogin() { return QStringLiteral("demo_owner_toronto"); }
    static QString secondOwnerLogin() { return QStringLiteral("demo_owner_montreal"); }
    /// The web platform's service login (adesk_platform_service): records what happens on the web
    /// The login role of a demo sign-in choice (--as): admin, admin2, finance, owner (Toronto),
    /// owner-montreal, or a demo login role's own name; empty for anything else.
    static QString loginForChoice(const QString &choice) {
        const QStringList logins = {adminLogin(), QStringLiteral("demo_admin2"), financeLogin(), ownerLogin(),
                                    secondOwnerLogin()};
        const QString c = choice.trimmed().toLower();
        if (const qsizetype i = signInChoices().indexOf(c); i >= 0)
            return logins.at(i);
        if (c == u"owner-toronto")
            return ownerLogin();
        return logins.contains(c) ? c : QString();
    }
    /// The choices --as accepts, in the order the "Sign in as" menus list them.
    static QStringList signInChoices() {
        return {QStringLiteral("admin"), QStringLiteral("admin2"), QStringLiteral("finance"),
                QStringLiteral("owner"), QStringLiteral("owner-montreal")};
    }
    /// side, e.g. a mechanic's acceptance of an agreement. It has no pane in the desk.
    static QString platformServiceLogin() { return QStringLiteral("demo_platform"); }

private:
    /// Runs one server tool from m_binDir (through runuser when root); merged output in @p output.
    bool runTool(const QString &tool, const QStringList &args, QString *output, int *exitCode) const;
    /// Runs @p exe (found in PATH when not absolute), as the cluster's user when @p asServerUser;
    /// its merged output, or why it did not run or finish, in @p output; -1 in @p exitCode then.
    bool runProgram(const QString &exe, const QStringList &args, bool asServerUser, QString *output,
                    int *exitCode) const;
    bool prepareDirectory(const QString &path, QString *problem) const;
    /// Creates the directory that holds the data directory, the postgres user's when root.
    bool prepareBase(QString *problem) const;
    bool initdb(QString *problem);
    /// Unpacks templateArchive() into the data directory; false (and nothing left) when there is
    /// none or it cannot be used (@p why says why when there was one).
    bool unpackTemplate(QString *why);
    /// Appends the demo's settings (socket only, port, sizes) to the postgresql.conf of the new
    /// cluster in @p dataDir.
    bool writeSettings(const QString &dataDir, QString *problem);
    /// Creates the `autodoctor` database when missing (sets m_createdNow).
    bool ensureDatabase(QString *problem);
    /// True when the cluster's server answers on its socket.
    bool answers() const;
    /// The pid in postmaster.pid when that process is alive and is a postgres server, else 0.
    qint64 livePostmasterPid() const;

    QString m_dataDir;
    QString m_socketDir;
    QString m_binDir;
    QString m_runAs; ///< "postgres" when running as root, else empty
    bool m_createdNow = false;
    bool m_fromTemplate = false;
    QString m_templateProblem;
    std::atomic<bool> m_started =
        false; ///< this app stops the server (a signal may stop it from the GUI thread)
    std::unique_ptr<QLockFile> m_instanceLock;
    bool m_adoptedAfterCrash = false;
    int m_port = 5432;
};

} // namespace adesk
