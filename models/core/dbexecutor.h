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
struct pg_cancel;

namespace adesk {

/// Cancels one DbExecutor job (issue 18, session hygiene): a job not started yet never runs, a
/// running one gets a server-side cancel (libpq's PQcancel on its connection's cancel key); either
/// way the job answers DbError::Kind::Cancelled, which nobody shows as an error. Copyable, usable
/// from any thread; cancel() never waits for the server (the cancel request is sent from a thread
/// of its own) and does nothing once the job is done. Only for work whose result the caller no
/// longer wants (a superseded load, an owner going away): a write is never cancelled this way.
class DbJobCancel {
public:
    void cancel() const;
    bool isFinished() const;

private:
    friend class DbExecutor;
    struct State;
    std::shared_ptr<State> m_state;
};

/// The cancellable jobs of one owner (a model's loads): cancelAll() when a new request supersedes
/// them, and on destruction (the owner goes away with work in flight).
class DbJobGroup {
public:
    DbJobGroup() = default;
    ~DbJobGroup() { cancelAll(); }
    DbJobGroup(const DbJobGroup &) = delete;
    DbJobGroup &operator=(const DbJobGroup &) = delete;
    void add(const DbJobCancel &job);
    void cancelAll();

private:
    std::vector<DbJobCancel> m_jobs;
};

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
/// fails what is left without connecting again. A worker still not done kStopWaitMs later is one
/// libpq cannot be interrupted in: QPSQL's open() runs its first statements (SELECT version(), SET
/// DATESTYLE…) before the connection is ours to shut down, and a server that stops answering then
/// holds it. The destructor returns without it: the worker keeps the executor's shared state (Core)
/// alive, finishes when libpq returns, fails the jobs left, emits nothing more, and its QThread is
/// kept until the process ends.
class DbExecutor : public QObject {
    Q_OBJECT
public:
    enum class Retry { OnConnectionLoss, Never };
    static constexpr int kStopWaitMs = 3000;

    explicit DbExecutor(ConnectionSettings settings, int threads = 2, QObject *parent = nullptr);
    ~DbExecutor() override;

    const ConnectionSettings &settings() const;

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> job,
                           Retry retry = Retry::OnConnectionLoss) {
        return submit<T>(std::move(job), retry, false);
    }

    /// The same, cancellable through @p cancel (set before the job can start).
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> job, DbJobCancel *cancel,
                           Retry retry = Retry::OnConnectionLoss) {
        auto state = newJobState();
        if (cancel)
            cancel->m_state = state;
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        enqueue([promise, job = std::move(job), retry, state, core = m_core](QSqlDatabase &db) {
            const std::function<Result<T>(QSqlDatabase &)> guarded = [&job, &state](QSqlDatabase &d) {
                if (!beginAttempt(*state, d))
                    return Result<T>(cancelledError());
                Result<T> r = job(d);
                if (endAttempt(*state))
                    return Result<T>(cancelledError()); // 57014 from our cancel, or a result nobody wants
                return r;
            };
            Result<T> r = jobCancelled(*state) ? Result<T>(cancelledError())
                                               : runWithRetry<T>(*core, db, guarded, retry);
            finishJob(*state);
            promise->addResult(std::move(r));
            promise->finish();
        });
        return future;
    }
    /// Also adds the job to @p group.
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> job, DbJobGroup &group,
                           Retry retry = Retry::OnConnectionLoss) {
        DbJobCancel cancel;
        QFuture<Result<T>> f = run<T>(std::move(job), &cancel, retry);
        group.add(cancel);
        return f;
    }

    /// The same, run even while the executor is held, before any job queued by run() (issue 19:
    /// the sign-in that confirms a window painted before the server answered). Never cancelled.
    template <typename T>
    QFuture<Result<T>> runFirst(std::function<Result<T>(QSqlDatabase &)> job,
                                Retry retry = Retry::OnConnectionLoss) {
        return submit<T>(std::move(job), retry, true);
    }

    /// Holds the jobs given to run(): they stay queued, and no worker connects for them, until
    /// release() (issue 19: a warm demo launch paints the main window, whose panes queue their
    /// loads, while the demo server is still starting; they run once the sign-in confirms who is
    /// signed in). runFirst() jobs run meanwhile. The destructor of a held executor fails the
    /// queued jobs with a ConnectionLost error ("not signed in") without connecting.
    void hold();
    /// Runs the held jobs, in the order they were queued.
    void release();
    bool isHeld();

    /// Jobs queued and not yet started (for tests and diagnostics).
    int queuedJobs();
    /// Workers of destroyed executors still waiting for the server (see above), in this process
    /// (for tests and diagnostics).
    static int abandonedWorkers();

    /// Opens the calling worker thread's connection if needed. Public for the listener and tests.
    static DbError openConnection(QSqlDatabase &db);

    /// TEST-ONLY fault injection; the application never calls it. The next @p count jobs of this
    /// executor that succeed are treated as if the server's reply had been lost after the statement
    /// committed: the worker closes its connection and the job's result becomes ConnectionLost, so
    /// the job goes through the same reconnect-and-retry path as after a real drop (issue 9,
    /// "Retries that duplicate work"). Nothing happens while the count is 0, which it always is
    /// unless a test sets it.
    void simulateLostReplies(int count);

signals:
    /// Emitted (from a worker thread, queued to receivers) when a connection had to be re-opened.
    void reconnected();
    /// Emitted when a job failed because the server could not be reached.
    void connectionLost(const QString &message);

private:
    /// What the workers share with the executor. Held by each worker thread as well: a worker the
    /// destructor could not wait for (see above) keeps it, not the executor, until it ends.
    struct Core;
    /// run()'s and runFirst()'s: @p first as in enqueue().
    template <typename T>
    QFuture<Result<T>> submit(std::function<Result<T>(QSqlDatabase &)> job, Retry retry, bool first) {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        enqueue(
            [promise, job = std::move(job), retry, core = m_core](QSqlDatabase &db) {
                promise->addResult(runWithRetry<T>(*core, db, job, retry));
                promise->finish();
            },
            first);
        return future;
    }
    /// @p first: runFirst()'s, run while held and before the others.
    void enqueue(std::function<void(QSqlDatabase &)> job, bool first = false);
    static void workerLoop(const std::shared_ptr<Core> &core, const QString &name);
    /// Before a job: the refusal of the settings, a held executor's stop, or the error opening the
    /// worker's connection; no error when the job may run on @p db.
    static DbError prepare(Core &core, QSqlDatabase &db);
    static bool reopen(Core &core, QSqlDatabase &db, DbError *error, bool announce);
    /// simulateLostReplies(): true (and @p db closed) when this successful job's reply is to be lost.
    static bool takeSimulatedLostReply(Core &core, QSqlDatabase &db);
    // DbJobCancel's side of a job (dbexecutor.cpp).
    static std::shared_ptr<DbJobCancel::State> newJobState();
    static bool jobCancelled(DbJobCancel::State &state);
    /// Before each attempt: false when cancelled, else records the connection's cancel key.
    static bool beginAttempt(DbJobCancel::State &state, QSqlDatabase &db);
    /// After each attempt: forgets the key and waits (bounded) for a cancel being sent, so that it
    /// cannot reach the connection's next statement. True when the job was cancelled: its answer
    /// (57014 from the server, or whatever it got) is nobody's any more.
    static bool endAttempt(DbJobCancel::State &state);
    static void finishJob(DbJobCancel::State &state);
    static DbError cancelledError();
    /// Registers (or forgets, before it is closed) the calling worker's connection for interruptAll().
    static void track(Core &core, const QSqlDatabase &db, bool live);
    /// Shuts down the sockets of the live connections: a job blocked on the server returns an error.
    static void interruptAll(Core &core);

    template <typename T>
    static Result<T> runWithRetry(Core &core, QSqlDatabase &db,
                                  const std::function<Result<T>(QSqlDatabase &)> &job, Retry retry) {
        if (const DbError refused = prepare(core, db); refused.isError())
            return refused;
        Result<T> r = job(db);
        if (r.ok() && takeSimulatedLostReply(core, db))
            r = DbError::connectionLost(QStringLiteral("the reply was lost (simulated by a test)"));
        if (r.ok() || r.error().kind != DbError::Kind::ConnectionLost)
            return r;
        DbError openError;
        if (!reopen(core, db, &openError, true))
            return openError;
        if (retry == Retry::Never)
            return r.error();
        return job(db);
    }

    std::shared_ptr<Core> m_core;
    std::vector<QThread *> m_threads;
};

} // namespace adesk
