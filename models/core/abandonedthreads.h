#pragma once

#include <QList>
#include <QMutex>
#include <QThread>

#include <algorithm>

namespace adesk {

/// Worker threads whose owner could not wait for them: DbExecutor's destructor and
/// NotificationListener::stop() wait a bounded time (DbExecutor::kStopWaitMs, twice) and return
/// without a worker still blocked where libpq offers no socket to shut down (a connection being
/// opened). Such a thread is kept here, never deleted, because a running QThread may not be
/// destroyed; it ends by itself when libpq returns and touches only the state it shares with its
/// owner (CONTRIBUTING.md, "Threading").
///
/// Create one instance per kind of worker with `*new AbandonedThreads` and never free it: the
/// threads stay reachable until the process ends, so LeakSanitizer does not report them however
/// late they finish. Thread-safe.
class AbandonedThreads {
public:
    /// Takes @p thread, which may still be running; it is never deleted.
    void keep(QThread *thread) {
        QMutexLocker lock(&m_mutex);
        m_threads.append(thread);
    }
    /// How many of the kept threads are still running (for tests).
    int running() const {
        QMutexLocker lock(&m_mutex);
        return int(std::count_if(m_threads.cbegin(), m_threads.cend(),
                                 [](const QThread *t) { return !t->isFinished(); }));
    }

private:
    mutable QMutex m_mutex;
    QList<QThread *> m_threads;
};

} // namespace adesk
