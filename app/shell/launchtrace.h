#pragma once

#include <QEvent>

#include <chrono>
#include <cstdio>
#include <ctime>

class QWidget;

namespace adesk {

/// Start-up trace for tests/bench/bench_launch (issue 19). Off unless the environment variable
/// ADESK_LAUNCH_TRACE is set (to anything non-empty); then each event below is written once to
/// stderr as `adesk-launch: EVENT MS`, MS being wall-clock milliseconds since the Unix epoch (UTC),
/// so that the parent process that started the app can subtract its own start time:
///   first-window   the first top-level window of the process painted (the demo's progress window,
///                  the connection dialog or the main window)
///   first-pane     the main window painted with its panes
///   first-data     the main window's current pane shows rows (a table or list holding at least
///                  one row, painted)
///   step NAME      a start-up step done (cluster-started, migrated, seeded, signed-in, window-built):
///                  where the time goes
/// and, from watchStalls(), two lines `adesk-launch: gui-stall PHASE GAP_MS CPU_MS WAIT_MS` (PHASE is
/// `to-data` then `after-data`): the longest time the GUI thread's event loop did not run (gaps
/// between ticks of a 5 ms timer) from the window's first paint to `first-data`, then over the
/// kStallAfterDataMs that follow (the other panes are built then, one at a time:
/// MainWindow::buildPanesWhenIdle), with the GUI thread's CPU time within that gap (near the gap:
/// the app was busy; far below it: the thread was idle or not scheduled) and the time it was ready to
/// run but waited for a core (WAIT_MS, from /proc/thread-self/schedstat: a loaded machine; the rest
/// of the gap, GAP - CPU - WAIT, the thread slept: in poll() or on a lock); before each, the lines
/// `adesk-launch: gui-waited PHASE MS` (the GUI thread's whole run-queue wait over the phase) and
/// `adesk-launch: gui-latency PHASE MS`: the longest a QEvent posted to the GUI thread every 5 ms
/// from another thread waited to be handled, as input arriving then would have. The two differ when
/// the thread sleeps in poll() past its timer's due time (seen with perf: a 36 ms tick gap with
/// 0.8 ms of CPU, the thread idle in poll() throughout): a posted event wakes it, a late timer does not.
namespace LaunchTrace {

/// How long watchStalls() goes on after `first-data` (ms): the idle building of the other panes
/// starts 1.5 s after the window does, and takes well under a second.
constexpr int kStallAfterDataMs = 4000;

/// The calling thread's CPU time so far (ms).
inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The time the calling thread has spent runnable but waiting for a core so far (ms): the kernel's
/// run-queue delay, the second field of /proc/thread-self/schedstat (Linux); 0 where the file is
/// absent. Header-only, as threadCpuMs(): the benchmarks' stall monitor uses both without linking
/// the app.
inline double threadRunQueueWaitMs() {
    std::FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return 0;
    unsigned long long onCpu = 0, waited = 0;
    const int got = std::fscanf(f, "%llu %llu", &onCpu, &waited);
    std::fclose(f);
    return got == 2 ? double(waited) / 1e6 : 0;
}

/// Monotonic nanoseconds (steady_clock: CLOCK_MONOTONIC on Linux): the common clock of a thread
/// posting PingEvents and the GUI thread handling them.
inline qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// An event another thread posts to the GUI thread every few milliseconds, stamped (monotonicNs())
/// when posted: how long it waits to be handled is the wait input arriving then would have had.
/// Used by watchStalls() and the benchmarks' stall monitor (tests/bench/stallmonitor.h).
class PingEvent : public QEvent {
public:
    explicit PingEvent(qint64 postedNs)
        : QEvent(type())
        , postedNs(postedNs) {}
    static QEvent::Type type() {
        static const int t = QEvent::registerEventType();
        return static_cast<QEvent::Type>(t);
    }
    const qint64 postedNs;
};

bool enabled();
/// Writes `adesk-launch: EVENT MS` once per @p event (later calls with the same event do nothing).
void mark(const char *event);
/// A start-up step done: `adesk-launch: step NAME MS` (every call).
void step(const char *name);
/// Marks @p event once @p window has been painted the first time (after its first paint event, when
/// the frame is flushed). Nothing when tracing is off.
void markWhenPainted(QWidget *window, const char *event);
/// Marks `first-data` once a visible item view inside @p pane holds rows and has been repainted
/// (checked every few milliseconds for up to two minutes). Nothing when tracing is off.
void markWhenDataShown(QWidget *pane);
/// Watches the GUI thread's event loop from @p window's first paint (see the gui-stall lines
/// above); call it before showing the window, after markWhenDataShown. Nothing when tracing is
/// off.
void watchStalls(QWidget *window);

} // namespace LaunchTrace

} // namespace adesk
