#pragma once

#include "models/core/connectionsettings.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

struct pg_conn;

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
class NotificationListener : public QObject {
    Q_OBJECT
public:
    NotificationListener(ConnectionSettings settings, QStringList channels, QObject *parent = nullptr);
    ~NotificationListener() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected.loadAcquire(); }
    void setPingInterval(int ms) { m_pingMs = ms; }

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
    /// The connection the worker has open (nullptr while closed), for interrupting a blocked ping.
    void setLive(pg_conn *conn);
    ConnectionSettings m_settings;
    QStringList m_channels;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QAtomicInt m_connected;
    int m_pingMs = 2000;
    QMutex m_liveMutex;
    pg_conn *m_live = nullptr; ///< under m_liveMutex
    QAtomicInt m_interrupted;
};

} // namespace adesk
