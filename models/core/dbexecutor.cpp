#include "models/core/dbexecutor.h"

#include "models/core/sqlquery.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcExec, "adesk.executor")

namespace adesk {

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
                        while (m_queue.empty() && !m_stopping)
                            m_cond.wait(&m_mutex);
                        if (m_queue.empty() && m_stopping)
                            break;
                        job = std::move(m_queue.front());
                        m_queue.pop_front();
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
    return int(m_queue.size());
}

void DbExecutor::enqueue(std::function<void(QSqlDatabase &)> job) {
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(job));
    m_cond.wakeOne();
}

DbError DbExecutor::openConnection(QSqlDatabase &db) {
    if (db.isOpen())
        return {};
    if (db.open())
        return {};
    DbError e = SqlQuery::errorFrom(db.lastError(), db);
    // Authentication and missing-database failures are not "connection lost": report them as is.
    const QString text = db.lastError().text();
    if (text.contains(u"password authentication failed") || text.contains(u"does not exist") ||
        text.contains(u"no password supplied"))
        e.kind = DbError::Kind::Forbidden;
    else
        e.kind = DbError::Kind::ConnectionLost;
    e.serverMessage = text.trimmed();
    return e;
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
