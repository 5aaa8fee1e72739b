#pragma once

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
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
/// A relay always finishes from the owner's event loop, never inside add(): a job that is already
/// done when add() is called (a fast worker on a busy machine) would otherwise run its continuation
/// synchronously, in the middle of the caller (a model's fetchMore() called from a view's or
/// QAbstractItemModelTester's reset notification, which must not see rows inserted under it).
///
/// The owner must be the context of every continuation attached to a relay, must create its
/// InFlight on its own thread, and must not be copied.
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
        // Posted to the owner's thread (m_anchor lives there): the caller attaches its continuation
        // to the relay before the relay can finish.
        QObject *anchor = &m_anchor;
        job.then([link, anchor](const QFuture<T> &done) { link->post(anchor, done); }).onCanceled([link] {
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
    struct LinkBase : std::enable_shared_from_this<LinkBase> {
        virtual ~LinkBase() = default;
        virtual void close() = 0;
        /// Closes the link; false when it was already closed (forwarded or abandoned).
        bool take() {
            QMutexLocker lock(&mutex);
            const bool was = open;
            open = false;
            return was;
        }
        QMutex mutex;
        bool open = true;
    };
    template <typename T> struct Link : LinkBase {
        QPromise<T> promise;
        // Under the mutex: abandon() closes every link (on the owner's thread) before the anchor is
        // destroyed, so an open link's anchor is alive while the post is made.
        void post(QObject *anchor, const QFuture<T> &done) {
            QMutexLocker lock(&mutex);
            if (!open)
                return;
            auto self = std::static_pointer_cast<Link<T>>(shared_from_this());
            QMetaObject::invokeMethod(
                anchor, [self, done] { self->forward(done); }, Qt::QueuedConnection);
        }
        // On the owner's thread, from its event loop. The relay's continuations run inside finish()
        // and may add() again: the mutex is only held to take the link, never while finishing.
        void forward(const QFuture<T> &done) {
            if (!take())
                return;
            if (done.resultCount() > 0)
                promise.addResult(done.result());
            else
                promise.future().cancel();
            promise.finish();
        }
        void close() override {
            if (!take())
                return;
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
    QObject m_anchor; ///< on the owner's thread: where the relays are finished
};

} // namespace adesk
