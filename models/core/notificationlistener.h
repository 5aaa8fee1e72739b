#pragma once

#include "models/core/connectionsettings.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace adesk {

/// LISTENs on the given channels over its own connection in its own thread (CONTRIBUTING.md, "Threading":
/// the QPSQL driver delivers NOTIFY only while the owning thread's event loop runs). Pings every
/// pingIntervalMs; when the connection drops it reconnects with backoff (0.5 s doubling to 15 s),
/// LISTENs again and emits reconnected(): receivers must refresh fully, because notifications
/// sent while it was down are lost. listening() follows every successful LISTEN, the first one
/// included: a model loaded before the listener's first LISTEN (it connects on its own thread, in
/// parallel with the panes' first queries) may have missed a change too, so receivers refresh what
/// they have loaded on listening(), not only on reconnected(). stop() waits at most DbExecutor::kStopWaitMs
/// for a ping the server does not answer, then interrupts the connection instead of reconnecting.
/// A worker still busy kStopWaitMs later is opening its connection, where libpq gives no socket to
/// shut down (QPSQL's open() runs its first statements before it returns the connection): stop()
/// returns without it, and the worker ends by itself when libpq does, emitting nothing more.
class NotificationListener : public QObject {
    Q_OBJECT
public:
    NotificationListener(ConnectionSettings settings, QStringList channels, QObject *parent = nullptr);
    ~NotificationListener() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected.loadAcquire(); }
    void setPingInterval(int ms) { m_pingMs = ms; }
    /// Workers stop() returned without (see above) still waiting for the server, in this process
    /// (for tests and diagnostics).
    static int abandonedWorkers();

signals:
    /// A NOTIFY arrived. payload is the row id as text, or "*" for a bulk change.
    void notified(const QString &channel, const QString &payload);
    /// The listener came back after a loss; notifications may have been missed.
    void reconnected();
    /// LISTEN succeeded (first connection or after a loss): whatever was loaded before may be stale.
    void listening();
    void connectionStateChanged(bool connected);

private:
    class Worker;
    /// What the worker shares with this listener; the worker holds it too, so that a worker stop()
    /// could not wait for outlives the listener safely.
    struct Link;
    ConnectionSettings m_settings;
    QStringList m_channels;
    QThread *m_thread = nullptr; ///< the worker's, from start() to stop()
    Worker *m_worker = nullptr;
    std::shared_ptr<Link> m_link;
    QAtomicInt m_connected;
    int m_pingMs = 2000;
};

} // namespace adesk
