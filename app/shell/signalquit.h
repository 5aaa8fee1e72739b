#pragma once

#include <QObject>

#include <atomic>

class QSocketNotifier;

namespace adesk {

/// Quitting by signal (SIGTERM, SIGHUP at logout, SIGINT) behaves like a normal quit: the handler
/// only writes the signal's number to a socket pair (async-signal-safe); a QSocketNotifier on the
/// other end, in the event loop, emits quitRequested() and ends every event loop (QCoreApplication::exit()),
/// so the stack unwinds normally (settings saved, the demo cluster stopped). The pattern of Qt's "Calling Qt
/// Functions From Unix Signal Handlers".
class SignalQuit : public QObject {
    Q_OBJECT
public:
    /// Installs the handlers (once; the application object must exist).
    explicit SignalQuit(QObject *parent = nullptr);
    /// Restores the default handlers.
    ~SignalQuit() override;

    /// The object installed last, or null.
    static SignalQuit *instance();
    /// The signal that asked to quit, 0 when none did (any thread may ask).
    int received() const { return m_received; }

signals:
    /// A signal asked to quit; QCoreApplication::exit(0) follows.
    void quitRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    std::atomic<int> m_received = 0; ///< read by a batch command's thread too
};

} // namespace adesk
