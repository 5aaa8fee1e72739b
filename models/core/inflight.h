#pragma once

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QPromise>

#include <memory>

namespace adesk {

/// Work (executor jobs, thread-pool runs) whose continuations are bound to the object that owns
/// this InFlight, with `add(job).then(owner, …)` (CONTRIBUTING.md, "Threading").
///
/// Qt 6.4 runs a context-bound continuation's wrapper on the thread that finishes the job: it
/// asserts that the context is alive and posts to it, reading the context from that thread. A job
/// that outlives its owner would trip the assertion (debug) or race the owner's destruction. So
/// add() hands back a relay future that finishes with the job, and the destructor cancels every
/// relay still open, on the owner's thread, while the owner's QObject still exists: no continuation
/// bound through it runs afterwards. Nothing waits for the database: the jobs finish on their
/// workers (the executor runs what was queued before it stops, within its own bound) and their
/// results are dropped.
///
/// The owner must be the context of every continuation attached to a relay, and must not be copied.
class InFlight {
public:
    InFlight() = default;
    ~InFlight() { abandon(); }
    InFlight(const InFlight &) = delete;
    InFlight &operator=(const InFlight &) = delete;

    template <typename T> QFuture<T> add(QFuture<T> job) {
        prune();
        auto link = std::make_shared<Link<T>>();
        link->promise.start();
        QFuture<T> relay = link->promise.future();
        m_links.append(link);
        job.then([link](const QFuture<T> &done) { link->forward(done); }).onCanceled([link] {
            link->close();
        });
        return relay;
    }

    /// Cancels every open relay: their continuations will not run. Called by the destructor; an
    /// owner may call it earlier (a pane being closed) and keep using add() afterwards.
    void abandon() {
        for (const std::shared_ptr<LinkBase> &link : std::as_const(m_links))
            link->close();
        m_links.clear();
    }

private:
    struct LinkBase {
        virtual ~LinkBase() = default;
        virtual void close() = 0;
        QMutex mutex;
        bool open = true;
    };
    template <typename T> struct Link : LinkBase {
        QPromise<T> promise;
        // Both run under the link's mutex, so an owner being destroyed (abandon() on its thread)
        // waits until a continuation that is being queued to it has been posted.
        void forward(const QFuture<T> &done) {
            QMutexLocker lock(&mutex);
            if (!open)
                return;
            open = false;
            if (done.resultCount() > 0)
                promise.addResult(done.result());
            else
                promise.future().cancel();
            promise.finish();
        }
        void close() override {
            QMutexLocker lock(&mutex);
            if (!open)
                return;
            open = false;
            promise.future().cancel();
            promise.finish();
        }
    };

    void prune() {
        m_links.removeIf([](const std::shared_ptr<LinkBase> &l) {
            QMutexLocker lock(&l->mutex);
            return !l->open;
        });
    }
    QList<std::shared_ptr<LinkBase>> m_links;
};

} // namespace adesk
