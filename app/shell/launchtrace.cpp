#include "app/shell/launchtrace.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <thread>
#include <utility>

namespace adesk::LaunchTrace {

namespace {

QMutex &lock() {
    static QMutex m;
    return m;
}

QSet<QByteArray> &marked() {
    static QSet<QByteArray> s;
    return s;
}

/// Waits for the first paint event of one widget, then calls @p then after the event loop has
/// flushed that frame (in the widget's context: not after it is gone).
class PaintWatcher : public QObject {
public:
    PaintWatcher(QWidget *w, std::function<void()> then)
        : QObject(w)
        , m_then(std::move(then)) {
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *e) override {
        if (e->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: runs once the paint and the flush of this frame are done.
            QMetaObject::invokeMethod(watched, std::move(m_then), Qt::QueuedConnection);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

/// Marks @p event once @p w's first frame is flushed.
void markAfterFirstPaint(QWidget *w, const char *event) {
    const QByteArray name = event;
    new PaintWatcher(w, [name] { mark(name.constData()); });
}

/// watchStalls(): per phase, the longest gap between two ticks of a 5 ms timer, and the longest
/// wait of an event posted to the GUI thread every 5 ms from another thread (the wait input
/// arriving then would have had: a posted event wakes a thread idle in poll(), where a timer due
/// may be dispatched late).
class StallWatch : public QObject {
public:
    explicit StallWatch(QWidget *window)
        : QObject(window) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
        // From the moment the first frame is flushed: the window is on screen from then on.
        new PaintWatcher(window, [this] {
            m_clock.start();
            m_lastCpu = threadCpuMs();
            m_lastWait = threadRunQueueWaitMs();
            m_phaseWaitStart = m_lastWait;
            m_timer.start();
            m_pinger = std::thread([this] {
                while (!m_stop.load()) {
                    QCoreApplication::postEvent(this, new PingEvent(monotonicNs()));
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            });
        });
    }
    ~StallWatch() override { stopPinger(); }

protected:
    bool event(QEvent *e) override {
        if (e->type() != PingEvent::type())
            return QObject::event(e);
        m_latency = std::max(m_latency, (monotonicNs() - static_cast<PingEvent *>(e)->postedNs) / 1e6);
        return true;
    }

private:
    void stopPinger() {
        m_stop = true;
        if (m_pinger.joinable())
            m_pinger.join(); // at most one 5 ms sleep; pings still queued go with this object
    }
    void tick() {
        const double gap = m_clock.nsecsElapsed() / 1e6;
        m_clock.restart();
        const double cpuNow = threadCpuMs();
        const double waitNow = threadRunQueueWaitMs();
        if (gap > m_gap) {
            m_gap = gap;
            m_cpu = cpuNow - m_lastCpu;
            m_wait = waitNow - m_lastWait;
        }
        m_lastCpu = cpuNow;
        m_lastWait = waitNow;
        QMutexLocker locker(&lock());
        const bool dataShown = marked().contains("first-data");
        locker.unlock();
        if (!m_afterData && dataShown) {
            report("to-data");
            m_afterData = true;
            m_end.start();
        } else if (m_afterData && m_end.elapsed() >= kStallAfterDataMs) {
            report("after-data");
            m_timer.stop();
            stopPinger();
            deleteLater();
        }
    }
    void report(const char *phase) {
        // The latency first: a reader may stop at the gui-stall line.
        const double waitNow = threadRunQueueWaitMs();
        std::fprintf(stderr,
                     "adesk-launch: gui-waited %s %.1f\nadesk-launch: gui-latency %s %.1f\n"
                     "adesk-launch: gui-stall %s %.1f %.1f %.1f\n",
                     phase, waitNow - m_phaseWaitStart, phase, m_latency, phase, m_gap, m_cpu, m_wait);
        m_phaseWaitStart = waitNow;
        std::fflush(stderr);
        m_gap = 0;
        m_cpu = 0;
        m_wait = 0;
        m_latency = 0;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_end;
    double m_lastCpu = 0;
    double m_gap = 0;
    double m_cpu = 0;
    double m_lastWait = 0;
    double m_wait = 0;           ///< the GUI thread's run-queue wait within the longest gap (ms)
    double m_phaseWaitStart = 0; ///< threadRunQueueWaitMs() when this phase began
    double m_latency = 0;        ///< the longest wait of a Ping this phase (ms)
    std::thread m_pinger;
    std::atomic_bool m_stop{false};
    bool m_afterData = false;
};

} // namespace

bool enabled() {
    static const bool on = !qEnvironmentVariableIsEmpty("ADESK_LAUNCH_TRACE");
    return on;
}

void mark(const char *event) {
    if (!enabled())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker locker(&lock());
    if (marked().contains(event))
        return;
    marked().insert(event);
    std::fprintf(stderr, "adesk-launch: %s %lld\n", event, static_cast<long long>(now));
    std::fflush(stderr);
}

void step(const char *name) {
    if (!enabled())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker locker(&lock());
    std::fprintf(stderr, "adesk-launch: step %s %lld\n", name, static_cast<long long>(now));
    std::fflush(stderr);
}

void markWhenPainted(QWidget *window, const char *event) {
    if (!enabled() || !window)
        return;
    markAfterFirstPaint(window, event);
}

void markWhenDataShown(QWidget *pane) {
    if (!enabled() || !pane)
        return;
    auto *timer = new QTimer(pane);
    timer->setInterval(5);
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 120'000;
    QObject::connect(timer, &QTimer::timeout, pane, [timer, pane, until] {
        if (QDateTime::currentMSecsSinceEpoch() > until) {
            timer->deleteLater();
            return;
        }
        for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
                continue;
            timer->stop();
            timer->deleteLater();
            // The rows are in the model: mark once the view has painted them.
            markAfterFirstPaint(view->viewport(), "first-data");
            view->viewport()->update();
            return;
        }
    });
    timer->start();
}

void watchStalls(QWidget *window) {
    if (!enabled() || !window)
        return;
    new StallWatch(window);
}

} // namespace adesk::LaunchTrace
