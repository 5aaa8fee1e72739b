#pragma once

#include <QFuture>
#include <QList>

namespace adesk {

/// Futures of executor jobs whose continuations are bound to an object with `.then(object, …)`.
/// Qt 6.4 asserts when such a continuation becomes ready after its context object died, so an
/// owner keeps its jobs here and waits for them in its destructor (waitAll()): the jobs finish on
/// their workers, their queued continuations are then dropped with the object.
class InFlight {
public:
    template <typename T> QFuture<T> add(QFuture<T> future) {
        prune();
        m_futures.append(QFuture<void>(future));
        return future;
    }
    void waitAll() {
        for (QFuture<void> &f : m_futures)
            f.waitForFinished();
        m_futures.clear();
    }

private:
    void prune() {
        m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    }
    QList<QFuture<void>> m_futures;
};

} // namespace adesk
