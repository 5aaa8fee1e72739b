#include "models/core/dbexecutor.h"

#include "models/core/abandonedthreads.h"
#include "models/core/sqlquery.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <thread>

Q_LOGGING_CATEGORY(lcExec, "adesk.executor")

namespace adesk {

struct DbJobCancel::State {
    QMutex mutex;
    QWaitCondition sent;
    bool cancelled = false;
    bool finished = false;
    bool sending = false;               ///< a PQcancel is under way for the running attempt
    std::shared_ptr<pg_cancel> running; ///< the cancel key of the connection running the job
};

void DbJobCancel::cancel() const {
    if (!m_state)
        return;
    std::shared_ptr<pg_cancel> key;
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->finished || m_state->cancelled)
            return;
        m_state->cancelled = true;
        if (!m_state->running)
            return; // not started (or between attempts): the worker will not run it
        key = m_state->running;
        m_state->sending = true;
    }
    // PQcancel connects to the server and waits for it to take the request: never on the caller's
    // (GUI) thread. The key is a copy of the connection's address and secret, independent of the
    // PGconn, so this is safe while the worker uses the connection (libpq's documented design).
    std::thread([state = m_state, key] {
        char error[256] = {};
        if (!PQcancel(key.get(), error, sizeof error))
            qCInfo(lcExec) << "cancel request not delivered:" << error;
        QMutexLocker lock(&state->mutex);
        state->sending = false;
        state->sent.wakeAll();
    }).detach();
}

bool DbJobCancel::isFinished() const {
    if (!m_state)
        return true;
    QMutexLocker lock(&m_state->mutex);
    return m_state->finished;
}

void DbJobGroup::add(const DbJobCancel &job) {
    std::erase_if(m_jobs, [](const DbJobCancel &j) { return j.isFinished(); });
    m_jobs.push_back(job);
}

void DbJobGroup::cancelAll() {
    for (const DbJobCancel &j : m_jobs)
        j.cancel();
    m_jobs.clear();
}

std::shared_ptr<DbJobCancel::State> DbExecutor::newJobState() {
    return std::make_shared<DbJobCancel::State>();
}

bool DbExecutor::jobCancelled(DbJobCancel::State &state) {
    QMutexLocker lock(&state.mutex);
    return state.cancelled;
}

bool DbExecutor::beginAttempt(DbJobCancel::State &state, QSqlDatabase &db) {
    pg_conn *conn = nativeHandle(db);
    // A fresh key per attempt: a reconnect gives the connection a new backend and secret.
    std::shared_ptr<pg_cancel> key(conn ? PQgetCancel(conn) : nullptr, [](pg_cancel *k) {
        if (k)
            PQfreeCancel(k);
    });
    QMutexLocker lock(&state.mutex);
    if (state.cancelled)
        return false;
    state.running = std::move(key);
    return true;
}

bool DbExecutor::endAttempt(DbJobCancel::State &state) {
    QMutexLocker lock(&state.mutex);
    state.running.reset();
    // libpq's PQcancel returns once the server has taken the request: after that it cannot hit the
    // next statement of this connection. Bounded, like every wait on the server.
    const QDeadlineTimer deadline(kStopWaitMs);
    while (state.sending) {
        if (!state.sent.wait(&state.mutex, deadline))
            break;
    }
    return state.cancelled;
}

void DbExecutor::finishJob(DbJobCancel::State &state) {
    QMutexLocker lock(&state.mutex);
    state.finished = true;
}

DbError DbExecutor::cancelledError() {
    DbError e;
    e.kind = DbError::Kind::Cancelled;
    e.sqlState = QStringLiteral("57014");
    e.serverMessage = QStringLiteral("cancelled by the application");
    return e;
}

struct DbExecutor::Core {
    Core(ConnectionSettings s)
        : settings(std::move(s))
        , settingsProblem(settings.problem()) {}
    const ConnectionSettings settings;
    const QString settingsProblem; ///< set once: every job fails with it, nothing connects
    QMutex mutex;
    QWaitCondition cond;
    std::deque<std::function<void(QSqlDatabase &)>> queue; ///< under mutex
    std::deque<std::function<void(QSqlDatabase &)>> first; ///< runFirst()'s jobs, under mutex
    bool stopping = false;                                 ///< under mutex
    bool held = false;                                     ///< hold(): queue waits for release(); under mutex
    /// Set when a held executor stops: the held jobs fail without connecting.
    QAtomicInt droppedHeld;
    QHash<QString, pg_conn *> live; ///< worker connection name -> libpq handle (under mutex)
    QAtomicInt everOpened;
    QAtomicInt lostReplies; ///< simulateLostReplies(): test-only, 0 in the application
    QAtomicInt interrupted;
    /// The executor whose signals the workers emit; nullptr once it is destroyed (under ownerMutex,
    /// held while emitting: the destructor cannot complete in the middle of an emit).
    QMutex ownerMutex;
    DbExecutor *owner = nullptr;
};

namespace {
/// The worker threads a destroyed executor could not wait for (~DbExecutor); never freed.
AbandonedThreads &abandoned = *new AbandonedThreads;
} // namespace

DbExecutor::DbExecutor(ConnectionSettings settings, int threads, QObject *parent)
    : QObject(parent)
    , m_core(std::make_shared<Core>(std::move(settings))) {
    m_core->owner = this;
    if (!m_core->settingsProblem.isEmpty())
        qCWarning(lcExec) << "connection refused:" << m_core->settingsProblem;
    static QAtomicInt serial;
    const int executorId = serial.fetchAndAddRelaxed(1);
    for (int i = 0; i < std::max(1, threads); ++i) {
        const QString name = QStringLiteral("adesk-exec-%1-%2").arg(executorId).arg(i);
        QThread *t = QThread::create([core = m_core, name] { workerLoop(core, name); });
        t->setObjectName(QStringLiteral("db-worker-%1").arg(i));
        t->start();
        m_threads.push_back(t);
    }
}

void DbExecutor::workerLoop(const std::shared_ptr<Core> &core, const QString &name) {
    Core &c = *core;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // On a refusal nothing is configured and no job opens the connection.
        if (c.settingsProblem.isEmpty())
            c.settings.applyTo(db);
        for (;;) {
            std::function<void(QSqlDatabase &)> job;
            {
                QMutexLocker lock(&c.mutex);
                // Held (hold()): only runFirst()'s jobs, until release() or the end.
                while (c.first.empty() && (c.queue.empty() || c.held) && !c.stopping)
                    c.cond.wait(&c.mutex);
                if (!c.first.empty()) {
                    job = std::move(c.first.front());
                    c.first.pop_front();
                } else if (!c.queue.empty()) {
                    job = std::move(c.queue.front());
                    c.queue.pop_front();
                } else {
                    break; // stopping, nothing left
                }
            }
            job(db);
        }
        track(c, db, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

DbExecutor::~DbExecutor() {
    Core &c = *m_core;
    {
        QMutexLocker lock(&c.mutex);
        c.stopping = true;
        if (c.held)
            c.droppedHeld.storeRelaxed(1);
        c.cond.wakeAll();
    }
    const auto waitAll = [this] {
        const QDeadlineTimer deadline(kStopWaitMs);
        bool stopped = true;
        for (QThread *t : m_threads)
            stopped = t->wait(deadline) && stopped;
        return stopped;
    };
    if (!waitAll()) {
        qCWarning(lcExec) << "the database did not answer within" << kStopWaitMs
                          << "ms: interrupting the jobs still running";
        c.interrupted.storeRelaxed(1);
        interruptAll(c);
        waitAll();
    }
    {
        QMutexLocker lock(&c.ownerMutex);
        c.owner = nullptr;
    }
    for (QThread *t : m_threads) {
        if (t->wait(QDeadlineTimer(0))) {
            delete t;
            continue;
        }
        // Blocked where libpq gives us no socket to shut down (a connection being opened): it
        // ends by itself when libpq returns, and owns what it uses (Core).
        qCWarning(lcExec) << "a worker is still waiting for the server after" << 2 * kStopWaitMs
                          << "ms: leaving it to finish on its own";
        abandoned.keep(t);
    }
}

int DbExecutor::abandonedWorkers() {
    return abandoned.running();
}

const ConnectionSettings &DbExecutor::settings() const {
    return m_core->settings;
}

void DbExecutor::simulateLostReplies(int count) {
    m_core->lostReplies.storeRelaxed(count);
}

void DbExecutor::track(Core &core, const QSqlDatabase &db, bool live) {
    QMutexLocker lock(&core.mutex);
    if (live && db.isOpen())
        core.live.insert(db.connectionName(), nativeHandle(db));
    else
        core.live.remove(db.connectionName());
}

void DbExecutor::interruptAll(Core &core) {
    QMutexLocker lock(&core.mutex);
    for (pg_conn *conn : std::as_const(core.live)) {
        const int socket = conn ? PQsocket(conn) : -1;
        if (socket >= 0)
            ::shutdown(socket, SHUT_RDWR);
    }
}

int DbExecutor::queuedJobs() {
    QMutexLocker lock(&m_core->mutex);
    return int(m_core->queue.size() + m_core->first.size());
}

void DbExecutor::hold() {
    QMutexLocker lock(&m_core->mutex);
    m_core->held = true;
}

void DbExecutor::release() {
    QMutexLocker lock(&m_core->mutex);
    m_core->held = false;
    m_core->cond.wakeAll();
}

bool DbExecutor::isHeld() {
    QMutexLocker lock(&m_core->mutex);
    return m_core->held;
}

void DbExecutor::enqueue(std::function<void(QSqlDatabase &)> job, bool first) {
    Core &c = *m_core;
    QMutexLocker lock(&c.mutex);
    (first ? c.first : c.queue).push_back(std::move(job));
    // A held job wakes nobody; a worker waiting while held must see a runFirst() job.
    if (first)
        c.cond.wakeAll();
    else if (!c.held)
        c.cond.wakeOne();
}

namespace {

/// The SQLSTATE of a failed connection attempt with @p db's parameters, or "" when libpq failed on
/// its own side (refused, unknown host, timeout, TLS). QPSQL connects with PQconnectdb and frees the
/// connection on failure, and libpq has no call that returns a connection failure's SQLSTATE: so the
/// attempt is repeated once with the parameters QPSQL used (QPSQLDriver::open's string) and
/// PQERRORS_SQLSTATE verbosity set before the server answers, which makes libpq write the error as
/// "SEVERITY:  SQLSTATE" instead of the server's (translated) text. Never matches message text.
QString probeConnectFailure(const QSqlDatabase &db, bool *neededPassword) {
    QList<conninfo::Option> opts;
    if (!db.hostName().isEmpty())
        opts.append({QStringLiteral("host"), db.hostName()});
    if (!db.databaseName().isEmpty())
        opts.append({QStringLiteral("dbname"), db.databaseName()});
    if (!db.userName().isEmpty())
        opts.append({QStringLiteral("user"), db.userName()});
    if (!db.password().isEmpty())
        opts.append({QStringLiteral("password"), db.password()});
    if (db.port() != -1)
        opts.append({QStringLiteral("port"), QString::number(db.port())});
    QString connect = conninfo::compose(opts);
    if (!db.connectOptions().isEmpty())
        connect += u' ' + QString(db.connectOptions()).replace(u';', u' ');
    PGconn *conn = PQconnectStart(connect.toUtf8().constData());
    if (!conn)
        return {};
    PQsetErrorVerbosity(conn, PQERRORS_SQLSTATE);
    QDeadlineTimer deadline(15000); // connect_timeout (10 s by default) bounds each step as well
    PostgresPollingStatusType st = PGRES_POLLING_WRITING;
    while (PQstatus(conn) != CONNECTION_BAD && st != PGRES_POLLING_OK && st != PGRES_POLLING_FAILED &&
           !deadline.hasExpired()) {
        pollfd p{PQsocket(conn), short(st == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (p.fd < 0 || ::poll(&p, 1, int(std::min<qint64>(deadline.remainingTime(), 1000))) < 0)
            break;
        if (p.revents)
            st = PQconnectPoll(conn);
    }
    *neededPassword = PQconnectionNeedsPassword(conn);
    // Each attempt (one per host of a host list) ends with its own "…:  SQLSTATE" line: the last one
    // holding a SQLSTATE is the server's answer.
    QString state;
    static const QRegularExpression line(QStringLiteral(":  ([0-9A-Z]{5})\\s*$"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(PQerrorMessage(conn));
    for (auto it = line.globalMatch(text); it.hasNext();)
        state = it.next().captured(1);
    const bool ok = PQstatus(conn) == CONNECTION_OK;
    PQfinish(conn);
    return ok ? QString() : state;
}

} // namespace

DbError DbExecutor::openConnection(QSqlDatabase &db) {
    if (db.isOpen())
        return {};
    if (db.open())
        return {};
    // Wrong credentials or database are not "connection lost": the class comes from the SQLSTATE.
    bool neededPassword = false;
    const QString state = probeConnectFailure(db, &neededPassword);
    const QString text = db.lastError().databaseText().trimmed();
    return DbError::connectFailed(state, neededPassword, text.isEmpty() ? db.lastError().text() : text);
}

DbError DbExecutor::prepare(Core &core, QSqlDatabase &db) {
    if (!core.settingsProblem.isEmpty()) {
        DbError e;
        e.kind = DbError::Kind::Forbidden;
        e.serverMessage = core.settingsProblem;
        return e;
    }
    if (core.droppedHeld.loadRelaxed())
        return cancelledError(); // held until the executor stopped: nobody signed in for it
    DbError openError;
    if (!db.isOpen() && !reopen(core, db, &openError, core.everOpened.loadRelaxed()))
        return openError;
    return {};
}

bool DbExecutor::reopen(Core &core, QSqlDatabase &db, DbError *error, bool announce) {
    // Backoff: immediately, then 250 ms, then 1 s.
    static const int delaysMs[] = {0, 250, 1000};
    for (int delay : delaysMs) {
        if (delay)
            QThread::msleep(delay);
        track(core, db, false);
        db.close();
        if (core.interrupted.loadRelaxed()) {
            *error =
                DbError::connectionLost(QStringLiteral("the application stopped waiting for the server"));
            return false;
        }
        *error = openConnection(db);
        track(core, db, true);
        if (!error->isError()) {
            if (announce) {
                QMutexLocker lock(&core.ownerMutex);
                if (core.owner)
                    emit core.owner->reconnected();
            }
            core.everOpened.storeRelaxed(1);
            return true;
        }
        if (error->kind == DbError::Kind::Forbidden)
            break;
    }
    QMutexLocker lock(&core.ownerMutex);
    if (core.owner)
        emit core.owner->connectionLost(error->serverMessage);
    return false;
}

bool DbExecutor::takeSimulatedLostReply(Core &core, QSqlDatabase &db) {
    for (int n = core.lostReplies.loadRelaxed(); n > 0; n = core.lostReplies.loadRelaxed()) {
        if (core.lostReplies.testAndSetRelaxed(n, n - 1)) {
            track(core, db, false);
            db.close();
            return true;
        }
    }
    return false;
}

} // namespace adesk
