#pragma once
// The GUI stall monitor shared by the benchmarks (issue 19: "under 16 ms (one frame) for every
// benchmarked interaction, measured by each benchmark").

#include "app/shell/launchtrace.h" // inline: nothing linked

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace adesk::bench {

/// A 5 ms timer on the GUI thread: the longest gap between two ticks is the longest time the event
/// loop could not run. Suspended while the benchmark itself blocks the thread (seeding, bare SQL).
/// Beside it, as the app's launch trace (`gui-latency`, app/shell/launchtrace.cpp): an event posted
/// to the GUI thread every 5 ms from another thread, the longest it waited before the thread
/// handled it. That is the wait input arriving then would have had. A posted event wakes a thread
/// idle in poll(), where a timer already due may be dispatched late: a gap with the thread idle
/// (little CPU, no wait for a core) counts in the gap, not in the latency.
class StallMonitor : public QObject {
public:
    StallMonitor() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    ~StallMonitor() override {
        m_stopPinger = true;
        if (m_pinger.joinable())
            m_pinger.join(); // at most one 5 ms sleep; pings still queued go with this object
    }
    void start(const QString &phase) {
        if (!m_pinger.joinable())
            m_pinger = std::thread([this] {
                while (!m_stopPinger.load()) {
                    QCoreApplication::postEvent(this, new LaunchTrace::PingEvent(LaunchTrace::monotonicNs()));
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            });
        // a ping posted before (the thread blocked on purpose) is not counted
        m_phaseStartNs = LaunchTrace::monotonicNs();
        m_phase = phase;
        m_clock.start();
        m_lastCpu = LaunchTrace::threadCpuMs();
        m_lastWait = LaunchTrace::threadRunQueueWaitMs();
        m_active = true;
        m_timer.start();
    }
    void stop() {
        if (m_active)
            tick();
        m_active = false;
        m_timer.stop();
    }
    double maxGapMs() const { return m_max; }
    /// CPU time the GUI thread used during the longest gap: far below the gap means the thread was
    /// runnable but not scheduled (a loaded machine), close to it means the application was busy.
    double maxGapCpuMs() const { return m_maxCpu; }
    /// Time the GUI thread was runnable but waited for a core during the longest gap (the kernel's
    /// run-queue delay, /proc/thread-self/schedstat): the part of the gap the other processes and
    /// threads on the cores took. The rest, gap - CPU - wait, the thread slept (in poll(), on a lock).
    double maxGapWaitMs() const { return m_maxWait; }
    /// The same two for the longest gap of one phase.
    double phaseMaxCpu(const QString &phase) const { return m_perPhaseCpu.value(phase, 0); }
    double phaseMaxWait(const QString &phase) const { return m_perPhaseWait.value(phase, 0); }
    /// The most CPU time the GUI thread spent between two ticks (its longest busy stretch).
    double maxBusyMs() const { return m_maxBusy; }
    QString maxBusyPhase() const { return m_maxBusyPhase; }
    /// The longest busy stretch of one phase (its most CPU time between two ticks), and when its gap
    /// began and ended (as maxBusyFromS and maxBusyToS).
    double phaseMaxBusy(const QString &phase) const { return m_perPhaseBusy.value(phase).cpuMs; }
    double phaseMaxBusyFromS(const QString &phase) const { return m_perPhaseBusy.value(phase).fromS; }
    double phaseMaxBusyToS(const QString &phase) const { return m_perPhaseBusy.value(phase).toS; }
    /// When the longest busy stretch's gap began and ended, in seconds of CLOCK_MONOTONIC (the
    /// clock QElapsedTimer reads on Linux): `perf record -k CLOCK_MONOTONIC` samples within them are
    /// what the GUI thread did then (`perf script --time FROM,TO`).
    double maxBusyFromS() const { return m_maxBusyFromS; }
    double maxBusyToS() const { return m_maxBusyToS; }
    int gapsOver(int i) const { return m_over[i]; }
    QString maxPhase() const { return m_maxPhase; }
    /// The longest a ping posted during @p phase waited for the GUI thread (ms).
    double phaseMaxLatency(const QString &phase) const { return m_perPhaseLatency.value(phase, 0); }
    double phaseMax(const QString &phase) const { return m_perPhase.value(phase, 0); }
    QStringList phases() const { return m_order; }

protected:
    bool event(QEvent *e) override {
        if (e->type() != LaunchTrace::PingEvent::type())
            return QObject::event(e);
        const qint64 postedNs = static_cast<LaunchTrace::PingEvent *>(e)->postedNs;
        if (m_active && postedNs >= m_phaseStartNs) {
            const double waited = (LaunchTrace::monotonicNs() - postedNs) / 1e6;
            if (waited > m_perPhaseLatency.value(m_phase, 0))
                m_perPhaseLatency[m_phase] = waited;
        }
        return true;
    }

private:
    void tick() {
        if (!m_active)
            return;
        const qint64 gapStartNs = m_clock.msecsSinceReference() * 1'000'000;
        const double gap = m_clock.nsecsElapsed() / 1e6;
        m_clock.restart();
        const double cpuNow = LaunchTrace::threadCpuMs();
        const double cpu = cpuNow - m_lastCpu;
        m_lastCpu = cpuNow;
        const double waitNow = LaunchTrace::threadRunQueueWaitMs();
        const double wait = waitNow - m_lastWait;
        m_lastWait = waitNow;
        if (gap > 20)
            ++m_over[0];
        if (gap > 50)
            ++m_over[1];
        if (m_printOverMs > 0 && cpu > m_printOverMs) // ADESK_BENCH_STRETCHES_MS: every stretch, for perf
            std::fprintf(stderr, "# busy stretch in %s: %.1f ms of CPU, CLOCK_MONOTONIC %.6f to %.6f s\n",
                         qPrintable(m_phase), cpu, gapStartNs / 1e9, m_clock.msecsSinceReference() / 1e3);
        if (cpu > m_maxBusy) {
            m_maxBusy = cpu;
            m_maxBusyPhase = m_phase;
            m_maxBusyFromS = gapStartNs / 1e9;
            m_maxBusyToS = m_clock.msecsSinceReference() / 1e3;
        }
        if (!m_order.contains(m_phase))
            m_order << m_phase;
        if (cpu > m_perPhaseBusy.value(m_phase).cpuMs)
            m_perPhaseBusy[m_phase] = {cpu, gapStartNs / 1e9, m_clock.msecsSinceReference() / 1e3};
        if (gap > m_perPhase.value(m_phase, 0)) {
            m_perPhase[m_phase] = gap;
            m_perPhaseCpu[m_phase] = cpu;
            m_perPhaseWait[m_phase] = wait;
        }
        if (gap > m_max) {
            m_max = gap;
            m_maxCpu = cpu;
            m_maxWait = wait;
            m_maxPhase = m_phase;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastCpu = 0;
    double m_lastWait = 0;
    double m_maxCpu = 0;
    double m_maxWait = 0;
    double m_maxBusy = 0;
    QString m_maxBusyPhase;
    double m_maxBusyFromS = 0;
    double m_maxBusyToS = 0;
    int m_over[2] = {0, 0};
    bool m_active = false;
    QString m_phase;
    double m_max = 0;
    QString m_maxPhase;
    QHash<QString, double> m_perPhase;
    QHash<QString, double> m_perPhaseCpu;
    QHash<QString, double> m_perPhaseWait;
    struct Busy {
        double cpuMs = 0;
        double fromS = 0;
        double toS = 0;
    };
    QHash<QString, Busy> m_perPhaseBusy;
    QHash<QString, double> m_perPhaseLatency;
    QStringList m_order;
    qint64 m_phaseStartNs = 0;
    /// Every busy stretch over this many ms of CPU is printed with its times (0: none).
    const int m_printOverMs = qEnvironmentVariableIntValue("ADESK_BENCH_STRETCHES_MS");
    std::thread m_pinger;
    std::atomic_bool m_stopPinger{false};
};

/// Runs the GUI thread's event loop for @p ms as the app's own loop runs: blocked in poll() until an
/// event comes, each handled at once. QTest::qWait does not: between its rounds of events it sleeps
/// up to 10 ms (QTest::qSleep), so a StallMonitor running under it counts that sleep as a gap.
inline void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop, as spin() does, until @p done() holds (checked whenever the loop has handled
/// what was pending and is about to wait) or @p timeoutMs have passed. Returns done().
template <typename Done> bool spinUntil(Done done, int timeoutMs) {
    if (done())
        return true;
    QEventLoop loop;
    const QMetaObject::Connection check = QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            if (done())
                loop.quit();
        });
    QTimer::singleShot(timeoutMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(check);
    return done();
}

} // namespace adesk::bench
