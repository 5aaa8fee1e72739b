#pragma once
// Holds every thread of a QThreadPool, as a pool busy with other work would: what is queued on it
// meanwhile waits behind the held threads (tst_documentviewer: the viewer's own pool;
// tst_deskstyle: Qt's global pool, where Qt 6.4's raster engine hands large fills and waits).

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

namespace adesk::test {

class HeldPool {
public:
    /// Holds each of @p pool's maxThreadCount() threads; a thread gives up by itself after
    /// @p limitMs (a test that never releases it cannot hang), which release() reports.
    explicit HeldPool(QThreadPool *pool, int limitMs = 60'000)
        : m_pool(pool)
        , m_threads(pool->maxThreadCount()) {
        for (int i = 0; i < m_threads; ++i)
            m_pool->start([this, limitMs] {
                m_held.release();
                if (!m_release.tryAcquire(1, limitMs))
                    m_gaveUp = true;
            });
        m_held.acquire(m_threads);
    }
    ~HeldPool() { release(); }
    HeldPool(const HeldPool &) = delete;
    HeldPool &operator=(const HeldPool &) = delete;

    /// Lets the held threads go and waits until the pool has run what was queued behind them.
    /// True when no thread gave up waiting before (everything queued waited until now).
    bool release() {
        if (!m_released) {
            m_released = true;
            m_release.release(m_threads);
            m_pool->waitForDone();
        }
        return !m_gaveUp;
    }

private:
    QThreadPool *m_pool;
    int m_threads;
    QSemaphore m_held;
    QSemaphore m_release;
    std::atomic<bool> m_gaveUp{false};
    bool m_released = false;
};

} // namespace adesk::test
