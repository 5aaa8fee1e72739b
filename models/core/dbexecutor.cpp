#include "models/core/dbexecutor.h"

#include "models/core/sqlquery.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>

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

DbExecutor::DbExecutor(ConnectionSettings settings, int threads, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_settingsProblem(m_settings.problem()) {
    if (!m_settingsProblem.isEmpty())
        qCWarning(lcExec) << "connection refused:" << m_settingsProblem;
    static QAtomicInt serial;
    const int executorId = serial.fetchAndAddRelaxed(1);
    for (int i = 0; i < std::max(1, threads); ++i) {
        QThread *t = QThread::create([this, i, executorId] {
            const QString name = QStringLiteral("adesk-exec-%1-%2").arg(executorId).arg(i);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                // On a refusal nothing is configured and no job opens the connection.
                if (m_settingsProblem.isEmpty())
                    m_settings.applyTo(db);
                for (;;) {
                    std::function<void(QSqlDatabase &)> job;
                    {
                        QMutexLocker lock(&m_mutex);
                        // Held (hold()): only runFirst()'s jobs, until release() or the end.
                        while (m_first.empty() && (m_queue.empty() || m_held) && !m_stopping)
                            m_cond.wait(&m_mutex);
                        if (!m_first.empty()) {
                            job = std::move(m_first.front());
                            m_first.pop_front();
                        } else if (!m_queue.empty()) {
                            job = std::move(m_queue.front());
                            m_queue.pop_front();
                        } else {
                            break; // stopping, nothing left
                        }
                    }
                    job(db);
                }
                track(db, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        t->setObjectName(QStringLiteral("db-worker-%1").arg(i));
        t->start();
        m_threads.push_back(t);
    }
}

DbExecutor::~DbExecutor() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        if (m_held)
            m_droppedHeld.storeRelaxed(1);
        m_cond.wakeAll();
    }
    const QDeadlineTimer deadline(kStopWaitMs);
    bool stopped = true;
    for (QThread *t : m_threads)
        stopped = t->wait(deadline) && stopped;
    if (!stopped) {
        qCWarning(lcExec) << "the database did not answer within" << kStopWaitMs
                          << "ms: interrupting the jobs still running";
        m_interrupted.storeRelaxed(1);
        interruptAll();
    }
    for (QThread *t : m_threads) {
        t->wait();
        delete t;
    }
}

void DbExecutor::track(const QSqlDatabase &db, bool live) {
    QMutexLocker lock(&m_mutex);
    if (live && db.isOpen())
        m_live.insert(db.connectionName(), nativeHandle(db));
    else
        m_live.remove(db.connectionName());
}

void DbExecutor::interruptAll() {
    QMutexLocker lock(&m_mutex);
    for (pg_conn *conn : std::as_const(m_live)) {
        const int socket = conn ? PQsocket(conn) : -1;
        if (socket >= 0)
            ::shutdown(socket, SHUT_RDWR);
    }
}

int DbExecutor::queuedJobs() {
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size() + m_first.size());
}

void DbExecutor::hold() {
    QMutexLocker lock(&m_mutex);
    m_held = true;
}

void DbExecutor::release() {
    QMutexLocker lock(&m_mutex);
    m_held = false;
    m_cond.wakeAll();
}

bool DbExecutor::isHeld() {
    QMutexLocker lock(&m_mutex);
    return m_held;
}

void DbExecutor::enqueue(std::function<void(QSqlDatabase &)> job, bool first) {
    QMutexLocker lock(&m_mutex);
    (first ? m_first : m_queue).push_back(std::move(job));
    // A held job wakes nobody; a worker waiting while held must see a runFirst() job.
    if (first)
        m_cond.wakeAll();
    else if (!m_held)
        m_cond.wakeOne();
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

DbError DbExecutor::settingsProblem() const {
    DbError e;
    e.kind = DbError::Kind::Forbidden;
    e.serverMessage = m_settingsProblem;
    return e;
}

bool DbExecutor::reopen(QSqlDatabase &db, DbError *error, bool announce) {
    // Backoff: immediately, then 250 ms, then 1 s.
    static const int delaysMs[] = {0, 250, 1000};
    for (int delay : delaysMs) {
        if (delay)
            QThread::msleep(delay);
        track(db, false);
        db.close();
        if (m_interrupted.loadRelaxed()) {
            *error =
                DbError::connectionLost(QStringLiteral("the application stopped waiting for the server"));
            return false;
        }
        *error = openConnection(db);
        track(db, true);
        if (!error->isError()) {
            if (announce)
                emit reconnected();
            m_everOpened.storeRelaxed(1);
            return true;
        }
        if (error->kind == DbError::Kind::Forbidden)
            break;
    }
    emit connectionLost(error->serverMessage);
    return false;
}

bool DbExecutor::takeSimulatedLostReply() {
    for (int n = m_lostReplies.loadRelaxed(); n > 0; n = m_lostReplies.loadRelaxed()) {
        if (m_lostReplies.testAndSetRelaxed(n, n - 1))
            return true;
    }
    return false;
}

} // namespace adesk
