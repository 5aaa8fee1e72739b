#pragma once

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
namespace LaunchTrace {

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

} // namespace LaunchTrace

} // namespace adesk
