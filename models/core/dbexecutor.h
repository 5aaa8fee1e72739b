#pragma once

#include "models/core/connectionsettings.h"
#include "models/core/result.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;
struct pg_conn;

namespace adesk {

/// Runs database work off the GUI thread (CONTRIBUTING.md, "Threading"). Owns a few worker threads; each
/// has its own named QSqlDatabase (QPSQL), opened lazily and closed when the thread ends, because
/// a Qt connection cannot move between threads. Callers get a QFuture and continue with
/// `.then(contextObject, …)` on their own thread.
///
/// A job whose connection drops (SQLSTATE class 08, admin shutdown, socket gone) is retried once
/// on a fresh connection when its RetryPolicy allows; otherwise it returns a ConnectionLost error.
///
/// The destructor runs the jobs already queued (a claim's release, a decision) but waits at most
/// kStopWaitMs for them: a server that stops answering must not hang the window that closes. It
/// then interrupts the connections still waiting (the server rolls their transactions back) and
/// fails what is left without connecting again.
class DbExecutor : public QObject {
    Q_OBJECT
public:
    enum class Retry { OnConnectionLoss, Never };
    static constexpr int kStopWaitMs = 3000;

    explicit DbExecutor(ConnectionSettings settings, int threads = 2, QObject *parent = nullptr);
    ~DbExecutor() override;

    const ConnectionSettings &settings() const { return m_settings; }

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> job,
                           Retry retry = Retry::OnConnectionLoss) {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        enqueue([promise, job = std::move(job), retry, this](QSqlDatabase &db) {
            promise->addResult(runWithRetry<T>(db, job, retry));
            promise->finish();
        });
        return future;
    }

    /// Jobs queued and not yet started (for tests and diagnostics).
    int queuedJobs();

    /// Opens the calling worker thread's connection if needed. Public for the listener and tests.
    static DbError openConnection(QSqlDatabase &db);

    /// TEST-ONLY fault injection; the application never calls it. The next @p count jobs of this
    /// executor that succeed are treated as if the server's reply had been lost after the statement
    /// committed: the worker closes its connection and the job's result becomes ConnectionLost, so
    /// the job goes through the same reconnect-and-retry path as after a real drop (issue 9,
    /// "Retries that duplicate work"). Nothing happens while the count is 0, which it always is
    /// unless a test sets it.
    void simulateLostReplies(int count) { m_lostReplies.storeRelaxed(count); }

signals:
    /// Emitted (from a worker thread, queued to receivers) when a connection had to be re-opened.
    void reconnected();
    /// Emitted when a job failed because the server could not be reached.
    void connectionLost(const QString &message);

private:
    struct Worker;
    void enqueue(std::function<void(QSqlDatabase &)> job);
    void workerLoop(int index);
    bool reopen(QSqlDatabase &db, DbError *error, bool announce);
    /// The refusal of settings that may not be used (ConnectionSettings::problem) as a job's error.
    DbError settingsProblem() const;
    bool takeSimulatedLostReply();
    /// Registers (or forgets, before it is closed) the calling worker's connection for interruptAll().
    void track(const QSqlDatabase &db, bool live);
    /// Shuts down the sockets of the live connections: a job blocked on the server returns an error.
    void interruptAll();

    template <typename T>
    Result<T> runWithRetry(QSqlDatabase &db, const std::function<Result<T>(QSqlDatabase &)> &job,
                           Retry retry) {
        if (!m_settingsProblem.isEmpty())
            return settingsProblem();
        DbError openError;
        if (!db.isOpen() && !reopen(db, &openError, m_everOpened.loadRelaxed()))
            return openError;
        Result<T> r = job(db);
        if (r.ok() && takeSimulatedLostReply()) {
            db.close();
            r = DbError::connectionLost(QStringLiteral("the reply was lost (simulated by a test)"));
        }
        if (r.ok() || r.error().kind != DbError::Kind::ConnectionLost)
            return r;
        if (!reopen(db, &openError, true))
            return openError;
        if (retry == Retry::Never)
            return r.error();
        return job(db);
    }

    ConnectionSettings m_settings;
    QString m_settingsProblem; ///< set once in the constructor: every job fails with it, nothing connects
    std::vector<QThread *> m_threads;
    QMutex m_mutex;
    QWaitCondition m_cond;
    std::deque<std::function<void(QSqlDatabase &)>> m_queue;
    bool m_stopping = false;
    QHash<QString, pg_conn *> m_live; ///< worker connection name -> libpq handle (under m_mutex)
    QAtomicInt m_everOpened;
    QAtomicInt m_lostReplies; ///< simulateLostReplies(): test-only, 0 in the application
    QAtomicInt m_interrupted;
};

} // namespace adesk
